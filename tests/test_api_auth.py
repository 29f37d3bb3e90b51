"""The API's token flow, registration and the one shape of its errors."""

import pytest

from . import factories


def test_token_flow(app, client):
    user = factories.make_user(app, "unit")
    response = client.post("/api/v1/auth/token", json={"username": user.username, "password": user.password})
    assert response.status_code == 200
    body = response.get_json()
    assert body["user"] == {"id": user.id, "username": user.username, "role": "unit", "name": "市民政局",
                            "email": ""}
    headers = {"Authorization": f"Bearer {body['token']}"}
    assert client.get("/api/v1/me", headers=headers).get_json()["user"]["id"] == user.id
    assert client.delete("/api/v1/auth/token", headers=headers).status_code == 204
    refused = client.get("/api/v1/me", headers=headers)
    assert refused.status_code == 401
    assert refused.get_json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize(
    "credentials",
    [{"username": "nobody", "password": "whatever-1"}, {"username": "office1", "password": "wrong-pass"}, {}],
)
def test_bad_credentials_get_401_with_one_message(app, client, credentials):
    factories.make_user(app, "office", username="office1")
    response = client.post("/api/v1/auth/token", json=credentials)
    assert response.status_code == 401
    assert response.get_json() == {"error": {"code": "invalid_credentials", "message": "用户名或密码错误"}}


def test_malformed_json_is_a_400(client):
    response = client.post("/api/v1/auth/token", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "malformed_json"


def test_json_that_is_not_an_object_is_a_422(client):
    response = client.post("/api/v1/auth/register", json=["a", "list"])
    assert response.status_code == 422


def test_a_session_cookie_does_not_authenticate_the_api(login_as):
    """The API is Bearer-only, so a page's cookie can never be used for cross-site requests."""
    client = login_as("office")
    assert client.get("/api/v1/me").status_code == 401


def test_token_of_a_deactivated_user_stops_working(app, api_as):
    from matchmaker.auth.models import User
    from matchmaker.auth.operations import set_active
    from matchmaker.extensions import db

    client = api_as("sponsor")
    office = factories.make_user(app, "office")
    with app.app_context():
        set_active(db.session.get(User, client.user.id), False, db.session.get(User, office.id))
    assert client.get("/api/v1/me").status_code == 401


def test_register_over_the_api(client):
    body = {"username": "pharmacy", "password": "medicine-2026", "kind": "enterprise", "name": "康宁连锁药店"}
    response = client.post("/api/v1/auth/register", json=body)
    assert response.status_code == 201
    assert response.get_json()["user"]["role"] == "sponsor"
    again = client.post("/api/v1/auth/register", json=body)
    assert again.status_code == 409
    assert again.get_json()["error"] == {"code": "username_taken", "message": "该用户名已被使用", "field": "username"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "ministry"}, "kind"),
        ({"name": None}, "name"),
        ({"name": 12}, "name"),
        ({"name": "名" * 61}, "name"),
        ({"username": "no spaces"}, "username"),
        ({"password": "short"}, "password"),
        ({"password": 123456789}, "password"),
        ({"district": "海淀区"}, "district"),
    ],
)
def test_bad_registration_over_the_api(client, change, field):
    body = {"username": "pharmacy", "password": "medicine-2026", "kind": "enterprise", "name": "康宁连锁药店"}
    response = client.post("/api/v1/auth/register", json={**body, **change})
    assert response.status_code == 422
    assert response.get_json()["error"]["field"] == field
    assert client.post("/api/v1/auth/token", json={"username": "pharmacy", "password": "medicine-2026"}).status_code == 401


def test_api_token_endpoint_is_throttled(make_app, app):
    limited = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT_PER_USERNAME="2/minute")
    client = limited.test_client()
    for _ in range(2):
        assert client.post("/api/v1/auth/token", json={"username": "x1", "password": "bad"}).status_code == 401
    response = client.post("/api/v1/auth/token", json={"username": "x1", "password": "bad"})
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "too_many_requests"


def test_unknown_api_route_is_json_404(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok", "database": "up", "redis": "not used", "migrations": "head"}
