"""The audit log: every decision and account change writes a row in its own transaction;
the office searches it; nothing edits or deletes it."""

import re
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.matches.models import Match
from matchmaker.matches.operations import NotEnoughLeft, create_match, step_match
from matchmaker.matches.steps import MATCH_STEPS
from matchmaker.office.audit_log import AuditLogIsAppendOnly
from matchmaker.projects.models import Need

from . import factories
from .office_data import build_city, count

ROOT = Path(__file__).resolve().parent.parent


def signed_in(app, user):
    client = app.test_client()
    response = client.post("/login", data={"username": user.username, "password": user.password})
    assert response.status_code == 302
    client.user = user
    return client


def entries(app, action: str, target_id=None) -> list[AuditEntry]:
    with app.app_context():
        statement = select(AuditEntry).where(AuditEntry.action == action)
        if target_id is not None:
            statement = statement.where(AuditEntry.target_id == target_id)
        rows = db.session.scalars(statement).all()
        db.session.expunge_all()
        return rows


@pytest.fixture
def city(app):
    return build_city(app)


@pytest.fixture
def office(app, login_as):
    return login_as("office")


# --- who may read it, and that nobody may change it ------------------------------------------

def test_anonymous_is_sent_to_login(client):
    response = client.get("/office/audit")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["unit", "sponsor"])
def test_other_roles_are_refused(login_as, role):
    response = login_as(role).get("/office/audit")
    assert response.status_code == 403 and "您无权执行此操作" in response.get_data(as_text=True)


def test_no_route_but_get_touches_the_audit_log(app):
    routes = [rule for rule in app.url_map.iter_rules() if "audit" in rule.rule or "audit" in rule.endpoint]
    assert routes, "the audit page exists"
    for rule in routes:
        assert rule.methods <= {"GET", "HEAD", "OPTIONS"}, rule
    for method in ("post", "put", "patch", "delete"):
        assert getattr(app.test_client(), method)("/office/audit").status_code in (302, 405)


def test_no_code_updates_or_deletes_audit_rows():
    pattern = re.compile(r"(update|delete)\(\s*AuditEntry|AuditEntry\.__table__\.(update|delete)")
    offenders = [str(path) for path in (ROOT / "matchmaker").rglob("*.py") if pattern.search(path.read_text())]
    assert offenders == []


def test_orm_changes_to_an_entry_are_refused(app, city):
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).limit(1))
        entry.action = "match.forged"
        with pytest.raises(AuditLogIsAppendOnly):
            db.session.commit()
        db.session.rollback()
        db.session.delete(db.session.get(AuditEntry, entry.id))
        with pytest.raises(AuditLogIsAppendOnly):
            db.session.commit()
        db.session.rollback()
        for statement in (update(AuditEntry).values(action="x"), delete(AuditEntry)):
            with pytest.raises(AuditLogIsAppendOnly):
                db.session.execute(statement)
            db.session.rollback()
        assert db.session.get(AuditEntry, entry.id).action != "match.forged"
    assert count(app, AuditEntry) > 0


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entry SET action = 'match.forged'",
    "DELETE FROM audit_entry",
])
def test_the_database_refuses_changes_that_go_around_the_app(app, city, statement):
    """Plain SQL, as from a script or a console: the trigger of migration 0006 refuses it."""
    with app.app_context():
        before = db.session.execute(select(AuditEntry.id, AuditEntry.action).order_by(AuditEntry.id)).all()
        with db.engine.connect() as connection:
            with pytest.raises(DBAPIError, match="append-only"):
                connection.execute(text(statement))
            connection.rollback()
        assert db.session.execute(select(AuditEntry.id, AuditEntry.action).order_by(AuditEntry.id)).all() == before
    assert before


# --- every decision writes one, in its own transaction ----------------------------------------

