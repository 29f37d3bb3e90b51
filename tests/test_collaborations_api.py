"""Collaboration requests between units over the API: the journey, every refused step,
the wrong parties, bad input, overdue requests and the office's reminder."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select, update

from matchmaker.audit.models import AuditEntry
from matchmaker.catalog.models import Unit
from matchmaker.collaborations import queries
from matchmaker.collaborations.models import Collaboration, CollaborationEvent
from matchmaker.collaborations.steps import COLLABORATION_STEPS
from matchmaker.errors import Conflict
from matchmaker.extensions import db
from matchmaker.notifications.models import Notification

from . import factories


def in_days(days: int) -> str:
    return (queries.today() + timedelta(days=days)).isoformat()


def unit_id(app, name: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Unit.id).where(Unit.name == name))


@pytest.fixture
def parties(app, api_as):
    """市民政局 (asker) with a published project, 市教育局 (asked), 团市委 (a stranger),
    the office, a sponsor."""
    asker, asked = api_as("unit"), api_as("unit", unit="市教育局")
    stranger, office, sponsor = api_as("unit", unit="团市委"), api_as("office"), api_as("sponsor")
    project_id = factories.make_project(app, asker.user)
    return SimpleNamespace(asker=asker, asked=asked, stranger=stranger, office=office, sponsor=sponsor,
                           project_id=project_id, to_unit_id=unit_id(app, "市教育局"))


def ask(parties, client=None, **changes):
    body = {"project_id": parties.project_id, "to_unit_id": parties.to_unit_id, "ask": "venue",
            "due_on": in_days(7), "message": "借用学校礼堂开展两次健康讲座", **changes}
    return (client or parties.asker).post("/api/v1/collaborations", json=body)


def asked_id(parties, **changes) -> int:
    response = ask(parties, **changes)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def snapshot(app) -> tuple:
    """Everything a refused request must leave as it was."""
    with app.app_context():
        def count(model):
            return db.session.scalar(select(func.count()).select_from(model))
        states = tuple(db.session.scalars(select(Collaboration.state).order_by(Collaboration.id)))
        return states, count(CollaborationEvent), count(AuditEntry), count(Notification)


def messages(app, user_id: int) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(
            select(Notification.message).where(Notification.user_id == user_id).order_by(Notification.id)
        ))


def make_overdue(app, collaboration_id: int, days: int = 2) -> None:
    """Time passes: the request's due date is now `days` days ago."""
    with app.app_context():
        db.session.execute(update(Collaboration).where(Collaboration.id == collaboration_id)
                           .values(due_on=queries.today() - timedelta(days=days)))
        db.session.commit()


def test_from_request_to_done(app, parties):
    response = ask(parties)
    assert response.status_code == 201
    body = response.get_json()
    assert body["state"] == "requested" and body["state_label"] == "待对方答复" and not body["overdue"]
    assert body["from_unit"]["name"] == "市民政局" and body["to_unit"]["name"] == "市教育局"
    assert body["ask"] == "venue" and body["ask_label"] == "场地支持" and body["due_on"] == in_days(7)
    path = f"/api/v1/collaborations/{body['id']}"
    assert "市民政局邀请贵单位参与项目“社区老年人健康义诊”（场地支持）" in messages(app, parties.asked.user.id)[-1]

    assert parties.asked.post(f"{path}/accept").get_json()["state"] == "accepted"
    assert messages(app, parties.asker.user.id)[-1] == "市教育局已接受项目“社区老年人健康义诊”的合作邀请"
    done = parties.asker.post(f"{path}/done", json={"reason": "两次讲座已办完"}).get_json()
    assert done["state"] == "done"
    assert "感谢贵单位的支持" in messages(app, parties.asked.user.id)[-1]

    history = parties.office.get(path).get_json()["history"]
    assert [(h["from_state"], h["to_state"]) for h in history] == [
        (None, "requested"), ("requested", "accepted"), ("accepted", "done"),
    ]
    assert [h["actor"]["id"] for h in history] == [parties.asker.user.id, parties.asked.user.id, parties.asker.user.id]
    assert history[-1]["reason"] == "两次讲座已办完"
    with app.app_context():
        actions = db.session.scalars(
            select(AuditEntry.action).where(AuditEntry.target_type == "collaboration").order_by(AuditEntry.id)
        ).all()
    assert actions == ["collaboration.request", "collaboration.accept", "collaboration.done"]


