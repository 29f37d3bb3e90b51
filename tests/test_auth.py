"""Accounts: registration, sign-in, sessions that really end, passwords, throttling, CSRF."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from matchmaker.auth.models import AuthSession, User
from matchmaker.extensions import db

from . import factories

REGISTRATION = {
    "kind": "merchant", "name": "老王面馆", "district": "小店区", "contact_phone": "13800000000",
    "username": "laowang", "password": "noodles-2026",
}


def count_users(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(User))


def test_sponsor_registers_on_the_page_and_is_signed_in(app, client):
    response = client.post("/register", data=REGISTRATION)
    assert response.status_code == 302
    assert "老王面馆" in client.get("/").get_data(as_text=True)
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == "laowang"))
        assert user.role.value == "sponsor" and user.sponsor.kind.value == "merchant"
        assert user.password_hash.startswith("$argon2id$")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"username": "x"}, "用户名只能由"),
        ({"username": "a" * 41}, "用户名"),
        ({"password": "short"}, "密码长度"),
        ({"name": ""}, "请填写名称"),
        ({"name": "名" * 61}, "不能超过 60 个字"),
        ({"kind": "government"}, "请选择爱心主体类型"),
        ({"district": "北京市"}, "请选择太原市的区县"),
        ({"name": "坏\x00名字"}, "无效字符"),
    ],
)
def test_bad_registration_is_refused_on_the_page(app, client, change, message):
    before = count_users(app)
    response = client.post("/register", data={**REGISTRATION, **change})
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert count_users(app) == before


def test_duplicate_username_is_refused_whatever_its_case(app, client):
    factories.make_user(app, "sponsor", username="laowang")
    before = count_users(app)
    response = client.post("/register", data={**REGISTRATION, "username": "LaoWang"})
    assert "该用户名已被使用" in response.get_data(as_text=True)
    assert count_users(app) == before


def test_wrong_password_and_unknown_user_get_the_same_answer(app, client):
    user = factories.make_user(app, "office")
    wrong = client.post("/login", data={"username": user.username, "password": "wrong-password"})
    unknown = client.post("/login", data={"username": "nobody", "password": "wrong-password"})
    assert wrong.status_code == unknown.status_code == 200
    assert "用户名或密码错误" in wrong.get_data(as_text=True)
    assert "用户名或密码错误" in unknown.get_data(as_text=True)


def test_deactivated_user_cannot_sign_in(app, client):
    user = factories.make_user(app, "unit", active=False)
    response = client.post("/login", data={"username": user.username, "password": user.password})
    assert "用户名或密码错误" in response.get_data(as_text=True)


def test_sign_in_starts_a_fresh_session(app, client):
    user = factories.make_user(app, "office")
    with client.session_transaction() as session:
        session["planted"] = "by an attacker"
    client.post("/login", data={"username": user.username, "password": user.password})
    with client.session_transaction() as session:
        assert "planted" not in session and session["sid"]


def test_logout_makes_the_old_cookie_worthless(app, login_as):
    client = login_as("office")
    cookie = client.get_cookie("session").value
    assert client.get("/office/users").status_code == 200
    client.post("/logout")
    replay = app.test_client()
    replay.set_cookie("session", cookie)
    response = replay.get("/office/users")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_password_change_ends_other_sessions_but_not_this_one(app, login_as):
    first = login_as("unit")
    second = app.test_client()
    second.post("/login", data={"username": first.user.username, "password": first.user.password})
    response = first.post(
        "/account/password", data={"old_password": first.user.password, "new_password": "a-new-secret-1"}
    )
    assert response.status_code == 302
    assert first.get("/account/password").status_code == 200
    assert second.get("/account/password").status_code == 302


def test_password_change_refuses_a_wrong_old_password(app, login_as):
    client = login_as("sponsor")
    response = client.post("/account/password", data={"old_password": "nope-nope", "new_password": "x" * 10})
    assert "原密码不正确" in response.get_data(as_text=True)
    fresh = app.test_client()
    assert fresh.post("/login", data={"username": client.user.username, "password": client.user.password}).status_code == 302


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"])
def test_redirect_after_login_stays_on_this_site(app, client, target):
    user = factories.make_user(app, "office")
    response = client.post(f"/login?next={target}", data={"username": user.username, "password": user.password})
    assert response.headers["Location"] == "/workspace"  # its landing page, never the other site


def test_redirect_after_login_returns_to_the_page_asked_for(app, client):
    user = factories.make_user(app, "office")
    response = client.post("/login?next=/office/users", data={"username": user.username, "password": user.password})
    assert response.headers["Location"] == "/office/users"


def test_session_cookie_flags(app, login_as):
    client = login_as("office")
    cookie = client.get_cookie("session")
    assert cookie.http_only and cookie.same_site == "Lax"


def test_forms_refuse_a_post_without_csrf_token(make_app, app):
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    response = client.post("/register", data=REGISTRATION)
    assert response.status_code == 400 and "页面已过期" in response.get_data(as_text=True)
    assert count_users(app) == 0
    page = client.get("/register").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    assert client.post("/register", data={**REGISTRATION, "csrf_token": token}).status_code == 302


def test_login_is_throttled_per_username_across_addresses(make_app, app):
    limited = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT_PER_USERNAME="3/minute")
    user = factories.make_user(limited, "office")
    for n in range(3):
        client = limited.test_client()
        response = client.post(
            "/login", data={"username": user.username, "password": "bad"},
            environ_base={"REMOTE_ADDR": f"10.0.0.{n}"},
        )
        assert response.status_code == 200
    blocked = limited.test_client().post(
        "/login", data={"username": user.username, "password": user.password},
        environ_base={"REMOTE_ADDR": "10.0.0.99"},
    )
    assert blocked.status_code == 429 and "操作过于频繁" in blocked.get_data(as_text=True)


def test_login_is_throttled_per_address_across_usernames(make_app, app):
    limited = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT_PER_IP="4/minute")
    client = limited.test_client()
    for n in range(4):
        client.post("/login", data={"username": f"guess{n}", "password": "bad"})
    assert client.post("/login", data={"username": "another", "password": "bad"}).status_code == 429
    assert limited.test_client().post(
        "/login", data={"username": "another", "password": "bad"}, environ_base={"REMOTE_ADDR": "10.1.1.1"}
    ).status_code == 200


def test_successful_sign_ins_do_not_count_against_the_limit(make_app, app):
    limited = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT_PER_USERNAME="2/minute")
    user = factories.make_user(limited, "unit")
    for _ in range(4):
        response = limited.test_client().post("/login", data={"username": user.username, "password": user.password})
        assert response.status_code == 302


def test_sessions_are_stored_hashed(app, login_as):
    client = login_as("office")
    with client.session_transaction() as session:
        secret = session["sid"]
    with app.app_context():
        stored = db.session.scalars(select(AuthSession.secret_hash)).all()
    assert secret not in stored and AuthSession.hash(secret) in stored


def test_sign_out_and_refused_sign_ins_are_audited(app, login_as, client):
    from matchmaker.audit.models import AuditEntry

    user = login_as("unit")
    user.post("/logout")
    client.post("/login", data={"username": user.user.username, "password": "wrong-password"})
    client.post("/login", data={"username": "nobody-at-all", "password": "wrong-password"})
    with app.app_context():
        actions = db.session.execute(
            select(AuditEntry.action, AuditEntry.target_id, AuditEntry.detail).order_by(AuditEntry.id)
        ).all()
    assert ("session.close.web", user.user.id, {}) in actions
    refused = [(target, detail["username"]) for action, target, detail in actions if action == "session.refused"]
    assert refused == [(user.user.id, user.user.username), (None, "nobody-at-all")]


def age_sessions_of(app, user, by: timedelta) -> None:
    with app.app_context():
        for row in db.session.scalars(select(AuthSession).where(AuthSession.user_id == user.id)):
            row.created_at -= by
        db.session.commit()


def test_a_page_session_lasts_its_lifetime_and_no_longer(app, login_as):
    client = login_as("office")
    lifetime = timedelta(seconds=app.config["PERMANENT_SESSION_LIFETIME"])
    age_sessions_of(app, client.user, lifetime - timedelta(minutes=1))
    assert client.get("/office/users").status_code == 200
    age_sessions_of(app, client.user, timedelta(minutes=2))
    response = client.get("/office/users")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_an_api_token_lasts_thirty_days_and_no_longer(app, api_as):
    client = api_as("sponsor")
    age_sessions_of(app, client.user, timedelta(days=30) - timedelta(minutes=1))
    assert client.get("/api/v1/me").status_code == 200
    age_sessions_of(app, client.user, timedelta(minutes=2))
    assert client.get("/api/v1/me").status_code == 401
