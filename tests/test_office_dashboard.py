"""数据看板: figures from SQL aggregates, each linked to the list behind it; office only."""

import json
import re
from datetime import date

import pytest
from sqlalchemy import event

from matchmaker.extensions import db
from matchmaker.office import stats
from matchmaker.office.filters import Filters, utc_range

from . import factories
from .office_data import build_city, list_total, make_match, make_sponsor

LISTS = ["projects", "needs", "matches", "contributions", "activities", "units"]
PAGES = ["/office/dashboard", *[f"/office/lists/{what}" for what in LISTS]]


def chart_data(response) -> dict:
    found = re.search(r'<script type="application/json" id="dashboard-data">(.*?)</script>',
                      response.get_data(as_text=True), re.S)
    assert found, "the page embeds its chart data"
    return json.loads(found.group(1))


@pytest.fixture
def city(app):
    return build_city(app)


@pytest.fixture
def office(app, login_as):
    return login_as("office")


# --- who may look ---------------------------------------------------------------------------

@pytest.mark.parametrize("path", PAGES)
def test_anonymous_is_sent_to_login(client, path):
    response = client.get(path)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["unit", "sponsor"])
@pytest.mark.parametrize("path", PAGES)
def test_other_roles_are_refused(login_as, role, path):
    response = login_as(role).get(path)
    assert response.status_code == 403 and "您无权执行此操作" in response.get_data(as_text=True)


@pytest.mark.parametrize("path", PAGES)
def test_office_sees_every_page_even_empty(office, path):
    assert office.get(path).status_code == 200


def test_the_menu_offers_the_dashboard_to_the_office_only(office, login_as):
    assert "数据看板" in office.get("/").get_data(as_text=True)
    assert "数据看板" not in login_as("unit").get("/").get_data(as_text=True)


# --- the figures ----------------------------------------------------------------------------

def test_funnel_counts_reached_steps_and_where_matches_stop(city, office):
    data = chart_data(office.get("/office/dashboard"))
    stages = {s["name"]: s["value"] for s in data["funnel"]["stages"]}
    assert stages == {"提交认领认捐": 8, "单位接受": 6, "文明办批准": 3, "已到位": 1}
    stops = {s["name"]: s["value"] for s in data["funnel"]["stops"]}
    assert stops == {"待单位确认": 1, "单位已婉拒": 1, "已撤回": 1, "待文明办审批": 1,
                     "文明办未批准": 1, "已批准": 1, "已取消": 1}


def test_projects_by_programme_and_status(city, office):
    data = chart_data(office.get("/office/dashboard"))
    rows = {series["name"]: series["data"] for series in data["projects"]}
    index = {name.split()[0]: i for i, name in enumerate(data["programmes"])}
    assert rows["已发布"][index["6"]]["value"] == 1 and rows["草稿"][index["6"]]["value"] == 1
    assert rows["已发布"][index["13"]]["value"] == 1 and rows["待审核"][index["13"]]["value"] == 1
    assert sum(point["value"] for series in rows.values() for point in series) == 4


def test_needs_met_per_programme(city, office):
    data = chart_data(office.get("/office/dashboard"))
    index = {name.split()[0]: i for i, name in enumerate(data["programmes"])}
    needs = {series["name"]: series["data"] for series in data["needs"]}
    assert needs["资金"][index["6"]]["value"] == 30.0  # 3000 of 10000 yuan approved (m1)
    assert needs["物资"][index["6"]]["value"] == 40.0  # 4 of 10 台 (m2)
    assert needs["资金"][index["13"]]["value"] == 0.0  # m7's 2000 were released when cancelled
    assert "已批准 3,000 元 / 需求 10,000 元" in needs["资金"][index["6"]]["tip"]
    assert needs["志愿者"][index["1"]]["value"] is None  # nothing asked: no bar rather than 0%


def test_contributions_by_sponsor_kind(city, office):
    data = chart_data(office.get("/office/dashboard"))
    kinds = data["sponsors"]["kinds"]
    matches = dict(zip(kinds, [p["value"] for p in data["sponsors"]["matches"]], strict=True))
    money = dict(zip(kinds, [p["value"] for p in data["sponsors"]["money"]], strict=True))
    assert matches == {"企事业单位": 1, "社会团体": 0, "爱心商户": 1, "个人": 0}
    assert money == {"企事业单位": 3000, "社会团体": 0, "爱心商户": 0, "个人": 0}


