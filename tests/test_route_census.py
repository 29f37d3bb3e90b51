"""The route census: every route of the URL map, whoever added it, is classified.

A view says who may use it with `@public` or `@role_required(...)` (auth.access), which
leaves an `access` attribute on it. Here every route is walked: none may lack the attribute;
the public ones must be exactly the short list below (a new public route is a decision, to be
written down here); every other route turns the anonymous away (login page or 401) and
answers 403 to signed-in users of the other roles, pages and API alike.
"""

from types import SimpleNamespace

import pytest
from flask import Flask
from sqlalchemy import select
from werkzeug.routing import Rule
from werkzeug.routing.converters import AnyConverter, IntegerConverter

from matchmaker.auth.models import Role, User
from matchmaker.extensions import db
from matchmaker.matches import operations as matches
from matchmaker.notifications.models import Notification
from matchmaker.projects.models import Need
from matchmaker.volunteers.recruitments import open_recruitment
from matchmaker.volunteers.signups import sign_up

from . import factories
from .test_security_headers import csp_violations

# The only endpoints anyone may use without signing in. Keep it short; add to it on purpose.
PUBLIC = {
    "static",  # Flask's own: CSS, JS, Bootstrap
    "health.healthz",
    "catalog.home",
    "auth.login", "auth.register",
    "projects.index", "projects.show", "projects.programme",  # drafts stay 404 (projects.access)
    "projects.cover",  # a published project's cover picture, as its page shows it (drafts: 404)
    "execution.outstanding", "execution.programmes", "execution.sponsors",  # the honour roll
    "api.create_token", "api.register",
    "api.categories", "api.units",
    "api.list_projects", "api.show_project", "api.similar_projects",
    "api.hello",  # bench/load.py's constant reference answer; touches no data
    "api.openapi",  # the API's description, for clients and schemathesis
    "api.register_volunteer", "api.list_recruitments", "api.show_recruitment",  # volunteers: docs/volunteers.md
    "volunteers.register", "volunteers.recruitments", "volunteers.recruitment",
    "verification.check",  # a certificate's or statement's code: masked name and sums only
}

DECORATOR_REFUSAL = "您无权执行此操作"  # role_required's abort(403); operations say more specific things


def routes(app: Flask) -> list[tuple[Rule, str]]:
    return sorted(
        ((rule, method) for rule in app.url_map.iter_rules() for method in rule.methods - {"HEAD", "OPTIONS"}),
        key=lambda pair: (pair[0].rule, pair[1]),
    )


def access_of(app: Flask, rule: Rule):
    return getattr(app.view_functions[rule.endpoint], "access", None)


def url_for_rule(rule: Rule, ids: dict[str, int]) -> str:
    """A URL for the rule, with the ids of records that exist where the argument names them."""
    values = {}
    for name in rule.arguments:
        converter = rule._converters[name]
        if isinstance(converter, AnyConverter):
            values[name] = sorted(converter.items)[0]
        elif isinstance(converter, IntegerConverter):
            values[name] = ids.get(name, 1)
        else:
            values[name] = "x" if name != "filename" else "css/app.css"
    return rule.build(values, append_unknown=False)[1]


def is_api(rule: Rule) -> bool:
    return rule.rule.startswith("/api/")


def refused_by_role(response) -> bool:
    """role_required's own 403 (pages show its words; the API says them in JSON)."""
    if response.status_code != 403:
        return False
    if response.is_json:
        return response.get_json()["error"]["message"] == DECORATOR_REFUSAL
    return DECORATOR_REFUSAL in response.get_data(as_text=True)


def label(rule: Rule, method: str) -> str:
    return f"{method} {rule.rule} ({rule.endpoint})"


# --- the classification itself ---------------------------------------------------------------

def test_every_route_declares_who_may_use_it(app):
    unclassified = [label(rule, method) for rule, method in routes(app) if rule.endpoint != "static"
                    and access_of(app, rule) is None]
    assert unclassified == [], "add @public or @role_required(...) to these views"
    malformed = [
        label(rule, method) for rule, method in routes(app)
        if (access := access_of(app, rule)) not in (None, "public")
        and not (isinstance(access, tuple) and access and all(isinstance(r, Role) for r in access))
    ]
    assert malformed == []


