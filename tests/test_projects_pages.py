"""Project pages: the catalogue, a project's page, a programme's page, the plan form."""

import pytest
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.projects.models import Project

from . import factories

PLAN_FORM = {
    "category": "13", "title": "社区老年人健康义诊", "service_target": "60 岁以上老人", "service_type": "义诊",
    "service_hours": "120", "volunteers_needed": "20", "funding": "5000.50", "sessions_planned": "12",
    "district": "小店区", "start_on": "2027-01-01", "end_on": "2027-12-31", "description": "每月一次",
    "contact_name": "张医生", "contact_phone": "0351-1234567",
    "needs-0-kind": "money", "needs-0-description": "药品经费", "needs-0-quantity": "10000.5", "needs-0-unit": "",
    "needs-1-kind": "goods", "needs-1-description": "血压计", "needs-1-quantity": "10", "needs-1-unit": "台",
}


def project_titles(app):
    with app.app_context():
        return db.session.scalars(select(Project.title)).all()


def test_unit_drafts_a_project_through_the_form(app, login_as):
    unit = login_as("unit")
    assert "新建志愿服务项目" in unit.get("/projects/new").get_data(as_text=True)
    response = unit.post("/projects/new", data=PLAN_FORM)
    assert response.status_code == 302
    page = unit.get(response.headers["Location"]).get_data(as_text=True)
    assert "社区老年人健康义诊" in page and "草稿" in page and "提交审核" in page
    assert "5,000.50 元" in page and "10,000.50" in page
    with app.app_context():
        project = db.session.scalar(select(Project))
        assert project.funding == 500050 and [n.quantity for n in project.needs] == [1000050, 10]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": ""}, "请填写项目名称"),
        ({"service_hours": "很多"}, "服务时长（小时）应为整数"),
        ({"end_on": "2026-01-01"}, "结束日期不能早于开始日期"),
        ({"start_on": "2027-13-01"}, "开始日期应为 YYYY-MM-DD 格式的日期"),
        ({"district": ""}, "请选择有效的区县"),
        ({"category": ""}, "项目类别应为整数"),
        ({"needs-0-quantity": "0.001"}, "最多精确到分"),
        ({"needs-1-quantity": "1.5"}, "应为整数"),
        ({"needs-0-description": "", "needs-0-quantity": "", "needs-1-description": "", "needs-1-quantity": ""},
         "请至少填写一项资源需求"),
    ],
)
def test_plan_form_refusals_are_shown_in_chinese(app, login_as, change, message):
    unit = login_as("unit")
    response = unit.post("/projects/new", data={**PLAN_FORM, **change})
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert project_titles(app) == []


def test_form_pages_refuse_other_roles(app, login_as, client):
    owner = login_as("unit")
    project_id = factories.make_project(app, owner.user, status="draft")
    assert client.get("/projects/new").status_code == 302
    for role in ("sponsor", "office"):
        assert login_as(role).get("/projects/new").status_code == 403
    other = login_as("unit", unit="市教育局")
    assert other.get(f"/projects/{project_id}/edit").status_code == 404
    published = factories.make_project(app, owner.user)
    assert other.get(f"/projects/{published}/edit").status_code == 403
    assert other.post(f"/projects/{published}/edit", data=PLAN_FORM).status_code == 403


def test_edit_keeps_needs_and_changes_them(app, login_as):
    unit = login_as("unit")
    project_id = factories.make_project(app, unit.user, status="draft")
    form_page = unit.get(f"/projects/{project_id}/edit").get_data(as_text=True)
    assert 'value="10000"' in form_page and 'value="血压计"' in form_page
    with app.app_context():
        needs = db.session.get(Project, project_id).needs
        ids = [str(n.id) for n in needs]
    data = {**PLAN_FORM, "title": "改过的名字", "needs-0-need_id": ids[0], "needs-1-need_id": ids[1], "needs-1-quantity": "12"}
    assert unit.post(f"/projects/{project_id}/edit", data=data).status_code == 302
    with app.app_context():
        project = db.session.get(Project, project_id)
        assert project.title == "改过的名字" and [n.id for n in project.needs] == [int(i) for i in ids]
        assert project.needs[1].quantity == 12


