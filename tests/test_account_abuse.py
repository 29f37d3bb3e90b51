"""Accounts harder to abuse: the password policy everywhere a password is set, registration
throttled and no more telling than it must be, sign-in limits that cannot lock the owner
out, Retry-After on every 429, limits that survive Redis going away, and production refusing
per-worker limits."""

import logging
import socket

import pytest
from sqlalchemy import select

from matchmaker.auth.models import User
from matchmaker.config import ConfigError, declared_workers, load
from matchmaker.extensions import db, limiter_storage_ok

from . import factories
from .test_execution_helpers import count

REGISTRATION = {"username": "laowang", "kind": "merchant", "name": "老王面馆", "contact_phone": "13800000000"}
WEAK = [
    ("12345678", "常见密码"), ("password", "常见密码"), ("          ", "不能只有空格"), ("laowang", "长度"),
    ("laowang-2026", "用户名"), ("LAOWANG1", "用户名"), ("demo-pass-2026", "演示密码"), ("woaini1314", "常见密码"),
    ("qwertyuiop", "常见密码"), ("aaaaaaaaaa", "容易被猜到"), ("1qaz2wsx", "常见密码"), ("short", "长度"),
]


@pytest.mark.parametrize(("password", "words"), WEAK)
def test_weak_passwords_are_refused_at_registration_over_the_api(app, client, password, words):
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "password": password})
    assert response.status_code == 422 and response.get_json()["error"]["field"] == "password"
    assert words in response.get_json()["error"]["message"]
    assert count(app, User) == 0


@pytest.mark.parametrize(("password", "words"), WEAK[:8])
def test_weak_passwords_are_refused_on_the_registration_page(app, client, password, words):
    response = client.post("/register", data={**REGISTRATION, "password": password})
    assert response.status_code == 200 and words in response.get_data(as_text=True)
    assert count(app, User) == 0


def test_a_good_password_registers(app, client):
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "password": "noodles-by-fenhe-7"})
    assert response.status_code == 201


@pytest.mark.parametrize(("password", "words"), [("12345678", "常见密码"), ("jiaoyu-jiaoyu", "用户名"),
                                                 ("demo-pass-2026", "演示密码")])
def test_weak_passwords_are_refused_for_accounts_the_office_creates_and_resets(app, login_as, password, words):
    office = login_as("office")
    created = office.post("/office/users", data={"role": "unit", "unit": "市教育局", "username": "jiaoyu",
                                                 "password": password, "display_name": ""})
    assert created.status_code == 200 and words in created.get_data(as_text=True)
    assert count(app, User, User.username == "jiaoyu") == 0
    clerk = factories.make_user(app, "unit", username="jiaoyu")
    reset = office.post(f"/office/users/{clerk.id}/password", data={"password": password}, follow_redirects=True)
    assert words in reset.get_data(as_text=True)
    assert app.test_client().post("/login", data={"username": "jiaoyu", "password": clerk.password}).status_code == 302


def test_weak_passwords_are_refused_when_changing_ones_own(app, login_as):
    user = login_as("unit")
    name = user.user.username
    for password, words in [("password", "常见密码"), (f"{name}-{name}", "用户名"), ("demo-pass-2026", "演示密码")]:
        response = user.post("/account/password", data={"old_password": user.user.password, "new_password": password})
        assert response.status_code == 200 and words in response.get_data(as_text=True), password
    assert app.test_client().post("/login", data={"username": user.user.username,
                                                  "password": user.user.password}).status_code == 302


def test_the_demo_seed_still_uses_the_published_password(app):
    from matchmaker.demo import seed_demo

    with app.app_context():
        seed_demo("demo-pass-2026")
        office = db.session.scalar(select(User).where(User.username == "office"))
        assert office is not None
    assert app.test_client().post("/login", data={"username": "office", "password": "demo-pass-2026"}).status_code == 302


# --- registration: throttled, and the taken name told only as much as it must be -----------------

def test_a_taken_username_is_told_only_after_everything_else_passed(app, client):
    factories.make_user(app, "sponsor", username="laowang")
    weak = client.post("/api/v1/auth/register", json={**REGISTRATION, "password": "12345678"})
    assert weak.status_code == 422 and weak.get_json()["error"]["field"] == "password"  # not "taken"
    bad_phone = client.post("/api/v1/auth/register", json={**REGISTRATION, "contact_phone": "x",
                                                           "password": "noodles-by-fenhe-7"})
    assert bad_phone.get_json()["error"]["field"] == "contact_phone"
    taken = client.post("/api/v1/auth/register", json={**REGISTRATION, "password": "noodles-by-fenhe-7"})
    assert taken.status_code == 409 and taken.get_json()["error"]["code"] == "username_taken"


def test_registration_is_throttled_per_address_with_retry_after(make_app, app):
    limited = make_app(RATELIMIT_ENABLED=True, REGISTER_RATE_LIMIT_PER_IP="3/hour")
    client = limited.test_client()
    answers = [client.post("/api/v1/auth/register", json={**REGISTRATION, "username": f"probe{n}",
                                                          "password": "noodles-by-fenhe-7"}).status_code
               for n in range(3)]
    assert answers == [201, 201, 201]
    refused = client.post("/api/v1/auth/register", json={**REGISTRATION, "username": "probe9",
                                                         "password": "noodles-by-fenhe-7"})
    assert refused.status_code == 429 and 3000 < int(refused.headers["Retry-After"]) <= 3600
    page = client.post("/register", data={**REGISTRATION, "username": "probe10", "password": "noodles-by-fenhe-7"})
    assert page.status_code == 429 and "Retry-After" in page.headers
    assert count(limited, User) == 3
    other = limited.test_client().post("/api/v1/auth/register", environ_base={"REMOTE_ADDR": "10.9.9.9"},
                                       json={**REGISTRATION, "username": "elsewhere", "password": "noodles-by-fenhe-7"})
    assert other.status_code == 201


