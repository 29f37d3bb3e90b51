"""GET /healthz, for load balancers and supervisors; `flask health`, the same from a shell.

{"status", "database", "redis", "migrations"}: 503 when this server cannot serve (the database
is down, or its schema is not at the migrations' head: code ahead of its schema, or behind it,
breaks pages: "behind" before `flask db upgrade`, "ahead" when newer code migrated it); 200 "degraded" when Redis, which holds the sign-in limits, is down (the limiter
falls back to a per-process store: sign-in keeps working, limits are per process meanwhile).
"""

import json
import sys

import click
import redis
from alembic.script import ScriptDirectory
from flask import Blueprint, Flask, current_app, jsonify
from flask.cli import with_appcontext
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .auth.access import public
from .extensions import db, migrate

bp = Blueprint("health", __name__)

REDIS_TIMEOUT = 0.5  # seconds: a health check must answer before the balancer gives up on it


@bp.get("/healthz")
@public
def healthz():
    """Database, Redis and schema: 200 ok or degraded, 503 when the site cannot serve."""
    report = check(current_app)
    return jsonify(report), 503 if report["status"] == "error" else 200


@click.command("health")
@with_appcontext
def health_command() -> None:
    """Print /healthz's report; exit 1 when the site cannot serve (e.g. after a deploy, before
    putting the server back behind the proxy: is the schema at head?)."""
    report = check(current_app)
    click.echo(json.dumps(report, ensure_ascii=False))
    sys.exit(1 if report["status"] == "error" else 0)


def check(app: Flask) -> dict:
    report = {"status": "ok", "database": "up", "redis": redis_state(app), "migrations": "head"}
    revisions = schema_revisions()  # one statement: the database answers, and says its schema
    heads = migration_heads(app)
    if revisions is None:
        report.update(database="down", migrations="unknown")
    elif revisions != heads:
        known = revisions <= all_revisions(app)
        report.update(migrations="behind" if known else "ahead", schema=sorted(revisions), head=sorted(heads))
    if report["database"] == "down" or report["migrations"] != "head":
        report["status"] = "error"
    elif report["redis"] == "down":
        report["status"] = "degraded"
    return report


def schema_revisions() -> set[str] | None:
    """The revisions the database's schema is at (empty: never migrated); None if it is down."""
    try:
        return set(db.session.scalars(text("SELECT version_num FROM alembic_version")))
    except SQLAlchemyError:
        db.session.rollback()
    try:  # no alembic_version table, or no database at all?
        db.session.execute(text("SELECT 1"))
        return set()
    except SQLAlchemyError:
        db.session.rollback()
        return None


def redis_state(app: Flask) -> str:
    client = app.extensions.get("health_redis")
    if client is None:
        uri = app.config.get("RATELIMIT_STORAGE_URI", "")
        if not uri.startswith(("redis://", "rediss://", "unix://")):
            return "not used"
        client = app.extensions["health_redis"] = redis.Redis.from_url(
            uri, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT)
    try:
        client.ping()
    except (redis.RedisError, OSError):
        return "down"
    return "up"


def scripts(app: Flask) -> ScriptDirectory:
    """The migrations this code ships with (read once: they change only with a new release)."""
    if "migration_scripts" not in app.extensions:
        app.extensions["migration_scripts"] = ScriptDirectory.from_config(migrate.get_config())
    return app.extensions["migration_scripts"]


def migration_heads(app: Flask) -> set[str]:
    return set(scripts(app).get_heads())


def all_revisions(app: Flask) -> set[str]:
    return {script.revision for script in scripts(app).walk_revisions()}
