"""One pager (matchmaker/paging.py): every paged list, in the API and on pages, reads `page` the
same way, refuses a bad one with the same 422 (JSON in the API, the Chinese message on pages),
and the API answers every paged list as {items, total, page, per_page}."""

from datetime import timedelta

import pytest

from matchmaker.auth.models import User
from matchmaker.collaborations.queries import today
from matchmaker.extensions import db
from matchmaker.volunteers.recruitments import open_recruitment
from matchmaker.volunteers.signups import sign_up

from . import factories

BAD_PAGES = ["0", "-1", "abc", "1.5", "1_000", "２", "१", "100001", "1e3"]
# (role, address); "{project}" is a published project of the signed-in unit's unit.
API_LISTS = [
    (None, "/api/v1/projects"),
    ("sponsor", "/api/v1/matches"),
    ("unit", "/api/v1/collaborations"),
    ("unit", "/api/v1/projects/{project}/activities"),
    ("unit", "/api/v1/projects/{project}/reports"),
    (None, "/api/v1/recruitments"),
    ("unit", "/api/v1/signups"),
    ("office", "/api/v1/mail"),
]
PAGE_LISTS = [
    (None, "/projects"),
    (None, "/honour/sponsors"),
    ("sponsor", "/matches"),
    ("unit", "/collaborations"),
    ("unit", "/notifications"),
    ("office", "/office/audit"),
    ("office", "/office/lists/projects"),
    ("office", "/office/volunteers"),
    ("office", "/office/mail"),
    (None, "/recruitments"),
    ("unit", "/unit/signups"),
]


@pytest.fixture
def caller(app, api_as, login_as):
    """A client of `role` (None: a visitor), and the address with its project filled in."""

    def make(role, address, api=True):
        client = (api_as if api else login_as)(role) if role else app.test_client()
        project = factories.make_project(app, client.user if role == "unit" else factories.make_user(app, "unit"))
        return client, address.format(project=project)

    return make


@pytest.mark.parametrize(("role", "address"), API_LISTS)
def test_every_api_list_answers_one_shape(caller, role, address):
    client, path = caller(role, address)
    body = client.get(f"{path}?page=1&per_page=5").get_json()
    assert {"items", "total", "page", "per_page"} <= set(body)
    assert (body["page"], body["per_page"]) == (1, 5) and body["total"] >= len(body["items"])
    past = client.get(f"{path}?page=99").get_json()  # past the end: empty, so a client reading on stops
    assert past["items"] == [] and past["page"] == 99 and past["total"] == body["total"]


# Each list tries every bad page in one test: what costs is the list's client and project, not a
# request, and a failure still names the value it was refused for.
@pytest.mark.parametrize(("role", "address"), API_LISTS)
def test_every_api_list_refuses_a_bad_page_alike(caller, role, address):
    client, path = caller(role, address)
    answers = {bad: client.get(path, query_string={"page": bad}) for bad in BAD_PAGES}
    wrong = {bad: (r.status_code, r.get_json()) for bad, r in answers.items()
             if r.status_code != 422 or not is_bad_page_error(r.get_json())}
    assert not wrong, wrong


def is_bad_page_error(body: dict) -> bool:
    error = body["error"]
    return error["code"] == "invalid" and error["field"] == "page" and "页码" in error["message"]


@pytest.mark.parametrize(("role", "address"), API_LISTS)
def test_every_api_list_bounds_per_page(caller, role, address):
    client, path = caller(role, address)
    for bad in ("0", "101", "x"):
        response = client.get(path, query_string={"per_page": bad})
        assert response.status_code == 422 and response.get_json()["error"]["field"] == "per_page"


@pytest.mark.parametrize(("role", "address"), PAGE_LISTS)
def test_every_page_list_refuses_a_bad_page_in_chinese(caller, role, address):
    client, path = caller(role, address, api=False)
    answers = {bad: client.get(path, query_string={"page": bad}) for bad in ["0", "abc", "1_000", "２", "100001"]}
    wrong = {bad: r.status_code for bad, r in answers.items()
             if r.status_code != 422 or "页码" not in r.get_data(as_text=True)}
    assert not wrong, wrong


@pytest.mark.parametrize(("role", "address"), PAGE_LISTS)
def test_a_page_list_past_its_end_shows_its_last_page(caller, role, address):
    client, path = caller(role, address, api=False)
    assert client.get(path, query_string={"page": "99"}).status_code == 200


def test_the_catalogue_pages_by_the_asked_size_and_shows_the_last_page_past_the_end(app, login_as):
    unit = login_as("unit").user
    titles = [f"社区服务项目第{n}号" for n in range(3)]
    for title in titles:
        factories.make_project(app, unit, title=title)
    visitor = app.test_client()
    api = visitor.get("/api/v1/projects?per_page=2&page=2").get_json()
    assert (api["total"], len(api["items"]), api["page"]) == (3, 1, 2)
    last = visitor.get("/projects?per_page=2&page=9").get_data(as_text=True)
    assert sum(title in last for title in titles) == 1  # the last page's one project


def open_recruitments(app, titles) -> None:
    """One open recruitment per title, on a published project of one unit."""
    unit = factories.make_user(app, "unit")
    project_id = factories.make_project(app, unit)
    with app.app_context():
        actor = db.session.get(User, unit.id)
        for days, title in enumerate(titles):  # the later the deadline, the later in the list
            open_recruitment(actor, project_id, {
                "title": title, "places": 5, "starts_on": (today() + timedelta(days=20)).isoformat(),
                "signup_until": (today() + timedelta(days=5 + days)).isoformat()})


def test_the_recruitments_page_by_the_one_pager(app):
    titles = ["图书馆引导员", "马拉松补给员", "社区义诊助手"]
    open_recruitments(app, titles)
    visitor = app.test_client()
    api = visitor.get("/api/v1/recruitments?per_page=2&page=2").get_json()
    assert (api["total"], api["page"], api["per_page"]) == (3, 2, 2)
    assert [item["title"] for item in api["items"]] == titles[2:]
    last = visitor.get("/recruitments?per_page=2&page=9").get_data(as_text=True)
    assert [title in last for title in titles] == [False, False, True]  # the last page's one


def test_a_units_sign_ups_come_in_pages_of_50(app, login_as):
    unit = login_as("unit")
    project_id = factories.make_project(app, unit.user)
    with app.app_context():
        recruitment = open_recruitment(db.session.get(User, unit.user.id), project_id, {
            "title": "赛会引导员", "places": 100, "starts_on": (today() + timedelta(days=9)).isoformat(),
            "signup_until": (today() + timedelta(days=7)).isoformat()})
        for _ in range(51):
            volunteer = factories.make_user(app, "volunteer")
            sign_up(db.session.get(User, volunteer.id), recruitment, {})
    first, second = (unit.get(f"/unit/signups?page={n}").get_data(as_text=True) for n in (1, 2))
    assert first.count("signup-row") == 50 and second.count("signup-row") == 1
    assert "第 1 / 2 页" in first