def test_decline_needs_a_reason_and_tells_the_asker(app, parties):
    path = f"/api/v1/collaborations/{asked_id(parties)}"
    before = snapshot(app)
    refused = parties.asked.post(f"{path}/decline", json={"reason": "  "})
    assert refused.status_code == 422 and refused.get_json()["error"]["field"] == "reason"
    assert refused.get_json()["error"]["message"] == "“婉拒”需要填写理由"
    assert snapshot(app) == before
    declined = parties.asked.post(f"{path}/decline", json={"reason": "礼堂本月在维修"}).get_json()
    assert declined["state"] == "declined" and declined["history"][-1]["reason"] == "礼堂本月在维修"
    assert messages(app, parties.asker.user.id)[-1] == "市教育局婉拒了项目“社区老年人健康义诊”的合作邀请（礼堂本月在维修）"


@pytest.mark.parametrize("accepted_first", [False, True])
def test_the_asker_may_withdraw_before_and_after_acceptance(app, parties, accepted_first):
    path = f"/api/v1/collaborations/{asked_id(parties)}"
    if accepted_first:
        parties.asked.post(f"{path}/accept")
    withdrawn = parties.asker.post(f"{path}/withdraw", json={"reason": "活动取消"}).get_json()
    assert withdrawn["state"] == "withdrawn"
    assert messages(app, parties.asked.user.id)[-1] == "市民政局已撤回项目“社区老年人健康义诊”的合作邀请（活动取消）"


# --- the table of steps ------------------------------------------------------------------

PATHS = {
    "requested": [],
    "accepted": [("asked", "accept")],
    "declined": [("asked", "decline")],
    "withdrawn": [("asker", "withdraw")],
    "done": [("asked", "accept"), ("asker", "done")],
}
STEP_ACTOR = {"accept": "asked", "decline": "asked", "withdraw": "asker", "done": "asker", "close": "office"}
ALLOWED = {(state, name) for name, step in COLLABORATION_STEPS.items() for state in step.sources}
REFUSED = [(state, name) for state in PATHS for name in STEP_ACTOR if (state, name) not in ALLOWED]


def test_the_table_is_what_the_tests_cover():
    assert set(STEP_ACTOR) == set(COLLABORATION_STEPS)
    assert {name: s.actor for name, s in COLLABORATION_STEPS.items()} == STEP_ACTOR
    documented = {("requested", "accept"), ("requested", "decline"), ("requested", "withdraw"),
                  ("accepted", "withdraw"), ("accepted", "done"), ("requested", "close")}
    assert documented == ALLOWED
    assert len(REFUSED) == 5 * 5 - 6


# One test per state tries every step refused from it in turn: a refused step changes nothing.
@pytest.mark.parametrize("state", list(PATHS))
def test_steps_outside_the_table_are_refused(app, parties, state):
    collaboration_id = asked_id(parties)
    path = f"/api/v1/collaborations/{collaboration_id}"
    for actor, taken in PATHS[state]:
        assert getattr(parties, actor).post(f"{path}/{taken}", json={"reason": "理由"}).status_code == 200
    before, shown = snapshot(app), parties.office.get(path).get_json()
    for name in [name for refused_from, name in REFUSED if refused_from == state]:
        response = getattr(parties, STEP_ACTOR[name]).post(f"{path}/{name}", json={"reason": "理由"})
        error = response.get_json()["error"]
        assert (response.status_code, error["code"]) == (409, "step_not_allowed"), name
        assert error["message"].startswith("当前状态为“") and "不能执行" in error["message"], name
        assert snapshot(app) == before and parties.office.get(path).get_json() == shown, name


def test_an_unknown_step_is_a_404(app, parties):
    path = f"/api/v1/collaborations/{asked_id(parties)}"
    before = snapshot(app)
    response = parties.asked.post(f"{path}/approve")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "unknown_step"
    assert snapshot(app) == before


