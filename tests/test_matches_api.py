"""The life of a match over the API: every step, every refusal, the invariants."""

import pytest
from sqlalchemy import func, select

from matchmaker.extensions import db
from matchmaker.matches.models import Match, MatchEvent
from matchmaker.projects.models import Need

from . import factories


@pytest.fixture
def parties(app, api_as):
    """A published project of 市民政局 with a money need (10000 yuan) and a goods need (10)."""
    unit, office, sponsor = api_as("unit"), api_as("office"), api_as("sponsor")
    project_id = factories.make_project(app, unit.user)
    project = unit.get(f"/api/v1/projects/{project_id}").get_json()
    money, goods = (n["id"] for n in project["needs"])
    return type("Parties", (), dict(unit=unit, office=office, sponsor=sponsor, project_id=project_id,
                                    money=money, goods=goods))


def pledge(parties, quantity=100, need=None, client=None, **extra):
    body = {"project_id": parties.project_id, "kind": "pledge", "need_id": need or parties.money,
            "quantity": quantity, "message": "一点心意", **extra}
    return (client or parties.sponsor).post("/api/v1/matches", json=body)


def approved(app, need_id):
    with app.app_context():
        return db.session.get(Need, need_id).approved_quantity


def test_pledge_from_submitted_to_fulfilled(app, parties):
    response = pledge(parties, 2500.5)
    assert response.status_code == 201
    match = response.get_json()
    assert match["state"] == "submitted" and match["quantity"] == 2500.5
    path = f"/api/v1/matches/{match['id']}"
    assert parties.unit.post(f"{path}/accept").get_json()["state"] == "accepted"
    assert parties.office.post(f"{path}/approve").get_json()["state"] == "approved"
    assert approved(app, parties.money) == 250050
    project = app.test_client().get(f"/api/v1/projects/{parties.project_id}").get_json()
    assert project["needs"][0]["approved_quantity"] == 2500.5 and project["needs"][0]["remaining"] == 7499.5
    done = parties.unit.post(f"{path}/fulfil").get_json()
    assert done["state"] == "fulfilled"
    history = parties.sponsor.get(path).get_json()["history"]
    assert [(h["from_state"], h["to_state"]) for h in history] == [
        (None, "submitted"), ("submitted", "accepted"), ("accepted", "approved"), ("approved", "fulfilled"),
    ]
    assert [h["actor"]["role"] for h in history] == ["sponsor", "unit", "office", "unit"]
    assert all(h["at"] for h in history)


def test_the_answer_to_a_new_match_is_what_is_stored(app, parties, api_as):
    """The creating request answers from memory (no read-back): it must equal a later read."""
    claimant = api_as("sponsor")
    claimant.put("/api/v1/me/profile", json={"kind": "enterprise", "name": "晋阳面馆", "district": "小店区"})
    for client, body in ((parties.sponsor, {"kind": "pledge", "need_id": parties.goods, "quantity": 3}),
                         (claimant, {"kind": "claim", "message": "我们认领"})):
        created = client.post("/api/v1/matches", json={"project_id": parties.project_id, **body},
                              headers={"Idempotency-Key": "new-match"})
        assert created.status_code == 201
        answer = created.get_json()
        assert answer == client.get(f"/api/v1/matches/{answer['id']}").get_json()
        assert [(h["from_state"], h["to_state"], h["actor"]["role"]) for h in answer["history"]] == [
            (None, "submitted", "sponsor")]
        retried = client.post("/api/v1/matches", json={"project_id": parties.project_id, **body},
                              headers={"Idempotency-Key": "new-match"})
        assert retried.status_code == 200 and retried.get_json() == answer


@pytest.mark.parametrize("steps", [
    [("unit", "accept", None), ("office", "approve", None), ("unit", "fulfil", None)],
    [("unit", "decline", "数量太少")],
    [("unit", "accept", None), ("office", "reject", "重复认捐")],
    [("unit", "accept", None), ("office", "approve", None), ("office", "cancel", "物资已另行解决")],
    [("sponsor", "withdraw", None)],
])
def test_the_answer_to_a_step_is_what_is_stored(app, parties, steps):
    """A step answers from memory (the guarded UPDATE's values, the history row just written):
    each answer must equal a later read, history, times and actors included."""
    path = f"/api/v1/matches/{pledge(parties, 5, parties.goods).get_json()['id']}"
    for role, step, reason in steps:
        answer = getattr(parties, role).post(f"{path}/{step}", json={"reason": reason} if reason else None)
        assert answer.status_code == 200, answer.get_json()
        assert answer.get_json() == parties.sponsor.get(path).get_json()
        assert answer.get_json()["history"][-1]["reason"] == (reason or "")


