"""Forms that say everything at once: every mistake of a submission shown together, each beside
its box (need rows included), the values kept, words that fit the mistake; the API names the
same fields in one error."""

import re

import pytest
from sqlalchemy import func, select

from matchmaker.extensions import db
from matchmaker.projects.models import Project

from . import factories
from .match_pages import flashes, make_parties, match_count, pledge, text
from .test_projects_pages import PLAN_FORM

MISTAKES = {
    "title": "", "volunteers_needed": "-5", "contact_phone": "hello", "sessions_planned": "0",
    "needs-1-quantity": "1.5", "needs-1-unit": "",
}
# box name on the page → the words under it
EXPECTED = {
    "title": "请填写项目名称",
    "volunteers_needed": "志愿者人数不能为负数",
    "contact_phone": "联系电话应为手机号码或座机号码",
    "sessions_planned": "开展次数至少为 1",
    "needs-1-quantity": "第 2 项需求的数量应为整数",
    "needs-1-unit": "请填写第 2 项需求的计量单位",
}


def error_beside(page: str, name: str) -> str:
    """The error text right after the box named `name` (before the next box)."""
    after = page[page.index(f'name="{name}"'):]
    after = after[:after.find("<input", 10) if "<input" in after[10:] else None]
    found = re.search(r'invalid-feedback d-block"[^>]*>([^<]+)<', after)
    return found.group(1) if found else ""


def project_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Project))


def test_the_plan_form_shows_every_mistake_beside_its_box_and_keeps_the_values(app, login_as):
    unit = login_as("unit")
    flashes(unit)
    response = unit.post("/projects/new", data={**PLAN_FORM, **MISTAKES, "service_type": "义诊与讲座"})
    page = text(response)
    assert response.status_code == 200
    for name, words in EXPECTED.items():
        assert words in error_beside(page, name), name
    assert f"有 {len(EXPECTED)} 处需要修改" in page
    assert 'value="义诊与讲座"' in page and 'value="hello"' in page and 'value="-5"' in page  # kept as typed
    assert 'value="血压计"' in page
    assert project_count(app) == 0


def test_the_api_names_every_field_at_fault_in_one_error(app, api_as):
    body = {**factories.PROJECT, "title": "", "volunteers_needed": -5, "contact_phone": "hello",
            "needs": [{"kind": "money", "description": "经费", "quantity": 100},
                      {"kind": "goods", "description": "书", "quantity": 1.5}]}
    response = api_as("unit").post("/api/v1/projects", json=body)
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "invalid" and error["field"] == "title"
    assert error["fields"] == {
        "title": "请填写项目名称",
        "volunteers_needed": "志愿者人数不能为负数",
        "contact_phone": "联系电话应为手机号码或座机号码，例如 13912345678 或 0351-1234567",
        "needs.1.unit": "请填写第 2 项需求的计量单位",
        "needs.1.quantity": "第 2 项需求的数量应为整数",
    }
    assert error["message"].startswith("有 5 处需要修改：请填写项目名称")
    assert project_count(app) == 0


def test_one_mistake_is_said_plainly(api_as):
    response = api_as("unit").post("/api/v1/projects", json={**factories.PROJECT, "service_hours": -1})
    error = response.get_json()["error"]
    assert error == {"code": "invalid", "message": "服务时长（小时）不能为负数", "field": "service_hours",
                     "fields": {"service_hours": "服务时长（小时）不能为负数"}}


@pytest.mark.parametrize("phone", ["13912345678", "139 1234 5678", "+8613912345678", "0351-1234567",
                                   "(0351)1234567", "03511234567", "0351-1234567转802", "400-123-4567", "7236615"])
def test_real_phone_numbers_are_taken(app, api_as, phone):
    response = api_as("unit").post("/api/v1/projects", json={**factories.PROJECT, "contact_phone": phone})
    assert response.status_code == 201, response.get_json()
    assert " " not in response.get_json()["contact_phone"]


