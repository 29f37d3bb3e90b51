"""PostgreSQL connections: pinged before use only after lying idle (database.ping_if_idle), so
that a request on a busy worker pays no round trip for it, and a server restarted while the
site slept costs no visitor an error."""

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DataError, OperationalError

from matchmaker import database
from matchmaker.extensions import db


def server_pid() -> int:
    """The server process behind the session's connection; the connection goes back to the pool."""
    pid = db.session.scalar(text("SELECT pg_backend_pid()"))
    db.session.commit()
    db.session.remove()
    return pid


def cut(app, pid: int) -> None:
    """End that server process from outside, as a restart would."""
    outside = create_engine(app.config["SQLALCHEMY_DATABASE_URI"])
    with outside.begin() as connection:
        assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    outside.dispose()


@pytest.fixture
def pg_app(app):
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        pytest.skip("PostgreSQL's connections; SQLite has none to lose")
    with app.app_context():
        db.engine.dispose()  # one connection in the pool from here on, the one each test uses
    return app


def test_an_idle_connection_cut_meanwhile_is_replaced_before_use(pg_app, monkeypatch):
    monkeypatch.setattr(database, "IDLE_BEFORE_PING", 0.0)  # every connection counts as idle
    with pg_app.app_context():
        first = server_pid()
        cut(pg_app, first)
        assert db.session.scalar(text("SELECT 1")) == 1  # the ping found it dead: a new one
        assert server_pid() != first


def test_a_connection_in_use_moments_ago_is_not_pinged(pg_app, monkeypatch):
    monkeypatch.setattr(database, "IDLE_BEFORE_PING", 3600.0)
    with pg_app.app_context():
        first = server_pid()
        cut(pg_app, first)
        # No ping: the request that meets the cut fails (the app answers its error, cleanly) ...
        with pytest.raises(OperationalError):
            db.session.scalar(text("SELECT 1"))
        db.session.rollback()
        db.session.remove()
        # ... and SQLAlchemy renews the pool: the next one is served.
        assert db.session.scalar(text("SELECT 1")) == 1
        assert server_pid() != first


# --- prepared statements kept (postgres.py) --------------------------------------------------------

def prepared() -> list[str]:
    return db.session.scalars(text("SELECT statement FROM pg_prepared_statements")).all()


def test_pages_that_only_read_keep_their_prepared_statements(pg_app):
    """psycopg prepares a statement on its sixth run and forgets it at a ROLLBACK; a request
    that only read ends with COMMIT instead, so its statements are planned once, not each time."""
    client = pg_app.test_client()
    for _ in range(7):
        assert client.get("/projects").status_code == 200  # the catalogue reads only
    with pg_app.app_context():
        assert any("FROM project" in statement for statement in prepared())


def test_a_transaction_that_wrote_still_rolls_back_for_real(pg_app):
    name = text("SELECT name FROM category WHERE number = 1")
    with pg_app.app_context():
        before = db.session.scalar(name)
        for _ in range(7):
            db.session.scalar(name)
            db.session.rollback()
        assert prepared()
        db.session.execute(text("UPDATE category SET name = '演习' WHERE number = 1"))
        db.session.rollback()
        assert db.session.scalar(name) == before
        with pytest.raises(DataError):  # a failed statement: the transaction aborts, and rolls back
            db.session.execute(text("SELECT 1 / 0"))
        db.session.rollback()
        assert db.session.scalar(text("SELECT 1")) == 1


# --- columns described when asked for (postgres.Cursor) ---------------------------------------------

def test_columns_are_described_as_psycopg_describes_them(pg_app):
    from matchmaker.postgres import Cursor

    with pg_app.app_context():
        cursor = db.session.connection().connection.dbapi_connection.cursor()
        assert isinstance(cursor, Cursor)
        cursor.execute("SELECT 1 AS one, 'x'::text AS two")
        described = cursor.description
        ours = [(column.name, column.type_code) for column in described]
        assert len(described) == 2 and ours == [("one", 23), ("two", 25)]
        assert [c.name for c in described[-1:]] == ["two"]
        cursor.execute("SELECT 1 WHERE false")  # no rows, still a result with columns
        assert len(cursor.description) == 1
        later = cursor.description
        cursor.execute("SET LOCAL statement_timeout = 0")  # no result rows at all
        assert cursor.description is None
        with pytest.raises(RuntimeError):  # asked after the cursor moved on: refused, not wrong
            later[0]
        db.session.rollback()