def test_submit_publish_and_return_on_the_page(app, login_as):
    unit, office = login_as("unit"), login_as("office")
    project_id = factories.make_project(app, unit.user, status="draft")
    unit.post(f"/projects/{project_id}/step/submit")
    page = office.get(f"/projects/{project_id}").get_data(as_text=True)
    assert "待审核" in page and "审核通过并发布" in page
    refused = office.post(f"/projects/{project_id}/step/return", data={"reason": ""}, follow_redirects=True)
    assert "需要填写理由" in refused.get_data(as_text=True)
    office.post(f"/projects/{project_id}/step/return", data={"reason": "请补充经费来源"})
    assert "市文明办退回意见：请补充经费来源" in unit.get(f"/projects/{project_id}").get_data(as_text=True)
    unit.post(f"/projects/{project_id}/step/submit")
    office.post(f"/projects/{project_id}/step/publish")
    assert "已发布" in office.get(f"/projects/{project_id}").get_data(as_text=True)


def test_a_step_not_allowed_shows_why_and_changes_nothing(app, login_as):
    unit, office = login_as("unit"), login_as("office")
    project_id = factories.make_project(app, unit.user, status="draft")
    page = office.post(f"/projects/{project_id}/step/publish", follow_redirects=True).get_data(as_text=True)
    assert "当前状态为“草稿”，不能执行“审核发布”" in page
    assert unit.post(f"/projects/{project_id}/step/publish", follow_redirects=True).status_code == 200
    with app.app_context():
        assert db.session.get(Project, project_id).status.value == "draft"


def test_catalogue_page_filters_and_progress(app, login_as, client):
    unit = login_as("unit")
    factories.make_project(app, unit.user, title="汾河沿岸垃圾清理", category=9, district="万柏林区")
    factories.make_project(app, unit.user, title="社区老年人健康义诊")
    factories.make_project(app, unit.user, title="还没发布的草稿", status="draft")
    page = client.get("/projects").get_data(as_text=True)
    assert "汾河沿岸垃圾清理" in page and "社区老年人健康义诊" in page and "还没发布的草稿" not in page
    assert "已落实 0 / 10,000 元" in page and "pct-0" in page
    filtered = client.get("/projects?district=万柏林区").get_data(as_text=True)
    assert "汾河沿岸垃圾清理" in filtered and "社区老年人健康义诊" not in filtered
    found = client.get("/projects?q=老人 义诊").get_data(as_text=True)
    assert "社区老年人健康义诊" in found
    assert "区县" in client.get("/projects?district=火星").get_data(as_text=True)


def test_programme_page(app, login_as, client):
    unit = login_as("unit")
    factories.make_project(app, unit.user, title="汾河沿岸垃圾清理", category=9)
    page = client.get("/categories/9").get_data(as_text=True)
    assert "关爱山川河流志愿服务项目" in page and "市环保局" in page and "汾河沿岸垃圾清理" in page
    assert client.get("/categories/27").status_code == 404


def test_drafts_are_hidden_from_the_public_and_other_units(app, login_as, client):
    unit = login_as("unit")
    project_id = factories.make_project(app, unit.user, status="submitted")
    assert client.get(f"/projects/{project_id}").status_code == 404
    assert login_as("unit", unit="市教育局").get(f"/projects/{project_id}").status_code == 404
    assert login_as("sponsor").get(f"/projects/{project_id}").status_code == 404
    assert login_as("office").get(f"/projects/{project_id}").status_code == 200


def test_my_projects_lists_branch_projects_for_the_lead_unit(app, login_as):
    factories.make_branch(app, "迎泽区桥头街社区", "市民政局")
    branch = login_as("unit", unit="迎泽区桥头街社区")
    factories.make_project(app, branch.user, title="楼道微更新", status="draft")
    lead = login_as("unit", unit="市民政局")
    assert "楼道微更新" in lead.get("/unit/projects").get_data(as_text=True)
    assert "楼道微更新" not in login_as("unit", unit="市教育局").get("/unit/projects").get_data(as_text=True)