# --- sign-in: the owner cannot be locked out ----------------------------------------------------

def sign_in(app, username, password, address):
    return app.test_client().post("/api/v1/auth/token", json={"username": username, "password": password},
                                  environ_base={"REMOTE_ADDR": address})


def test_a_throttled_username_still_lets_its_owner_in_from_a_known_address(make_app, app):
    limited = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT_PER_USERNAME="3/minute")
    owner = factories.make_user(limited, "office")
    assert sign_in(limited, owner.username, owner.password, "10.0.0.1").status_code == 200  # the owner's office
    strangers = [sign_in(limited, owner.username, "wrong-guess", f"10.6.6.{n}").status_code for n in range(5)]
    assert strangers == [401, 401, 401, 429, 429]
    stranger_with_password = sign_in(limited, owner.username, owner.password, "10.6.6.99")
    assert stranger_with_password.status_code == 429 and int(stranger_with_password.headers["Retry-After"]) >= 1
    assert sign_in(limited, owner.username, owner.password, "10.0.0.1").status_code == 200
    page = limited.test_client().post("/login", data={"username": owner.username, "password": owner.password},
                                      environ_base={"REMOTE_ADDR": "10.0.0.1"})
    assert page.status_code == 302


def test_the_owners_own_failures_from_a_known_address_are_limited_per_address(make_app, app):
    limited = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT_PER_USERNAME="2/minute",
                       LOGIN_RATE_LIMIT_PER_IP="4/minute")
    owner = factories.make_user(limited, "unit")
    assert sign_in(limited, owner.username, owner.password, "10.0.0.1").status_code == 200
    answers = [sign_in(limited, owner.username, "typo-typo", "10.0.0.1").status_code for _ in range(5)]
    assert answers == [401, 401, 401, 401, 429]  # not the per-username 2: the address's own 4


def test_every_429_says_when_to_come_back(make_app, app):
    limited = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT_PER_IP="2/minute")
    client = limited.test_client()
    for n in range(2):
        client.post("/login", data={"username": f"guess{n}", "password": "bad-guess"})
    page = client.post("/login", data={"username": "guess9", "password": "bad-guess"})
    api = client.post("/api/v1/auth/token", json={"username": "guess9", "password": "bad-guess"})
    for response in (page, api):
        assert response.status_code == 429 and 1 <= int(response.headers["Retry-After"]) <= 60


# --- limits' storage: Redis down is not sign-in down; production shares the counts -------------

def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once the probe is closed


def test_sign_in_works_with_redis_unreachable_and_the_limits_go_on_in_memory(make_app, app, caplog, monkeypatch):
    # The migrations' logging setup (alembic.ini) disables loggers that already exist in this
    # process; a served app never runs migrations in its own process.
    monkeypatch.setattr(logging.getLogger("flask-limiter"), "disabled", False)
    down = make_app(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{closed_port()}/15",
                    LOGIN_RATE_LIMIT_PER_USERNAME="3/minute")
    user = factories.make_user(down, "office")
    with caplog.at_level(logging.WARNING):
        assert sign_in(down, user.username, user.password, "10.0.0.1").status_code == 200
        page = down.test_client().post("/login", data={"username": user.username, "password": user.password})
        assert page.status_code == 302
        guesses = [sign_in(down, user.username, "wrong-guess", f"10.6.6.{n}").status_code for n in range(4)]
    assert guesses == [401, 401, 401, 429]  # still limited, in this process's memory
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "in-memory" in r.getMessage()]
    assert len(warnings) == 1, [(r.name, r.getMessage()) for r in caplog.records]
    with down.app_context():
        assert limiter_storage_ok() is False


def test_the_storage_check_is_true_for_memory(app):
    with app.app_context():
        assert limiter_storage_ok() is True


def production_env(monkeypatch, **env):
    monkeypatch.setenv("MATCHMAKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 64)
    for name in ("RATELIMIT_STORAGE_URI", "WEB_CONCURRENCY", "GUNICORN_CMD_ARGS", "FLASK_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("env", [{"WEB_CONCURRENCY": "4"}, {"GUNICORN_CMD_ARGS": "--workers 3 --preload"},
                                 {"GUNICORN_CMD_ARGS": "-w2"}])
def test_production_refuses_per_worker_limits_with_several_workers(monkeypatch, tmp_path, env):
    production_env(monkeypatch, **env)
    with pytest.raises(ConfigError, match="RATELIMIT_STORAGE_URI"):
        load(str(tmp_path))


@pytest.mark.parametrize("env", [{}, {"WEB_CONCURRENCY": "1"},
                                 {"WEB_CONCURRENCY": "4", "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379"}])
def test_production_starts_with_one_worker_or_a_shared_storage(monkeypatch, tmp_path, env):
    production_env(monkeypatch, **env)
    assert load(str(tmp_path))["PRODUCTION"] is True


def test_the_worker_count_is_read_from_gunicorns_command_line():
    assert declared_workers({}, ["/venv/bin/gunicorn", "--preload", "--workers", "4", "wsgi:app"]) == 4
    assert declared_workers({}, ["/venv/bin/gunicorn", "--workers=3", "wsgi:app"]) == 3
    assert declared_workers({}, ["/venv/bin/gunicorn", "-w", "2", "wsgi:app"]) == 2
    assert declared_workers({}, ["/venv/bin/flask", "-w", "5"]) == 1  # not gunicorn's
    assert declared_workers({"WEB_CONCURRENCY": "6"}, ["pytest"]) == 6
