"""/healthz and `flask health`: the database, Redis (the sign-in limits' store) and whether the
schema is at the migrations' head; 503 only when the site cannot serve."""

import json

import pytest
import redis
from sqlalchemy import text

from matchmaker.extensions import db

from .test_email_notifications import free_port

REDIS = "redis://127.0.0.1:6379/0"  # pinged only; nothing is written


def health(app):
    response = app.test_client().get("/healthz")
    return response.status_code, response.get_json()


def test_all_well(app):
    assert health(app) == (200, {"status": "ok", "database": "up", "redis": "not used", "migrations": "head"})


def test_redis_up_is_reported(make_app):
    try:
        redis.Redis.from_url(REDIS, socket_timeout=1).ping()
    except redis.RedisError:
        pytest.skip(f"no Redis at {REDIS}")
    assert health(make_app(RATELIMIT_STORAGE_URI=REDIS)) == (
        200, {"status": "ok", "database": "up", "redis": "up", "migrations": "head"})


def test_redis_down_is_reported_but_the_site_still_serves(make_app):
    status, report = health(make_app(RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{free_port()}"))
    assert status == 200 and report == {"status": "degraded", "database": "up", "redis": "down", "migrations": "head"}


@pytest.mark.parametrize("url", [
    "sqlite:////nonexistent-folder/matchmaker.sqlite",
    "postgresql+psycopg://postgres@127.0.0.1:{port}/matchmaker?connect_timeout=2",
])
def test_a_database_that_is_down_answers_503(make_app, url):
    app = make_app(SQLALCHEMY_DATABASE_URI=url.format(port=free_port()))
    status, report = health(app)
    assert status == 503
    assert report == {"status": "error", "database": "down", "redis": "not used", "migrations": "unknown"}


@pytest.fixture
def schema_at(app):
    """Pretend the database's schema is at another revision; put it back after the test."""
    with app.app_context():
        real = db.session.scalar(text("SELECT version_num FROM alembic_version"))

    def set_revision(revision):
        with app.app_context():
            db.session.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
            db.session.commit()

    yield set_revision
    set_revision(real)


def test_a_schema_behind_the_code_answers_503(app, schema_at):
    with app.app_context():
        head = db.session.scalar(text("SELECT version_num FROM alembic_version"))
    schema_at("0005")
    status, report = health(app)
    assert status == 503
    assert report == {"status": "error", "database": "up", "redis": "not used", "migrations": "behind",
                      "schema": ["0005"], "head": [head]}


def test_a_schema_migrated_by_newer_code_answers_503(app, schema_at):
    schema_at("9999")
    status, report = health(app)
    assert status == 503 and report["migrations"] == "ahead" and report["schema"] == ["9999"]


def test_the_command_says_the_same_and_exits_1_when_not_ready(app, schema_at):
    result = app.test_cli_runner().invoke(args=["health"])
    assert result.exit_code == 0 and json.loads(result.output)["status"] == "ok"
    schema_at("0005")
    result = app.test_cli_runner().invoke(args=["health"])
    assert result.exit_code == 1 and json.loads(result.output)["migrations"] == "behind"