def test_a_step_on_a_stale_read_changes_nothing(app, parties):
    """Two clerks answer at once: the second one's UPDATE finds the state moved and stops."""
    from matchmaker.auth.models import User
    from matchmaker.collaborations import operations

    collaboration_id = asked_id(parties)
    with app.app_context():
        collaboration = db.session.get(Collaboration, collaboration_id)
        with db.engine.begin() as other_clerk:
            other_clerk.execute(update(Collaboration).where(Collaboration.id == collaboration_id)
                                .values(state="declined"))
        with pytest.raises(Conflict) as refused:
            operations.step_collaboration(db.session.get(User, parties.asked.user.id), collaboration, "accept")
        assert refused.value.code == "stale_state"
        db.session.rollback()
        assert db.session.get(Collaboration, collaboration_id).state.value == "declined"
        assert db.session.scalar(select(func.count()).select_from(CollaborationEvent)) == 1


# --- who ------------------------------------------------------------------------------------

# (step, the state to bring the request to first, parties who see it but may not take it)
WRONG_PARTIES = [
    ("accept", "requested", ["asker", "office"]),
    ("decline", "requested", ["asker", "office"]),
    ("withdraw", "requested", ["asked", "office"]),
    ("done", "accepted", ["asked", "office"]),
    ("close", "requested", ["asker", "asked"]),
]


@pytest.mark.parametrize(("name", "state", "who"), [(n, s, w) for n, s, ws in WRONG_PARTIES for w in ws])
def test_a_party_may_not_take_the_other_sides_step(app, parties, name, state, who):
    path = f"/api/v1/collaborations/{asked_id(parties)}"
    for actor, taken in PATHS[state]:
        getattr(parties, actor).post(f"{path}/{taken}")
    before = snapshot(app)
    response = getattr(parties, who).post(f"{path}/{name}", json={"reason": "理由"})
    assert response.status_code == 403 and response.get_json()["error"]["message"].startswith("只有")
    assert snapshot(app) == before


@pytest.mark.parametrize("name", [*COLLABORATION_STEPS, "remind"])
def test_a_unit_outside_the_request_sees_nothing(app, parties, name):
    path = f"/api/v1/collaborations/{asked_id(parties)}"
    before = snapshot(app)
    assert parties.stranger.post(f"{path}/{name}", json={"reason": "理由"}).status_code == (
        403 if name == "remind" else 404  # reminding is the office's alone: refused before the lookup
    )
    assert parties.stranger.get(path).status_code == 404
    assert snapshot(app) == before


def test_sponsors_and_strangers_to_the_api(app, parties):
    path = f"/api/v1/collaborations/{asked_id(parties)}"
    for call in (lambda c: c.get(path), lambda c: c.get("/api/v1/collaborations"),
                 lambda c: c.post(f"{path}/accept"), lambda c: ask(parties, client=c)):
        assert call(parties.sponsor).status_code == 403
        assert call(app.test_client()).status_code == 401


def test_a_lead_unit_answers_for_its_branch(app, parties, api_as):
    branch_id = factories.make_branch(app, "市教育局第一分站", "市教育局")
    branch = api_as("unit", unit="市教育局第一分站")
    path = f"/api/v1/collaborations/{asked_id(parties, to_unit_id=branch_id)}"
    assert branch.get(path).status_code == 200
    for told in (branch, parties.asked):  # the branch and its lead unit
        assert "邀请贵单位参与项目" in messages(app, told.user.id)[-1]
    assert parties.asked.post(f"{path}/accept").get_json()["state"] == "accepted"  # the lead, 市教育局


def test_a_lead_unit_asks_for_its_branchs_project(app, parties, api_as):
    factories.make_branch(app, "市民政局坪阳站", "市民政局")
    branch = api_as("unit", unit="市民政局坪阳站")
    project_id = factories.make_project(app, branch.user, title="坪阳社区助老")
    response = ask(parties, project_id=project_id)  # parties.asker is the lead, 市民政局
    assert response.status_code == 201
    assert response.get_json()["from_unit"]["name"] == "市民政局坪阳站"  # the project's unit asks
    assert branch.get(f"/api/v1/collaborations/{response.get_json()['id']}").status_code == 200
    own = ask(parties, project_id=project_id, to_unit_id=unit_id(app, "市民政局"))
    assert own.status_code == 422 and own.get_json()["error"]["field"] == "to_unit_id"


# --- bad input ----------------------------------------------------------------------------

