"""Activity records over the API and the pages: who may record and read them, what is
refused, and how the totals roll up to the project, the unit and the programme."""

from datetime import timedelta

import pytest
from sqlalchemy import update

from matchmaker.execution.models import Activity
from matchmaker.extensions import db
from matchmaker.projects.models import Project

from . import factories
from .test_execution_helpers import (
    ACTIVITY,
    TODAY,
    TOMORROW,
    count,
    dated,
    error,
    give,
    parties,
    running_project,
)


@pytest.fixture
def api(app, api_as):
    return parties(app, api_as)


def post_activity(client, project_id, **changes):
    return client.post(f"/api/v1/projects/{project_id}/activities", json={**ACTIVITY, **dated(changes)})


def test_a_unit_records_an_activity_and_the_totals_add_up(app, api):
    created = post_activity(api.unit, api.project_id)
    assert created.status_code == 201
    body = created.get_json()
    assert body["place"] == "坪阳社区活动室" and body["volunteer_hours"] == 25.5 and body["photos"] == []
    post_activity(api.unit, api.project_id, volunteers=4, volunteer_hours="8", people_served=20)
    listed = api.unit.get(f"/api/v1/projects/{api.project_id}/activities").get_json()
    assert [a["people_served"] for a in listed["items"]] == [20, 80]
    assert listed["totals"] == {"activities": 2, "volunteers": 14, "volunteer_hours": 33.5, "people_served": 100}


def test_a_lead_unit_records_for_its_branch(app, api_as):
    factories.make_branch(app, "坪阳社区志愿服务站", "市民政局")
    branch = api_as("unit", unit="坪阳社区志愿服务站")
    project_id = running_project(app, branch.user)
    lead = api_as("unit", unit="市民政局")
    assert post_activity(lead, project_id).status_code == 201
    assert post_activity(branch, project_id).status_code == 201


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"held_on": TOMORROW}, "held_on", "不能晚于今天"),
    ({"held_on": (TODAY - timedelta(days=201)).isoformat()}, "held_on", "项目期间"),
    ({"held_on": "2026-13-01"}, "held_on", "YYYY-MM-DD"),
    ({"held_on": None}, "held_on", "请填写活动日期"),
    ({"place": "  "}, "place", "请填写活动地点"),
    ({"place": "地" * 101}, "place", "不能超过 100"),
    ({"volunteers": -1}, "volunteers", "不能为负数"),
    ({"volunteers": 0}, "volunteers", "至少为 1"),
    ({"volunteers": 2.5}, "volunteers", "应为整数"),
    ({"people_served": -5}, "people_served", "不能为负数"),
    ({"people_served": "many"}, "people_served", "应为整数"),
    ({"volunteer_hours": -1}, "volunteer_hours", "不能为负数"),
    ({"volunteer_hours": "1.25"}, "volunteer_hours", "一位小数"),
    ({"volunteer_hours": "abc"}, "volunteer_hours", "应为数字"),
    ({"volunteer_hours": True}, "volunteer_hours", "应为数字"),
    ({"volunteers": 2, "volunteer_hours": 48.5}, "volunteer_hours", "2 人最多 48 小时"),
    ({"notes": "记" * 2001}, "notes", "不能超过 2000"),
])
def test_bad_activities_are_refused_and_nothing_is_written(app, api, changes, field, words):
    response = post_activity(api.unit, api.project_id, **changes)
    assert response.status_code == 422
    assert error(response)["field"] == field and words in error(response)["message"]
    assert count(app, Activity) == 0


def test_the_limit_of_hours_is_exactly_24_per_volunteer(app, api):
    assert post_activity(api.unit, api.project_id, volunteers=2, volunteer_hours=48).status_code == 201


def test_an_activity_after_the_project_ended_is_refused(app, api_as):
    unit = api_as("unit")
    project_id = running_project(app, unit.user, start_on=(TODAY - timedelta(days=60)).isoformat())
    with app.app_context():  # it ended since (a plan cannot be made to end in the past)
        db.session.execute(update(Project).where(Project.id == project_id).values(end_on=TODAY - timedelta(days=20)))
        db.session.commit()
    response = post_activity(unit, project_id, held_on=(TODAY - timedelta(days=5)).isoformat())
    assert response.status_code == 422 and "项目期间" in error(response)["message"]


@pytest.mark.parametrize("role", ["office", "sponsor"])
def test_only_units_record_activities(app, api, api_as, role):
    response = post_activity(api_as(role), api.project_id)
    assert response.status_code == 403
    assert count(app, Activity) == 0


def test_another_unit_is_refused_on_a_published_project_and_cannot_see_a_draft(app, api, api_as):
    other = api_as("unit", unit="市教育局")
    refused = post_activity(other, api.project_id)
    assert refused.status_code == 403 and "项目所属单位" in error(refused)["message"]
    draft = running_project(app, api.unit.user, status="draft")
    assert post_activity(other, draft).status_code == 404
    assert count(app, Activity) == 0


@pytest.mark.parametrize("status", ["draft", "submitted"])
def test_a_project_not_yet_published_takes_no_activity(app, api, status):
    project_id = running_project(app, api.unit.user, status=status)
    response = post_activity(api.unit, project_id)
    assert response.status_code == 409 and error(response)["code"] == "project_not_running"
    assert count(app, Activity) == 0


