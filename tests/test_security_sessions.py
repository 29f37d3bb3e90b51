"""Sessions and tokens replayed after they should have ended, secrets used where they do not
belong, and the trickier ways to leave the site after signing in. (The basics, logout and
a password change ending other browser sessions, are in test_auth.py and test_api_auth.py.)"""

import pytest

from matchmaker.auth.models import User
from matchmaker.auth.operations import reset_password, set_active
from matchmaker.extensions import db

from . import factories


def sign_in_both_ways(app, role: str = "unit"):
    """One user with a browser session and an API token; returns (user, page, token)."""
    user = factories.make_user(app, role)
    page = app.test_client()
    assert page.post("/login", data={"username": user.username, "password": user.password}).status_code == 302
    token = app.test_client().post(
        "/api/v1/auth/token", json={"username": user.username, "password": user.password}
    ).get_json()["token"]
    return user, page, token


def replay_cookie(app, page):
    """A new browser carrying the old session cookie, as a thief would."""
    thief = app.test_client()
    thief.set_cookie("session", page.get_cookie("session").value)
    return thief


def api_status(app, token: str) -> int:
    return app.test_client().get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code


def page_signed_in(client) -> bool:
    response = client.get("/account/password")
    return response.status_code == 200


def test_an_api_token_is_refused_after_a_password_change(app):
    user, page, token = sign_in_both_ways(app)
    assert api_status(app, token) == 200
    response = page.post("/account/password", data={"old_password": user.password, "new_password": "brand-new-pass-1"})
    assert response.status_code == 302
    assert api_status(app, token) == 401
    assert page_signed_in(page)  # the browser that changed it stays signed in


def test_cookie_and_token_are_refused_after_the_office_resets_the_password(app):
    user, page, token = sign_in_both_ways(app)
    office = factories.make_user(app, "office")
    with app.app_context():
        reset_password(db.session.get(User, user.id), "reset-by-office-1", db.session.get(User, office.id))
    assert api_status(app, token) == 401
    assert not page_signed_in(replay_cookie(app, page))


def test_a_cookie_is_refused_after_deactivation_and_stays_refused_after_reactivation(app):
    user, page, token = sign_in_both_ways(app, "sponsor")
    office = factories.make_user(app, "office")
    with app.app_context():
        set_active(db.session.get(User, user.id), False, db.session.get(User, office.id))
    thief = replay_cookie(app, page)
    response = thief.get("/account/password")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    with app.app_context():
        set_active(db.session.get(User, user.id), True, db.session.get(User, office.id))
    # Deactivation ended the sessions; reactivating the account does not bring them back.
    assert not page_signed_in(replay_cookie(app, page))
    assert api_status(app, token) == 401


def test_the_office_deactivating_an_account_on_its_page_ends_its_browser_session(app, login_as):
    office = login_as("office")
    user, page, _ = sign_in_both_ways(app, "unit")
    assert office.post(f"/office/users/{user.id}/active").status_code == 302
    assert not page_signed_in(replay_cookie(app, page))


def test_a_revoked_token_stays_dead_when_the_user_signs_in_again(app):
    user, _, token = sign_in_both_ways(app, "sponsor")
    app.test_client().delete("/api/v1/auth/token", headers={"Authorization": f"Bearer {token}"})
    fresh = app.test_client().post(
        "/api/v1/auth/token", json={"username": user.username, "password": user.password}
    ).get_json()["token"]
    assert api_status(app, fresh) == 200 and api_status(app, token) == 401


def test_a_browser_session_secret_is_not_an_api_token(app):
    _, page, token = sign_in_both_ways(app)
    with page.session_transaction() as session:
        web_secret = session["sid"]
    assert api_status(app, web_secret) == 401
    browser = app.test_client()
    with browser.session_transaction() as session:
        session.update(sid=token, _user_id=session.get("_user_id", ""))
    assert not page_signed_in(browser)


def test_a_session_naming_another_user_is_refused(app):
    """The session row decides who you are: a cookie whose user id was swapped gets nobody."""
    _, page, _ = sign_in_both_ways(app, "sponsor")
    office = factories.make_user(app, "office")
    with page.session_transaction() as session:
        session["_user_id"] = str(office.id)
    response = page.get("/office/users")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")


@pytest.mark.parametrize("target", [
    "/\t/evil.example", "/\n/evil.example", "\t//evil.example", "///evil.example", "https:evil.example",
    "http://127.0.0.1.evil.example/", "%2F%2Fevil.example", "/\\/evil.example",
])
def test_redirects_after_login_never_leave_the_site(app, client, target):
    user = factories.make_user(app, "office")
    response = client.post("/login", query_string={"next": target},
                           data={"username": user.username, "password": user.password})
    # Never the target: the office's own landing page, its workspace.
    assert response.status_code == 302 and response.headers["Location"] == "/workspace"