def test_pending_quantity_is_shown_apart(app, parties):
    pledge(parties, 300)
    need = app.test_client().get(f"/api/v1/projects/{parties.project_id}").get_json()["needs"][0]
    assert need["pending_quantity"] == 300 and need["approved_quantity"] == 0 and need["remaining"] == 10000


def test_cancel_frees_the_quantity(app, parties):
    match_id = pledge(parties, 1000).get_json()["id"]
    parties.unit.post(f"/api/v1/matches/{match_id}/accept")
    parties.office.post(f"/api/v1/matches/{match_id}/approve")
    assert parties.office.post(f"/api/v1/matches/{match_id}/cancel", json={}).status_code == 422
    assert approved(app, parties.money) == 100000
    cancelled = parties.office.post(f"/api/v1/matches/{match_id}/cancel", json={"reason": "企业撤资"})
    assert cancelled.get_json()["state"] == "cancelled"
    assert cancelled.get_json()["history"][-1]["reason"] == "企业撤资"
    assert approved(app, parties.money) == 0


def test_withdraw_before_approval_only(app, parties):
    first = pledge(parties, 10).get_json()["id"]
    assert parties.sponsor.post(f"/api/v1/matches/{first}/withdraw").get_json()["state"] == "withdrawn"
    second = pledge(parties, 10).get_json()["id"]
    parties.unit.post(f"/api/v1/matches/{second}/accept")
    parties.office.post(f"/api/v1/matches/{second}/approve")
    refused = parties.sponsor.post(f"/api/v1/matches/{second}/withdraw")
    assert refused.status_code == 409 and "已批准" in refused.get_json()["error"]["message"]


# Every (state, step) pair the table does not allow is a 409 that changes nothing.
PATHS = {
    "submitted": [],
    "accepted": [("unit", "accept")],
    "declined": [("unit", "decline")],
    "approved": [("unit", "accept"), ("office", "approve")],
    "rejected": [("unit", "accept"), ("office", "reject")],
    "fulfilled": [("unit", "accept"), ("office", "approve"), ("unit", "fulfil")],
    "withdrawn": [("sponsor", "withdraw")],
    "cancelled": [("unit", "accept"), ("office", "approve"), ("office", "cancel")],
}
ALLOWED = {
    ("submitted", "accept"), ("submitted", "decline"), ("submitted", "withdraw"), ("accepted", "approve"),
    ("accepted", "reject"), ("accepted", "withdraw"), ("approved", "fulfil"), ("approved", "cancel"),
}
STEP_ACTOR = {"accept": "unit", "decline": "unit", "approve": "office", "reject": "office",
              "withdraw": "sponsor", "fulfil": "unit", "cancel": "office"}




# One test per state tries every step refused from it, one after another: a refused step changes
# nothing, so each is tried on the state as the path left it (checked after each).
@pytest.mark.parametrize("state", list(PATHS))
def test_steps_outside_the_table_are_refused(app, parties, state):
    match_id = pledge(parties, 10).get_json()["id"]
    for actor, taken in PATHS[state]:
        assert getattr(parties, actor).post(f"/api/v1/matches/{match_id}/{taken}", json={"reason": "理由"}).status_code == 200
    before = parties.office.get(f"/api/v1/matches/{match_id}").get_json()
    need_before = approved(app, parties.money)
    for step in [step for step in STEP_ACTOR if (state, step) not in ALLOWED]:
        response = getattr(parties, STEP_ACTOR[step]).post(f"/api/v1/matches/{match_id}/{step}", json={"reason": "理由"})
        assert (response.status_code, response.get_json()["error"]["code"]) == (409, "step_not_allowed"), step
        assert parties.office.get(f"/api/v1/matches/{match_id}").get_json() == before, step
        assert approved(app, parties.money) == need_before, step


