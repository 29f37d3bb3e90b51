"""Fixtures: a migrated test database (SQLite, or PostgreSQL via TEST_DATABASE_URL), the app,
clients signed in as each role.

No fixture keeps an application context open during a test: Flask 3.1 would let every
request reuse it, sharing `g` and the database session between requests as no real
server does. Tests open `with app.app_context():` where they read the database.
"""

import os

import flask_migrate
import pytest
from sqlalchemy import create_engine, text

from matchmaker import config, create_app
from matchmaker.catalog.seed import seed_programmes
from matchmaker.extensions import db, limiter

from . import factories


def pytest_collection_modifyitems(items):
    """Tests that touch no database run once; `make test` reruns the rest on PostgreSQL."""
    for item in items:
        if "app" not in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.pure)


def pytest_configure(config):
    config.addinivalue_line("markers", "pure: touches no database (not rerun on PostgreSQL)")
    config.addinivalue_line(
        "markers",
        "one_database: uses the database, but what it proves does not depend on which one (what a browser "
        "draws, Redis-shared limits, log lines): runs in the SQLite pass only, not rerun on PostgreSQL",
    )
    config.addinivalue_line("markers", "serial: restarts the shared database server, so runs alone")
    compile_url_builders_once()
    compile_statements_once()


def compile_url_builders_once() -> None:
    """Every test builds an app of its own, and most of create_app's time (about 60 of 80 ms,
    a fifth of a typical test's) is werkzeug compiling the URL builder of each of the ~160
    routes from an AST, the same code for the same rule every time. In the test process only,
    a rule without defaults reuses the builder compiled for an identical earlier rule: the
    builder is plain code of the rule's parsed parts that takes the rule as its `self`, so
    url_for answers exactly as before. gunicorn and the flask commands started by the tests
    compile as production does."""
    from werkzeug.routing.rules import Rule

    compile_builder = Rule._compile_builder
    compiled = {}

    def reuse_builder(self, append_unknown: bool = True):
        if self.defaults:  # a default's value is baked into the code: not worth keying on
            return compile_builder(self, append_unknown)
        key = (self.rule, tuple(self._trace), append_unknown)
        if key not in compiled:
            compiled[key] = compile_builder(self, append_unknown)
        return compiled[key]

    Rule._compile_builder = reuse_builder


