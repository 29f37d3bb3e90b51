"""The recommender through the app: for sponsors, for units, search, and freshness."""

import pytest

from . import factories

ELDERLY = {
    "title": "社区老年人健康义诊", "category": 13, "district": "小店区",
    "service_target": "社区 60 岁以上老年人", "service_type": "健康义诊、用药指导",
    "description": "每月在坪阳社区为老人测血压、讲解慢病用药。",
    "needs": [{"kind": "goods", "description": "常用药品和血压计", "quantity": 20, "unit": "箱"},
              {"kind": "skill", "description": "执业药师现场用药咨询", "quantity": 10, "unit": "人次"}],
}
RIVER = {
    "title": "汾河沿岸垃圾清理", "category": 9, "district": "万柏林区",
    "service_target": "汾河沿岸环境", "service_type": "环保清洁",
    "description": "每周六组织志愿者清理汾河沿岸白色垃圾。",
    "needs": [{"kind": "volunteers", "description": "清理志愿者", "quantity": 50, "unit": "人"}],
}
PHARMACY = {
    "kind": "enterprise", "name": "康宁连锁药店", "district": "小店区", "industry": "医药零售",
    "interests": "我们是连锁药店，想为社区银发族做点事，可以捐药品和出药师",
    "contact_name": "王经理", "contact_phone": "13800000000",
    "offers": [{"kind": "goods", "description": "常用药品"}, {"kind": "skill", "description": "药师义务咨询"}],
}


@pytest.fixture
def catalogue(app, api_as):
    unit = api_as("unit")
    elderly = factories.make_project(app, unit.user, **ELDERLY)
    river = factories.make_project(app, unit.user, **RIVER)
    return unit, elderly, river


def test_pharmacy_sees_the_elderly_project_first_with_reasons(catalogue, api_as):
    _, elderly, river = catalogue
    sponsor = api_as("sponsor")
    assert sponsor.put("/api/v1/me/profile", json=PHARMACY).status_code == 200
    items = sponsor.get("/api/v1/recommendations?limit=5").get_json()["items"]
    assert items[0]["project"]["id"] == elderly
    reasons = "；".join(items[0]["reasons"])
    assert "老年人" in reasons or "药" in reasons
    assert any("物资" in r for r in items[0]["reasons"])
    assert items[0]["score"] > (items[1]["score"] if len(items) > 1 else 0)


def test_recommendations_leave_out_what_the_sponsor_already_matched(catalogue, api_as):
    _, elderly, _ = catalogue
    sponsor = api_as("sponsor")
    sponsor.put("/api/v1/me/profile", json=PHARMACY)
    sponsor.post("/api/v1/matches", json={"project_id": elderly, "kind": "claim"})
    ids = [i["project"]["id"] for i in sponsor.get("/api/v1/recommendations").get_json()["items"]]
    assert elderly not in ids


def test_a_new_project_shows_at_once(app, catalogue, api_as):
    unit, _, _ = catalogue
    sponsor = api_as("sponsor")
    sponsor.put("/api/v1/me/profile", json={**PHARMACY, "interests": "想给娃娃们买绘本", "offers": []})
    before = [i["project"]["id"] for i in sponsor.get("/api/v1/recommendations").get_json()["items"]]
    books = factories.make_project(app, unit.user, title="留守儿童绘本阅读角", category=5, district="娄烦县",
                                   service_target="农村留守儿童", service_type="阅读陪伴",
                                   needs=[{"kind": "goods", "description": "儿童绘本", "quantity": 500, "unit": "本"}])
    after = [i["project"]["id"] for i in sponsor.get("/api/v1/recommendations").get_json()["items"]]
    assert books not in before and after[0] == books


@pytest.mark.parametrize("interests", ["", "😀😀😀", "!!!???", "hello world", "老" * 5000])
def test_odd_interests_never_break(catalogue, api_as, interests):
    sponsor = api_as("sponsor")
    assert sponsor.put("/api/v1/me/profile", json={**PHARMACY, "interests": interests[:2000], "offers": []}).status_code == 200
    response = sponsor.get("/api/v1/recommendations")
    assert response.status_code == 200 and isinstance(response.get_json()["items"], list)


