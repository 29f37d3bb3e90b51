"""Object-level access: for each read, edit and step on projects, needs, matches,
collaborations, reports and profiles, what each kind of person gets, with the real ids in hand.

The people: the owning unit (a branch), its lead unit, another unit of the same programme
(`peer`), a unit of another programme (`partner`, the one asked in a collaboration), the
sponsor who made the match, another sponsor, the office and the anonymous. A refusal must
change nothing at all (every table compared before and after); an allowed write must.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from matchmaker.auth.models import User
from matchmaker.auth.operations import open_session
from matchmaker.collaborations import operations as collaborations
from matchmaker.execution import operations as reports
from matchmaker.extensions import db
from matchmaker.matches import operations as matches
from matchmaker.projects.models import Need, Project

from . import factories

ACTORS = ("owner", "lead", "peer", "partner", "sponsor", "other_sponsor", "office", "anonymous")
UNITS = {"owner": "桥头街社区居委会", "lead": "市民政局", "peer": "柳巷社区居委会", "partner": "市教育局"}
# Rows that change on reads, or are the sessions themselves: left out of "nothing changed".
NOT_COMPARED = {"notification", "auth_session"}

MATCH_PATH = {  # the steps that bring a fresh pledge to a state: (actor, step)
    "submitted": [],
    "accepted": [("owner", "accept")],
    "approved": [("owner", "accept"), ("office", "approve")],
}
COLLABORATION_PATH = {"requested": [], "accepted": [("partner", "accept")]}


@dataclass
class World:
    app: object
    users: dict = field(default_factory=dict)
    ids: dict = field(default_factory=dict)
    api: dict = field(default_factory=dict)
    page: dict = field(default_factory=dict)


def build_world(app, project="published", match=None, collaboration=None, report=None) -> World:
    world = World(app)
    factories.make_branch(app, UNITS["owner"], "市民政局")
    factories.make_branch(app, UNITS["peer"], "市民政局")  # same programme, not the owner's
    for actor in ACTORS[:-1]:
        role = "unit" if actor in UNITS else actor.split("_")[-1]
        world.users[actor] = factories.make_user(app, role, **({"unit": UNITS[actor]} if actor in UNITS else {}))
    world.ids["project"] = factories.make_project(app, world.users["owner"], status=project)
    with app.app_context():
        world.ids["need"] = db.session.scalar(select(Need.id).where(Need.project_id == world.ids["project"]).order_by(Need.id))
        if match:
            world.ids["match"] = make_match(world, match)
        if collaboration:
            world.ids["collaboration"] = make_collaboration(world, collaboration)
        if report:
            world.ids["report"] = file_report(world, report)
    sign_everyone_in(world)
    return world


def user(world: World, actor: str) -> User:
    return db.session.get(User, world.users[actor].id)


def make_match(world: World, state: str) -> int:
    body = {"project_id": world.ids["project"], "kind": "pledge", "need_id": world.ids["need"], "quantity": 100}
    match, _ = matches.create_match(user(world, "sponsor"), body)
    for actor, step in MATCH_PATH[state]:
        matches.step_match(user(world, actor), match, step)
    return match.id


def make_collaboration(world: World, state: str) -> int:
    partner_unit = user(world, "partner").unit_id
    body = {"project_id": world.ids["project"], "to_unit_id": partner_unit, "ask": "people",
            "due_on": (date.today() + timedelta(days=30)).isoformat(), "message": "请派志愿者协助"}
    collaboration = collaborations.create_collaboration(user(world, "owner"), body)
    for actor, step in COLLABORATION_PATH[state]:
        collaborations.step_collaboration(user(world, actor), collaboration, step)
    return collaboration.id


def file_report(world: World, kind: str) -> int:
    project = db.session.get(Project, world.ids["project"])
    return reports.file_report(user(world, "owner"), project, {"kind": kind, "body": "本月缺少周末的志愿者"}).id


def sign_everyone_in(world: World) -> None:
    """Sessions and tokens opened by the real operation (the password check is tested elsewhere,
    and argon2 for eight people per case would make this matrix crawl)."""
    world.api["anonymous"], world.page["anonymous"] = world.app.test_client(), world.app.test_client()
    with world.app.app_context():
        for actor in ACTORS[:-1]:
            person = user(world, actor)
            api = world.app.test_client()
            api.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {open_session(person, 'api')}"
            page = world.app.test_client()
            with page.session_transaction() as session:
                session.update(sid=open_session(person, "web"), _user_id=str(person.id), _fresh=True)
            world.api[actor], world.page[actor] = api, page


def snapshot(app) -> dict:
    """Every row of every table that a request could change."""
    with app.app_context():
        return {
            table.name: db.session.execute(select(table).order_by(*table.primary_key.columns)).all()
            for table in db.metadata.sorted_tables if table.name not in NOT_COMPARED
        }


# --- the matrix ----------------------------------------------------------------------------

def expect(default: int, **answers: int) -> dict[str, int]:
    return {actor: answers.get(actor, default) for actor in ACTORS}


@dataclass(frozen=True)
class Row:
    name: str
    method: str
    path: str  # with {project}, {need}, {match}, {collaboration}
    expected: dict
    world: dict = field(default_factory=dict)
    body: dict | None = None
    page: bool = False

    def __str__(self) -> str:
        return self.name


REASON = {"reason": "情况有变"}
STRANGERS_404 = {"peer": 404, "partner": 404, "other_sponsor": 404}
MATCH_REFUSED = dict(expect(403, anonymous=401), **STRANGERS_404)
PROJECT_EDIT_REFUSED = expect(403, anonymous=401)
COLLAB_REFUSED = expect(403, anonymous=401, peer=404)

ROWS = [
    # projects: drafts are seen only by their units and the office
    Row("read draft project", "GET", "/api/v1/projects/{project}",
        expect(404, owner=200, lead=200, office=200), {"project": "draft"}),
    Row("read published project", "GET", "/api/v1/projects/{project}", expect(200)),
    Row("read draft project page", "GET", "/projects/{project}",
        expect(404, owner=200, lead=200, office=200), {"project": "draft"}, page=True),
    Row("edit draft project", "PATCH", "/api/v1/projects/{project}",
        {**PROJECT_EDIT_REFUSED, "owner": 200, "lead": 200, "peer": 404, "partner": 404},
        {"project": "draft"}, {"title": "改过的名称"}),
    Row("edit published project", "PATCH", "/api/v1/projects/{project}",
        {**PROJECT_EDIT_REFUSED, "owner": 200, "lead": 200}, {}, {"title": "改过的名称"}),
    Row("edit a need of a published project", "PATCH", "/api/v1/projects/{project}",
        {**PROJECT_EDIT_REFUSED, "owner": 200, "lead": 200}, {},
        {"needs": [{"id": "{need}", "kind": "money", "description": "药品与耗材经费", "quantity": 20000}]}),
    Row("open the edit page of a published project", "GET", "/projects/{project}/edit",
        {**PROJECT_EDIT_REFUSED, "owner": 200, "lead": 200, "anonymous": 302}, page=True),
    Row("submit a draft", "POST", "/api/v1/projects/{project}/submit",
        {**PROJECT_EDIT_REFUSED, "owner": 200, "lead": 200, "peer": 404, "partner": 404}, {"project": "draft"}),
    Row("publish a plan", "POST", "/api/v1/projects/{project}/publish",
        {**PROJECT_EDIT_REFUSED, "office": 200, "peer": 404, "partner": 404}, {"project": "submitted"}),
    Row("return a plan", "POST", "/api/v1/projects/{project}/return",
        {**PROJECT_EDIT_REFUSED, "office": 200, "peer": 404, "partner": 404}, {"project": "submitted"}, REASON),
    Row("close a project", "POST", "/api/v1/projects/{project}/close",
        {**PROJECT_EDIT_REFUSED, "owner": 200, "lead": 200, "office": 200}),
    # matches: the parties see them, strangers get 404 whatever the id
    Row("read a match", "GET", "/api/v1/matches/{match}",
        {**MATCH_REFUSED, "owner": 200, "lead": 200, "sponsor": 200, "office": 200}, {"match": "submitted"}),
    Row("read a match page", "GET", "/matches/{match}",
        {**MATCH_REFUSED, "owner": 200, "lead": 200, "sponsor": 200, "office": 200, "anonymous": 302},
        {"match": "submitted"}, page=True),
    Row("accept a pledge", "POST", "/api/v1/matches/{match}/accept",
        {**MATCH_REFUSED, "owner": 200, "lead": 200}, {"match": "submitted"}),
    Row("decline a pledge", "POST", "/api/v1/matches/{match}/decline",
        {**MATCH_REFUSED, "owner": 200, "lead": 200}, {"match": "submitted"}, REASON),
    Row("withdraw a pledge", "POST", "/api/v1/matches/{match}/withdraw",
        {**MATCH_REFUSED, "sponsor": 200}, {"match": "accepted"}),
    Row("approve a pledge", "POST", "/api/v1/matches/{match}/approve",
        {**MATCH_REFUSED, "office": 200}, {"match": "accepted"}),
    Row("reject a pledge", "POST", "/api/v1/matches/{match}/reject",
        {**MATCH_REFUSED, "office": 200}, {"match": "accepted"}, REASON),
    Row("confirm receipt", "POST", "/api/v1/matches/{match}/fulfil",
        {**MATCH_REFUSED, "owner": 200, "lead": 200}, {"match": "approved"}),
    Row("cancel an approved pledge", "POST", "/api/v1/matches/{match}/cancel",
        {**MATCH_REFUSED, "office": 200}, {"match": "approved"}, REASON),
    # collaborations: the asking units, the asked unit and the office; sponsors are not let in at all
    Row("read a collaboration", "GET", "/api/v1/collaborations/{collaboration}",
        {**COLLAB_REFUSED, "owner": 200, "lead": 200, "partner": 200, "office": 200},
        {"collaboration": "requested"}),
    Row("read a collaboration page", "GET", "/collaborations/{collaboration}",
        {**COLLAB_REFUSED, "owner": 200, "lead": 200, "partner": 200, "office": 200, "anonymous": 302},
        {"collaboration": "requested"}, page=True),
    Row("accept a collaboration", "POST", "/api/v1/collaborations/{collaboration}/accept",
        {**COLLAB_REFUSED, "partner": 200}, {"collaboration": "requested"}),
    Row("decline a collaboration", "POST", "/api/v1/collaborations/{collaboration}/decline",
        {**COLLAB_REFUSED, "partner": 200}, {"collaboration": "requested"}, REASON),
    Row("withdraw a collaboration", "POST", "/api/v1/collaborations/{collaboration}/withdraw",
        {**COLLAB_REFUSED, "owner": 200, "lead": 200}, {"collaboration": "requested"}),
    Row("close a collaboration nobody answers", "POST", "/api/v1/collaborations/{collaboration}/close",
        {**COLLAB_REFUSED, "office": 200}, {"collaboration": "requested"}, REASON),
    Row("finish a collaboration", "POST", "/api/v1/collaborations/{collaboration}/done",
        {**COLLAB_REFUSED, "owner": 200, "lead": 200}, {"collaboration": "accepted"}),
    # reports: the project's units and the office, and a sponsor whose gift was approved
    Row("read a project's reports", "GET", "/api/v1/projects/{project}/reports",
        expect(403, owner=200, lead=200, office=200, sponsor=200, anonymous=401),
        {"match": "approved", "report": "progress"}),
    Row("file a report", "POST", "/api/v1/projects/{project}/reports",
        {**PROJECT_EDIT_REFUSED, "owner": 201, "lead": 201}, {}, {"kind": "progress", "body": "完成第三次义诊"}),
    Row("answer a difficulty report", "POST", "/api/v1/reports/{report}/answer",
        {**PROJECT_EDIT_REFUSED, "lead": 200, "peer": 404, "partner": 404},
        {"report": "difficulty"}, {"answer": "已协调两名志愿者"}),
]

READS = [row for row in ROWS if row.method == "GET"]
WRITES = [(row, actor) for row in ROWS if row.method != "GET" for actor in ACTORS if row.expected[actor] < 300]


def fill(template, ids: dict):
    """Put the world's ids into a path or a body ("{need}" becomes the need's integer id)."""
    if isinstance(template, str):
        if template.startswith("{") and template.endswith("}") and template[1:-1] in ids:
            return ids[template[1:-1]]
        return template.format(**ids)
    if isinstance(template, dict):
        return {key: fill(value, ids) for key, value in template.items()}
    if isinstance(template, list):
        return [fill(value, ids) for value in template]
    return template


def ask(world: World, row: Row, actor: str):
    client = (world.page if row.page else world.api)[actor]
    body = fill(row.body, world.ids) if row.body is not None else None
    return client.open(fill(row.path, world.ids), method=row.method, json=body)


def refusals_change_nothing(world: World, row: Row) -> list[str]:
    """Ask as every actor who must be refused; return what went otherwise than expected."""
    wrong = []
    for actor in ACTORS:
        expected = row.expected[actor]
        if expected < 300:
            continue
        before = snapshot(world.app)
        response = ask(world, row, actor)
        if response.status_code != expected:
            wrong.append(f"{actor}: expected {expected}, got {response.status_code} {response.get_data(as_text=True)[:120]}")
        elif snapshot(world.app) != before:
            wrong.append(f"{actor}: refused with {expected} but something changed")
    return wrong


@pytest.mark.parametrize("row", READS, ids=str)
def test_who_may_read_what(app, row):
    world = build_world(app, **row.world)
    wrong = refusals_change_nothing(world, row)
    for actor in ACTORS:
        if row.expected[actor] < 300:
            status = ask(world, row, actor).status_code
            if status != row.expected[actor]:
                wrong.append(f"{actor}: expected {row.expected[actor]}, got {status}")
    assert wrong == []


@pytest.mark.parametrize(("row", "actor"), WRITES, ids=lambda v: str(v).replace(" ", "-"))
def test_who_may_change_what(app, row, actor):
    world = build_world(app, **row.world)
    assert refusals_change_nothing(world, row) == []
    before = snapshot(app)
    response = ask(world, row, actor)
    assert response.status_code == row.expected[actor], response.get_data(as_text=True)
    assert snapshot(app) != before


# --- profiles: only ever one's own -----------------------------------------------------------

PROFILE = {"kind": "merchant", "name": "改名的商户", "district": "小店区", "industry": "餐饮",
           "interests": "助老", "contact_name": "王", "contact_phone": "13800000000", "offers": []}


def test_each_sponsor_reads_only_their_own_profile(app):
    world = build_world(app)
    with app.app_context():
        names = {actor: user(world, actor).sponsor.name for actor in ("sponsor", "other_sponsor")}
    for actor, name in names.items():
        assert world.api[actor].get("/api/v1/me/profile").get_json()["name"] == name
    for actor in ("owner", "lead", "office"):
        assert world.api[actor].get("/api/v1/me/profile").status_code == 403
    assert world.api["anonymous"].get("/api/v1/me/profile").status_code == 401


@pytest.mark.parametrize("smuggled", ["id", "user_id", "sponsor_id"])
def test_putting_a_profile_with_another_sponsors_id_changes_only_ones_own(app, smuggled):
    world = build_world(app)
    with app.app_context():
        victim = user(world, "sponsor")
        victim_ids = {"id": victim.sponsor.id, "user_id": victim.id, "sponsor_id": victim.sponsor.id}
        victim_row = db.session.execute(
            text("SELECT * FROM sponsor_profile WHERE id = :id"), {"id": victim.sponsor.id}
        ).one()
    response = world.api["other_sponsor"].put("/api/v1/me/profile", json={**PROFILE, smuggled: victim_ids[smuggled]})
    assert response.status_code == 200 and response.get_json()["name"] == "改名的商户"
    with app.app_context():
        assert db.session.execute(
            text("SELECT * FROM sponsor_profile WHERE id = :id"), {"id": victim_ids["id"]}
        ).one() == victim_row
        assert user(world, "other_sponsor").sponsor.name == "改名的商户"
