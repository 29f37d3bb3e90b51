"""What SQLAlchemy's defaults do not give: per-connection settings its URL cannot express,
SQLite writers that wait their turn in a queue, and a commit that keeps what was just
written in memory."""

import fcntl
import os
import sqlite3
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


class WritersTakeTurns(sqlite3.Connection):
    """An SQLite connection whose write transactions queue on a lock file beside the database.

    SQLite lets one writer in at a time; the others poll, sleeping up to 100 ms between tries,
    so under load a write waits for the one before it and then for the end of a nap (a pledge's
    p99 at 32 connections was twice its median). Queued on flock() instead, the next writer is
    woken the moment the lock is free. The turn is taken where Python's sqlite3 opens a write
    transaction, at the first INSERT, UPDATE, DELETE or REPLACE, and given back when it ends;
    reads never wait. SQLite's own lock and busy timeout stay, for writers outside the app.
    """

    def __init__(self, database, *args, **kwargs):
        super().__init__(database, *args, **kwargs)
        path = os.fspath(database)
        in_file = path not in ("", ":memory:") and not kwargs.get("uri")
        self.turn = os.open(f"{path}-writers.lock", os.O_RDWR | os.O_CREAT, 0o600) if in_file else None
        self.writing = False

    def cursor(self, factory=None):
        return super().cursor(factory or TurnTakingCursor)

    def execute(self, statement, parameters=(), /):  # sqlite3's shortcut does not call cursor()
        return self.cursor().execute(statement, parameters)

    def executemany(self, statement, parameters, /):
        return self.cursor().executemany(statement, parameters)

    def wait_turn(self, statement: str) -> None:
        if self.turn is not None and not self.writing and not self.in_transaction and opens_write(statement):
            fcntl.flock(self.turn, fcntl.LOCK_EX)
            self.writing = True

    def end_turn(self) -> None:
        if self.writing and not self.in_transaction:
            fcntl.flock(self.turn, fcntl.LOCK_UN)
            self.writing = False

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self.end_turn()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self.end_turn()

    def close(self) -> None:
        super().close()
        if self.turn is not None:
            os.close(self.turn)  # gives back the turn too, if a failure left it held
            self.turn, self.writing = None, False


class TurnTakingCursor(sqlite3.Cursor):
    def execute(self, statement, parameters=(), /):
        self.connection.wait_turn(statement)
        return super().execute(statement, parameters)

    def executemany(self, statement, parameters, /):
        self.connection.wait_turn(statement)
        return super().executemany(statement, parameters)


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")  # what makes Python's sqlite3 begin a transaction


def opens_write(statement: str) -> bool:
    return statement.lstrip()[:7].upper().startswith(WRITES)


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