@pytest.mark.parametrize(
    ("step", "wrong"),
    [("accept", "sponsor"), ("accept", "office"), ("decline", "sponsor"), ("withdraw", "unit"),
     ("withdraw", "office")],
)
def test_wrong_party_gets_403_from_submitted(app, parties, step, wrong):
    match_id = pledge(parties, 10).get_json()["id"]
    response = getattr(parties, wrong).post(f"/api/v1/matches/{match_id}/{step}", json={"reason": "x"})
    assert response.status_code == 403
    assert parties.office.get(f"/api/v1/matches/{match_id}").get_json()["state"] == "submitted"


@pytest.mark.parametrize(("step", "wrong"), [("approve", "unit"), ("approve", "sponsor"), ("reject", "unit")])
def test_wrong_party_gets_403_from_accepted(app, parties, step, wrong):
    match_id = pledge(parties, 10).get_json()["id"]
    parties.unit.post(f"/api/v1/matches/{match_id}/accept")
    response = getattr(parties, wrong).post(f"/api/v1/matches/{match_id}/{step}", json={"reason": "x"})
    assert response.status_code == 403
    assert approved(app, parties.money) == 0


def test_strangers_cannot_even_see_a_match(app, parties, api_as):
    match_id = pledge(parties, 10).get_json()["id"]
    other_sponsor = api_as("sponsor")
    other_unit = api_as("unit", unit="市教育局")
    for client in (other_sponsor, other_unit):
        assert client.get(f"/api/v1/matches/{match_id}").status_code == 404
        assert client.post(f"/api/v1/matches/{match_id}/accept").status_code == 404
        assert client.post(f"/api/v1/matches/{match_id}/withdraw").status_code == 404
    assert app.test_client().get(f"/api/v1/matches/{match_id}").status_code == 401
    assert other_sponsor.get("/api/v1/matches").get_json()["items"] == []


def test_unknown_step_and_unknown_match(parties):
    match_id = pledge(parties, 10).get_json()["id"]
    assert parties.unit.post(f"/api/v1/matches/{match_id}/teleport").status_code == 404
    assert parties.unit.post("/api/v1/matches/999999/accept").status_code == 404


def test_lists_show_each_their_own(app, parties, api_as):
    mine = pledge(parties, 10).get_json()["id"]
    pledge(parties, 10, client=api_as("sponsor"))
    assert [m["id"] for m in parties.sponsor.get("/api/v1/matches").get_json()["items"]] == [mine]
    assert len(parties.unit.get("/api/v1/matches").get_json()["items"]) == 2
    assert len(parties.office.get("/api/v1/matches?state=submitted").get_json()["items"]) == 2
    assert parties.office.get("/api/v1/matches?state=approved").get_json()["items"] == []
    assert parties.office.get("/api/v1/matches?state=nonsense").status_code == 422
    assert api_as("unit", unit="市教育局").get("/api/v1/matches").get_json()["items"] == []


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"quantity": 0}, 422, "quantity"),
        ({"quantity": -10}, 422, "quantity"),
        ({"quantity": "0.001"}, 422, "quantity"),
        ({"quantity": "lots"}, 422, "quantity"),
        ({"quantity": 10000.01}, 409, "quantity"),
        ({"kind": "gift"}, 422, "kind"),
        ({"need_id": None}, 422, "need_id"),
        ({"need_id": 999999}, 422, "need_id"),
        ({"project_id": 999999}, 404, None),
        ({"project_id": "one"}, 422, "project_id"),
        ({"message": "很" * 1001}, 422, "message"),
    ],
)
def test_bad_pledges_are_refused_and_change_nothing(app, parties, body, status, field):
    response = pledge(parties, **{"quantity": 100, **body})
    assert response.status_code == status, response.get_json()
    if field:
        assert response.get_json()["error"]["field"] == field
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Match)) == 0


def test_goods_pledge_must_be_whole_and_within_remaining(parties):
    assert pledge(parties, 1.5, need=parties.goods).status_code == 422
    assert pledge(parties, 11, need=parties.goods).status_code == 409
    assert pledge(parties, 10, need=parties.goods).status_code == 201


