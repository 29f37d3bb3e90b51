"""Recruitments recommended to volunteers through GET /api/v1/recommendations, on both databases."""

from datetime import timedelta

from matchmaker.collaborations.queries import today

from . import factories


def in_days(days: int) -> str:
    return (today() + timedelta(days=days)).isoformat()


def open_call(unit, project_id, title, **changes):
    body = {"title": title, "places": 3, "requirements": "", "place": "社区活动中心", "starts_on": in_days(10),
            "ends_on": in_days(11), "signup_until": in_days(7), **changes}
    response = unit.post(f"/api/v1/projects/{project_id}/recruitments", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def test_a_volunteer_is_shown_the_calls_that_fit_with_reasons(app, api_as):
    unit = api_as("unit")
    project_id = factories.make_project(app, unit.user)
    photos = open_call(unit, project_id, "活动摄影志愿者", skills="摄影")
    guides = open_call(unit, project_id, "现场引导志愿者")
    volunteer = api_as("volunteer", skills="摄影、剪辑", interests="公益活动")
    response = volunteer.get("/api/v1/recommendations")
    assert response.status_code == 200, response.get_json()
    items = response.get_json()["items"]
    assert [item["recruitment"]["id"] for item in items][:2] == [photos, guides]
    assert "技能相符：摄影" in items[0]["reasons"]
    assert items[0]["recruitment"]["project"]["id"] == project_id


def test_calls_signed_up_to_or_closed_are_left_out(app, api_as):
    unit = api_as("unit")
    project_id = factories.make_project(app, unit.user)
    first, second = open_call(unit, project_id, "摄影志愿者"), open_call(unit, project_id, "引导志愿者")
    volunteer = api_as("volunteer", skills="摄影")
    assert volunteer.post(f"/api/v1/recruitments/{first}/signups", json={"message": "我来"}).status_code == 201
    assert [item["recruitment"]["id"] for item in volunteer.get("/api/v1/recommendations").get_json()["items"]] == [second]
    assert unit.post(f"/api/v1/recruitments/{second}/close").status_code == 200
    assert volunteer.get("/api/v1/recommendations").get_json()["items"] == []


def test_only_sponsors_and_volunteers_are_recommended_anything(app, api_as):
    for role in ("unit", "office"):
        response = api_as(role).get("/api/v1/recommendations")
        assert response.status_code == 403
        assert response.get_json()["error"]["code"]


def test_the_volunteer_home_page_shows_what_fits(app, api_as, login_as):
    unit = api_as("unit")
    project_id = factories.make_project(app, unit.user)
    open_call(unit, project_id, "活动摄影志愿者", skills="摄影")
    client = login_as("volunteer", skills="摄影")
    page = client.get("/volunteer").get_data(as_text=True)
    assert "为您推荐" in page and "活动摄影志愿者" in page and "技能相符：摄影" in page