BAD_INPUT = [
    ({"to_unit_id": None}, "to_unit_id", "请选择受邀单位"),
    ({"to_unit_id": 999999}, "to_unit_id", "所选的受邀单位不存在"),
    ({"to_unit_id": "市教育局"}, "to_unit_id", "受邀单位应为整数"),
    ({"to_unit_id": True}, "to_unit_id", "受邀单位应为整数"),
    ({"to_unit_id": "own"}, "to_unit_id", "不能邀请本单位，请选择其他单位"),
    ({"ask": "money"}, "ask", "请选择有效的合作内容"),
    ({"ask": None}, "ask", "请选择有效的合作内容"),
    ({"due_on": in_days(-1)}, "due_on", "答复期限不能早于今天"),
    ({"due_on": "2026/12/01"}, "due_on", "答复期限应为 YYYY-MM-DD 格式的日期"),
    ({"due_on": ""}, "due_on", "请填写答复期限"),
    ({"message": "请" * 1001}, "message", "合作说明不能超过 1000 个字"),
    ({"message": "   "}, "message", "请填写合作说明"),
    ({"message": 42}, "message", "合作说明应为文字"),
    ({"project_id": "x"}, "project_id", "项目应为整数"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
def test_bad_input_is_refused_and_changes_nothing(app, parties, changes, field, message):
    if changes.get("to_unit_id") == "own":
        changes = {"to_unit_id": unit_id(app, "市民政局")}
    before = snapshot(app)
    response = ask(parties, **changes)
    assert response.status_code == 422
    assert response.get_json()["error"] == {"code": "invalid", "message": message, "field": field}
    assert snapshot(app) == before


def test_today_is_a_fine_due_date(app, parties):
    assert ask(parties, due_on=in_days(0)).status_code == 201


@pytest.mark.parametrize("body", ["[1, 2]", "{not json"])
def test_a_body_that_is_not_an_object(app, parties, body):
    response = parties.asker.post("/api/v1/collaborations", data=body, content_type="application/json")
    assert response.status_code in (400, 422)
    assert snapshot(app)[0] == ()


@pytest.mark.parametrize(("project", "status", "code"), [
    ("others", "published", 403),  # seen, not theirs
    ("others", "draft", 404),  # not even seen
    ("own", "draft", 409),
    ("own", "closed", 409),
])
def test_only_a_published_project_of_ones_own(app, parties, project, status, code):
    owner = parties.stranger if project == "others" else parties.asker
    project_id = factories.make_project(app, owner.user, status=status)
    before = snapshot(app)
    response = ask(parties, project_id=project_id)
    assert response.status_code == code
    if code == 409:
        assert response.get_json()["error"]["message"] == "只有已发布的项目可以发起交叉合作"
    assert snapshot(app) == before


def test_one_open_request_per_unit_and_project(app, parties):
    first = asked_id(parties)
    twin = ask(parties, ask="people")
    assert twin.status_code == 409 and twin.get_json()["error"]["code"] == "duplicate_request"
    parties.asked.post(f"/api/v1/collaborations/{first}/decline", json={"reason": "人手不足"})
    assert ask(parties, ask="people").status_code == 201  # a declined request may be asked again


# --- lists ---------------------------------------------------------------------------------

def test_each_unit_sees_its_own_and_the_office_all(app, parties, api_as):
    mine = asked_id(parties)
    theirs_project = factories.make_project(app, parties.stranger.user, title="青年志愿者培训")
    other = api_as("unit", unit="太原南站")
    theirs = ask(parties, client=parties.stranger, project_id=theirs_project,
                 to_unit_id=unit_id(app, "太原南站")).get_json()["id"]

    def ids(client, query=""):
        response = client.get(f"/api/v1/collaborations{query}")
        assert response.status_code == 200, response.get_json()
        return [item["id"] for item in response.get_json()["items"]]

    assert ids(parties.asker) == [mine] and ids(parties.asked) == [mine]
    assert ids(parties.stranger) == [theirs] and ids(other) == [theirs]
    assert ids(parties.office) == [theirs, mine]
    assert ids(parties.asker, "?direction=outgoing") == [mine] and ids(parties.asker, "?direction=incoming") == []
    assert ids(parties.asked, "?direction=incoming") == [mine]
    assert ids(parties.office, "?state=accepted") == []
    bad = parties.office.get("/api/v1/collaborations?state=finished")
    assert bad.status_code == 422 and bad.get_json()["error"]["field"] == "state"
    assert parties.asker.get("/api/v1/collaborations?direction=sideways").status_code == 422


# --- overdue, remind, close ------------------------------------------------------------------

def test_an_unanswered_request_past_its_date_is_overdue(app, parties):
    late, answered = asked_id(parties), asked_id(parties, to_unit_id=unit_id(app, "团市委"))
    parties.stranger.post(f"/api/v1/collaborations/{answered}/accept")
    make_overdue(app, late)
    make_overdue(app, answered)
    assert parties.asker.get(f"/api/v1/collaborations/{late}").get_json()["overdue"] is True
    assert parties.asker.get(f"/api/v1/collaborations/{answered}").get_json()["overdue"] is False
    listed = parties.office.get("/api/v1/collaborations?overdue=1").get_json()["items"]
    assert [item["id"] for item in listed] == [late]
    with app.app_context():
        assert [c.id for c in queries.overdue_requests()] == [late]


def test_overdue_requests_come_longest_overdue_first(app, parties):
    recent, oldest = asked_id(parties), asked_id(parties, to_unit_id=unit_id(app, "团市委"))
    make_overdue(app, recent, days=1)
    make_overdue(app, oldest, days=5)
    with app.app_context():
        found = queries.overdue_requests()
        assert [c.id for c in found] == [oldest, recent]
        assert found[0].to_unit.name == "团市委" and found[0].project.title == "社区老年人健康义诊"
        assert [c.id for c in queries.overdue_requests(limit=1)] == [oldest]


def test_the_office_reminds_the_asked_unit_once_a_day(app, parties):
    collaboration_id = asked_id(parties)
    make_overdue(app, collaboration_id)
    path = f"/api/v1/collaborations/{collaboration_id}"
    history = parties.office.get(path).get_json()["history"]
    reminded = parties.office.post(f"{path}/remind")
    assert reminded.status_code == 200
    assert reminded.get_json()["state"] == "requested" and reminded.get_json()["history"] == history
    assert messages(app, parties.asked.user.id)[-1].startswith("市文明办催办：市民政局邀请贵单位参与项目“社区老年人健康义诊”")
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "collaboration.remind"))
        assert entry.actor_id == parties.office.user.id and entry.target_id == collaboration_id
    before = snapshot(app)
    again = parties.office.post(f"{path}/remind")
    assert again.status_code == 409 and again.get_json()["error"]["message"] == "今天已催办过该合作邀请"
    assert snapshot(app) == before


