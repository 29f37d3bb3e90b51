"""Volunteers over the API: registration and consent, profile, own data, closing the account;
recruitments (open, search, close); sign-ups and admission with every refusal, on both databases."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.collaborations.queries import today
from matchmaker.extensions import db
from matchmaker.notifications.models import Notification
from matchmaker.projects.models import Need
from matchmaker.volunteers.models import Recruitment, Signup, SignupEvent, VolunteerProfile

from . import factories

REGISTRATION = {"username": "xiaowang", "password": "long-enough-pw", "name": "王小明", "phone": "13800000000",
                "district": "迎泽区", "skills": "急救、摄影", "availability": "周末", "consent": True}


def in_days(days: int) -> str:
    return (today() + timedelta(days=days)).isoformat()


def recruitment_body(**changes) -> dict:
    return {"title": "健康义诊现场引导志愿者", "places": 2, "requirements": "耐心细致，能站立半天",
            "place": "坪阳社区活动中心", "starts_on": in_days(10), "ends_on": in_days(12),
            "signup_until": in_days(7), **changes}


@pytest.fixture
def world(app, api_as):
    """市民政局 with a published project and a recruitment of 2 places; 团市委 (another unit);
    two volunteers, the office and a sponsor, all with tokens."""
    unit, stranger = api_as("unit"), api_as("unit", unit="团市委")
    project_id = factories.make_project(app, unit.user)
    response = unit.post(f"/api/v1/projects/{project_id}/recruitments", json=recruitment_body())
    assert response.status_code == 201, response.get_json()
    return SimpleNamespace(unit=unit, stranger=stranger, project_id=project_id, recruitment=response.get_json(),
                           volunteer=api_as("volunteer"), other=api_as("volunteer"), office=api_as("office"),
                           sponsor=api_as("sponsor"))


def snapshot(app) -> tuple:
    """What a refused request must leave as it was."""
    with app.app_context():
        def count(model):
            return db.session.scalar(select(func.count()).select_from(model))
        states = tuple(db.session.scalars(select(Signup.state).order_by(Signup.id)))
        admitted = tuple(db.session.scalars(select(Recruitment.admitted).order_by(Recruitment.id)))
        return (states, admitted, count(Recruitment), count(SignupEvent), count(AuditEntry), count(Notification),
                count(VolunteerProfile))


def sign_up(world, client=None, **body):
    return (client or world.volunteer).post(f"/api/v1/recruitments/{world.recruitment['id']}/signups",
                                            json={"message": "我有急救证", **body})


def signed_up(world, client=None) -> int:
    response = sign_up(world, client)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


# --- registration ------------------------------------------------------------------------------

def test_a_volunteer_registers_then_signs_in_with_a_token(app, client):
    response = client.post("/api/v1/volunteers/register", json=REGISTRATION)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["user"]["role"] == "volunteer" and body["user"]["name"] == "王小明"
    assert body["volunteer"]["skills"] == ["急救", "摄影"] and body["volunteer"]["phone"] == "13800000000"
    token = client.post("/api/v1/auth/token", json={"username": "xiaowang", "password": "long-enough-pw"})
    assert token.status_code == 200 and token.get_json()["user"]["role"] == "volunteer"
    me = client.get("/api/v1/me/volunteer", headers={"Authorization": f"Bearer {token.get_json()['token']}"})
    assert me.get_json()["district"] == "迎泽区"
    with app.app_context():
        profile = db.session.scalar(select(VolunteerProfile))
        assert profile.consent_at is not None
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "volunteer.register"))
        assert "13800000000" not in str(entry.detail)  # the phone number stays out of the log


@pytest.mark.parametrize("changes, field", [
    ({"consent": False}, "consent"),
    ({"consent": None}, "consent"),
    ({"consent": "yes"}, "consent"),
    ({"phone": "12345"}, "phone"),
    ({"phone": "23800000000"}, "phone"),
    ({"phone": "1380000000a"}, "phone"),
    ({"phone": 13800000000}, "phone"),
    ({"name": ""}, "name"),
    ({"district": "朝阳区"}, "district"),
    ({"password": "short"}, "password"),
    ({"username": "a b"}, "username"),
    ({"birth_year": 1800}, "birth_year"),
])
def test_registration_refuses_bad_input_and_creates_nothing(app, client, changes, field):
    body = {**REGISTRATION, **changes}
    if changes.get("consent") is None and "consent" in changes:
        del body["consent"]
    response = client.post("/api/v1/volunteers/register", json=body)
    assert response.status_code == 422
    assert response.get_json()["error"]["field"] == field
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(User)) == 0


def test_a_taken_username_is_refused(app, client):
    assert client.post("/api/v1/volunteers/register", json=REGISTRATION).status_code == 201
    again = client.post("/api/v1/volunteers/register", json={**REGISTRATION, "phone": "13900000000"})
    assert again.status_code == 409 and again.get_json()["error"]["code"] == "username_taken"


def test_a_volunteer_keeps_their_profile(app, api_as):
    volunteer = api_as("volunteer")
    response = volunteer.put("/api/v1/me/volunteer", json={"skills": ["手语", "急救"], "birth_year": 1990,
                                                           "phone": "139 0000 1111"})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["skills"] == ["手语", "急救"] and response.get_json()["phone"] == "13900001111"
    bad = volunteer.put("/api/v1/me/volunteer", json={"phone": "110"})
    assert bad.status_code == 422 and bad.get_json()["error"]["field"] == "phone"
    assert volunteer.get("/api/v1/me/volunteer").get_json()["phone"] == "13900001111"


# --- recruitments ------------------------------------------------------------------------------

def test_a_unit_opens_a_recruitment_and_anyone_finds_it(app, client, world):
    listed = client.get("/api/v1/recruitments").get_json()
    assert listed["total"] == 1 and listed["items"][0]["title"] == "健康义诊现场引导志愿者"
    item = listed["items"][0]
    assert item["places"] == 2 and item["remaining"] == 2 and item["taking_signups"] is True
    assert item["project"]["district"] == "小店区"
    assert client.get(f"/api/v1/recruitments/{item['id']}").get_json()["place"] == "坪阳社区活动中心"
    for query, found in [("q=义诊", 1), ("q=无此词", 0), ("district=小店区", 1), ("district=迎泽区", 0),
                         ("category=13", 1), ("category=1", 0), (f"date={in_days(11)}", 1),
                         (f"date={in_days(30)}", 0)]:
        assert client.get(f"/api/v1/recruitments?{query}").get_json()["total"] == found, query
    assert client.get("/api/v1/recruitments?district=朝阳区").status_code == 422
    assert client.get("/api/v1/recruitments?date=tomorrow").status_code == 422


def test_a_recruitment_may_be_tied_to_the_projects_volunteers_need(app, world):
    with app.app_context():
        need = Need(project_id=world.project_id, kind="volunteers", description="现场志愿者", quantity=10, unit="人")
        db.session.add(need)
        db.session.commit()
        need_id, money_id = need.id, db.session.scalar(select(Need.id).where(Need.kind == "money"))
    tied = world.unit.post(f"/api/v1/projects/{world.project_id}/recruitments", json=recruitment_body(need_id=need_id))
    assert tied.status_code == 201 and tied.get_json()["need_id"] == need_id
    wrong = world.unit.post(f"/api/v1/projects/{world.project_id}/recruitments", json=recruitment_body(need_id=money_id))
    assert wrong.status_code == 422 and wrong.get_json()["error"]["field"] == "need_id"


@pytest.mark.parametrize("changes, field", [
    ({"title": ""}, "title"),
    ({"places": 0}, "places"),
    ({"places": "3"}, "places"),
    ({"starts_on": "2027-13-01"}, "starts_on"),
    ({"signup_until": None}, "signup_until"),
    ({"ends_on": "2020-01-01"}, "ends_on"),
    ({"signup_until": in_days(-1)}, "signup_until"),
    ({"signup_until": in_days(20)}, "signup_until"),
    ({"min_age": 200}, "min_age"),
])
def test_recruitment_bad_input_is_refused(app, world, changes, field):
    before = snapshot(app)
    response = world.unit.post(f"/api/v1/projects/{world.project_id}/recruitments", json=recruitment_body(**changes))
    assert response.status_code == 422 and response.get_json()["error"]["field"] == field
    assert snapshot(app) == before


def test_recruitments_only_on_ones_own_published_project(app, world):
    draft = factories.make_project(app, world.unit.user, status="draft")
    before = snapshot(app)
    other = world.stranger.post(f"/api/v1/projects/{world.project_id}/recruitments", json=recruitment_body())
    assert other.status_code == 403 and "所属单位" in other.get_json()["error"]["message"]
    refused = world.unit.post(f"/api/v1/projects/{draft}/recruitments", json=recruitment_body())
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "project_not_open"
    hidden = world.stranger.post(f"/api/v1/projects/{draft}/recruitments", json=recruitment_body())
    assert hidden.status_code == 404
    for client in (world.volunteer, world.sponsor, world.office):
        assert client.post(f"/api/v1/projects/{world.project_id}/recruitments",
                           json=recruitment_body()).status_code == 403
    assert snapshot(app) == before


def test_a_closed_recruitment_takes_no_sign_ups_and_leaves_the_list(app, client, world):
    rid = world.recruitment["id"]
    assert world.stranger.post(f"/api/v1/recruitments/{rid}/close").status_code == 403
    closed = world.unit.post(f"/api/v1/recruitments/{rid}/close")
    assert closed.status_code == 200 and closed.get_json()["state"] == "closed"
    assert world.unit.post(f"/api/v1/recruitments/{rid}/close").status_code == 409
    assert client.get("/api/v1/recruitments").get_json()["total"] == 0
    before = snapshot(app)
    refused = sign_up(world)
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "recruitment_closed"
    assert "已结束" in refused.get_json()["error"]["message"]
    assert snapshot(app) == before


# --- sign-ups and admission --------------------------------------------------------------------

def test_sign_up_admit_and_notifications_both_ways(app, world):
    response = sign_up(world)
    assert response.status_code == 201
    body = response.get_json()
    assert body["state"] == "applied" and body["id"]
    incoming = world.unit.get("/api/v1/signups").get_json()["items"]
    assert [s["id"] for s in incoming] == [body["id"]]
    assert len(incoming[0]["volunteer"]["phone"]) == 11 and "*" not in incoming[0]["volunteer"]["phone"]
    admitted = world.unit.post(f"/api/v1/signups/{body['id']}/admit")
    assert admitted.status_code == 200 and admitted.get_json()["state"] == "admitted"
    assert [h["to_state"] for h in admitted.get_json()["history"]] == ["applied", "admitted"]
    assert world.volunteer.get(f"/api/v1/recruitments/{world.recruitment['id']}").get_json()["admitted"] == 1
    with app.app_context():
        def messages(user_id):
            return " ".join(db.session.scalars(select(Notification.message).where(Notification.user_id == user_id)))
        assert "报名了“健康义诊现场引导志愿者”" in messages(world.unit.user.id)
        assert "已被录用" in messages(world.volunteer.user.id)
        actions = set(db.session.scalars(select(AuditEntry.action)))
        assert {"signup.apply", "signup.admit", "recruitment.open"} <= actions
    mine = world.volunteer.get("/api/v1/signups").get_json()["items"]
    assert [s["state"] for s in mine] == ["admitted"]
    assert world.other.get("/api/v1/signups").get_json()["items"] == []


def test_decline_needs_a_reason_and_the_volunteer_may_withdraw(app, world):
    first = signed_up(world)
    before = snapshot(app)
    no_reason = world.unit.post(f"/api/v1/signups/{first}/decline", json={"reason": " "})
    assert no_reason.status_code == 422 and no_reason.get_json()["error"]["field"] == "reason"
    assert snapshot(app) == before
    declined = world.unit.post(f"/api/v1/signups/{first}/decline", json={"reason": "名额已由有经验者补足"})
    assert declined.get_json()["state"] == "declined" and declined.get_json()["reason"] == "名额已由有经验者补足"
    again = signed_up(world)  # after a refusal one may sign up again
    assert world.unit.post(f"/api/v1/signups/{again}/admit").status_code == 200
    withdrawn = world.volunteer.post(f"/api/v1/signups/{again}/withdraw")
    assert withdrawn.get_json()["state"] == "withdrawn"
    assert world.volunteer.get(f"/api/v1/recruitments/{world.recruitment['id']}").get_json()["admitted"] == 0


def test_admissions_never_exceed_the_places(app, api_as, world):
    ids = [signed_up(world, api_as("volunteer")) for _ in range(3)]
    assert world.unit.post(f"/api/v1/signups/{ids[0]}/admit").status_code == 200
    assert world.unit.post(f"/api/v1/signups/{ids[1]}/admit").status_code == 200
    before = snapshot(app)
    third = world.unit.post(f"/api/v1/signups/{ids[2]}/admit")
    assert third.status_code == 409 and third.get_json()["error"]["code"] == "recruitment_full"
    assert "名额已满" in third.get_json()["error"]["message"]
    assert snapshot(app) == before
    full = sign_up(world)
    assert full.status_code == 409 and full.get_json()["error"]["code"] == "recruitment_full"


@pytest.mark.parametrize("who, step, status", [
    ("stranger", "admit", 404), ("office", "admit", 403), ("volunteer", "admit", 403),
    ("other", "withdraw", 404), ("unit", "withdraw", 403), ("sponsor", "admit", 403),
])
def test_the_wrong_party_cannot_take_a_step(app, world, who, step, status):
    signup_id = signed_up(world)
    before = snapshot(app)
    response = getattr(world, who).post(f"/api/v1/signups/{signup_id}/{step}", json={"reason": "x"})
    assert response.status_code == status, response.get_json()
    assert response.get_json()["error"]["message"]
    assert snapshot(app) == before


@pytest.mark.parametrize("first, then", [("admit", "admit"), ("admit", "decline"), ("decline", "admit"),
                                         ("decline", "withdraw")])
def test_a_step_not_allowed_from_the_current_state_is_refused(app, world, first, then):
    signup_id = signed_up(world)
    world.unit.post(f"/api/v1/signups/{signup_id}/{first}", json={"reason": "理由"})
    client = world.volunteer if then == "withdraw" else world.unit
    before = snapshot(app)
    response = client.post(f"/api/v1/signups/{signup_id}/{then}", json={"reason": "理由"})
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "step_not_allowed"
    assert "当前状态为" in response.get_json()["error"]["message"]
    assert snapshot(app) == before


def test_sign_up_refusals_change_nothing(app, api_as, world):
    signed_up(world)
    before = snapshot(app)
    twice = sign_up(world)
    assert twice.status_code == 409 and twice.get_json()["error"]["code"] == "already_signed_up"
    for client in (world.sponsor, world.office, world.unit):
        refused = sign_up(world, client)
        assert refused.status_code == 403
    assert sign_up(world, message="长" * 501).status_code == 422
    assert world.volunteer.post("/api/v1/recruitments/999999/signups", json={}).status_code == 404
    assert snapshot(app) == before


def test_no_sign_up_after_the_deadline(app, world):
    with app.app_context():
        recruitment = db.session.get(Recruitment, world.recruitment["id"])
        recruitment.signup_until = today() - timedelta(days=1)
        db.session.commit()
    before = snapshot(app)
    late = sign_up(world)
    assert late.status_code == 409 and late.get_json()["error"]["code"] == "signup_deadline_passed"
    assert "截止" in late.get_json()["error"]["message"]
    assert snapshot(app) == before


def test_minimum_age_and_required_skills(app, api_as, world):
    body = recruitment_body(min_age=18, skills="急救")
    rid = world.unit.post(f"/api/v1/projects/{world.project_id}/recruitments", json=body).get_json()["id"]
    url = f"/api/v1/recruitments/{rid}/signups"
    unknown_age = api_as("volunteer", skills="急救")
    young = api_as("volunteer", skills="急救", birth_year=today().year - 15)
    no_skill = api_as("volunteer", birth_year=1990)
    fits = api_as("volunteer", skills="摄影、急救", birth_year=1990)
    before = snapshot(app)
    assert unknown_age.post(url, json={}).get_json()["error"]["field"] == "birth_year"
    assert young.post(url, json={}).get_json()["error"]["code"] == "too_young"
    missing = no_skill.post(url, json={}).get_json()["error"]
    assert missing["code"] == "skills_missing" and "急救" in missing["message"]
    assert snapshot(app) == before
    assert fits.post(url, json={}).status_code == 201


def test_phone_numbers_are_masked_for_everyone_but_the_units_signed_up_with(app, client, world):
    signup_id = signed_up(world)
    full = world.unit.get(f"/api/v1/signups/{signup_id}").get_json()["volunteer"]["phone"]
    assert len(full) == 11 and "*" not in full
    masked = world.office.get(f"/api/v1/signups/{signup_id}").get_json()["volunteer"]["phone"]
    assert masked == f"{full[:3]}****{full[-4:]}"
    assert world.stranger.get(f"/api/v1/signups/{signup_id}").status_code == 404
    assert world.other.get(f"/api/v1/signups/{signup_id}").status_code == 404
    public = client.get(f"/api/v1/recruitments/{world.recruitment['id']}").get_data(as_text=True)
    assert full not in public and full[-4:] not in public


# --- own data, closing the account -------------------------------------------------------------

def test_a_volunteer_downloads_their_data_and_closes_the_account(app, world):
    signup_id = signed_up(world)
    world.unit.post(f"/api/v1/signups/{signup_id}/admit")
    data = world.volunteer.get("/api/v1/me/volunteer/data").get_json()
    assert data["profile"]["phone"] and data["profile"]["consent_at"]
    assert [s["state"] for s in data["signups"]] == ["admitted"]
    assert data["signups"][0]["recruitment"] == "健康义诊现场引导志愿者"
    assert world.volunteer.post("/api/v1/me/volunteer/close").status_code == 204
    assert world.volunteer.get("/api/v1/me/volunteer").status_code == 401  # the token ended with it
    again = world.volunteer.post("/api/v1/auth/token", json={"username": world.volunteer.user.username,
                                                             "password": factories.PASSWORD})
    assert again.status_code == 401
    seen = world.unit.get(f"/api/v1/signups/{signup_id}").get_json()
    assert seen["volunteer"]["name"] == "已注销志愿者" and seen["volunteer"]["phone"] == ""
    assert seen["state"] == "withdrawn"  # the place is given back, the record stays
    assert world.unit.get(f"/api/v1/recruitments/{world.recruitment['id']}").get_json()["admitted"] == 0
    with app.app_context():
        profile = db.session.scalar(select(VolunteerProfile).where(VolunteerProfile.user_id == world.volunteer.user.id))
        assert profile.closed and profile.phone == "" and profile.name == "已注销志愿者"


def test_only_volunteers_have_a_volunteer_profile(app, world):
    for client in (world.unit, world.sponsor, world.office):
        assert client.get("/api/v1/me/volunteer").status_code == 403
        assert client.get("/api/v1/me/volunteer/data").status_code == 403
        assert client.post("/api/v1/me/volunteer/close").status_code == 403
