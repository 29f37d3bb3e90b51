"""The office's volunteers page (/office/volunteers): hours, star levels and units served from
attendance, masked phones, closed accounts, filters, refusals, and a query count that does
not grow with the volunteers shown; and the hours per unit and per programme."""

import re
from datetime import timedelta

import pytest

from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.volunteers.profiles import close_account

from . import records_data as rd
from .test_execution_helpers import TODAY, running_project
from .test_query_counts import assert_same_count, statements_for

PAGE = "/office/volunteers"


def attend(unit, activity_id, *records):
    body = {"records": [{"volunteer_id": person.profile_id, "hours": hours} for person, hours in records]}
    answer = unit.post(f"/api/v1/activities/{activity_id}/attendance", json=body)
    assert answer.status_code == 200, answer.get_json()


@pytest.fixture
def world(app, api_as, login_as):
    """Two units' projects; 王安妮 serves both (20 + 14 h), 赵博文 one (6 h), 钱多多 none."""
    first, second = api_as("unit", unit="市民政局"), api_as("unit", unit="团市委")
    ann, bob = rd.volunteer(app, "王安妮", "13912345678"), rd.volunteer(app, "赵博文", "13700001111")
    idle = rd.volunteer(app, "钱多多", "13600002222")
    projects = running_project(app, first.user), running_project(app, second.user)
    for project_id in projects:
        rd.admit(app, project_id, ann)
    rd.admit(app, projects[0], bob)
    days = [rd.activity(app, first.user, projects[0], TODAY - timedelta(days=d)) for d in (10, 9)]
    attend(first, days[0], (ann, 10), (bob, 6))
    attend(first, days[1], (ann, 10))
    attend(second, rd.activity(app, second.user, projects[1]), (ann, 14))
    return type("World", (), {"office": login_as("office"), "ann": ann, "bob": bob, "idle": idle,
                              "units": (first, second), "projects": projects})


def table_rows(html: str) -> list[str]:
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    return [row for row in body.split("<tr>")[1:]]


def test_each_volunteer_shows_hours_level_units_and_a_masked_phone(world):
    html = world.office.get(PAGE).get_data(as_text=True)
    rows = table_rows(html)
    assert "王安妮" in rows[0] and "赵博文" in rows[1] and "钱多多" in rows[2]  # most hours first
    assert "34.0" in rows[0] and "尚未评星" in rows[0] and "市民政局" in rows[0] and "团市委" in rows[0]
    assert "6.0" in rows[1] and "团市委" not in rows[1]
    assert "0.0" in rows[2]
    assert "139****5678" in html and "13912345678" not in html and "13700001111" not in html
    assert "/office/exports/volunteer-hours.xlsx" in html


def test_hours_per_unit_and_per_programme_with_the_number_of_volunteers(world):
    html = world.office.get(PAGE).get_data(as_text=True)
    unit_table = html.split("各单位志愿服务时长</h2>")[1].split("</table>")[0]
    first = unit_table.split("市民政局")[1].split("</tr>")[0]
    second = unit_table.split("团市委")[1].split("</tr>")[0]
    assert ">26.0<" in first and ">2<" in first  # 王安妮 20 + 赵博文 6, two people
    assert ">14.0<" in second and ">1<" in second
    programme_table = html.split("各项目类别志愿服务时长</h2>")[1].split("</table>")[0]
    assert ">40.0<" in programme_table or (">26.0<" in programme_table and ">14.0<" in programme_table)


def test_a_volunteer_over_a_hundred_hours_is_one_star_and_found_by_level(app, api_as, login_as):
    unit = api_as("unit")
    star = rd.volunteer(app, "孙一星", "13500003333")
    project_id = running_project(app, unit.user)
    rd.admit(app, project_id, star)
    for day in range(5):
        attend(unit, rd.activity(app, unit.user, project_id, TODAY - timedelta(days=20 - day)), (star, 20))
    office = login_as("office")
    found = office.get(PAGE + "?level=1").get_data(as_text=True)
    assert "孙一星" in found and "一星志愿者" in found and "100.0" in found
    assert "孙一星" not in office.get(PAGE + "?level=0").get_data(as_text=True)
    assert "孙一星" not in office.get(PAGE + "?level=2").get_data(as_text=True)


@pytest.mark.parametrize(("query", "shown", "hidden"), [
    ("q=安妮", {"王安妮"}, {"赵博文", "钱多多"}),
    ("q=急救", {"王安妮", "赵博文", "钱多多"}, set()),  # every test volunteer has the skill 急救
    ("q=木工", set(), {"王安妮", "赵博文", "钱多多"}),
    ("district=小店区", {"王安妮", "赵博文"}, set()),
    ("district=迎泽区", set(), {"王安妮", "赵博文", "钱多多"}),
    ("level=0", {"王安妮", "赵博文", "钱多多"}, set()),
    ("level=5", set(), {"王安妮", "赵博文", "钱多多"}),
])
def test_filters(world, query, shown, hidden):
    html = world.office.get(f"{PAGE}?{query}").get_data(as_text=True)
    listed = html.split("名志愿者")[1].split("各单位志愿服务时长")[0]
    assert all(name in listed for name in shown) and not any(name in listed for name in hidden)