def test_a_closed_project_still_records_its_activities(app, api):
    closed = running_project(app, api.unit.user, status="closed")
    assert post_activity(api.unit, closed).status_code == 201


def test_malformed_json_is_a_400(app, api):
    response = api.unit.post(f"/api/v1/projects/{api.project_id}/activities", data="{", content_type="application/json")
    assert response.status_code == 400


def test_who_may_read_the_activities(app, api, api_as):
    post_activity(api.unit, api.project_id)
    path = f"/api/v1/projects/{api.project_id}/activities"
    assert api.office.get(path).status_code == 200
    assert api.unit.get(path).status_code == 200
    assert api.sponsor.get(path).status_code == 403  # no gift on this project (yet)
    give(app, api.project_id, api.sponsor.user, api.unit.user, api.office.user, to="accepted")
    assert api.sponsor.get(path).status_code == 403  # accepted is not yet a gift
    give(app, api.project_id, api.sponsor.user, api.unit.user, api.office.user, to="approved")
    assert len(api.sponsor.get(path).get_json()["items"]) == 1
    assert api_as("unit", unit="市教育局").get(path).status_code == 403
    assert app.test_client().get(path).status_code == 401
    assert api.office.get("/api/v1/projects/999999/activities").status_code == 404


def test_a_draft_projects_records_are_not_found_by_outsiders(app, api, api_as):
    draft = running_project(app, api.unit.user, status="draft")
    for client in (api_as("sponsor"), api_as("unit", unit="市教育局")):
        assert client.get(f"/api/v1/projects/{draft}/activities").status_code == 404
        assert client.get(f"/api/v1/projects/{draft}/reports").status_code == 404


# --- pages ------------------------------------------------------------------------------------

def test_the_activity_form_records_and_shows_it(app, login_as):
    unit = login_as("unit")
    project_id = running_project(app, unit.user)
    page = unit.get(f"/projects/{project_id}/activities/new")
    assert page.status_code == 200 and "记录活动" in page.get_data(as_text=True)
    form = {**ACTIVITY, "volunteers": "10", "volunteer_hours": "25.5", "people_served": "80"}
    response = unit.post(f"/projects/{project_id}/activities/new", data=form)
    assert response.status_code == 302 and "#activity-" in response.headers["Location"]
    record = unit.get(f"/projects/{project_id}/execution").get_data(as_text=True)
    assert "坪阳社区活动室" in record and "25.5" in record
    card = unit.get(f"/projects/{project_id}").get_data(as_text=True)
    assert "项目执行" in card and "1 次" in card


@pytest.mark.parametrize(("changes", "words"), [
    ({"held_on": TOMORROW}, "活动日期不能晚于今天"),
    ({"volunteers": "-3"}, "参与志愿者人数不能为负数"),
    ({"volunteers": "3", "volunteer_hours": "100"}, "3 人最多 72 小时"),
    ({"people_served": "-1"}, "服务人次不能为负数"),
])
def test_the_activity_form_shows_the_refusal_on_its_field(app, login_as, changes, words):
    unit = login_as("unit")
    project_id = running_project(app, unit.user)
    form = {**ACTIVITY, "volunteers": "10", "volunteer_hours": "25.5", "people_served": "80", **dated(changes)}
    response = unit.post(f"/projects/{project_id}/activities/new", data=form)
    assert response.status_code == 200 and words in response.get_data(as_text=True)
    assert count(app, Activity) == 0


def test_the_record_page_is_for_readers_only(app, login_as):
    unit = login_as("unit")
    project_id = running_project(app, unit.user)
    assert login_as("sponsor").get(f"/projects/{project_id}/execution").status_code == 403
    assert login_as("unit", unit="市教育局").get(f"/projects/{project_id}/activities/new").status_code == 403
    assert login_as("office").get(f"/projects/{project_id}/activities/new").status_code == 403
    anonymous = app.test_client().get(f"/projects/{project_id}/execution")
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    public = app.test_client().get(f"/projects/{project_id}").get_data(as_text=True)
    assert "项目执行" in public and "活动与报告" not in public  # totals for all, records for readers


def test_totals_roll_up_to_the_unit_and_the_programme(app, api, api_as, login_as):
    post_activity(api.unit, api.project_id, people_served=30)
    factories.make_branch(app, "坪阳社区志愿服务站", "市民政局")
    branch = api_as("unit", unit="坪阳社区志愿服务站")
    post_activity(branch, running_project(app, branch.user, category=6), people_served=12)
    unit_page = login_as("unit", unit="市民政局").get("/unit/execution").get_data(as_text=True)
    assert ">42<" in unit_page.replace(" ", "")  # both projects: the lead unit answers for its branch
    branch_page = login_as("unit", unit="坪阳社区志愿服务站").get("/unit/execution").get_data(as_text=True)
    assert ">12<" in branch_page.replace(" ", "") and ">42<" not in branch_page.replace(" ", "")
    programmes = app.test_client().get("/honour/programmes").get_data(as_text=True)
    rows = {line.split("</a>")[0].rsplit(">", 1)[1]: line for line in programmes.split("<tr>")[2:]}
    assert "<td>30</td>" in rows["13. 医疗卫生志愿服务项目"] and "<td>12</td>" in rows["6. 邻里守望社区志愿服务项目"]
