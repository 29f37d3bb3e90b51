"""The volunteers' endpoints answer what the document says, taken through one real journey.

schemathesis (test_openapi.py) mostly meets 404 and 422 on these: its ids and bodies rarely
name a recruitment one may sign up to. Here each answer of a journey that succeeds (register,
recruit, sign up, admit, record hours, train, take and redeem an incentive, the outbox, the
workspace) is checked against the document's schema for its path, method and status.
"""

from datetime import timedelta

import pytest
from jsonschema import Draft202012Validator

from . import factories
from . import records_data as rd
from .test_execution_helpers import TODAY, running_project
from .test_incentives import OFFER, as_kind
from .test_trainings import TRAINING
from .test_volunteers_api import REGISTRATION, recruitment_body


@pytest.fixture
def fits(client):
    """fits(answer, path, method): the answer is one the document names, and matches its schema."""
    document = client.get("/api/v1/openapi.json").get_json()

    def check(answer, path: str, method: str = "get"):
        responses = document["paths"][path][method]["responses"]
        assert str(answer.status_code) in responses, (path, answer.status_code, answer.get_json())
        content = responses[str(answer.status_code)].get("content")
        if content is None:
            assert answer.get_data() == b""
            return
        schema = {"components": document["components"], "paths": document["paths"], "$ref": "#" + "/".join(["/paths", path.replace("/", "~1"), method, "responses",
                                             str(answer.status_code), "content", "application~1json", "schema"])}
        errors = list(Draft202012Validator(schema).iter_errors(answer.get_json()))
        assert errors == [], (path, method, [e.message for e in errors][:5])
        return answer.get_json()

    return check


def test_a_volunteers_journey_answers_what_the_document_says(app, client, api_as, fits):
    registered = client.post("/api/v1/volunteers/register", json=REGISTRATION)
    fits(registered, "/api/v1/volunteers/register", "post")
    person = rd.SimpleNamespace(username=REGISTRATION["username"], password=REGISTRATION["password"],
                                profile_id=registered.get_json()["volunteer"]["id"])
    me, unit, office = rd.signed_in(app, person, api=True), api_as("unit"), api_as("office")

    project_id = factories.make_project(app, unit.user)
    opened = fits(unit.post(f"/api/v1/projects/{project_id}/recruitments", json=recruitment_body()),
                  "/api/v1/projects/{project_id}/recruitments", "post")
    fits(client.get("/api/v1/recruitments"), "/api/v1/recruitments")
    fits(client.get(f"/api/v1/recruitments/{opened['id']}"), "/api/v1/recruitments/{recruitment_id}")
    fits(me.get("/api/v1/recommendations"), "/api/v1/recommendations")
    signup = fits(me.post(f"/api/v1/recruitments/{opened['id']}/signups", json={"message": "我有急救证"}),
                  "/api/v1/recruitments/{recruitment_id}/signups", "post")
    for reader in (me, unit, office):
        listed = fits(reader.get("/api/v1/signups"), "/api/v1/signups")
        assert listed["total"] == 1 and [s["id"] for s in listed["items"]] == [signup["id"]]
    fits(unit.get(f"/api/v1/signups/{signup['id']}"), "/api/v1/signups/{signup_id}")
    fits(unit.post(f"/api/v1/signups/{signup['id']}/admit"), "/api/v1/signups/{signup_id}/{step}", "post")
    fits(unit.post(f"/api/v1/recruitments/{opened['id']}/close"), "/api/v1/recruitments/{recruitment_id}/close",
         "post")

    running = running_project(app, unit.user)
    activity_id = rd.activity(app, unit.user, running)
    rd.admit(app, running, person)
    attendance = "/api/v1/activities/{activity_id}/attendance"
    fits(unit.post(f"/api/v1/activities/{activity_id}/attendance",
                   json={"records": [{"volunteer_id": person.profile_id, "hours": "3.5"}]}), attendance, "post")
    fits(unit.get(f"/api/v1/activities/{activity_id}/attendance"), attendance)

    training = fits(unit.post("/api/v1/trainings", json=TRAINING), "/api/v1/trainings", "post")
    fits(unit.post(f"/api/v1/trainings/{training['id']}/attendees", json={"volunteer_ids": [person.profile_id]}),
         "/api/v1/trainings/{training_id}/attendees", "post")
    fits(unit.post(f"/api/v1/recruitments/{opened['id']}/training", json={"training_id": training["id"]}),
         "/api/v1/recruitments/{recruitment_id}/training", "post")
    fits(unit.get("/api/v1/trainings"), "/api/v1/trainings")
    assert fits(me.get("/api/v1/trainings"), "/api/v1/trainings")["items"][0]["topic"] == TRAINING["topic"]

    hours = fits(me.get("/api/v1/me/hours"), "/api/v1/me/hours")
    assert hours["total_hours"] == 3.5 and hours["next_level"]["stars"] == 1
    fits(me.get("/api/v1/me/volunteer"), "/api/v1/me/volunteer")
    fits(me.put("/api/v1/me/volunteer", json={"availability": "工作日晚上"}), "/api/v1/me/volunteer", "put")
    fits(me.get("/api/v1/me/volunteer/data"), "/api/v1/me/volunteer/data")
    certificate = me.get("/api/v1/me/certificate.pdf")
    assert certificate.status_code == 200 and certificate.mimetype == "application/pdf"

    shop = as_kind(app, api_as("sponsor"), "merchant")
    offer = {**OFFER, "min_hours": 1, "valid_until": (TODAY + timedelta(days=30)).isoformat()}
    incentive = fits(shop.post("/api/v1/incentives", json=offer), "/api/v1/incentives", "post")
    fits(shop.get("/api/v1/incentives"), "/api/v1/incentives")
    assert "taken" not in fits(me.get("/api/v1/incentives"), "/api/v1/incentives")["items"][0]
    code = fits(me.post(f"/api/v1/incentives/{incentive['id']}/take"), "/api/v1/incentives/{incentive_id}/take",
                "post")
    fits(me.get("/api/v1/incentives/codes"), "/api/v1/incentives/codes")
    redeemed = fits(shop.post(f"/api/v1/incentives/codes/{code['code']}/redeem"),
                    "/api/v1/incentives/codes/{code}/redeem", "post")
    assert redeemed["redeemed_at"] is not None

    fits(office.get("/api/v1/mail?state=pending"), "/api/v1/mail")
    for reader in (me, unit, office, shop):
        fits(reader.get("/api/v1/workspace"), "/api/v1/workspace")
    fits(me.post("/api/v1/me/volunteer/close"), "/api/v1/me/volunteer/close", "post")


def test_the_mail_outbox_pages_like_every_list(api_as, fits):
    office = api_as("office")
    assert fits(office.get("/api/v1/mail?per_page=100"), "/api/v1/mail")["per_page"] == 100
    too_many = office.get("/api/v1/mail?per_page=101")
    assert too_many.status_code == 422 and too_many.get_json()["error"]["field"] == "per_page"
