"""The number of SQL statements a page costs must not grow with what the page shows.

An N+1 (a lazy load per project, need, match or sponsor in a loop) passes every functional
test on ten rows and melts under the load benchmark (bench/load.py) on ten thousand. Each
test asks for the same page twice with a small and a large amount on it and requires the
same count. The first request of each pair is not counted: it may rebuild the recommender's
index after the data changed, which is a cost of the change, not of the page.
"""

from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.matches import operations as match_operations
from matchmaker.matches.models import Match
from matchmaker.models_base import NeedKind
from matchmaker.projects.models import Need
from matchmaker.sponsors.models import Offer, SponsorProfile

from . import factories

# How many statements a page sends is decided by the ORM's loading, the same on both databases
# (no page of the app asks which one it runs on): counted in the SQLite pass only.
pytestmark = pytest.mark.one_database

VIEWERS = ["anonymous", "sponsor", "unit", "office"]
NEED = {"kind": "goods", "description": "爱心物资", "quantity": 1_000_000, "unit": "份"}


@contextmanager
def counting(app):
    """Collect every statement sent to the database while the block runs."""
    statements = []

    def collect(_connection, _cursor, statement, *_args):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", collect)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", collect)


def statements_for(app, client, path: str) -> list[str]:
    """The statements one GET of `path` costs, once anything the data change set off is done."""
    assert client.get(path).status_code == 200
    with counting(app) as statements:
        response = client.get(path)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    return statements


def assert_same_count(small: list[str], large: list[str]) -> None:
    assert len(small) == len(large), (
        f"{len(small)} statements for the small page, {len(large)} for the large one:\n" + "\n---\n".join(large)
    )


@pytest.fixture
def viewer(request, app, login_as):
    """A client for each kind of visitor; unit viewers belong to 市民政局, the projects' unit."""
    if request.param == "anonymous":
        return app.test_client()
    return login_as(request.param)


@pytest.fixture
def owner(app):
    return factories.make_user(app, "unit")


def publish(app, owner, count: int, needs: int = 2) -> list[int]:
    payload = [dict(NEED, description=f"爱心物资{n}") for n in range(needs)]
    return [factories.make_project(app, owner, title=f"社区志愿服务项目{n}", needs=payload) for n in range(count)]


def need_ids(app, project_id: int) -> list[int]:
    with app.app_context():
        return list(db.session.scalars(select(Need.id).where(Need.project_id == project_id).order_by(Need.id)))


