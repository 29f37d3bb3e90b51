"""What SQLAlchemy's defaults do not give: per-connection settings its URL cannot express,
and a commit that keeps what was just written in memory."""

from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask
from sqlalchemy import event

from .extensions import db


def tune_connections(app: Flask) -> None:
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        return
    with app.app_context():
        event.listen(db.engine, "connect", sqlite_pragmas)


def sqlite_pragmas(connection, _record) -> None:
    """WAL lets readers run beside a writer; foreign keys are off in SQLite unless asked."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@contextmanager
def kept_after_commit() -> Iterator[None]:
    """Objects stay loaded through the commits inside this block.

    After a commit SQLAlchemy forgets every attribute, so answering with a record just
    created reads it all back, a query per relation. Inside this block the caller answers
    from what it has just written itself. Only for records the block created: a row changed
    by a guarded UPDATE would show its value from before the UPDATE.
    """
    session = db.session()
    session.expire_on_commit = False
    try:
        yield
    finally:
        session.expire_on_commit = True