def test_a_closed_account_shows_as_closed_with_its_hours_and_no_phone(app, world):
    with app.app_context():
        close_account(db.session.get(User, world.bob.id))
    html = world.office.get(PAGE).get_data(as_text=True)
    row = next(r for r in table_rows(html) if "已注销志愿者" in r)
    assert "6.0" in row and "****" not in row and "赵博文" not in html
    assert "已注销志愿者" not in world.office.get(PAGE + "?q=已注销").get_data(as_text=True).split("名志愿者")[1]


def test_paged_with_the_one_pager(app, login_as):
    for n in range(31):
        rd.volunteer(app, f"志愿者{n:02d}", f"138{n:08d}")
    office = login_as("office")
    first = office.get(PAGE).get_data(as_text=True)
    assert "共 31 名志愿者" in first and "第 1 / 2 页" in first and len(table_rows(first)) == 30
    second = office.get(PAGE + "?page=2").get_data(as_text=True)
    assert len(table_rows(second)) == 1
    assert len(table_rows(office.get(PAGE + "?page=9").get_data(as_text=True))) == 1  # past the end: the last page


@pytest.mark.parametrize(("query", "message"), [
    ("district=纽约", "请选择有效的区县"),
    ("level=6", "星级"), ("level=-1", "星级"), ("level=abc", "星级应为整数"),
    ("page=0", "页码"), ("page=x", "页码应为整数"),
    ("q=" + "长" * 41, "姓名或技能"),
])
def test_bad_filters_are_refused_in_chinese(login_as, query, message):
    response = login_as("office").get(f"{PAGE}?{query}")
    assert response.status_code == 422 and message in response.get_data(as_text=True)


@pytest.mark.parametrize("role", ["unit", "sponsor", "volunteer"])
def test_other_roles_are_refused(login_as, role):
    assert login_as(role).get(PAGE).status_code == 403


def test_the_anonymous_are_sent_to_sign_in(client):
    response = client.get(PAGE)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_the_office_menu_links_the_page(login_as):
    assert f'href="{PAGE}"' in login_as("office").get("/office/dashboard").get_data(as_text=True)


def test_the_page_costs_the_same_with_2_and_20_volunteers(app, api_as, login_as):
    units = api_as("unit", unit="市民政局"), api_as("unit", unit="团市委")
    projects = [running_project(app, unit.user) for unit in units]
    activities = [rd.activity(app, unit.user, project_id) for unit, project_id in zip(units, projects, strict=True)]
    office = login_as("office")

    def add(first, last):
        people = [rd.volunteer(app, f"计数{n}", "13800000000") for n in range(first, last)]
        for unit, project_id, activity_id in zip(units, projects, activities, strict=True):
            for person in people:
                rd.admit(app, project_id, person)
            attend(unit, activity_id, *[(person, 2) for person in people])

    add(0, 2)
    small = statements_for(app, office, PAGE)
    add(2, 20)
    large = statements_for(app, office, PAGE)
    assert "计数19" in office.get(PAGE).get_data(as_text=True)
    assert_same_count(small, large)


def dashboard_figures(office) -> tuple[dict, str]:
    html = office.get("/office/dashboard").get_data(as_text=True)
    section = html.split("志愿者：招募、服务时长与保险")[1].split("</div>\n</div>")[0]
    pairs = re.findall(r'<div class="small text-muted">([^<]+)</div><div class="fs-5 fw-semibold">([^<]+)<', section)
    return {label: value for label, value in pairs}, section


def test_the_dashboard_shows_the_volunteers_side(world):
    """Registered people, hours, places still open and activities without cover, on the dashboard."""
    before, section = dashboard_figures(world.office)
    assert before["注册志愿者"] == "3" and before["确认服务时长（小时）"] == "40.0"
    assert before["已投保项目"] == "0" and before["未覆盖保险的活动"] == "3"  # no project has cover yet
    assert "/office/volunteers" in section and "/recruitments" in section
    day = (TODAY + timedelta(days=10)).isoformat()
    call = {"title": "周末引导员", "places": 5, "requirements": "", "place": "社区", "starts_on": day, "ends_on": day,
            "signup_until": (TODAY + timedelta(days=5)).isoformat()}
    assert world.units[0].post(f"/api/v1/projects/{world.projects[0]}/recruitments", json=call).status_code == 201
    after, _ = dashboard_figures(world.office)
    assert int(after["正在招募"]) == int(before["正在招募"]) + 1
    assert int(after["尚余名额"].replace(",", "")) == int(before["尚余名额"].replace(",", "")) + 5