def pledge(app, sponsor_user_id: int, project_id: int, need_id: int, quantity: int = 1) -> int:
    with app.app_context():
        sponsor = db.session.get(User, sponsor_user_id)
        body = {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": quantity}
        match, _ = match_operations.create_match(sponsor, body)
        return match.id


def approve(app, match_id: int, unit_user_id: int, office_user_id: int) -> None:
    with app.app_context():
        for step, actor_id in (("accept", unit_user_id), ("approve", office_user_id)):
            match = db.session.get(Match, match_id)
            match_operations.step_match(db.session.get(User, actor_id), match, step)


# --- the project lists -----------------------------------------------------------------------

@pytest.mark.parametrize("viewer", VIEWERS, indirect=True)
def test_project_list_page_costs_the_same_at_5_and_50_per_page(app, owner, viewer):
    publish(app, owner, 60)
    small = statements_for(app, viewer, "/projects?per_page=5")
    large = statements_for(app, viewer, "/projects?per_page=50")
    assert_same_count(small, large)


@pytest.mark.parametrize("role", [None, "sponsor", "unit", "office"])
def test_project_list_api_costs_the_same_at_5_and_50_per_page(app, owner, api_as, role):
    publish(app, owner, 60)
    client = api_as(role) if role else app.test_client()
    small = statements_for(app, client, "/api/v1/projects?per_page=5")
    large = statements_for(app, client, "/api/v1/projects?per_page=50")
    assert_same_count(small, large)


def test_search_costs_the_same_at_5_and_50_per_page(app, owner, client):
    publish(app, owner, 60)
    small = statements_for(app, client, "/projects?q=社区&per_page=5")
    large = statements_for(app, client, "/projects?q=社区&per_page=50")
    assert_same_count(small, large)


# --- a project's page ----------------------------------------------------------------------

@pytest.mark.parametrize("viewer", VIEWERS, indirect=True)
def test_project_page_costs_the_same_with_2_and_20_needs_and_sponsors(app, owner, viewer):
    """Every need has a pending and an approved pledge: the progress bars and the honour list grow too."""
    office = factories.make_user(app, "office")
    sponsor = factories.make_user(app, "sponsor")
    few, many = (publish(app, owner, 1, needs=n)[0] for n in (2, 20))
    for project_id in (few, many):
        for need_id in need_ids(app, project_id):
            approve(app, pledge(app, sponsor.id, project_id, need_id), owner.id, office.id)
            pledge(app, sponsor.id, project_id, need_id)
    small = statements_for(app, viewer, f"/projects/{few}")
    large = statements_for(app, viewer, f"/projects/{many}")
    assert_same_count(small, large)


# --- matches ---------------------------------------------------------------------------------

@pytest.fixture
def pledges(app, owner):
    """A function adding pledges by one sponsor, each to another need of 市民政局's 20 projects,
    every third approved: a lazy load per match's project or need would show in the count."""
    office = factories.make_user(app, "office")
    sponsor = factories.make_user(app, "sponsor")
    targets = [(project_id, need_id) for project_id in publish(app, owner, 20, needs=3)
               for need_id in need_ids(app, project_id)]
    made = []

    def add(count: int) -> None:
        for _ in range(count):
            match_id = pledge(app, sponsor.id, *targets[len(made) % len(targets)])
            if len(made) % 3 == 0:
                approve(app, match_id, owner.id, office.id)
            made.append(match_id)

    add.sponsor = sponsor
    return add


def client_for(app, role: str, sponsor, api: bool):
    """The pledging sponsor, the owning unit (市民政局) or the office, over the API or the pages."""
    user = sponsor if role == "sponsor" else factories.make_user(app, role)
    client = app.test_client()
    if api:
        answer = client.post("/api/v1/auth/token", json={"username": user.username, "password": user.password})
        client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {answer.get_json()['token']}"
    else:
        assert client.post("/login", data={"username": user.username, "password": user.password}).status_code == 302
    return client


@pytest.mark.parametrize("role", ["sponsor", "unit", "office"])
def test_matches_page_costs_the_same_with_2_and_20_matches(app, pledges, role):
    client = client_for(app, role, pledges.sponsor, api=False)
    pledges(2)
    small = statements_for(app, client, "/matches")
    pledges(18)
    large = statements_for(app, client, "/matches")
    assert_same_count(small, large)


@pytest.mark.parametrize("role", ["sponsor", "unit", "office"])
def test_matches_api_costs_the_same_at_5_and_50_per_page(app, pledges, role):
    client = client_for(app, role, pledges.sponsor, api=True)
    pledges(60)
    small = statements_for(app, client, "/api/v1/matches?per_page=5")
    large = statements_for(app, client, "/api/v1/matches?per_page=50")
    assert_same_count(small, large)


# --- the sponsor's home page -----------------------------------------------------------------

def give_profile(app, user_id: int, offers: int) -> None:
    with app.app_context():
        profile = db.session.scalar(select(SponsorProfile).where(SponsorProfile.user_id == user_id))
        profile.interests = "关爱社区老年人，愿意资助健康义诊，捐赠物资"
        kinds = list(NeedKind)
        profile.offers = [Offer(kind=kinds[n % len(kinds)], description=f"爱心资源{n}") for n in range(offers)]
        db.session.commit()


def recommendations_shown(client) -> int:
    return client.get("/").get_data(as_text=True).count('class="card h-100 recommendation"')


def test_sponsor_home_costs_the_same_with_1_and_6_recommendations(app, owner, login_as):
    """More published projects, offers and matches fill 为您推荐; the count stays."""
    sponsor = login_as("sponsor")
    give_profile(app, sponsor.user.id, offers=1)
    first = publish(app, owner, 1)
    small = statements_for(app, sponsor, "/")
    assert recommendations_shown(sponsor) == 1
    publish(app, owner, 30)
    give_profile(app, sponsor.user.id, offers=5)
    for need_id in need_ids(app, first[0]):
        pledge(app, sponsor.user.id, first[0], need_id)
    large = statements_for(app, sponsor, "/")
    assert recommendations_shown(sponsor) == 6
    assert_same_count(small, large)


# --- the counter itself ----------------------------------------------------------------------

def test_the_counter_sees_the_statements_of_a_request(app, client):
    """/healthz runs exactly one statement (the schema's revision): the counter is listening on the app's engine."""
    statements = statements_for(app, client, "/healthz")
    assert len(statements) == 1 and "alembic_version" in statements[0]


def test_hello_answers_without_the_database(app, client):
    """The benchmark's reference (bench/load.py) must stay free of SQL to be a fair yardstick."""
    assert statements_for(app, client, "/api/v1/hello") == []
    assert client.get("/api/v1/hello").get_json() == {"hello": "matchmaker"}


# --- the writes ------------------------------------------------------------------------------
# A pledge: the token's session, the project with its needs; the match, its first history row,
# the audit row, the notifications (one INSERT ... SELECT of the unit's accounts). A step: the
# token's session, the match with all its answer shows; the notifications (one INSERT ...
# SELECT), the guarded UPDATE, the history row, the audit row. On PostgreSQL the writes wait for
# the commit and go as one statement (appended.py; the pledge's id drawn with the project):
# three statements each.
WRITE_STATEMENTS = {"sqlite": 6, "postgresql": 3}


def posted(app, client, path: str, body: dict | None = None) -> list[str]:
    with counting(app) as statements:
        response = client.post(path, json=body)
    assert response.status_code in (200, 201), response.get_data(as_text=True)[:500]
    return statements


def test_a_pledge_and_a_step_cost_the_same_few_statements_however_many_are_told(app, owner, api_as):
    """One unit account or three to tell of a pledge, one office account or three of an acceptance:
    notifications are one INSERT, and nothing written is read back for the answer."""
    sponsor, unit = api_as("sponsor"), client_for(app, "unit", None, api=True)
    api_as("office")
    project_id = publish(app, owner, 1)[0]
    need_id = need_ids(app, project_id)[0]
    body = {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": 1}
    sponsor.post("/api/v1/matches", json=body)  # compiled statements and the connection, not counted
    few = posted(app, sponsor, "/api/v1/matches", body)
    first = sponsor.get("/api/v1/matches?per_page=1").get_json()["items"][0]["id"]
    told_few = posted(app, unit, f"/api/v1/matches/{first}/accept")
    for role in ("unit", "unit", "office", "office"):
        factories.make_user(app, role)
    many = posted(app, sponsor, "/api/v1/matches", body)
    second = sponsor.get("/api/v1/matches?per_page=1").get_json()["items"][0]["id"]
    told_many = posted(app, unit, f"/api/v1/matches/{second}/accept")
    assert_same_count(few, many)
    assert_same_count(told_few, told_many)
    with app.app_context():
        expected = WRITE_STATEMENTS[db.engine.dialect.name]
    assert len(few) == expected, "\n---\n".join(few)
    assert len(told_few) == expected, "\n---\n".join(told_few)
