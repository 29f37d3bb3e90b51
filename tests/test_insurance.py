"""Insurance (保险保障): a unit records cover; activities whose volunteers were not covered on
the day are flagged to the unit and on the office's queue; the office gives an outstanding
project the city's basic insurance."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from matchmaker.execution.models import Rating
from matchmaker.extensions import db
from matchmaker.insurance.models import Insurance

from . import records_data as rd
from .test_execution_helpers import SUMMARY, TODAY, count, error, running_project

DAY = TODAY - timedelta(days=10)


def cover(**changes):
    return {"insurer": "中国人寿太原分公司", "policy_number": "PL-2026-001", "starts_on": (DAY - timedelta(days=5)).isoformat(),
            "ends_on": (DAY + timedelta(days=5)).isoformat(), "covers_all": True, **changes}


@pytest.fixture
def world(app, api_as):
    unit = api_as("unit")
    project_id = running_project(app, unit.user)
    ann, bob = rd.volunteer(app, "王安妮"), rd.volunteer(app, "赵博文")
    rd.admit(app, project_id, ann)
    rd.admit(app, project_id, bob)
    activity_id = rd.activity(app, unit.user, project_id, held_on=DAY)
    body = {"records": [{"volunteer_id": ann.profile_id, "hours": 2}, {"volunteer_id": bob.profile_id, "hours": 3}]}
    assert unit.post(f"/api/v1/activities/{activity_id}/attendance", json=body).status_code == 200
    return type("World", (), {"unit": unit, "project_id": project_id, "ann": ann, "bob": bob,
                              "activity_id": activity_id})


def uncovered(world):
    return world.unit.get(f"/api/v1/projects/{world.project_id}/insurance").get_json()["uncovered"]


def test_an_uninsured_activity_is_flagged_until_covered(app, world, api_as, login_as):
    assert uncovered(world) == [{"activity_id": world.activity_id, "held_on": DAY.isoformat(), "volunteers": 2}]
    queue = login_as("office").get("/office/queue").get_data(as_text=True)
    assert "志愿者未投保的活动" in queue and "2 名志愿者当天无保险" in queue
    named = world.unit.post(f"/api/v1/projects/{world.project_id}/insurance",
                            json=cover(covers_all=False, volunteer_ids=[world.ann.profile_id]))
    assert named.status_code == 201 and named.get_json()["volunteer_ids"] == [world.ann.profile_id]
    assert uncovered(world)[0]["volunteers"] == 1
    assert world.unit.post(f"/api/v1/projects/{world.project_id}/insurance", json=cover()).status_code == 201
    assert uncovered(world) == []
    assert "没有志愿者未投保的活动" in login_as("office").get("/office/queue").get_data(as_text=True)


def test_a_cover_that_ended_before_the_activity_does_not_count(app, world):
    ended = cover(starts_on=(DAY - timedelta(days=30)).isoformat(), ends_on=(DAY - timedelta(days=1)).isoformat())
    assert world.unit.post(f"/api/v1/projects/{world.project_id}/insurance", json=ended).status_code == 201
    assert uncovered(world)[0]["volunteers"] == 2


@pytest.mark.parametrize(("changes", "field"), [
    ({"insurer": ""}, "insurer"), ({"policy_number": ""}, "policy_number"), ({"starts_on": "x"}, "starts_on"),
    ({"ends_on": (DAY - timedelta(days=30)).isoformat()}, "ends_on"), ({"covers_all": "yes"}, "covers_all"),
    ({"covers_all": False, "volunteer_ids": []}, "volunteer_ids"),
    ({"covers_all": False, "volunteer_ids": [999_999]}, "volunteer_ids"),
])
def test_bad_covers_are_refused(app, world, changes, field):
    answer = world.unit.post(f"/api/v1/projects/{world.project_id}/insurance", json=cover(**changes))
    assert answer.status_code == 422 and error(answer)["field"] == field and count(app, Insurance) == 0


def test_only_the_projects_unit_records_cover(app, world, api_as):
    assert api_as("unit", unit="团市委").post(f"/api/v1/projects/{world.project_id}/insurance",
                                              json=cover()).status_code == 403
    assert api_as("sponsor").post(f"/api/v1/projects/{world.project_id}/insurance", json=cover()).status_code == 403
    assert rd.signed_in(app, world.ann, api=True).get(f"/api/v1/projects/{world.project_id}/insurance").status_code == 403
    assert api_as("unit", unit="团市委").get(f"/api/v1/projects/{world.project_id}/insurance").status_code == 403
    assert count(app, Insurance) == 0


def test_the_office_gives_an_outstanding_project_the_citys_insurance_once(app, world, api_as):
    office = api_as("office")
    refused = office.post(f"/api/v1/projects/{world.project_id}/insurance/city")
    assert refused.status_code == 409 and error(refused)["code"] == "not_outstanding"
    assert world.unit.post(f"/api/v1/projects/{world.project_id}/summary", json=SUMMARY).status_code == 201
    rated = office.post(f"/api/v1/projects/{world.project_id}/rating",
                        json={"stars": 5, "comment": "优秀", "outstanding": True})
    assert rated.status_code == 200
    given = office.post(f"/api/v1/projects/{world.project_id}/insurance/city")
    assert given.status_code == 201 and given.get_json()["by_city"] is True
    again = office.post(f"/api/v1/projects/{world.project_id}/insurance/city")
    assert again.status_code == 409 and count(app, Insurance) == 1
    assert world.unit.post(f"/api/v1/projects/{world.project_id}/insurance/city").status_code == 403
    with app.app_context():
        assert db.session.scalar(select(Rating.outstanding))


def test_the_insurance_page_records_cover_and_flags(app, login_as):
    unit = login_as("unit")
    project_id = running_project(app, unit.user)
    ann = rd.volunteer(app, "王安妮")
    rd.admit(app, project_id, ann)
    activity_id = rd.activity(app, unit.user, project_id, held_on=DAY)
    unit.post(f"/activities/{activity_id}/attendance", data={f"hours-{ann.profile_id}": "2"})
    page = unit.get(f"/projects/{project_id}/insurance").get_data(as_text=True)
    assert "以下活动有志愿者在活动当天没有保险" in page and "1 人" in page
    bad = unit.post(f"/projects/{project_id}/insurance", data={**cover(), "covers_all": "1", "insurer": ""})
    assert "请填写保险公司" in bad.get_data(as_text=True) and count(app, Insurance) == 0
    done = unit.post(f"/projects/{project_id}/insurance", data={**cover(), "covers_all": "1"}, follow_redirects=True)
    text = done.get_data(as_text=True)
    assert "保险已登记" in text and "以下活动有志愿者" not in text
    assert login_as("unit", unit="团市委").get(f"/projects/{project_id}/insurance").status_code == 403
    assert login_as("sponsor").get(f"/projects/{project_id}/insurance").status_code == 403
