"""The public front: a home page that invites (search, the city's figures, projects closing
soon and the newest), the catalogue's sort orders, cards with deadline and progress, and
programme pages with the notice's words and their lead units' contacts."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from matchmaker.catalog.models import Unit
from matchmaker.catalog.programmes import NOTICE_PURPOSE
from matchmaker.extensions import db
from matchmaker.projects.models import Project
from matchmaker.templating import today

from . import factories
from .office_data import build_city

CARD_TITLE = re.compile(r'<h3 class="h6 card-title"><a[^>]*>([^<]+)</a>')


def titles(response, status: int = 200) -> list[str]:
    assert response.status_code == status
    return CARD_TITLE.findall(response.get_data(as_text=True))


def section(html: str, heading: str) -> str:
    start = html.index(f">{heading}</h2>")
    return html[start:html.index("</section>", start)]


def dated_project(app, unit, title: str, days: int) -> int:
    """A published project ending `days` from today (negative: already ended)."""
    project_id = factories.make_project(app, unit, title=title, start_on=today().isoformat(),
                                        end_on=(today() + timedelta(days=max(days, 1))).isoformat())
    with app.app_context():
        ends = today() + timedelta(days=days)  # time moved on: as if planned back then
        db.session.execute(update(Project).where(Project.id == project_id).values(
            start_on=min(ends, today()) - timedelta(days=30), end_on=ends))
        db.session.commit()
    return project_id


@pytest.fixture
def city(app):
    return build_city(app)


def test_home_has_a_search_box_that_searches_the_catalogue(city, client):
    html = client.get("/").get_data(as_text=True)
    assert re.search(r'<form[^>]*action="/projects"[^>]*role="search"', html)
    assert 'name="q"' in html and 'for="home-q"' in html


def test_home_shows_the_citys_figures_from_approved_matches_only(city, client):
    html = section(client.get("/").get_data(as_text=True), "全市志愿服务项目化运作成果")
    figures = dict(re.findall(r'<div class="small text-muted">([^<]+)</div>\s*<div><span class="figure-value">([^<]+)<', html))
    # Published: 邻里, 义诊 (drafts and the submitted plan are not public). Given: m1 (3000 元,
    # fulfilled) and m2 (4 台, approved); cancelled, submitted, accepted and withdrawn ones are not.
    assert figures == {"公开项目": "2", "爱心主体参与": "2", "认捐资金": "3,000", "物资认捐": "1", "志愿服务时长": "0"}


def test_home_lists_projects_closing_soon_but_not_those_already_ended(city, app, client):
    soon = dated_project(app, city.minzheng, "七天后截止", 7)
    dated_project(app, city.minzheng, "昨天已截止", -1)
    html = client.get("/").get_data(as_text=True)
    closing = CARD_TITLE.findall(section(html, "即将截止"))
    assert closing[0] == "七天后截止" and "昨天已截止" not in closing
    assert "还剩 7 天" in section(html, "即将截止")
    # Published last, but ended: 已到期 comes after every current project (the rules of time).
    assert CARD_TITLE.findall(section(html, "最新发布"))[0] == "七天后截止"
    assert f'href="/projects/{soon}"' in html


def test_cards_show_the_deadline_and_how_far_the_needs_are_met(city, client):
    html = client.get("/projects").get_data(as_text=True)
    # 邻里: money 3000 of 10000 (30%), goods 4 of 10 (40%): 35% on average.
    card = html[html.index("邻里守望互助"):]
    assert "截止 2027-12-31" in card[:600]
    assert "资源需求总体落实 35%" in card and 'aria-valuenow="35"' in card


# In every order a project already ended (已到期) comes after every current one.
@pytest.mark.parametrize(("sort", "expected"), [
    ("", ["七天后截止", "社区义诊", "邻里守望互助", "昨天已截止"]),  # newest first
    ("newest", ["七天后截止", "社区义诊", "邻里守望互助", "昨天已截止"]),
    ("deadline", ["七天后截止"]),
    ("needed", None),
])
def test_the_catalogue_sorts_as_asked(city, app, client, sort, expected):
    dated_project(app, city.minzheng, "七天后截止", 7)
    dated_project(app, city.minzheng, "昨天已截止", -1)
    found = titles(client.get(f"/projects?sort={sort}"))
    if sort == "needed":
        # Nothing met of 义诊 and 七天后截止; 35% of 邻里: it comes after them, then the ended one.
        assert found[2:] == ["邻里守望互助", "昨天已截止"] and set(found[:2]) == {"社区义诊", "七天后截止"}
    elif sort == "deadline":
        assert found[:1] == expected and found[-1] == "昨天已截止"
    else:
        assert found == expected


def test_a_sort_keeps_to_the_search_words(city, client):
    by_relevance = titles(client.get("/projects?q=义诊"))
    by_need = titles(client.get("/projects?q=义诊&sort=needed"))
    assert by_relevance and sorted(by_need) == sorted(by_relevance)
    assert by_need.index("社区义诊") < by_need.index("邻里守望互助")  # 0% met before 35%
    html = client.get("/projects?q=义诊&sort=deadline").get_data(as_text=True)
    assert "按即将截止排序" in html


def test_an_unknown_sort_is_refused_with_a_clear_message_and_the_default_order(city, client):
    response = client.get("/projects?sort=cheapest")
    assert response.status_code == 422  # like every refused filter of the list (the one pager's rule)
    html = response.get_data(as_text=True)
    assert "请选择有效的排序方式" in html
    assert titles(response, 422) == ["社区义诊", "邻里守望互助"]


def test_the_pager_keeps_the_sort(city, app, client):
    for number in range(3):
        factories.make_project(app, city.minzheng, title=f"翻页项目{number}")
    html = client.get("/projects?sort=deadline&per_page=2").get_data(as_text=True)
    assert re.search(r'href="/projects\?[^"]*sort=deadline[^"]*page=2"', html.replace("&amp;", "&"))


def test_a_programme_page_tells_what_the_notice_says_and_whom_to_contact(city, app, client):
    with app.app_context():
        unit = db.session.scalar(select(Unit).where(Unit.name == "市民政局"))
        unit.contact = "志愿服务科 0351-1234567"
        db.session.commit()
    html = client.get("/categories/6").get_data(as_text=True)
    assert NOTICE_PURPOSE[:30] in html and "项目编排" in html
    assert "市民政局" in html and "联系方式：志愿服务科 0351-1234567" in html
    other = client.get("/categories/13").get_data(as_text=True)
    assert "市卫计委" in other and "联系方式未登记，请联系市文明办志愿服务处" in other


def test_an_unknown_programme_is_not_found(client):
    assert client.get("/categories/27").status_code == 404
