"""限定时间 and honest states: plans end after they start and not in the past, need deadlines
fall within the plan; a project past its end date (a moved clock) shows 已到期, takes no claim
or pledge and leaves recommendations, similar projects and the top of the search; a claimed
project shows 已被认领 and tells other sponsors why they cannot claim it."""

from datetime import UTC, datetime

import pytest
import time_machine

from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.matches.models import Match
from matchmaker.matches.operations import create_match, step_match
from matchmaker.models_base import NeedKind
from matchmaker.sponsors.models import Offer

from . import factories
from .match_pages import flashes, match_count, text

AFTER_THE_END = datetime(2028, 1, 2, 4, 0, tzinfo=UTC)  # the factory's plans end on 2027-12-31


# --- the plan's dates ------------------------------------------------------------------------------

@pytest.mark.parametrize(("change", "field", "words"), [
    ({"start_on": "2026-01-01", "end_on": "2026-06-01"}, "end_on", "结束日期不能早于今天"),
    ({"end_on": "2026-12-31"}, "end_on", "结束日期不能早于开始日期"),
    ({"needs": [{"kind": "money", "description": "经费", "quantity": 10, "deadline": "2019-05-01"}]},
     "needs.0.deadline", "第 1 项需求的截止日期应在项目期间（2027-01-01 至 2027-12-31）之内"),
    ({"needs": [{"kind": "money", "description": "经费", "quantity": 10, "deadline": "2028-01-01"}]},
     "needs.0.deadline", "应在项目期间"),
])
def test_dates_outside_the_rules_are_refused(app, api_as, change, field, words):
    response = api_as("unit").post("/api/v1/projects", json={**factories.PROJECT, **change})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["field"] == field and words in error["fields"][field]
    assert app.test_client().get("/api/v1/projects").get_json()["total"] == 0


def test_a_deadline_inside_the_period_is_taken(app, api_as):
    need = {"kind": "money", "description": "经费", "quantity": 10, "deadline": "2027-06-30"}
    assert api_as("unit").post("/api/v1/projects", json={**factories.PROJECT, "needs": [need]}).status_code == 201


def test_the_plan_form_shows_a_deadline_error_beside_its_box(app, login_as):
    from .test_forms_everything_at_once import error_beside
    from .test_projects_pages import PLAN_FORM

    page = text(login_as("unit").post("/projects/new", data={**PLAN_FORM, "needs-1-deadline": "2019-01-01",
                                                              "end_on": "2026-11-30", "start_on": "2026-10-01"}))
    assert "结束日期不能早于今天" in error_beside(page, "end_on")
    assert "第 2 项需求的截止日期应在项目期间" in error_beside(page, "needs-1-deadline")


def test_an_edit_may_keep_an_end_date_that_has_passed(app, api_as):
    unit = api_as("unit")
    project_id = factories.make_project(app, unit.user)
    with time_machine.travel(AFTER_THE_END, tick=False):
        owner = token(app, unit.user)
        assert owner.patch(f"/api/v1/projects/{project_id}", json={"end_on": "2027-12-31",
                                                                  "title": "改名"}).status_code == 200
        moved = owner.patch(f"/api/v1/projects/{project_id}", json={"end_on": "2027-12-30"})
        assert moved.status_code == 422 and "不能早于今天" in moved.get_json()["error"]["message"]


# --- a project past its end date -------------------------------------------------------------------

@pytest.fixture
def world(app):
    unit = factories.make_user(app, "unit")
    old = factories.make_project(app, unit, title="老年人健康义诊进社区", end_on="2027-12-31")
    fresh = factories.make_project(app, unit, title="老年人健康讲座与义诊", end_on="2028-12-31")
    sponsor = factories.make_user(app, "sponsor")
    with app.app_context():
        profile = db.session.get(User, sponsor.id).sponsor
        profile.interests, profile.district = "老年人 健康 义诊", "小店区"
        profile.offers.append(Offer(kind=NeedKind.money, description="公益资金", quantity=1_000_000))
        db.session.commit()
    return unit, sponsor, old, fresh


def sign_in(app, user):
    client = app.test_client()
    assert client.post("/login", data={"username": user.username, "password": user.password}).status_code == 302
    flashes(client)
    return client


def token(app, user):
    client = app.test_client()
    answer = client.post("/api/v1/auth/token", json={"username": user.username, "password": user.password})
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {answer.get_json()['token']}"
    return client


def test_before_its_end_a_project_is_open_everywhere(app, world):
    _, sponsor, old, fresh = world
    api = token(app, sponsor)
    ids = [item["project"]["id"] for item in api.get("/api/v1/recommendations").get_json()["items"]]
    assert old in ids and fresh in ids
    assert old in similar(api, fresh)
    assert "已到期" not in text(app.test_client().get(f"/projects/{old}"))


def test_past_its_end_a_project_shows_expired_and_takes_nothing(app, world):
    _, sponsor, old, fresh = world
    with time_machine.travel(AFTER_THE_END, tick=False):
        visitor = text(app.test_client().get(f"/projects/{old}"))
        assert "status-expired" in visitor and "项目已于 2027-12-31 到期" in visitor and "登录后认领或认捐" not in visitor
        page = sign_in(app, sponsor)
        mine = text(page.get(f"/projects/{old}"))
        assert "pledge-form" not in mine and "我要认领" not in mine
        assert "pledge-form" in text(page.get(f"/projects/{fresh}"))
        api = token(app, sponsor)
        refused = api.post("/api/v1/matches", json={"project_id": old, "kind": "claim"})
        assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "project_expired"
        assert "2027-12-31 到期" in refused.get_json()["error"]["message"]
        assert match_count(app) == 0
        ids = [item["project"]["id"] for item in api.get("/api/v1/recommendations").get_json()["items"]]
        assert old not in ids and fresh in ids
        assert old not in similar(api, fresh)
        listing = text(app.test_client().get("/projects"))
        assert listing.index("老年人健康讲座与义诊") < listing.index("老年人健康义诊进社区")
        assert listing.count("status-expired") == 1
        found = app.test_client().get("/api/v1/projects?q=老年人健康义诊").get_json()["items"]
        assert [p["id"] for p in found][-1] == old  # still found, ranked last