def step_case(city, step: str) -> tuple[int, object]:
    """A match in a state the step starts from, and the user who may take it."""
    if "submitted" in MATCH_STEPS[step].sources:
        match, unit = city.matches["m5"], city.weiji  # submitted, 义诊
    elif "accepted" in MATCH_STEPS[step].sources:
        match, unit = city.matches["m8"], city.weiji  # accepted, 义诊
    else:
        match, unit = city.matches["m2"], city.minzheng  # approved, 邻里
    party = MATCH_STEPS[step].actor
    actor = {"unit": unit, "office": city.office, "sponsor": city.sponsors["merchant"]}[party]
    return match, actor


@pytest.mark.parametrize("step", list(MATCH_STEPS))
def test_every_match_step_is_audited_and_searchable(app, city, office, step):
    match_id, actor = step_case(city, step)
    client = signed_in(app, actor)
    before = count(app, AuditEntry, AuditEntry.action == f"match.{step}")
    client.post(f"/matches/{match_id}/{step}", data={"reason": "理由充分"})
    [entry] = entries(app, f"match.{step}", match_id)[-1:]
    assert count(app, AuditEntry, AuditEntry.action == f"match.{step}") == before + 1
    assert (entry.actor_id, entry.target_type, entry.ip) == (actor.id, "match", "127.0.0.1")
    assert entry.detail["to_state"] == MATCH_STEPS[step].target
    page = office.get(f"/office/audit?action=match.{step}&target_type=match&target_id={match_id}").get_data(as_text=True)
    assert actor.username in page and f"对接 #{match_id}" in page and "127.0.0.1" in page


@pytest.mark.parametrize(
    ("match", "step", "who"),
    [("m5", "approve", "office"), ("m8", "approve", "merchant"), ("m2", "accept", "weiji"), ("m1", "cancel", "office")],
)
def test_refused_steps_write_nothing(app, city, match, step, who):
    actor = city.sponsors["merchant"] if who == "merchant" else getattr(city, who)
    client = signed_in(app, actor)  # signing in is audited; the refusal must not be
    before = count(app, AuditEntry)
    response = client.post(f"/matches/{city.matches[match]}/{step}", data={"reason": "试试"})
    assert response.status_code in (302, 403, 404)
    assert count(app, AuditEntry) == before


def test_an_approval_rolled_back_leaves_no_audit_row(app, city):
    """The entry is written in the operation's transaction: when the approval fails, it goes too."""
    with app.app_context():
        goods = db.session.scalar(select(Need).where(Need.project_id == city.projects["邻里"], Need.kind == "goods"))
        sponsor = db.session.get(User, city.sponsors["individual"].id)
        match, _ = create_match(sponsor, {"project_id": goods.project_id, "kind": "pledge",
                                          "need_id": goods.id, "quantity": 6})
        step_match(db.session.get(User, city.minzheng.id), match, "accept")
        goods.quantity = 9  # the unit lowered the need meanwhile: 4 approved + 6 > 9
        db.session.commit()
        with pytest.raises(NotEnoughLeft):
            step_match(db.session.get(User, city.office.id), db.session.get(Match, match.id), "approve")
        match_id = match.id
    assert entries(app, "match.approve", match_id) == []
    with app.app_context():
        assert db.session.get(Match, match_id).state.value == "accepted"


def test_account_and_unit_changes_are_audited(app, office):
    unit = factories.make_user(app, "unit")
    office.post(f"/office/users/{unit.id}/active")
    office.post(f"/office/users/{unit.id}/active")
    office.post(f"/office/users/{unit.id}/password", data={"password": "a-new-password"})
    office.post("/office/users", data={"role": "office", "unit": "", "username": "clerk2",
                                       "password": "long-enough-1", "display_name": ""})
    office.post("/office/units", data={"kind": "lead", "name": "市新单位", "category": "9", "district": "", "contact": ""})
    for action in ("user.deactivate", "user.activate", "user.password_reset", "user.create", "unit.create"):
        [entry] = entries(app, action)
        assert entry.actor_id == office.user.id and entry.ip == "127.0.0.1", action


