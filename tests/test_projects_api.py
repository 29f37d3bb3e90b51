"""Projects and needs over the API: create, edit, the plan's steps, the public catalogue."""

import pytest

from . import factories
from .factories import PROJECT


def test_unit_creates_submits_and_office_publishes(app, api_as):
    unit = api_as("unit")
    office = api_as("office")
    response = unit.post("/api/v1/projects", json=PROJECT)
    assert response.status_code == 201, response.get_json()
    project = response.get_json()
    assert project["status"] == "draft" and project["unit"]["name"] == "市民政局"
    assert [n["quantity"] for n in project["needs"]] == [10000, 10]
    assert project["needs"][0]["unit"] == "元" and project["funding"] == 5000
    assert app.test_client().get(f"/api/v1/projects/{project['id']}").status_code == 404
    assert unit.post(f"/api/v1/projects/{project['id']}/submit").get_json()["status"] == "submitted"
    published = office.post(f"/api/v1/projects/{project['id']}/publish").get_json()
    assert published["status"] == "published" and published["published_at"]
    public = app.test_client().get(f"/api/v1/projects/{project['id']}").get_json()
    assert public["needs"][1] == {
        "id": project["needs"][1]["id"], "kind": "goods", "description": "血压计", "quantity": 10, "unit": "台",
        "deadline": None, "approved_quantity": 0, "pending_quantity": 0, "remaining": 10,
    }


def test_office_returns_a_plan_with_a_reason(app, api_as):
    unit, office = api_as("unit"), api_as("office")
    project_id = factories.make_project(app, unit.user, status="submitted")
    refused = office.post(f"/api/v1/projects/{project_id}/return", json={})
    assert refused.status_code == 422 and refused.get_json()["error"]["field"] == "reason"
    returned = office.post(f"/api/v1/projects/{project_id}/return", json={"reason": "请补充服务时长"})
    assert returned.get_json()["status"] == "draft"
    assert returned.get_json()["return_reason"] == "请补充服务时长"


@pytest.mark.parametrize(
    ("status", "step", "role", "expected"),
    [
        ("draft", "publish", "office", 409),
        ("published", "submit", "unit", 409),
        ("submitted", "publish", "unit", 403),
        ("submitted", "submit", "office", 409),
        ("draft", "submit", "sponsor", 403),
        ("closed", "close", "unit", 409),
    ],
)
def test_steps_not_allowed_change_nothing(app, api_as, status, step, role, expected):
    owner = api_as("unit")
    project_id = factories.make_project(app, owner.user, status=status)
    actor = owner if role == "unit" else api_as(role)
    response = actor.post(f"/api/v1/projects/{project_id}/{step}")
    if role == "sponsor" and status == "draft":
        expected = 403  # the role check comes first
    assert response.status_code == expected
    assert owner.get(f"/api/v1/projects/{project_id}").get_json()["status"] == status


def test_other_units_cannot_see_drafts_or_edit(app, api_as):
    owner = api_as("unit")
    other = api_as("unit", unit="市教育局")
    draft = factories.make_project(app, owner.user, status="draft")
    published = factories.make_project(app, owner.user, status="published")
    assert other.get(f"/api/v1/projects/{draft}").status_code == 404
    assert other.patch(f"/api/v1/projects/{draft}", json={"title": "x"}).status_code == 404
    assert other.patch(f"/api/v1/projects/{published}", json={"title": "x"}).status_code == 403
    assert owner.get(f"/api/v1/projects/{published}").get_json()["title"] == PROJECT["title"]


def test_lead_unit_manages_its_branches_projects(app, api_as):
    factories.make_branch(app, "小店区民政局坪阳社区工作站", "市民政局")
    branch = api_as("unit", unit="小店区民政局坪阳社区工作站")
    lead = api_as("unit", unit="市民政局")
    project_id = factories.make_project(app, branch.user, status="draft")
    assert lead.get(f"/api/v1/projects/{project_id}").status_code == 200
    edited = lead.patch(f"/api/v1/projects/{project_id}", json={"title": "坪阳社区健康义诊"})
    assert edited.status_code == 200 and edited.get_json()["title"] == "坪阳社区健康义诊"
    assert branch.get(f"/api/v1/projects/{project_id}").get_json()["title"] == "坪阳社区健康义诊"