def test_the_public_routes_are_exactly_the_short_list(app):
    public = {rule.endpoint for rule, _ in routes(app) if rule.endpoint == "static" or access_of(app, rule) == "public"}
    assert public - PUBLIC == set(), "new public routes: add them to PUBLIC only if that is intended"
    assert PUBLIC - public == set(), "no longer public (or gone): take them off PUBLIC"


# --- refusals ------------------------------------------------------------------------------------

def test_anonymous_is_sent_to_sign_in_everywhere_else(app, client):
    wrong = []
    for rule, method in routes(app):
        if rule.endpoint in PUBLIC:
            continue
        response = client.open(url_for_rule(rule, {}), method=method)
        if is_api(rule):
            ok = response.status_code == 401 and response.get_json()["error"]["code"] == "unauthorized"
        else:
            ok = response.status_code == 302 and response.headers["Location"].startswith("/login")
        if not ok:
            wrong.append(f"{label(rule, method)} → {response.status_code}")
    assert wrong == []


@pytest.fixture
def signed_in(app):
    """For each role: one user, a browser signed in through the form, and a Bearer client."""
    clients = {}
    for role in Role:
        user = factories.make_user(app, role.value)
        page = app.test_client()
        assert page.post("/login", data={"username": user.username, "password": user.password}).status_code == 302
        api = app.test_client()
        token = api.post("/api/v1/auth/token", json={"username": user.username, "password": user.password})
        api.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token.get_json()['token']}"
        clients[role] = SimpleNamespace(user=user, page=page, api=api)
    return clients


def test_each_role_restricted_route_refuses_the_other_roles(app, signed_in):
    wrong, checked = [], 0
    for rule, method in routes(app):
        access = access_of(app, rule)
        if rule.endpoint in PUBLIC or access is None:
            continue
        for role in set(Role) - set(access):
            client = signed_in[role].api if is_api(rule) else signed_in[role].page
            response = client.open(url_for_rule(rule, {}), method=method)
            checked += 1
            if not refused_by_role(response):
                wrong.append(f"{role.value}: {label(rule, method)} → {response.status_code}")
    assert wrong == []
    assert checked > 40  # the census really walked the map


# --- and the roles let in are let in -----------------------------------------------------------

def small_world(app, signed_in) -> dict[str, int]:
    """A published project of the unit, a pledge of the sponsor to it, a notification each, a
    recruitment on it and the volunteer's sign-up."""
    unit, sponsor = signed_in[Role.unit].user, signed_in[Role.sponsor].user
    project_id = factories.make_project(app, unit)
    with app.app_context():
        sponsor_user = db.session.get(User, sponsor.id)
        need_id = db.session.scalar(select(Need.id).where(Need.project_id == project_id).order_by(Need.id))
        match, _ = matches.create_match(
            sponsor_user, {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": 10}
        )
        recruitment = open_recruitment(db.session.get(User, unit.id), project_id, {
            "title": "引导员", "places": 3, "starts_on": "2099-01-02", "signup_until": "2099-01-01"})
        signup = sign_up(db.session.get(User, signed_in[Role.volunteer].user.id), recruitment, {})
        return {
            "recruitment_id": recruitment.id, "signup_id": signup.id,
            "project_id": project_id, "match_id": match.id, "number": 13,
            "user_id": sponsor.id, "sponsor_id": sponsor_user.sponsor.id,
            "unit_id": db.session.get(User, unit.id).unit_id,
            "notification_id": db.session.scalar(select(Notification.id).limit(1)) or 1,
        }


def test_the_roles_let_in_can_open_every_page_without_errors(app, signed_in):
    """Each GET route, for each role it admits, in a world where the ids exist: never the
    login page, never role_required's 403, never a server error, never inline script or style."""
    ids = small_world(app, signed_in)
    wrong = []
    for rule, method in routes(app):
        access = access_of(app, rule)
        if method != "GET" or rule.endpoint == "static":
            continue
        for role in Role if access == "public" else access:
            client = signed_in[role].api if is_api(rule) else signed_in[role].page
            response = client.get(url_for_rule(rule, ids))
            body = response.get_data(as_text=True) if response.mimetype == "text/html" else ""
            refused = response.status_code == 401 or refused_by_role(response)
            to_login = response.status_code == 302 and response.headers["Location"].startswith("/login")
            if response.status_code >= 500 or refused or to_login or csp_violations(body):
                wrong.append(f"{role.value}: {label(rule, method)} → {response.status_code} {csp_violations(body)[:2]}")
    assert wrong == []
