"""Office staff create unit and office accounts; nobody else may."""

import pytest
from sqlalchemy import select

from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.extensions import db

OFFICE_PAGES = [("get", "/office/users"), ("post", "/office/users/1/active"), ("post", "/office/users/1/password")]


@pytest.mark.parametrize(("method", "path"), OFFICE_PAGES)
def test_anonymous_is_sent_to_login(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["unit", "sponsor"])
@pytest.mark.parametrize(("method", "path"), OFFICE_PAGES)
def test_other_roles_are_refused(login_as, role, method, path):
    response = getattr(login_as(role), method)(path)
    assert response.status_code == 403 and "您无权执行此操作" in response.get_data(as_text=True)


def test_office_creates_a_unit_account(app, login_as):
    client = login_as("office")
    response = client.post(
        "/office/users",
        data={"role": "unit", "unit": "市教育局", "username": "jiaoyu", "password": "school-2026", "display_name": ""},
    )
    assert response.status_code == 302
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == "jiaoyu"))
        assert user.unit.name == "市教育局" and user.display_name == "市教育局"
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "user.create"))
        assert entry.actor_id == client.user.id and entry.target_id == user.id
    fresh = app.test_client()
    assert fresh.post("/login", data={"username": "jiaoyu", "password": "school-2026"}).status_code == 302


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"role": "unit", "unit": ""}, "请选择一个已存在的单位"),
        ({"role": "office", "unit": "市教育局"}, "只有单位账号可以关联单位"),
        ({"role": "unit", "unit": "市教育局", "username": "office1"}, "该用户名已被使用"),
        ({"role": "unit", "unit": "市教育局", "password": "1234"}, "密码长度"),
    ],
)
def test_office_account_creation_refusals(app, login_as, data, message):
    client = login_as("office", username="office1")
    form = {"username": "newuser", "password": "long-enough-1", "display_name": "", **data}
    response = client.post("/office/users", data=form)
    assert message in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(User).where(User.username == "newuser")) is None


def test_deactivation_ends_the_users_sessions_at_once(app, login_as):
    office = login_as("office")
    unit = login_as("unit")
    assert unit.get("/account/password").status_code == 200
    assert office.post(f"/office/users/{unit.user.id}/active").status_code == 302
    assert unit.get("/account/password").status_code == 302
    office.post(f"/office/users/{unit.user.id}/active")  # reactivate
    assert app.test_client().post(
        "/login", data={"username": unit.user.username, "password": unit.user.password}
    ).status_code == 302


def test_office_cannot_deactivate_itself(app, login_as):
    office = login_as("office")
    office.post(f"/office/users/{office.user.id}/active")
    assert office.get("/office/users").status_code == 200


def test_password_reset_by_office(app, login_as):
    office = login_as("office")
    unit = login_as("unit")
    office.post(f"/office/users/{unit.user.id}/password", data={"password": "reset-by-office"})
    assert unit.get("/account/password").status_code == 302
    assert app.test_client().post(
        "/login", data={"username": unit.user.username, "password": "reset-by-office"}
    ).status_code == 302