def test_only_the_office_reminds_and_only_a_waiting_request(app, parties):
    path = f"/api/v1/collaborations/{asked_id(parties)}"
    before = snapshot(app)
    for unit in (parties.asker, parties.asked):
        assert unit.post(f"{path}/remind").status_code == 403
    assert snapshot(app) == before
    parties.asked.post(f"{path}/accept")
    before = snapshot(app)
    refused = parties.office.post(f"{path}/remind")
    assert refused.status_code == 409 and refused.get_json()["error"]["message"] == "当前状态为“已接受”，无需催办"
    assert snapshot(app) == before
    assert parties.office.post("/api/v1/collaborations/999999/remind").status_code == 404


def test_the_office_closes_a_stale_request_with_a_reason(app, parties):
    collaboration_id = asked_id(parties)
    make_overdue(app, collaboration_id)
    path = f"/api/v1/collaborations/{collaboration_id}"
    before = snapshot(app)
    assert parties.office.post(f"{path}/close").status_code == 422
    assert snapshot(app) == before
    closed = parties.office.post(f"{path}/close", json={"reason": "逾期两周未答复"}).get_json()
    assert closed["state"] == "withdrawn" and not closed["overdue"]
    assert closed["history"][-1] == {**closed["history"][-1], "from_state": "requested", "reason": "逾期两周未答复"}
    expected = "市文明办已关闭项目“社区老年人健康义诊”的合作邀请（逾期两周未答复）"
    assert messages(app, parties.asker.user.id)[-1] == expected == messages(app, parties.asked.user.id)[-1]