@pytest.mark.parametrize("sort", ["", "newest", "deadline", "needed"])
def test_every_page_of_the_catalogue_puts_the_expired_after_all_current_projects(app, sort):
    """Read as the current projects' page and then the expired ones': a page across the boundary
    takes from both, and the pages after it go on where the expired ones left off."""
    unit = factories.make_user(app, "unit")
    ends = ["2027-03-31", "2027-12-31", "2027-06-30", "2027-09-30", "2027-12-31"]
    ids = [factories.make_project(app, unit, title=f"社区义诊第{n}期", end_on=end) for n, end in enumerate(ends)]
    expired = [ids[2], ids[0]]  # newest first
    with time_machine.travel(datetime(2027, 7, 15, 4, 0, tzinfo=UTC), tick=False):
        client = app.test_client()
        pages = [client.get(f"/api/v1/projects?per_page=2&page={n}&sort={sort}").get_json() for n in (1, 2, 3, 4)]
        shown = text(client.get(f"/projects?sort={sort}&page=9"))  # past the end: the last page, for people
    listed = [item["id"] for page in pages for item in page["items"]]
    if sort == "deadline":  # nearest end first, in each part
        assert listed == [ids[3], ids[4], ids[1], ids[0], ids[2]]
    else:  # newest first, in each part (none of these needs more than another)
        assert listed == [ids[4], ids[3], ids[1], *expired]
    assert [page["total"] for page in pages] == [5, 5, 5, 5] and pages[3]["items"] == []
    assert shown.count("status-expired") == 2 and all(f"社区义诊第{n}期" in shown for n in range(5))

# --- a claimed project -----------------------------------------------------------------------------

def test_a_claimed_project_says_so_and_by_whom(app):
    unit, office = factories.make_user(app, "unit"), factories.make_user(app, "office")
    project_id = factories.make_project(app, unit)
    first, other = factories.make_user(app, "sponsor"), factories.make_user(app, "sponsor")
    with app.app_context():
        match, _ = create_match(db.session.get(User, first.id), {"project_id": project_id, "kind": "claim"})
        page = text(sign_in(app, other).get(f"/projects/{project_id}"))
        assert "我要认领" in page and "status-claimed" not in page  # asked, not yet approved
        step_match(db.session.get(User, unit.id), db.session.get(Match, match.id), "accept")
        step_match(db.session.get(User, office.id), db.session.get(Match, match.id), "approve")
        name = db.session.get(User, first.id).sponsor.name
    visitor = text(app.test_client().get(f"/projects/{project_id}"))
    assert "已被认领" in visitor and f"认领方：<strong>{name}</strong>" in visitor and "登录后认捐" in visitor
    assert "已被认领" in text(app.test_client().get("/projects")) and name in text(app.test_client().get("/projects"))
    others = text(sign_in(app, other).get(f"/projects/{project_id}"))
    assert "我要认领" not in others and f"该项目已由 {name} 认领" in others and "pledge-form" in others
    assert "您已认领本项目" in text(sign_in(app, first).get(f"/projects/{project_id}"))
    refused = token(app, other).post("/api/v1/matches", json={"project_id": project_id, "kind": "claim"})
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "already_claimed"


def similar(api, project_id: int) -> list[int]:
    return [item["project"]["id"] for item in api.get(f"/api/v1/projects/{project_id}/similar").get_json()["items"]]


# --- completing with gaps asks first ----------------------------------------------------------------

def test_completing_with_gaps_shows_them_and_asks_for_confirmation(app, api_as, login_as):
    from matchmaker.execution.models import Summary
    from matchmaker.projects.models import Project

    from .test_execution_helpers import ACTIVITY, SUMMARY, count, running_project

    unit = login_as("unit")
    project_id = running_project(app, unit.user)
    unit.post(f"/projects/{project_id}/activities/new", data={**ACTIVITY, "volunteer_hours": "25.5"})
    page = text(unit.get(f"/projects/{project_id}/summary"))
    assert "项目仍有未完成的部分" in page and "药品与耗材经费尚缺 10,000 元（共需 10,000 元）" in page
    assert "计划开展 12 次，已记录 1 次活动" in page and 'name="confirm_unmet"' in page
    unconfirmed = {k: v for k, v in SUMMARY.items() if k != "confirm_unmet"}
    refused = text(unit.post(f"/projects/{project_id}/summary", data=unconfirmed))
    assert "完成后不能撤回，请确认后再提交" in refused and "完成 12 次义诊" in refused  # kept as typed
    api = token(app, unit.user)
    answer = api.post(f"/api/v1/projects/{project_id}/summary", json=unconfirmed)
    assert answer.status_code == 409 and answer.get_json()["error"]["code"] == "unmet_not_confirmed"
    assert "血压计尚缺 10 台" in answer.get_json()["error"]["message"]
    with app.app_context():
        assert db.session.get(Project, project_id).status.value == "published"
    assert count(app, Summary) == 0
    assert unit.post(f"/projects/{project_id}/summary", data=SUMMARY).status_code == 302
    with app.app_context():
        assert db.session.get(Project, project_id).status.value == "completed"
