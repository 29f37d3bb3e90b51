"""What an operator relies on: settings that refuse mistakes, HTTPS required in production
and said so, a request id on every answer and log line, one line per error, JSON lines, and
security events in the log (never a password)."""

import json
import logging

import pytest
from flask import Flask

from matchmaker import config, logs
from matchmaker.auth.access import login_required

from . import factories

# --- settings that refuse mistakes -------------------------------------------------------------

@pytest.fixture
def env(monkeypatch):
    for name in ("MATCHMAKER_ENV", "SECRET_KEY", "FLASK_DEBUG", "LOG_FORMAT"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize("name", ["prod", "Production", "production ", "dev", ""])
def test_an_unknown_environment_is_refused(env, tmp_path, name):
    env.setenv("MATCHMAKER_ENV", name)
    env.setenv("SECRET_KEY", "k" * 64)
    with pytest.raises(config.ConfigError, match=f"MATCHMAKER_ENV must be one of development, production, not {name!r}"):
        config.load(str(tmp_path))


@pytest.mark.parametrize("key", ["abc", "k" * 31])
def test_production_refuses_a_short_secret_key(env, tmp_path, key):
    env.setenv("MATCHMAKER_ENV", "production")
    env.setenv("SECRET_KEY", key)
    with pytest.raises(config.ConfigError, match=f"at least 32 characters.*it has {len(key)}"):
        config.load(str(tmp_path))


def test_production_takes_a_key_of_real_length_and_development_needs_none(env, tmp_path):
    env.setenv("MATCHMAKER_ENV", "production")
    env.setenv("SECRET_KEY", "k" * 32)
    settings = config.load(str(tmp_path))
    assert settings["PRODUCTION"] and settings["SECRET_KEY"] == "k" * 32
    env.setenv("MATCHMAKER_ENV", "development")
    env.setenv("SECRET_KEY", "abc")  # a developer's machine may use any key
    assert not config.load(str(tmp_path))["PRODUCTION"]


def test_an_unknown_log_format_is_refused(env, tmp_path):
    env.setenv("LOG_FORMAT", "xml")
    with pytest.raises(config.ConfigError, match="LOG_FORMAT must be text or json"):
        config.load(str(tmp_path), {"SECRET_KEY": "k"})


# --- HTTPS in production -----------------------------------------------------------------------

HTTPS_REQUIRED = "本站只能通过 HTTPS 访问，请使用以 https:// 开头的地址"


def test_plain_http_in_production_is_told_that_https_is_required(make_app, app, caplog):
    production = make_app(PRODUCTION=True, WTF_CSRF_ENABLED=True)
    client = production.test_client()
    user = factories.make_user(production, "sponsor")
    with caplog.at_level(logging.WARNING, logger="matchmaker.security"):
        page = client.post("/login", data={"username": user.username, "password": user.password})
    assert page.status_code == 403 and HTTPS_REQUIRED in page.get_data(as_text=True)
    assert "页面已过期" not in page.get_data(as_text=True)
    assert any("plain HTTP refused in production: POST /login" in r.getMessage() for r in caplog.records)
    api = client.post("/api/v1/auth/token", json={"username": user.username, "password": user.password})
    assert api.status_code == 403
    assert api.get_json() == {"error": {"code": "https_required", "message": HTTPS_REQUIRED}}
    assert client.get("/healthz").status_code == 200  # the proxy's health check comes in plain HTTP


def test_https_in_production_is_served(make_app, app):
    production = make_app(PRODUCTION=True)
    assert production.test_client().get("/login", base_url="https://zyfw.example.cn").status_code == 200
    behind_proxy = make_app(PRODUCTION=True, TRUSTED_PROXIES=1).test_client()
    assert behind_proxy.get("/login", headers={"X-Forwarded-Proto": "https"}).status_code == 200
    assert behind_proxy.get("/login", headers={"X-Forwarded-Proto": "http"}).status_code == 403


def test_plain_http_is_fine_outside_production(client):
    assert client.get("/login").status_code == 200


# --- request ids -------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/login", "/api/v1/categories", "/nothing-here", "/api/v1/matches"])
def test_every_answer_carries_a_fresh_request_id(client, path):
    first, second = (client.get(path).headers["X-Request-ID"] for _ in range(2))
    assert len(first) == 32 and int(first, 16) >= 0 and first != second


def test_a_trusted_proxys_request_id_is_kept_and_anyone_elses_is_not(make_app, app):
    direct = make_app().test_client()
    assert direct.get("/", headers={"X-Request-ID": "nginx-7f3a"}).headers["X-Request-ID"] != "nginx-7f3a"
    proxied = make_app(TRUSTED_PROXIES=1).test_client()
    assert proxied.get("/", headers={"X-Request-ID": "nginx-7f3a"}).headers["X-Request-ID"] == "nginx-7f3a"
    forged = proxied.get("/", headers={"X-Request-ID": "a b INFO forged line"}).headers["X-Request-ID"]
    assert len(forged) == 32 and " " not in forged


# --- errors: one line that says which request, then the traceback -------------------------------

def failing_app(make_app) -> Flask:
    app = make_app()

    @app.get("/boom")
    @login_required
    def boom():
        raise RuntimeError("the disk is full")

    return app


def test_an_error_is_one_line_with_method_path_user_and_request_id(make_app, app, caplog):
    failing = failing_app(make_app)
    user = factories.make_user(failing, "unit")
    client = failing.test_client()
    client.post("/login", data={"username": user.username, "password": user.password})
    with caplog.at_level(logging.ERROR, logger=failing.logger.name):
        response = client.get("/boom?page=2")
    assert response.status_code == 500 and "服务器出错了" in response.get_data(as_text=True)
    request_id = response.headers["X-Request-ID"]
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.getMessage() == (f"GET /boom?page=2 failed: RuntimeError: the disk is full "
                                   f"(user {user.username}, request {request_id})")
    assert record.exc_info[0] is RuntimeError and record.request_id == request_id
    text = logging.Formatter(logs.TEXT).format(record)
    first, *traceback = text.splitlines()
    assert f"[{request_id}]" in first and "GET /boom?page=2 failed" in first
    assert traceback[0] == "Traceback (most recent call last):" and traceback[-1] == "RuntimeError: the disk is full"


def test_json_lines_hold_the_traceback_in_a_field(make_app, app, caplog):
    failing = failing_app(make_app)
    user = factories.make_user(failing, "unit")
    client = failing.test_client()
    client.post("/login", data={"username": user.username, "password": user.password})
    with caplog.at_level(logging.ERROR, logger=failing.logger.name):
        request_id = client.get("/boom").headers["X-Request-ID"]
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    line = logs.JsonLines().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "ERROR" and entry["request_id"] == request_id and entry["user"] == user.username
    assert entry["message"].startswith("GET /boom failed: RuntimeError")
    assert entry["traceback"].endswith("RuntimeError: the disk is full")


def test_log_format_json_switches_the_handler(make_app, app):
    def handler():
        return next(h for h in logging.getLogger().handlers if getattr(h, "matchmaker", False))

    make_app(LOG_FORMAT="json")
    assert isinstance(handler().formatter, logs.JsonLines)
    make_app()
    assert not isinstance(handler().formatter, logs.JsonLines)


# --- security events: logged as well as audited, never a password ---------------------------------

def test_refused_sign_ins_are_logged_without_what_was_typed(client, app, caplog):
    user = factories.make_user(app, "sponsor")
    with caplog.at_level(logging.INFO, logger="matchmaker"):
        client.post("/login", data={"username": user.username, "password": "wrong-Secret-7"})
        client.post("/login", data={"username": "my-Password-99", "password": "x"})  # a password in the wrong field
    lines = [r.getMessage() for r in caplog.records if r.name == "matchmaker.security"]
    assert lines[0] == f"session.refused by - on user {user.username}#{user.id} from 127.0.0.1"
    assert lines[1] == "session.refused by - on an unknown account from 127.0.0.1"
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert "wrong-Secret-7" not in everything and "my-Password-99" not in everything


def test_account_changes_by_the_office_are_logged(login_as, app, caplog):
    office = login_as("office")
    target = factories.make_user(app, "unit")
    with caplog.at_level(logging.INFO, logger="matchmaker.security"):
        office.post(f"/office/users/{target.id}/active")
        office.post(f"/office/users/{target.id}/password", data={"password": "Brand-new-pass-2026"})
    lines = [r.getMessage() for r in caplog.records if r.name == "matchmaker.security"]
    assert f"user.deactivate by {office.user.username} on user {target.username}#{target.id} from 127.0.0.1" in lines
    assert any(line.startswith("user.password_reset by") for line in lines)
    assert not any("Brand-new-pass-2026" in r.getMessage() for r in caplog.records)


def test_throttled_sign_ins_and_forged_forms_are_logged(make_app, app, caplog):
    limited = make_app(RATELIMIT_ENABLED=True, LOGIN_RATE_LIMIT_PER_USERNAME="1/minute", WTF_CSRF_ENABLED=True)
    client = limited.test_client()
    with caplog.at_level(logging.WARNING, logger="matchmaker.security"):
        client.post("/api/v1/auth/token", json={"username": "guessed", "password": "bad"})
        assert client.post("/api/v1/auth/token", json={"username": "guessed", "password": "bad"}).status_code == 429
        assert client.post("/login", data={"username": "x", "password": "y"}).status_code == 400  # no CSRF token
    lines = [r.getMessage() for r in caplog.records if r.name == "matchmaker.security"]
    assert any(line.startswith("rate limit hit: POST /api/v1/auth/token by anonymous from 127.0.0.1") for line in lines)
    assert any(line.startswith("CSRF check failed: POST /login by anonymous") for line in lines)


# --- SQLite writers wait with a deadline ----------------------------------------------------------

@pytest.fixture
def writers_lock_held(make_app, app, database_url):
    """The app with a short deadline, and the SQLite writers' lock held by someone else (as a
    stuck writer in another worker would hold it)."""
    import fcntl
    import os

    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's writers' lock; PostgreSQL has row locks and its own timeouts")
    busy = make_app(SQLITE_WRITE_DEADLINE=0.3)
    path = database_url.removeprefix("sqlite:///") + "-writers.lock"

    def hold():
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        return fd

    yield busy, hold


def test_a_writer_past_its_deadline_answers_503_and_changes_nothing(writers_lock_held):
    import os

    busy, hold = writers_lock_held
    page_user = factories.make_user(busy, "sponsor")
    page = busy.test_client()
    page.post("/login", data={"username": page_user.username, "password": page_user.password})
    api = busy.test_client()
    token = api.post("/api/v1/auth/token", json={"username": page_user.username, "password": page_user.password})
    api.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token.get_json()['token']}"
    fd = hold()
    try:
        refused = api.patch("/api/v1/me", json={"email": "late@example.cn"})
        assert refused.status_code == 503 and refused.headers["Retry-After"] == "5"
        assert refused.get_json() == {"error": {"code": "busy", "message": "服务器正忙，请稍后再试"}}
        shown = page.post("/account", data={"email": "late@example.cn"})
        assert shown.status_code == 503 and "服务器正忙，请稍后再试" in shown.get_data(as_text=True)
    finally:
        os.close(fd)
    assert api.get("/api/v1/me").get_json()["user"]["email"] == ""  # nothing was written
    assert api.patch("/api/v1/me", json={"email": "now@example.cn"}).status_code == 200  # the lock is free again