def test_monthly_trend_counts_this_month(city, office):
    trend = chart_data(office.get("/office/dashboard"))["trend"]
    assert len(trend["months"]) == 12
    latest = {series["name"]: series["data"][-1]["value"] for series in trend["series"]}
    assert latest == {"新建项目": 4, "提交认领认捐": 8, "其中获批准": 3, "其中已到位": 1}


def test_league_ranks_programmes_and_rolls_branches_into_their_lead(city, office):
    page = office.get("/office/dashboard").get_data(as_text=True)
    league = page[page.index("类别与单位排行"):]
    assert league.index("6. 邻里守望社区志愿服务项目") < league.index("13. 医疗卫生志愿服务项目")
    assert "市民政局" in league and "（含 1 个下属组织）" in league


def test_headline_figures_link_to_their_lists(city, office):
    page = office.get("/office/dashboard").get_data(as_text=True)
    assert re.search(r'href="/office/lists/matches\?status=live">.*?<div class="fs-4 fw-semibold">2</div>', page, re.S)
    assert re.search(r'kind=money">.*?<div class="fs-4 fw-semibold">3,000</div>', page, re.S)


def count_points(data: dict):
    """Every point of the charts whose figure is a number of records, with its link."""
    for series in data["projects"] + data["trend"]["series"]:
        yield from series["data"]
    yield from data["funnel"]["stages"] + data["funnel"]["stops"]


def test_every_counted_figure_drills_down_to_exactly_its_records(city, office):
    data = chart_data(office.get("/office/dashboard"))
    points = [p for p in count_points(data) if p["value"]]
    assert len(points) >= 15
    for point in points:
        assert list_total(office.get(point["link"])) == point["value"], point


def test_needs_and_sponsor_figures_drill_to_their_lists(city, office):
    data = chart_data(office.get("/office/dashboard"))
    index = {name.split()[0]: i for i, name in enumerate(data["programmes"])}
    money_need = data["needs"][0]["data"][index["6"]]
    page = office.get(money_need["link"]).get_data(as_text=True)
    assert "药品与耗材经费" in page and "社区义诊" not in page
    enterprise = data["sponsors"]["money"][0]
    page = office.get(enterprise["link"]).get_data(as_text=True)
    assert list_total(office.get(enterprise["link"])) == 1 and "3,000" in page


def test_league_figures_drill_down_exactly(city, office):
    page = office.get("/office/dashboard").get_data(as_text=True)
    league = page[page.index("类别与单位排行"):]
    links = re.findall(r'<a href="(/office/lists/(?:projects|matches|activities)[^"]*)"[^>]*>([\d,]+)</a>', league)
    assert len(links) >= 6
    for link, figure in links:
        assert list_total(office.get(link.replace("&amp;", "&"))) == int(figure.replace(",", "")), link


def test_filters_narrow_every_figure(city, office):
    data = chart_data(office.get("/office/dashboard?district=迎泽区"))
    stages = {s["name"]: s["value"] for s in data["funnel"]["stages"]}
    assert stages == {"提交认领认捐": 5, "单位接受": 3, "文明办批准": 1, "已到位": 0}  # m3, m4, m5, m7, m8
    assert all("district=" in p["link"] for p in count_points(data))
    future = chart_data(office.get("/office/dashboard?date_from=2090-01-01&date_to=2090-03-31"))
    assert future["trend"]["months"] == ["2090-01", "2090-02", "2090-03"]
    assert sum(s["value"] for s in future["funnel"]["stages"]) == 0


def test_the_dashboard_takes_a_fixed_number_of_queries(app, city, office):
    def queries_for_dashboard() -> int:
        statements = []
        with app.app_context():
            engine = db.engine
        listener = lambda *args: statements.append(1)  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            assert office.get("/office/dashboard").status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return len(statements)

    before = queries_for_dashboard()
    build_city_again(app)
    assert queries_for_dashboard() == before