@pytest.mark.parametrize(("step", "status"), [("publish", "submitted"), ("return", "submitted"), ("close", "published")])
def test_the_offices_project_decisions_are_audited(app, office, step, status):
    unit = factories.make_user(app, "unit")
    project_id = factories.make_project(app, unit, status=status)
    office.post(f"/projects/{project_id}/step/{step}", data={"reason": "请补充预算明细"})
    [entry] = [e for e in entries(app, f"project.{step}", project_id) if e.actor_id == office.user.id]
    assert entry.target_type == "project" and entry.detail["to_state"]


# --- searching ------------------------------------------------------------------------------------

def add_entries(app, actor_id: int, how_many: int, at: datetime, action: str = "match.approve") -> None:
    """Entries as old as `at`: inserted as record() would, with the time set."""
    with app.app_context():
        db.session.execute(insert(AuditEntry), [
            {"actor_id": actor_id, "action": action, "target_type": action.split(".")[0], "target_id": i + 1, "detail": {},
             "ip": "10.0.0.1", "at": at} for i in range(how_many)
        ])
        db.session.commit()


def shown_rows(response) -> int:
    page = response.get_data(as_text=True)
    return page[page.index("<tbody>"):].count("<tr>") if "<tbody>" in page else 0


def test_search_by_who_what_which_and_when(app, office):
    clerk = factories.make_user(app, "office", username="Clerk-Li")
    add_entries(app, clerk.id, 3, datetime(2026, 3, 31, 17, 0))  # 2026-04-01 01:00 in Taiyuan
    add_entries(app, clerk.id, 2, datetime(2026, 3, 31, 15, 0), action="project.publish")  # 03-31 23:00
    assert shown_rows(office.get("/office/audit?actor=clerk-li")) == 5
    assert shown_rows(office.get("/office/audit?actor=clerk-li&action=match")) == 3
    assert shown_rows(office.get("/office/audit?actor=clerk-li&action=match.appro")) == 0  # not a family
    assert shown_rows(office.get("/office/audit?action=project.publish&actor=clerk-li")) == 2
    assert shown_rows(office.get("/office/audit?target_type=match&target_id=2&actor=clerk-li")) == 1
    assert shown_rows(office.get("/office/audit?date_from=2026-04-01&date_to=2026-04-01")) == 3
    assert shown_rows(office.get("/office/audit?date_to=2026-03-31&actor=clerk-li")) == 2
    assert shown_rows(office.get("/office/audit?actor=nobody")) == 0


def test_the_log_is_paginated_newest_first(app, office):
    clerk = factories.make_user(app, "office")
    add_entries(app, clerk.id, 120, datetime(2026, 5, 1))
    first = office.get(f"/office/audit?actor={clerk.username}")
    assert shown_rows(first) == 50 and "第 1 / 3 页" in first.get_data(as_text=True)
    last = office.get(f"/office/audit?actor={clerk.username}&page=3")
    assert shown_rows(last) == 20
    assert "对接 #120" in first.get_data(as_text=True) and "对接 #1<" in last.get_data(as_text=True)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date_from=2026-02-30", "开始日期应为 YYYY-MM-DD 格式的日期"),
        ("date_from=2026-03-02&date_to=2026-03-01", "开始日期不能晚于结束日期"),
        ("target_id=abc", "对象编号应为整数"),
        ("page=0", "页码至少为 1"),
        ("actor=" + "x" * 41, "操作人不能超过 40 个字"),
    ],
)
def test_bad_searches_are_refused_clearly(office, query, message):
    response = office.get(f"/office/audit?{query}")
    assert response.status_code == 422 and message in response.get_data(as_text=True)


def test_the_log_counts_everything_it_holds(app, office):
    with app.app_context():
        total = db.session.scalar(select(func.count()).select_from(AuditEntry))
    assert f"共 {total:,} 条" in office.get("/office/audit").get_data(as_text=True)
