"""工作台: where each role lands after signing in, and what waits for it there (page and API)."""

from datetime import timedelta

import pytest
from sqlalchemy import update

from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.models_base import NeedKind, utcnow
from matchmaker.projects.models import Project
from matchmaker.sponsors.models import Offer

from . import factories
from .match_pages import flashes, make_parties, pledged, step, text
from .test_collaborations_pages import asked_id, make_overdue
from .test_collaborations_pages import parties as collaboration_parties  # noqa: F401


@pytest.fixture
def parties(app, login_as):
    return make_parties(app, login_as)


def sign_in(app, user, **query):
    client = app.test_client()
    response = client.post("/login", query_string=query, data={"username": user.username, "password": user.password})
    assert response.status_code == 302
    return response.headers["Location"]


def complete_profile(app, user) -> None:
    with app.app_context():
        profile = db.session.get(User, user.id).sponsor
        profile.interests, profile.district = "助老 健康", "小店区"
        profile.contact_name, profile.contact_phone = "王经理", "13912345678"
        profile.offers.append(Offer(kind=NeedKind.money, description="公益资金", quantity=1_000_000))
        db.session.commit()


# --- landing -----------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ["unit", "office"])
def test_units_and_the_office_land_on_their_workspace(app, role):
    assert sign_in(app, factories.make_user(app, role)) == "/workspace"


def test_a_new_sponsor_lands_on_its_profile_form_and_a_known_one_on_its_workspace(app):
    sponsor = factories.make_user(app, "sponsor")
    assert sign_in(app, sponsor) == "/sponsor/profile"
    complete_profile(app, sponsor)
    assert sign_in(app, sponsor) == "/workspace"


def test_a_page_asked_for_before_signing_in_still_wins(app):
    assert sign_in(app, factories.make_user(app, "unit"), next="/unit/projects") == "/unit/projects"


def test_registration_leads_to_the_profile_form(client):
    response = client.post("/register", data={
        "username": "newshop", "password": "a-long-pass-phrase-2026", "confirm": "a-long-pass-phrase-2026",
        "kind": "merchant", "name": "新开的小店", "district": "小店区", "contact_phone": "13912345678", "consent": "y",
    })
    assert response.status_code == 302, text(response)
    assert response.headers["Location"] == "/sponsor/profile"


def test_the_menu_names_the_workspace_for_those_signed_in_only(client, login_as):
    assert "工作台" not in text(client.get("/"))
    assert 'href="/workspace">工作台</a>' in text(login_as("unit").get("/"))


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/workspace")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    response = client.get("/api/v1/workspace")
    assert response.status_code == 401 and response.get_json()["error"]["code"] == "unauthorized"


# --- a unit ------------------------------------------------------------------------------------

def section(page: str, title: str) -> str:
    """The HTML of one section of the workspace, from its title to the next section."""
    start = page.index(title)
    end = page.find("workspace-section", start)
    return page[start:end if end > 0 else None]


def test_a_unit_sees_what_waits_for_it_with_links(app, parties, login_as):
    match_id = pledged(parties, "300")
    returned = factories.make_project(app, parties.unit.user, status="submitted", title="需要补充的助学计划")
    parties.office.post(f"/projects/{returned}/step/return", data={"reason": "请补充经费来源"})
    page = text(parties.unit.get("/workspace"))
    mine = section(page, "待答复的认领认捐")
    assert f'href="/matches/{match_id}"' in mine and "社区老年人健康义诊" in mine and "今天" in mine
    back = section(page, "被退回修改的项目")
    assert f'href="/projects/{returned}/edit"' in back and "请补充经费来源" in back
    assert "没有待答复的合作邀请" in section(page, "收到的合作邀请")
    # Another unit sees none of it.
    other = text(login_as("unit", unit="市教育局").get("/workspace"))
    assert f"/matches/{match_id}" not in other and "需要补充的助学计划" not in other
    assert "没有等待答复的认领或认捐" in other


def test_an_answered_pledge_moves_to_what_awaits_fulfilment(app, parties):
    match_id = pledged(parties, "300")
    step(parties.unit, match_id, "accept")
    step(parties.office, match_id, "approve")
    page = text(parties.unit.get("/workspace"))
    assert f"/matches/{match_id}" not in section(page, "待答复的认领认捐")
    assert f'href="/matches/{match_id}"' in section(page, "待确认到位")