@pytest.mark.parametrize("phone", ["hello", "12345", "1391234567", "139123456789", "0351-12", "电话"])
def test_what_is_not_a_phone_number_is_refused(app, api_as, login_as, phone):
    response = api_as("unit").post("/api/v1/projects", json={**factories.PROJECT, "contact_phone": phone})
    assert response.status_code == 422 and response.get_json()["error"]["field"] == "contact_phone"
    profile = login_as("sponsor").post("/sponsor/profile", data={"kind": "enterprise", "name": "某公司",
                                                                 "contact_phone": phone})
    assert "联系电话应为手机号码或座机号码" in error_beside(text(profile), "contact_phone")


def test_the_profile_form_shows_its_mistakes_together(app, login_as):
    sponsor = login_as("sponsor")
    page = text(sponsor.post("/sponsor/profile", data={
        "kind": "enterprise", "name": "", "contact_phone": "hello",
        "offers-0-kind": "goods", "offers-0-description": "图书", "offers-0-quantity": "-3",
    }))
    assert "请填写名称" in error_beside(page, "name")
    assert "联系电话应为" in error_beside(page, "contact_phone")
    assert "爱心资源数量不能为负数" in error_beside(page, "offers-0-quantity")
    assert 'value="-3"' in page and "有 3 处需要修改" in page


# --- a refused pledge keeps what was typed ---------------------------------------------------------

def test_a_refused_pledge_shows_the_typed_quantity_and_why_beside_it(app, login_as):
    parties = make_parties(app, login_as)
    response = pledge(parties, "11", need=parties.goods, message="十一台够用吗", follow=True)
    page = text(response)
    assert match_count(app) == 0
    form = page[page.index(f'id="need-{parties.goods}"'):]
    assert 'value="11"' in form and 'value="十一台够用吗"' in form
    assert "认捐数量超过该需求的剩余数量（剩余 10 台）" in error_beside(form, "quantity")
    assert 'aria-invalid="true"' in form
    # Shown once: the next visit has a clean form again.
    again = text(parties.sponsor.get(f"/projects/{parties.project_id}"))
    assert 'value="11"' not in again and "is-invalid" not in again
    # The other need's form keeps its own empty box.
    money_form = page[page.index(f'id="need-{parties.money}"'):page.index(f'id="need-{parties.goods}"')]
    assert 'value="11"' not in money_form


# --- no star chosen for the office; amounts read with separators ----------------------------------

def test_the_rating_form_preselects_no_star_and_asks_for_one(app, login_as):
    from matchmaker.execution.models import Rating

    from .test_execution_helpers import ACTIVITY, SUMMARY, count, running_project

    unit, office = login_as("unit"), login_as("office")
    project_id = running_project(app, unit.user)
    unit.post(f"/projects/{project_id}/activities/new", data={**ACTIVITY, "volunteer_hours": "25.5"})
    assert unit.post(f"/projects/{project_id}/summary", data=SUMMARY).status_code == 302
    page = text(office.get(f"/projects/{project_id}/rating"))
    assert "selected" not in page.split('name="stars"')[1].split("</select>")[0]
    assert '<option value="">请选择星级</option>' in page
    refused = text(office.post(f"/projects/{project_id}/rating", data={"comment": "做法可推广"}))
    assert "请选择星级" in error_beside(refused, "stars") and '做法可推广' in refused
    assert count(app, Rating) == 0


def test_amounts_in_notifications_have_thousands_separators(app, login_as):
    from .match_pages import unread

    parties = make_parties(app, login_as)
    pledge(parties, "2160.5")
    assert any("药品与耗材经费 2,160.50 元" in m for m in unread(app, parties.unit.user.id))
    goods = factories.make_project(app, parties.unit.user, title="图书角", needs=[
        {"kind": "goods", "description": "儿童图书", "quantity": 21600, "unit": "本"}])
    with app.app_context():
        from matchmaker.projects.models import Need

        need = db.session.scalar(select(Need.id).where(Need.project_id == goods))
    pledge(parties, "21600", need=need, project_id=goods)
    assert any("儿童图书 21,600 本" in m for m in unread(app, parties.unit.user.id))
