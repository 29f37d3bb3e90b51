"""Training (教育培训): units record trainings and attendees; a recruitment may require one
before sign-up; training hours are listed apart and never count toward stars."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.trainings.models import RequiredTraining, Training, TrainingAttendance
from matchmaker.volunteers.models import Recruitment, Signup

from . import records_data as rd
from .test_execution_helpers import TODAY, TOMORROW, count, dated, error, running_project

TRAINING = {"topic": "急救知识与心肺复苏", "held_on": (TODAY - timedelta(days=3)).isoformat(), "hours": "2.5",
            "trainer": "市红十字会 刘老师"}


@pytest.fixture
def world(app, api_as):
    unit = api_as("unit")
    project_id = running_project(app, unit.user)
    ann = rd.volunteer(app, "王安妮")
    rd.admit(app, project_id, ann, state="declined")  # signed up once: the unit knows her
    with app.app_context():
        recruitment_id = db.session.scalar(select(Recruitment.id).where(Recruitment.project_id == project_id))
    return type("World", (), {"unit": unit, "ann": ann, "project_id": project_id, "recruitment_id": recruitment_id})


def test_a_unit_records_a_training_and_who_attended(app, world):
    created = world.unit.post("/api/v1/trainings", json=TRAINING)
    assert created.status_code == 201 and created.get_json()["hours"] == 2.5
    training_id = created.get_json()["id"]
    added = world.unit.post(f"/api/v1/trainings/{training_id}/attendees", json={"volunteer_ids": [world.ann.profile_id]})
    assert added.status_code == 200 and added.get_json()["volunteer_ids"] == [world.ann.profile_id]
    again = world.unit.post(f"/api/v1/trainings/{training_id}/attendees", json={"volunteer_ids": [world.ann.profile_id]})
    assert again.status_code == 200 and count(app, TrainingAttendance) == 1
    listed = world.unit.get("/api/v1/trainings").get_json()["items"]
    assert [t["topic"] for t in listed] == ["急救知识与心肺复苏"]


def test_training_hours_are_listed_apart_and_count_no_stars(app, world):
    training_id = world.unit.post("/api/v1/trainings", json={**TRAINING, "hours": 24}).get_json()["id"]
    world.unit.post(f"/api/v1/trainings/{training_id}/attendees", json={"volunteer_ids": [world.ann.profile_id]})
    me = rd.signed_in(app, world.ann, api=True)
    hours = me.get("/api/v1/me/hours").get_json()
    assert hours["total_hours"] == 0 and hours["records"] == []
    assert [(t["topic"], t["hours"]) for t in hours["trainings"]] == [("急救知识与心肺复苏", 24.0)]
    assert me.get("/api/v1/trainings").get_json()["items"][0]["unit"] == "市民政局"
    page = rd.signed_in(app, world.ann, api=False).get("/me/hours").get_data(as_text=True)
    assert "急救知识与心肺复苏" in page and "24.0 学时" in page and "0 小时" in page


@pytest.mark.parametrize(("changes", "field"), [
    ({"topic": ""}, "topic"), ({"hours": 0}, "hours"), ({"hours": 25}, "hours"), ({"hours": -1}, "hours"),
    ({"held_on": TOMORROW}, "held_on"), ({"trainer": ""}, "trainer"),
])
def test_bad_trainings_are_refused(app, world, changes, field):
    answer = world.unit.post("/api/v1/trainings", json={**TRAINING, **dated(changes)})
    assert answer.status_code == 422 and error(answer)["field"] == field and count(app, Training) == 0


@pytest.mark.parametrize("role", ["sponsor", "office"])
def test_other_roles_cannot_record_trainings(app, api_as, role):
    assert api_as(role).post("/api/v1/trainings", json=TRAINING).status_code == 403
    assert count(app, Training) == 0


def test_another_units_training_and_unknown_volunteers_are_refused(app, world, api_as):
    training_id = world.unit.post("/api/v1/trainings", json=TRAINING).get_json()["id"]
    stranger = api_as("unit", unit="团市委")
    body = {"volunteer_ids": [world.ann.profile_id]}
    assert stranger.post(f"/api/v1/trainings/{training_id}/attendees", json=body).status_code == 404
    unknown = world.unit.post(f"/api/v1/trainings/{training_id}/attendees", json={"volunteer_ids": [999_999]})
    assert unknown.status_code == 422 and "999999" in error(unknown)["message"]
    assert world.unit.post(f"/api/v1/trainings/{training_id}/attendees", json={"volunteer_ids": []}).status_code == 422
    assert rd.signed_in(app, world.ann, api=True).post(f"/api/v1/trainings/{training_id}/attendees",
                                                         json=body).status_code == 403
    assert count(app, TrainingAttendance) == 0


def test_a_recruitment_requiring_a_training_refuses_the_untrained(app, world):
    training_id = world.unit.post("/api/v1/trainings", json=TRAINING).get_json()["id"]
    required = world.unit.post(f"/api/v1/recruitments/{world.recruitment_id}/training", json={"training_id": training_id})
    assert required.status_code == 200 and required.get_json()["training_id"] == training_id
    me = rd.signed_in(app, world.ann, api=True)
    refused = me.post(f"/api/v1/recruitments/{world.recruitment_id}/signups", json={"message": "想参加"})
    assert refused.status_code == 409 and error(refused)["code"] == "training_required"
    assert "需先参加培训“急救知识与心肺复苏”" in error(refused)["message"]
    live = Signup.state.in_(["applied", "admitted"])
    assert count(app, Signup, live) == 0
    world.unit.post(f"/api/v1/trainings/{training_id}/attendees", json={"volunteer_ids": [world.ann.profile_id]})
    assert me.post(f"/api/v1/recruitments/{world.recruitment_id}/signups", json={"message": "已培训"}).status_code == 201
    dropped = world.unit.post(f"/api/v1/recruitments/{world.recruitment_id}/training", json={"training_id": None})
    assert dropped.get_json()["training_id"] is None and count(app, RequiredTraining) == 0


def test_only_the_projects_unit_sets_a_requirement(app, world, api_as):
    training_id = world.unit.post("/api/v1/trainings", json=TRAINING).get_json()["id"]
    stranger = api_as("unit", unit="团市委")
    own = stranger.post("/api/v1/trainings", json=TRAINING).get_json()["id"]
    answer = stranger.post(f"/api/v1/recruitments/{world.recruitment_id}/training", json={"training_id": own})
    assert answer.status_code == 403
    other = world.unit.post(f"/api/v1/recruitments/{world.recruitment_id}/training", json={"training_id": own})
    assert other.status_code == 404  # a training of another unit is not the unit's to require
    assert count(app, RequiredTraining) == 0 and training_id


def test_the_training_pages_record_attendees_and_a_requirement(app, login_as):
    unit = login_as("unit")
    project_id = running_project(app, unit.user)
    ann = rd.volunteer(app, "王安妮")
    rd.admit(app, project_id, ann)
    saved = unit.post("/trainings", data=TRAINING)
    assert saved.status_code == 302
    page_url = saved.headers["Location"]
    assert "王安妮" in unit.get(page_url).get_data(as_text=True)
    assert unit.post(page_url, data={"action": "attend", "volunteer_ids": str(ann.profile_id)}).status_code == 302
    with app.app_context():
        recruitment_id = db.session.scalar(select(Recruitment.id))
    done = unit.post(page_url, data={"action": "require", "recruitment_id": str(recruitment_id)}, follow_redirects=True)
    text = done.get_data(as_text=True)
    assert "已要求报名者先参加本培训" in text and "已参加" in text
    refused = unit.post("/trainings", data={**TRAINING, "hours": "30"})
    assert "培训学时应大于 0 且不超过 24 小时" in refused.get_data(as_text=True) and count(app, Training) == 1
    assert login_as("sponsor").get("/trainings").status_code == 403
    assert login_as("unit", unit="团市委").get(page_url).status_code == 404
