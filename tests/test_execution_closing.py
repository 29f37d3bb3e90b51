"""Closing a project: the summary completes it (refused while matches wait or before any
activity); the office rates completed projects and selects outstanding ones for the public."""

import pytest

from matchmaker.execution.models import Rating, Summary
from matchmaker.extensions import db
from matchmaker.projects.models import Project

from .test_execution_helpers import ACTIVITY, SUMMARY, count, error, give, notices, parties, running_project


@pytest.fixture
def api(app, api_as):
    p = parties(app, api_as)
    p.unit.post(f"/api/v1/projects/{p.project_id}/activities", json=ACTIVITY)
    return p


def status(app, project_id: int) -> str:
    with app.app_context():
        return db.session.get(Project, project_id).status.value


def summarise(client, project_id, **changes):
    return client.post(f"/api/v1/projects/{project_id}/summary", json={**SUMMARY, **changes})


def complete(app, api) -> None:
    assert summarise(api.unit, api.project_id).status_code == 201


def test_the_summary_completes_the_project_and_sponsors_read_it(app, api):
    give(app, api.project_id, api.sponsor.user, api.unit.user, api.office.user)
    response = summarise(api.unit, api.project_id)
    assert response.status_code == 201
    body = response.get_json()
    assert body["goals_met"] == "完成 12 次义诊" and body["totals"]["people_served"] == 80
    assert status(app, api.project_id) == "completed"
    read = api.sponsor.get(f"/api/v1/projects/{api.project_id}/summary")
    assert read.status_code == 200 and read.get_json()["resources_used"] == "药品经费全部用于耗材"
    assert any("已完成，欢迎查看项目总结" in m for m in notices(app, api.sponsor.user))
    assert any("待评星定级" in m for m in notices(app, api.office.user))


def test_a_completed_project_takes_no_more_records(app, api):
    complete(app, api)
    more = api.unit.post(f"/api/v1/projects/{api.project_id}/activities", json=ACTIVITY)
    assert more.status_code == 409 and "已完成" in error(more)["message"]
    again = summarise(api.unit, api.project_id)
    assert again.status_code == 409 and error(again)["code"] == "step_not_allowed"
    assert count(app, Summary) == 1


@pytest.mark.parametrize("waiting", ["submitted", "accepted"])
def test_no_summary_while_claims_or_pledges_wait(app, api, waiting):
    give(app, api.project_id, api.sponsor.user, api.unit.user, api.office.user, to=waiting)
    refused = summarise(api.unit, api.project_id)
    assert refused.status_code == 409 and error(refused)["code"] == "matches_waiting"
    assert "请先处理后再提交总结" in error(refused)["message"]
    assert status(app, api.project_id) == "published" and count(app, Summary) == 0


def test_no_summary_before_any_activity(app, api_as):
    p = parties(app, api_as)
    refused = summarise(p.unit, p.project_id)
    assert refused.status_code == 409 and error(refused)["code"] == "no_activities"
    assert status(app, p.project_id) == "published"


@pytest.mark.parametrize("field", ["goals_met", "resources_used", "lessons"])
def test_each_part_of_the_summary_is_required(app, api, field):
    refused = summarise(api.unit, api.project_id, **{field: ""})
    assert refused.status_code == 422 and error(refused)["field"] == field
    assert status(app, api.project_id) == "published" and count(app, Summary) == 0


@pytest.mark.parametrize("status_", ["draft", "submitted"])
def test_a_plan_not_yet_published_cannot_be_completed(app, api, status_):
    project_id = running_project(app, api.unit.user, status=status_)
    refused = summarise(api.unit, project_id)
    assert refused.status_code == 409 and error(refused)["code"] == "step_not_allowed"
    assert status(app, project_id) == status_


def test_a_closed_project_can_be_completed(app, api):
    closed = running_project(app, api.unit.user, status="closed")
    api.unit.post(f"/api/v1/projects/{closed}/activities", json=ACTIVITY)
    assert summarise(api.unit, closed).status_code == 201
    assert status(app, closed) == "completed"


def test_only_the_projects_units_write_the_summary(app, api, api_as):
    assert summarise(api_as("unit", unit="市教育局"), api.project_id).status_code == 403
    assert summarise(api.office, api.project_id).status_code == 403
    assert summarise(api.sponsor, api.project_id).status_code == 403
    assert status(app, api.project_id) == "published" and count(app, Summary) == 0


def test_reading_a_summary(app, api, api_as):
    path = f"/api/v1/projects/{api.project_id}/summary"
    assert api.office.get(path).status_code == 404  # not written yet
    complete(app, api)
    assert api.office.get(path).status_code == 200
    assert api_as("sponsor").get(path).status_code == 403
    assert api_as("unit", unit="市教育局").get(path).status_code == 403


# --- rating ------------------------------------------------------------------------------------

def rate(client, project_id, **body):
    return client.post(f"/api/v1/projects/{project_id}/rating", json={"stars": 5, "comment": "成效显著", **body})