def test_need_of_another_project_is_refused(app, parties):
    other_project = factories.make_project(app, parties.unit.user, title="另一个项目")
    other_need = parties.unit.get(f"/api/v1/projects/{other_project}").get_json()["needs"][0]["id"]
    response = pledge(parties, 10, need=other_need)
    assert response.status_code == 422 and response.get_json()["error"]["message"] == "该需求不属于此项目"


@pytest.mark.parametrize("status", ["draft", "submitted", "closed"])
def test_no_pledge_to_unpublished_or_closed_projects(app, parties, status):
    project_id = factories.make_project(app, parties.unit.user, status=status)
    response = parties.sponsor.post("/api/v1/matches", json={"project_id": project_id, "kind": "claim"})
    assert response.status_code == (409 if status == "closed" else 404)


def test_only_sponsors_make_matches(parties, client):
    body = {"project_id": parties.project_id, "kind": "claim"}
    assert parties.unit.post("/api/v1/matches", json=body).status_code == 403
    assert parties.office.post("/api/v1/matches", json=body).status_code == 403
    assert client.post("/api/v1/matches", json=body).status_code == 401


def test_a_project_has_at_most_one_approved_claim(app, parties, api_as):
    claim = {"project_id": parties.project_id, "kind": "claim", "message": "我们想整体认领"}
    first = parties.sponsor.post("/api/v1/matches", json=claim).get_json()["id"]
    second = api_as("sponsor").post("/api/v1/matches", json=claim).get_json()["id"]
    assert parties.sponsor.post("/api/v1/matches", json=claim).status_code == 409  # duplicate
    for match_id in (first, second):
        parties.unit.post(f"/api/v1/matches/{match_id}/accept")
    assert parties.office.post(f"/api/v1/matches/{first}/approve").status_code == 200
    refused = parties.office.post(f"/api/v1/matches/{second}/approve")
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "already_claimed"
    assert parties.office.get(f"/api/v1/matches/{second}").get_json()["state"] == "accepted"
    late = api_as("sponsor").post("/api/v1/matches", json=claim)
    assert late.status_code == 409 and late.get_json()["error"]["message"] == "该项目已被认领"


def test_claim_takes_no_need_or_quantity(parties):
    body = {"project_id": parties.project_id, "kind": "claim", "need_id": parties.money}
    assert parties.sponsor.post("/api/v1/matches", json=body).status_code == 422


def test_approval_beyond_the_need_is_refused(app, parties, api_as):
    """Pledges may together exceed a need while pending; approval never lets the total pass it."""
    first = pledge(parties, 6000).get_json()["id"]
    second = pledge(parties, 6000, client=api_as("sponsor")).get_json()["id"]
    for match_id in (first, second):
        parties.unit.post(f"/api/v1/matches/{match_id}/accept")
    assert parties.office.post(f"/api/v1/matches/{first}/approve").status_code == 200
    refused = parties.office.post(f"/api/v1/matches/{second}/approve")
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "quantity_exceeds_need"
    assert approved(app, parties.money) == 600000
    assert parties.office.get(f"/api/v1/matches/{second}").get_json()["state"] == "accepted"


def test_idempotency_key_returns_the_first_record(app, parties):
    headers = {"Idempotency-Key": "pledge-2026-11-28-001"}
    body = {"project_id": parties.project_id, "kind": "pledge", "need_id": parties.money, "quantity": 50}
    first = parties.sponsor.post("/api/v1/matches", json=body, headers=headers)
    again = parties.sponsor.post("/api/v1/matches", json=body, headers=headers)
    assert first.status_code == 201 and again.status_code == 200
    assert first.get_json()["id"] == again.get_json()["id"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Match)) == 1


def test_history_is_append_only(app, parties):
    match_id = pledge(parties, 10).get_json()["id"]
    parties.unit.post(f"/api/v1/matches/{match_id}/decline", json={"reason": "暂不需要"})
    with app.app_context():
        events = db.session.scalars(select(MatchEvent).where(MatchEvent.match_id == match_id)).all()
        assert [(e.from_state, e.to_state, e.reason) for e in events] == [
            (None, "submitted", "一点心意"), ("submitted", "declined", "暂不需要"),
        ]


def test_close_refuses_while_matches_wait(parties):
    pledge(parties, 10)
    refused = parties.unit.post(f"/api/v1/projects/{parties.project_id}/close")
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "matches_waiting"