def test_empty_catalogue_gives_an_empty_list(api_as):
    sponsor = api_as("sponsor")
    sponsor.put("/api/v1/me/profile", json=PHARMACY)
    assert sponsor.get("/api/v1/recommendations").get_json() == {"items": []}


def test_recommendations_are_for_sponsors_only(catalogue, api_as, client):
    assert api_as("unit").get("/api/v1/recommendations").status_code == 403
    assert client.get("/api/v1/recommendations").status_code == 401
    assert api_as("sponsor").get("/api/v1/recommendations?limit=500").status_code == 422


def test_units_see_sponsors_to_invite(catalogue, api_as):
    unit, elderly, _ = catalogue
    sponsor = api_as("sponsor")
    sponsor.put("/api/v1/me/profile", json=PHARMACY)
    items = unit.get(f"/api/v1/projects/{elderly}/recommended-sponsors").get_json()["items"]
    assert items[0]["sponsor"]["name"] == "康宁连锁药店" and items[0]["reasons"]
    assert api_as("office").get(f"/api/v1/projects/{elderly}/recommended-sponsors").status_code == 200
    assert api_as("unit", unit="市教育局").get(f"/api/v1/projects/{elderly}/recommended-sponsors").status_code == 403
    assert sponsor.get(f"/api/v1/projects/{elderly}/recommended-sponsors").status_code == 403


def test_partner_units_come_from_similar_work(app, catalogue, api_as):
    unit, elderly, _ = catalogue
    other = api_as("unit", unit="市卫计委")
    factories.make_project(app, other.user, title="老年人慢病健康讲座", category=13,
                           service_target="社区老年人", service_type="健康讲座")
    items = unit.get(f"/api/v1/projects/{elderly}/recommended-partners").get_json()["items"]
    assert items and items[0]["unit"]["name"] == "市卫计委"
    assert all(i["unit"]["name"] != "市民政局" for i in items)


def test_sponsor_home_page_shows_recommendations(catalogue, login_as):
    sponsor = login_as("sponsor")
    sponsor.post("/sponsor/profile", data={
        "kind": "enterprise", "name": "康宁连锁药店", "district": "小店区", "industry": "医药零售",
        "interests": PHARMACY["interests"], "offers-0-kind": "goods", "offers-0-description": "常用药品",
    })
    page = sponsor.get("/").get_data(as_text=True)
    assert "为您推荐" in page and "社区老年人健康义诊" in page


def test_project_page_shows_similar_projects_and_sponsors_to_invite(app, catalogue, login_as, api_as):
    unit, elderly, _ = catalogue
    api_as("sponsor").put("/api/v1/me/profile", json=PHARMACY)
    factories.make_project(app, unit.user, title="老年人健康讲座进社区", service_target="社区老年人")
    staff_page = login_as("unit").get(f"/projects/{elderly}").get_data(as_text=True)
    assert "推荐邀请的爱心方" in staff_page and "康宁连锁药店" in staff_page
    assert "相似项目" in staff_page and "老年人健康讲座进社区" in staff_page
    public_page = app.test_client().get(f"/projects/{elderly}").get_data(as_text=True)
    assert "推荐邀请的爱心方" not in public_page


def test_no_rebuild_when_nothing_was_decided_and_one_when_something_was(app, catalogue):
    from matchmaker.auth.models import User
    from matchmaker.extensions import db
    from matchmaker.projects.models import Project
    from matchmaker.projects.operations import update_project
    from matchmaker.recommend import service

    unit, elderly, _ = catalogue
    with app.test_request_context():
        first = service.current_index()
        assert service.current_index() is first
        update_project(db.session.get(User, unit.user.id), db.session.get(Project, elderly),
                       {"title": "社区老年人健康义诊（第二期）"})  # a decision: an audit row
        assert service.current_index() is not first
        assert service.current_index().project(elderly).title == "社区老年人健康义诊（第二期）"


def test_the_check_for_changes_is_rate_limited(make_app, app, catalogue):
    from matchmaker.recommend import service

    slow = make_app(DATA_VERSION_RECHECK_SECONDS=3600)
    with slow.test_request_context():
        first = service.current_index()
        unit_user = catalogue[0].user
    factories.make_project(slow, unit_user, title="新项目")
    with slow.test_request_context():
        assert service.current_index() is first  # within the interval: no version query, no rebuild
