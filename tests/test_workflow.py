"""The step runner (matchmaker/workflow.py) for every record: a plan's history on the API and
its page, every refusal leaving nothing behind, and the guarded UPDATE refusing a step when
another request moved the record first (projects, matches, collaborations alike)."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from matchmaker.appended import guard
from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.collaborations import operations as collaborations
from matchmaker.collaborations.models import Collaboration, CollaborationEvent
from matchmaker.collaborations.queries import today
from matchmaker.errors import Conflict
from matchmaker.extensions import db
from matchmaker.matches import operations as matches
from matchmaker.matches.models import Match, MatchEvent
from matchmaker.notifications.models import Notification
from matchmaker.projects.models import Need, Project, ProjectEvent
from matchmaker.projects.operations import PROJECT_STEPS, step_project
from matchmaker.workflow import StepEvent, guarded_update

from . import factories
from .factories import PROJECT


def counts(app) -> tuple:
    """Every row a refused step must not add."""
    with app.app_context():
        return tuple(
            db.session.scalar(select(func.count()).select_from(model))
            for model in (ProjectEvent, MatchEvent, CollaborationEvent, AuditEntry, Notification)
        )


def history(app, project_id: int) -> list[tuple]:
    with app.app_context():
        return [
            (event.from_state, event.to_state, event.actor_id, event.reason)
            for event in db.session.scalars(
                select(ProjectEvent).where(ProjectEvent.project_id == project_id).order_by(ProjectEvent.id)
            )
        ]


def test_a_plan_keeps_the_history_of_its_steps(app, api_as):
    unit, office = api_as("unit"), api_as("office")
    project_id = unit.post("/api/v1/projects", json=PROJECT).get_json()["id"]
    unit.post(f"/api/v1/projects/{project_id}/submit")
    office.post(f"/api/v1/projects/{project_id}/return", json={"reason": "请补充服务时长"})
    unit.post(f"/api/v1/projects/{project_id}/submit")
    published = office.post(f"/api/v1/projects/{project_id}/publish").get_json()

    assert [(e["from_state"], e["to_state"], e["actor"]["id"], e["reason"]) for e in published["history"]] == [
        (None, "draft", unit.user.id, ""),
        ("draft", "submitted", unit.user.id, ""),
        ("submitted", "draft", office.user.id, "请补充服务时长"),
        ("draft", "submitted", unit.user.id, ""),
        ("submitted", "published", office.user.id, ""),
    ]
    assert history(app, project_id)[2] == ("submitted", "draft", office.user.id, "请补充服务时长")
    first = published["history"][0]
    assert set(first) == {"from_state", "to_state", "actor", "at", "reason"}  # as a match's history
    assert first["actor"] == {"id": unit.user.id, "name": first["actor"]["name"], "role": "unit"}
    # The unit reads it as the office does; the public and sponsors see the plan without it.
    assert unit.get(f"/api/v1/projects/{project_id}").get_json()["history"] == published["history"]
    assert "history" not in app.test_client().get(f"/api/v1/projects/{project_id}").get_json()
    assert "history" not in api_as("sponsor").get(f"/api/v1/projects/{project_id}").get_json()
    assert "history" not in api_as("unit", unit="市教育局").get(f"/api/v1/projects/{project_id}").get_json()


def test_the_history_is_shown_on_the_project_page_to_its_units_and_the_office(app, login_as):
    unit, office = login_as("unit"), login_as("office")
    project_id = factories.make_project(app, unit.user, status="submitted")
    office.post(f"/projects/{project_id}/step/return", data={"reason": "预算不清楚"})
    for reader in (unit, office):
        page = reader.get(f"/projects/{project_id}").get_data(as_text=True)
        assert "处理记录" in page and "理由：预算不清楚" in page
        assert "（创建） → 草稿" in page and "待审核 → 草稿" in page
    unit.post(f"/projects/{project_id}/step/submit")
    office.post(f"/projects/{project_id}/step/publish")
    assert "待审核 → 已发布" in office.get(f"/projects/{project_id}").get_data(as_text=True)
    for outsider in (app.test_client(), login_as("sponsor"), login_as("unit", unit="市教育局")):
        assert "处理记录" not in outsider.get(f"/projects/{project_id}").get_data(as_text=True)


@pytest.mark.parametrize(
    ("status", "step", "role", "code"),
    [
        ("draft", "publish", "office", 409),
        ("draft", "return", "office", 409),
        ("published", "submit", "unit", 409),
        ("submitted", "publish", "unit", 403),
        ("submitted", "return", "office", 422),  # no reason
        ("draft", "close", "unit", 409),
        ("closed", "close", "office", 409),
        ("published", "close", "stranger", 403),
    ],
)
def test_a_refused_step_writes_no_history_and_no_audit_row(app, api_as, status, step, role, code):
    owner = api_as("unit")
    project_id = factories.make_project(app, owner.user, status=status)
    actor = {"unit": owner, "office": api_as("office"), "stranger": api_as("unit", unit="市教育局")}[role]
    before = counts(app)
    response = actor.post(f"/api/v1/projects/{project_id}/{step}", json={})
    assert response.status_code == code
    assert counts(app) == before
    assert owner.get(f"/api/v1/projects/{project_id}").get_json()["status"] == status


def test_a_plan_cannot_close_while_pledges_wait_and_nothing_is_written(app, api_as):
    unit, sponsor = api_as("unit"), api_as("sponsor")
    project_id = factories.make_project(app, unit.user)
    need_id = unit.get(f"/api/v1/projects/{project_id}").get_json()["needs"][1]["id"]
    sponsor.post("/api/v1/matches", json={"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": 1})
    before = counts(app)
    refused = unit.post(f"/api/v1/projects/{project_id}/close")
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "matches_waiting"
    assert counts(app) == before


# --- stale steps: another request moved the record after we read it -----------------------

def moved_behind_our_back(model, record_id: int, column: str, value: str) -> None:
    """What a concurrent request does between our read and our UPDATE, in our own transaction
    (so that the test needs no second connection): the row changes, our object does not."""
    db.session.execute(
        update(model).where(model.id == record_id).values({column: value}).execution_options(synchronize_session=False)
    )


@pytest.mark.parametrize(("step", "reason"), [("publish", None), ("return", "再看看")])
def test_a_project_moved_by_another_clerk_is_refused_as_stale(app, step, reason):
    unit = factories.make_user(app, "unit")
    office = factories.make_user(app, "office")
    project_id = factories.make_project(app, unit, status="submitted")
    before = counts(app)
    with app.app_context():
        project = db.session.get(Project, project_id)
        moved_behind_our_back(Project, project_id, "status", "published")
        with pytest.raises(Conflict) as refused:
            step_project(db.session.get(User, office.id), project, step, reason)
        assert refused.value.code == "stale_state" and refused.value.message == "该项目刚刚已被处理，请刷新后重试"
    with app.app_context():  # rolled back: even the other clerk's change, made in our transaction
        assert db.session.get(Project, project_id).status.value == "submitted"
    assert counts(app) == before


def test_a_match_moved_by_another_clerk_is_refused_as_stale(app):
    unit, sponsor = factories.make_user(app, "unit"), factories.make_user(app, "sponsor")
    project_id = factories.make_project(app, unit)
    with app.app_context():
        need_id = db.session.get(Project, project_id).needs[1].id
        match, _ = matches.create_match(db.session.get(User, sponsor.id),
                                        {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": 1})
        match_id = match.id
    before = counts(app)
    with app.app_context():
        match = db.session.get(Match, match_id)
        moved_behind_our_back(Match, match_id, "state", "withdrawn")
        with pytest.raises(Conflict) as refused:
            matches.step_match(db.session.get(User, unit.id), match, "accept")
        assert refused.value.code == "stale_state"
    assert counts(app) == before


def test_an_approval_another_clerk_took_is_stale_even_when_the_need_is_now_full(app):
    """Its own write (the need's reserved quantity) refuses too, but what the clerk needs to hear
    is that the pledge was just approved (on PostgreSQL the guard waits for the commit)."""
    unit, sponsor = factories.make_user(app, "unit"), factories.make_user(app, "sponsor")
    office = factories.make_user(app, "office")
    project_id = factories.make_project(app, unit)
    with app.app_context():
        need = db.session.get(Project, project_id).needs[1]
        need_id, quantity = need.id, need.quantity
        match, _ = matches.create_match(db.session.get(User, sponsor.id),
                                        {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": 1})
        match_id = match.id
        matches.step_match(db.session.get(User, unit.id), match, "accept")
    before = counts(app)
    with app.app_context():
        match = db.session.get(Match, match_id)
        moved_behind_our_back(Match, match_id, "state", "approved")
        db.session.execute(update(Need).where(Need.id == need_id).values(approved_quantity=quantity))
        with pytest.raises(Conflict) as refused:
            matches.step_match(db.session.get(User, office.id), match, "approve")
        assert refused.value.code == "stale_state"
    with app.app_context():
        assert db.session.get(Match, match_id).state.value == "accepted"
        assert db.session.get(Need, need_id).approved_quantity == 0
    assert counts(app) == before


def test_two_guarded_changes_in_one_transaction_are_both_kept(app):
    """A second guard does not replace the first: either refusal rolls everything back."""
    unit = factories.make_user(app, "unit")
    first, second = (factories.make_project(app, unit, status="submitted") for _ in range(2))
    table = Project.__table__
    statement = guarded_update(table, "status", ("status",))

    def move(project_id: int, before: str) -> None:
        guard(statement, {"record_id": project_id, "before": before, "set_status": "published"},
              Conflict(f"#{project_id} moved", code="stale_state"))

    with app.app_context():
        move(first, "submitted")
        with pytest.raises(Conflict, match=f"#{second} moved"):
            move(second, "draft")  # stale, and second: refused at once on either database
            db.session.commit()
        db.session.rollback()
        with pytest.raises(Conflict, match=f"#{first} moved"):
            move(first, "draft")  # stale: refused at once on SQLite, at the commit on PostgreSQL
            move(second, "submitted")
            db.session.commit()
        db.session.rollback()
    with app.app_context():
        assert [db.session.get(Project, i).status.value for i in (first, second)] == ["submitted", "submitted"]
        move(first, "submitted")
        move(second, "submitted")
        db.session.commit()
    with app.app_context():
        assert [db.session.get(Project, i).status.value for i in (first, second)] == ["published", "published"]


def test_a_collaboration_moved_by_another_clerk_is_refused_as_stale(app):
    asker, asked = factories.make_user(app, "unit"), factories.make_user(app, "unit", unit="市教育局")
    project_id = factories.make_project(app, asker)
    with app.app_context():
        collaboration = collaborations.create_collaboration(db.session.get(User, asker.id), {
            "project_id": project_id, "to_unit_id": db.session.get(User, asked.id).unit_id, "ask": "venue",
            "due_on": (today() + timedelta(days=3)).isoformat(), "message": "借礼堂",
        })
        collaboration_id = collaboration.id
    before = counts(app)
    with app.app_context():
        collaboration = db.session.get(Collaboration, collaboration_id)
        moved_behind_our_back(Collaboration, collaboration_id, "state", "withdrawn")
        with pytest.raises(Conflict) as refused:
            collaborations.step_collaboration(db.session.get(User, asked.id), collaboration, "accept")
        assert refused.value.code == "stale_state"
    assert counts(app) == before


def test_every_step_of_the_plan_table_is_written_to_the_history(app, api_as):
    """The table's steps (but complete, taken with a summary: test_execution_closing) each leave a row."""
    unit = api_as("unit")
    project_id = factories.make_project(app, unit.user, status="closed")
    taken = {(f, t) for f, t, _, _ in history(app, project_id)}
    expected = {(None, "draft")} | {
        (next(iter(step.sources)), step.target) for step in PROJECT_STEPS.values() if step.name in ("submit", "publish", "close")
    }
    assert taken == expected
    assert issubclass(ProjectEvent, StepEvent) and issubclass(MatchEvent, StepEvent)


def test_the_closing_summary_is_the_complete_step_of_the_history(app, api_as):
    from .test_execution_helpers import ACTIVITY, SUMMARY, parties

    people = parties(app, api_as)
    unit, project_id = people.unit, people.project_id
    assert unit.post(f"/api/v1/projects/{project_id}/activities", json=ACTIVITY).status_code == 201
    before = counts(app)
    refused = unit.post(f"/api/v1/projects/{project_id}/summary", json={**SUMMARY, "lessons": ""})
    assert refused.status_code == 422 and counts(app) == before
    assert unit.post(f"/api/v1/projects/{project_id}/summary", json=SUMMARY).status_code == 201
    assert history(app, project_id)[-1] == ("published", "completed", unit.user.id, "")
    with app.app_context():
        actions = db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(2)).all()
    assert sorted(actions) == ["project.complete", "summary.submit"]
