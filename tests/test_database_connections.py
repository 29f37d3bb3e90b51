"""PostgreSQL connections: pinged before use only after lying idle (database.ping_if_idle), so
that a request on a busy worker pays no round trip for it, and a server restarted while the
site slept costs no visitor an error."""

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

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