def test_the_office_rates_and_may_rate_again(app, api):
    complete(app, api)
    first = rate(api.office, api.project_id, stars=3, comment="记录完整")
    assert first.status_code == 200 and first.get_json()["stars"] == 3 and first.get_json()["criteria"]
    second = rate(api.office, api.project_id, stars=5, outstanding=True)
    assert second.get_json()["outstanding"] is True
    assert count(app, Rating) == 1
    assert any("获评 5 星，并评为优秀项目" in m for m in notices(app, api.unit.user))


@pytest.mark.parametrize(("body", "field", "words"), [
    ({"stars": 0}, "stars", "1 到 5"),
    ({"stars": 6}, "stars", "1 到 5"),
    ({"stars": "five"}, "stars", "应为整数"),
    ({"stars": 4.5}, "stars", "应为整数"),
    ({"comment": ""}, "comment", "请填写评价意见"),
    ({"stars": 3, "outstanding": True}, "outstanding", "至少 4 星"),
    ({"outstanding": "yes"}, "outstanding", "true 或 false"),
])
def test_bad_ratings_are_refused(app, api, body, field, words):
    complete(app, api)
    refused = rate(api.office, api.project_id, **body)
    assert refused.status_code == 422
    assert error(refused)["field"] == field and words in error(refused)["message"]
    assert count(app, Rating) == 0


def test_only_completed_projects_are_rated(app, api):
    refused = rate(api.office, api.project_id)
    assert refused.status_code == 409 and error(refused)["code"] == "project_not_completed"
    assert count(app, Rating) == 0


@pytest.mark.parametrize("role", ["unit", "sponsor"])
def test_only_the_office_rates(app, api, role):
    complete(app, api)
    assert rate(getattr(api, role), api.project_id).status_code == 403
    assert count(app, Rating) == 0


def test_outstanding_projects_are_shown_to_the_public(app, api, api_as):
    complete(app, api)
    rate(api.office, api.project_id, stars=4, comment="社区反响很好")
    honour = app.test_client().get("/honour").get_data(as_text=True)
    assert "社区老年人健康义诊" not in honour  # rated, not selected
    rate(api.office, api.project_id, stars=5, comment="社区反响很好", outstanding=True)
    honour = app.test_client().get("/honour").get_data(as_text=True)
    assert "社区老年人健康义诊" in honour and "社区反响很好" in honour and "服务 80 人次" in honour
    page = app.test_client().get(f"/projects/{api.project_id}").get_data(as_text=True)
    assert "优秀项目" in page and "★★★★★" in page


# --- pages -------------------------------------------------------------------------------------

def test_summary_and_rating_on_the_pages(app, login_as):
    unit, office = login_as("unit"), login_as("office")
    project_id = running_project(app, unit.user)
    form = {**ACTIVITY, "volunteers": "10", "volunteer_hours": "25.5", "people_served": "80"}
    unit.post(f"/projects/{project_id}/activities/new", data=form)
    empty = unit.post(f"/projects/{project_id}/summary", data={**SUMMARY, "lessons": ""})
    assert "请填写经验与不足" in empty.get_data(as_text=True) and status(app, project_id) == "published"
    done = unit.post(f"/projects/{project_id}/summary", data=SUMMARY, follow_redirects=True)
    assert "项目总结已提交" in done.get_data(as_text=True) and "完成 12 次义诊" in done.get_data(as_text=True)
    assert "该项目已于" in unit.get(f"/projects/{project_id}/summary").get_data(as_text=True)
    assert "评星定级" in office.get("/office/execution").get_data(as_text=True)
    rating_page = office.get(f"/projects/{project_id}/rating").get_data(as_text=True)
    assert "目标达成" in rating_page and "完成 12 次义诊" in rating_page
    refused = office.post(f"/projects/{project_id}/rating", data={"stars": "3", "comment": "好", "outstanding": "y"})
    assert "至少 4 星" in refused.get_data(as_text=True) and count(app, Rating) == 0
    office.post(f"/projects/{project_id}/rating", data={"stars": "4", "comment": "做法可推广", "outstanding": "y"})
    again = office.get(f"/projects/{project_id}/rating").get_data(as_text=True)
    assert 'selected value="4"' in again and "做法可推广" in again and "checked" in again
    public_page = app.test_client().get(f"/projects/{project_id}").get_data(as_text=True)
    assert '<span class="visually-hidden">4 星</span>' in public_page and "优秀项目" in public_page
    assert unit.get(f"/projects/{project_id}/rating").status_code == 403


def test_the_summary_form_refuses_while_matches_wait(app, login_as):
    unit, office, sponsor = login_as("unit"), login_as("office"), login_as("sponsor")
    project_id = running_project(app, unit.user)
    unit.post(f"/projects/{project_id}/activities/new",
              data={**ACTIVITY, "volunteers": "10", "volunteer_hours": "25.5", "people_served": "80"})
    give(app, project_id, sponsor.user, unit.user, office.user, to="submitted")
    refused = unit.post(f"/projects/{project_id}/summary", data=SUMMARY)
    assert "请先处理后再提交总结" in refused.get_data(as_text=True)
    assert status(app, project_id) == "published"
    assert login_as("unit", unit="市教育局").get(f"/projects/{project_id}/summary").status_code == 403