def compile_statements_once() -> None:
    """A production worker has one engine, whose cache keeps each statement compiled to SQL
    after its first use. Every test builds an app and so an engine of its own, and compiled
    each of its statements anew: a third of a typical test's time on PostgreSQL. In the test
    process only, engines made with the same options share the first one's dialect and
    compiled-statement cache (the cache is keyed by dialect), each keeping its own pool and
    connection events, so what runs is what production runs on a warm worker."""
    from flask_sqlalchemy import SQLAlchemy

    make_engine = SQLAlchemy._make_engine
    first_made: dict[str, tuple] = {}

    def make_engine_sharing_compiled_statements(self, bind_key, options, app):
        engine = make_engine(self, bind_key, options, app)
        key = repr(sorted(options.items(), key=lambda item: item[0]))
        if key in first_made:
            engine.dialect, engine._compiled_cache = first_made[key]
        else:
            first_made[key] = engine.dialect, engine._compiled_cache
        return engine

    SQLAlchemy._make_engine = make_engine_sharing_compiled_statements


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    """SQLite in a temporary folder, or a schema of its own in TEST_DATABASE_URL's database,
    so that two test runs on one PostgreSQL server never touch each other's tables."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        yield f"sqlite:///{tmp_path_factory.mktemp('db')}/test.sqlite"
        return
    url = config.database_url(url, "")
    schema = f"test_run_{os.getpid()}"
    engine = create_engine(url, pool_pre_ping=True)  # the fault tests restart the server
    with engine.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
    yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    engine.dispose()


def settings(database_url: str, **overrides) -> dict:
    return {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "DATA_VERSION_RECHECK_SECONDS": 0,  # look for changes on every request
        "PUBLIC_PAGE_CACHE_SECONDS": 0,  # every request renders afresh
        **overrides,
    }


def drop_everything() -> None:
    """Leave the database empty, whatever an earlier run left in it."""
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar()
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    else:
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


def clear_tables() -> None:
    tables = [t for t in reversed(db.metadata.sorted_tables)]
    if db.engine.dialect.name == "postgresql":
        # DELETE, not one TRUNCATE of every table: TRUNCATE gives each table and index a new
        # file, four times the time of deleting a test's few rows, and waits for the locks of a
        # live server's workers.
        # Tables with a trigger of ours (the audit log refuses DELETE, migration 0006) are
        # truncated, when they hold rows; identities restart at 1 as after TRUNCATE … RESTART.
        guarded = set(db.session.scalars(text(
            "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace")))
        holding = [name for name in sorted(guarded)
                   if db.session.scalar(text(f'SELECT EXISTS (SELECT FROM "{name}")'))]  # noqa: S608 (our tables)
        quoted = ", ".join(f'"{name}"' for name in holding)
        statements = [f"TRUNCATE {quoted} CASCADE"] if holding else []
        statements += [f'DELETE FROM "{t.name}"' for t in tables if t.name not in guarded]  # noqa: S608 (ours)
        statements.append("SELECT setval(c.oid, 1, false) FROM pg_class c "
                          "WHERE c.relkind = 'S' AND c.relnamespace = current_schema()::regnamespace")
        db.session.execute(text("; ".join(statements)))
    else:
        # The audit log's triggers refuse DELETE (migration 0006): they step aside meanwhile.
        triggers = db.session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
        for name, _ in triggers:
            db.session.execute(text(f'DROP TRIGGER "{name}"'))
        for table in tables:
            db.session.execute(table.delete())
        for _, create in triggers:
            db.session.execute(text(create))
    db.session.commit()


@pytest.fixture(scope="session")
def migrated_database(database_url) -> str:
    """The test database, built from nothing by the migrations as production builds it."""
    app = create_app(settings(database_url))
    with app.app_context():
        drop_everything()
        flask_migrate.upgrade()
        db.engine.dispose()
    return database_url


@pytest.fixture
def make_app(migrated_database):
    """Build an app on the clean test database, with settings for this test."""
    apps = []

    def build(**overrides):
        # The limiter is one object for every app of this process, and it remembers a storage
        # it found dead (a test with Redis unreachable) into the next app: that app's first
        # counts then went to the fallback and the rest to its own storage, so a limit could
        # let a request too many through, in some orders of the tests. A served process makes
        # one app; so does each test, with a limiter as fresh as a new process's.
        limiter._storage_dead = False  # noqa: SLF001
        app = create_app(settings(migrated_database, **overrides))
        apps.append(app)
        return app

    yield build
    for app in apps:
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    app = make_app()
    with app.app_context():
        clear_tables()
        seed_programmes()
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def login_as(app):
    """A fresh client signed in (through the login form) as a new user of `role`."""

    def sign_in(role: str, **kwargs):
        user = factories.make_user(app, role, **kwargs)
        client = app.test_client()
        response = client.post("/login", data={"username": user.username, "password": user.password})
        assert response.status_code == 302, response.get_data(as_text=True)
        client.user = user
        return client

    return sign_in


@pytest.fixture
def api_as(app):
    """A client that sends a Bearer token for a new user of `role`."""

    def with_token(role: str, **kwargs):
        user = factories.make_user(app, role, **kwargs)
        client = app.test_client()
        response = client.post("/api/v1/auth/token", json={"username": user.username, "password": user.password})
        assert response.status_code == 200, response.get_data(as_text=True)
        token = response.get_json()["token"]
        client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
        client.user, client.token = user, token
        return client

    return with_token