def test_a_unit_sees_collaboration_requests_and_silent_projects(app, collaboration_parties):  # noqa: F811
    parties = collaboration_parties
    collaboration = asked_id(parties)
    page = text(parties.asked.get("/workspace"))
    assert f'href="/collaborations/{collaboration}"' in section(page, "收到的合作邀请")
    with app.app_context():
        db.session.execute(update(Project).where(Project.id == parties.project_id)
                           .values(published_at=utcnow() - timedelta(days=40), start_on=utcnow().date() - timedelta(days=60)))
        db.session.commit()
    reports = section(text(parties.asker.get("/workspace")), "应上报进展")
    assert f'href="/projects/{parties.project_id}/reports/new"' in reports and "天未上报" in reports


def test_the_lead_unit_sees_difficulties_to_answer(app, parties):
    with app.app_context():
        db.session.execute(update(Project).where(Project.id == parties.project_id)
                           .values(start_on=utcnow().date() - timedelta(days=10)))
        db.session.commit()
    api = app.test_client()
    token = api.post("/api/v1/auth/token", json={"username": parties.unit.user.username,
                                                 "password": parties.unit.user.password}).get_json()["token"]
    response = api.post(f"/api/v1/projects/{parties.project_id}/reports", json={"kind": "difficulty", "body": "活动室冬季无暖气"},
                        headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 201, response.get_json()
    report_id = response.get_json()["id"]
    page = section(text(parties.unit.get("/workspace")), "待答复的困难问题")
    assert f"/projects/{parties.project_id}/execution#report-{report_id}" in page and "活动室冬季无暖气" in page


# --- the office ----------------------------------------------------------------------------------

def test_the_office_sees_approvals_plans_and_what_is_overdue(app, parties, collaboration_parties):  # noqa: F811
    match_id = pledged(parties, "300")
    step(parties.unit, match_id, "accept")
    plan = factories.make_project(app, parties.unit.user, status="submitted", title="待审核的助学项目")
    collaboration = asked_id(collaboration_parties)
    make_overdue(app, collaboration)
    page = text(parties.office.get("/workspace"))
    assert f'href="/matches/{match_id}"' in section(page, "待批准的对接")
    assert f'href="/projects/{plan}"' in section(page, "待审核的项目计划")
    assert f'href="/collaborations/{collaboration}"' in section(page, "逾期事项")


# --- a sponsor -----------------------------------------------------------------------------------

def test_a_sponsor_sees_what_its_profile_lacks_its_matches_and_recommendations(app, parties):
    match_id = pledged(parties, "300")
    page = text(parties.sponsor.get("/workspace"))
    assert "请填写关注方向" in section(page, "爱心档案待完善") and "去完善爱心档案" in page
    assert f'href="/matches/{match_id}"' in section(page, "进行中的对接") and "等待项目单位答复" in page
    other = factories.make_project(app, parties.unit.user, title="老年人健康讲座进社区")
    complete_profile(app, parties.sponsor.user)
    page = text(parties.sponsor.get("/workspace"))
    assert "爱心档案已完整" in page and "去完善爱心档案" not in page
    recommended = section(page, "为您推荐")
    assert f'href="/projects/{other}"' in recommended
    assert f'href="/projects/{parties.project_id}"' not in recommended  # already pledged to


# --- the API -------------------------------------------------------------------------------------

def test_the_api_gives_the_same_sections(app, parties, api_as):
    match_id = pledged(parties, "300")
    flashes(parties.sponsor)
    token = app.test_client().post("/api/v1/auth/token", json={
        "username": parties.unit.user.username, "password": parties.unit.user.password}).get_json()["token"]
    body = app.test_client().get("/api/v1/workspace", headers={"Authorization": f"Bearer {token}"}).get_json()
    sections = {s["key"]: s for s in body["sections"]}
    assert sections["matches"]["count"] == 1 and sections["matches"]["items"][0]["link"] == f"/matches/{match_id}"
    assert set(sections) == {"matches", "fulfil", "difficulties", "reports", "collaborations", "returned"}
    office = api_as("office").get("/api/v1/workspace").get_json()
    assert [s["key"] for s in office["sections"]] == ["approvals", "plans", "overdue"]
    stranger = api_as("unit", unit="市教育局").get("/api/v1/workspace").get_json()
    assert {s["key"]: s["count"] for s in stranger["sections"]}["matches"] == 0