def build_city_again(app):
    """More of everything: a branch, a unit in another programme, its projects and a match."""
    factories.make_branch(app, "第二个下属组织", "市卫计委")
    unit = factories.make_user(app, "unit", unit="市教育局")
    projects = [factories.make_project(app, unit, category=n, title=f"项目{n}") for n in (5, 7, 9)]
    sponsor = make_sponsor(app, "social_org")
    make_match(app, sponsor, projects[0], "money", 100, ["accept", "approve"], unit, factories.make_user(app, "office"))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("category=27", "项目类别应在 1 到 26 之间"),
        ("category=abc", "项目类别应为整数"),
        ("district=火星区", "请选择有效的区县"),
        ("date_from=2026-13-01", "开始日期应为 YYYY-MM-DD 格式的日期"),
        ("date_from=2026-03-02&date_to=2026-03-01", "开始日期不能晚于结束日期"),
        ("unit=999999", "没有这个单位"),
        ("status=published", "此列表不能按状态筛选"),
    ],
)
def test_bad_dashboard_filters_are_refused_clearly(office, query, message):
    response = office.get(f"/office/dashboard?{query}")
    assert response.status_code == 422 and message in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("what", "query", "message"),
    [
        ("projects", "status=fulfilled", "请选择有效的状态"),
        ("projects", "reached=approved", "此列表不能按环节筛选"),
        ("needs", "kind=claim", "请选择有效的类型"),
        ("matches", "sponsor_kind=alien", "请选择有效的爱心主体类型"),
        ("units", "kind=money", "此列表不能按类型筛选"),
        ("matches", "page=0", "页码至少为 1"),
    ],
)
def test_bad_list_filters_are_refused_clearly(office, what, query, message):
    response = office.get(f"/office/lists/{what}?{query}")
    assert response.status_code == 422 and message in response.get_data(as_text=True)


def test_lists_filter_and_page(city, office):
    assert list_total(office.get("/office/lists/matches?status=live")) == 2
    assert list_total(office.get("/office/lists/matches?reached=accepted&kind=claim")) == 1
    assert list_total(office.get("/office/lists/needs?status=public&kind=money")) == 2
    assert list_total(office.get(f"/office/lists/projects?unit={city.branch_id}")) == 1
    page = office.get("/office/lists/projects?category=6").get_data(as_text=True)
    assert "邻里守望互助" in page and "楼道清洁" in page and "社区义诊" not in page
    assert "邻里守望社区志愿服务项目" in page  # the filter in words
    beyond = office.get("/office/lists/projects?page=99")
    assert beyond.status_code == 200 and "第 1 / 1 页" not in beyond.get_data(as_text=True)  # one page: no pager


def test_the_dashboard_page_keeps_a_strict_csp_possible(city, office):
    page = office.get("/office/dashboard").get_data(as_text=True)
    scripts = re.findall(r"<script([^>]*)>", page)
    assert scripts and all("src=" in attrs or 'type="application/json"' in attrs for attrs in scripts)
    assert "style=" not in page
    assert re.search(r"vendor/echarts/echarts\.min\.[0-9a-f]{10}\.js", page) and re.search(r"js/dashboard\.[0-9a-f]{10}\.js", page)
    assert "http://" not in page.replace("http://127.0.0.1", "") and "https://" not in page


# --- the pure parts ---------------------------------------------------------------------------

def test_months_follow_taiyuans_calendar():
    shown = stats.months(Filters(), date(2026, 3, 15))
    assert [m.label for m in shown][:2] == ["2025-04", "2025-05"] and shown[-1].label == "2026-03"
    assert shown[-1].first == date(2026, 3, 1) and shown[-1].last == date(2026, 3, 15)
    ranged = stats.months(Filters(date_from=date(2026, 1, 20), date_to=date(2026, 2, 10)), date(2026, 3, 15))
    assert [(m.first, m.last) for m in ranged] == [
        (date(2026, 1, 20), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 10))]
    long = stats.months(Filters(date_from=date(2000, 1, 1), date_to=date(2026, 12, 31)), date(2026, 3, 15))
    assert len(long) == stats.MONTHS_MAX and long[0].label == "2024-01"


def test_a_taiyuan_day_starts_at_four_pm_utc_the_day_before():
    start, end = utc_range(date(2026, 4, 1), date(2026, 4, 30))
    assert start.isoformat() == "2026-03-31T16:00:00" and end.isoformat() == "2026-04-30T16:00:00"


def test_league_rolls_branches_up_and_ranks():
    figures = dict.fromkeys(stats.FIGURES, 0)
    programmes = [{"id": 1, "number": 1, "name": "甲", **figures},
                  {"id": 2, "number": 2, "name": "乙", **figures, "live_matches": 3}]
    units = [
        {"id": 10, "parent_id": None, "name": "甲局", "lead_unit": "甲局", "category_number": 1, **figures},
        {"id": 11, "parent_id": 10, "name": "甲所", "lead_unit": "甲局", "category_number": 1,
         **figures, "projects": 2, "live_matches": 1},
        {"id": 20, "parent_id": None, "name": "乙局", "lead_unit": "乙局", "category_number": 2, **figures,
         "live_matches": 3},
    ]
    rows = stats.league(programmes, units)
    assert [row.programme["name"] for row in rows] == ["乙", "甲"]
    lead = rows[1].units[0]
    assert lead["name"] == "甲局" and lead["branches"] == 1 and lead["projects"] == 2 and lead["live_matches"] == 1