def test_patch_changes_and_adds_needs(app, api_as):
    unit = api_as("unit")
    project = unit.post("/api/v1/projects", json=PROJECT).get_json()
    money = project["needs"][0]
    response = unit.patch(f"/api/v1/projects/{project['id']}", json={"needs": [
        {**money, "quantity": 8000.5},
        {"kind": "venue", "description": "社区活动室", "quantity": 1, "unit": "间"},
    ]})
    needs = response.get_json()["needs"]
    assert [(n["kind"], n["quantity"]) for n in needs] == [("money", 8000.5), ("venue", 1)]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "长" * 61}, "title"),
        ({"category": 27}, "category"),
        ({"category": "医疗"}, "category"),
        ({"district": "朝阳区"}, "district"),
        ({"service_hours": -1}, "service_hours"),
        ({"volunteers_needed": 2.5}, "volunteers_needed"),
        ({"volunteers_needed": True}, "volunteers_needed"),
        ({"sessions_planned": 0}, "sessions_planned"),
        ({"funding": "0.001"}, "funding"),
        ({"funding": 10**12}, "funding"),
        ({"start_on": "2027-02-30"}, "start_on"),
        ({"end_on": "2026-12-31"}, "end_on"),
        ({"needs": [{"kind": "money", "description": "钱", "quantity": 0}]}, "needs"),
        ({"needs": [{"kind": "money", "description": "钱", "quantity": -5}]}, "needs"),
        ({"needs": [{"kind": "money", "description": "钱", "quantity": "1.001"}]}, "needs"),
        ({"needs": [{"kind": "goods", "description": "书", "quantity": 1.5, "unit": "本"}]}, "needs"),
        ({"needs": [{"kind": "goods", "description": "书", "quantity": 3}]}, "needs"),
        ({"needs": [{"kind": "rockets", "description": "x", "quantity": 1, "unit": "个"}]}, "needs"),
        ({"needs": "all of them"}, "needs"),
        ({"needs": []}, "needs"),
        ({"needs": [{"kind": "goods", "description": "书", "quantity": 1, "unit": "本"}] * 21}, "needs"),
        ({"unit_id": 2}, "unit_id"),
    ],
)
def test_bad_project_input_is_refused(app, api_as, change, field):
    unit = api_as("unit")
    response = unit.post("/api/v1/projects", json={**PROJECT, **change})
    assert response.status_code in (403, 422), response.get_json()
    error = response.get_json()["error"]
    assert error["field"] == field or error["field"].startswith(f"{field}.")  # needs.0.quantity: the box
    assert app.test_client().get("/api/v1/projects").get_json()["total"] == 0
    assert unit.get("/api/v1/projects/1").status_code == 404


def test_only_units_create_projects(api_as, client):
    assert api_as("sponsor").post("/api/v1/projects", json=PROJECT).status_code == 403
    assert api_as("office").post("/api/v1/projects", json=PROJECT).status_code == 403
    assert client.post("/api/v1/projects", json=PROJECT).status_code == 401


def test_catalogue_filters_and_pages(app, api_as, client):
    unit = api_as("unit")
    for n in range(3):
        factories.make_project(app, unit.user, title=f"汾河沿岸垃圾清理{n}", category=9, district="万柏林区",
                               needs=[{"kind": "volunteers", "description": "志愿者", "quantity": 30, "unit": "人"}])
    factories.make_project(app, unit.user)
    factories.make_project(app, unit.user, status="draft", title="草稿项目")
    listing = client.get("/api/v1/projects?per_page=2").get_json()
    assert listing["total"] == 4 and len(listing["items"]) == 2 and listing["per_page"] == 2
    assert client.get("/api/v1/projects?category=9").get_json()["total"] == 3
    assert client.get("/api/v1/projects?district=小店区").get_json()["total"] == 1
    assert client.get("/api/v1/projects?need_kind=volunteers").get_json()["total"] == 3
    assert client.get("/api/v1/projects?need_kind=money").get_json()["total"] == 1
    found = client.get("/api/v1/projects?q=垃圾清理").get_json()
    assert found["total"] == 3 and all("垃圾清理" in p["title"] for p in found["items"])
    for bad in ("category=abc", "category=30", "page=0", "per_page=1000", "district=x", "need_kind=x",
                "page=\u0663", "page=1_0", "per_page=%2B5", "page=1.0"):  # other scripts' digits, 1_000, +5
        assert client.get(f"/api/v1/projects?{bad}").status_code == 422, bad
    refused = client.get("/api/v1/projects?page=%EF%BC%92").get_json()  # a full-width ２
    assert refused["error"]["message"] == "页码应为整数" and refused["error"]["field"] == "page"
    assert client.get("/api/v1/projects?page=-1").get_json()["error"]["message"] == "页码不能为负数"


def test_close_refuses_while_matches_wait(app, api_as):
    """Closing is allowed only when no claim or pledge is waiting for an answer."""
    unit = api_as("unit")
    project_id = factories.make_project(app, unit.user)
    assert unit.post(f"/api/v1/projects/{project_id}/close").get_json()["status"] == "closed"
