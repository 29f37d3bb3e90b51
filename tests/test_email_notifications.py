"""The email address an account's notifications are copied to: /account, PATCH /api/v1/me,
registration."""

import re

import pytest
from sqlalchemy import select

from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.extensions import db

from .test_auth import REGISTRATION, count_users

# --- the address: 账号设置 -----------------------------------------------------------------------

def email_of(app, user_id: int) -> str:
    with app.app_context():
        return db.session.get(User, user_id).email


def test_the_account_page_shows_who_one_is_and_is_in_the_menu(app, login_as):
    client = login_as("unit")
    page = client.get("/account").get_data(as_text=True)
    assert client.user.username in page and "牵头单位/下属组织" in page and "市民政局" in page
    assert "通知会同时发送到该邮箱；留空则不发送邮件" in page and 'href="/account/password"' in page
    assert 'href="/account">账号设置</a>' in client.get("/").get_data(as_text=True)


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get("/account")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["office", "unit", "sponsor"])
def test_setting_an_email_on_the_page(app, login_as, role):
    client = login_as(role)
    response = client.post("/account", data={"email": "  someone@example.cn "}, follow_redirects=True)
    assert "已保存：通知会同时发送到 someone@example.cn" in response.get_data(as_text=True)
    assert email_of(app, client.user.id) == "someone@example.cn"
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "user.email"))
        assert (entry.actor_id, entry.target_id, entry.detail) == (client.user.id, client.user.id,
                                                                  {"email": "someone@example.cn"})


@pytest.mark.parametrize(("email", "message"), [
    ("not-an-email", "请填写有效的电子邮箱"),
    ("name@localhost", "请填写有效的电子邮箱"),
    ("两个@example.cn", "请填写有效的电子邮箱"),
    ("a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".cn", "电子邮箱不能超过 254 个字符"),
])
def test_a_bad_email_is_refused_next_to_the_field_and_changes_nothing(app, login_as, email, message):
    client = login_as("sponsor")
    client.post("/account", data={"email": "kept@example.cn"})
    response = client.post("/account", data={"email": email})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert re.search(r'is-invalid[^>]*>\s*<div class="invalid-feedback d-block">' + re.escape(message), page)
    assert email_of(app, client.user.id) == "kept@example.cn"


def test_an_empty_email_turns_mail_off(app, login_as):
    client = login_as("unit")
    client.post("/account", data={"email": "unit@example.cn"})
    response = client.post("/account", data={"email": ""}, follow_redirects=True)
    assert "不再发送邮件通知" in response.get_data(as_text=True)
    assert email_of(app, client.user.id) == ""


def test_the_account_form_needs_its_csrf_token(app, login_as):
    client = login_as("sponsor")
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post("/account", data={"email": "forged@example.cn"})
    assert response.status_code == 400 and email_of(app, client.user.id) == ""
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', client.get("/account").get_data(as_text=True))
    response = client.post("/account", data={"email": "mine@example.cn", "csrf_token": token.group(1)})
    assert response.status_code == 302 and email_of(app, client.user.id) == "mine@example.cn"


# --- the address: the API ------------------------------------------------------------------------

def test_patch_me_sets_and_clears_the_email(app, api_as):
    client = api_as("unit")
    response = client.patch("/api/v1/me", json={"email": " unit@example.cn "})
    assert response.status_code == 200 and response.get_json()["user"]["email"] == "unit@example.cn"
    assert client.get("/api/v1/me").get_json()["user"]["email"] == "unit@example.cn"
    assert client.patch("/api/v1/me", json={}).get_json()["user"]["email"] == "unit@example.cn"
    assert client.patch("/api/v1/me", json={"email": ""}).get_json()["user"]["email"] == ""
    assert email_of(app, client.user.id) == ""


@pytest.mark.parametrize("email", ["not-an-email", "a@b", 42, None, "x" * 250 + "@a.cn"])
def test_patch_me_refuses_a_bad_email(app, api_as, email):
    client = api_as("sponsor")
    client.patch("/api/v1/me", json={"email": "kept@example.cn"})
    response = client.patch("/api/v1/me", json={"email": email})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "invalid" and error["field"] == "email" and "电子邮箱" in error["message"]
    assert email_of(app, client.user.id) == "kept@example.cn"


def test_patch_me_needs_a_token(app, client):
    response = client.patch("/api/v1/me", json={"email": "a@example.cn"})
    assert response.status_code == 401 and response.get_json()["error"]["code"] == "unauthorized"


# --- the address: registration --------------------------------------------------------------------

def test_registration_on_the_page_takes_an_optional_email(app, client):
    assert client.post("/register", data={**REGISTRATION, "email": "laowang@example.cn"}).status_code == 302
    with app.app_context():
        assert db.session.scalar(select(User.email).where(User.username == "laowang")) == "laowang@example.cn"


def test_registration_on_the_page_refuses_a_bad_email_and_creates_nothing(app, client):
    before = count_users(app)
    response = client.post("/register", data={**REGISTRATION, "email": "laowang@"})
    assert response.status_code == 200 and "请填写有效的电子邮箱" in response.get_data(as_text=True)
    assert count_users(app) == before


def test_registration_over_the_api_takes_an_optional_email(app, client):
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "email": "laowang@example.cn"})
    assert response.status_code == 201 and response.get_json()["user"]["email"] == "laowang@example.cn"
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "username": "laoli"})
    assert response.status_code == 201 and response.get_json()["user"]["email"] == ""


@pytest.mark.parametrize("email", ["laowang@", None, 7])
def test_registration_over_the_api_refuses_a_bad_email_and_creates_nothing(app, client, email):
    before = count_users(app)
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "email": email})
    assert response.status_code == 422 and response.get_json()["error"]["field"] == "email"
    assert count_users(app) == before
