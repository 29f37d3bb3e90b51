"""What SQLAlchemy's defaults do not give: per-connection settings its URL cannot express, a
ping for idle connections only, PostgreSQL statements prepared once for good (postgres.py),
SQLite writers that wait their turn in a queue, a commit that keeps what was just written in
memory, and a new record written by one plain INSERT."""

import fcntl
import functools
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from flask import Flask
from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import make_transient_to_detached

from .appended import append, values_of
from .errors import Overloaded
from .extensions import db


def tune_connections(app: Flask) -> None:
    with app.app_context():
        if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
            event.listen(db.engine, "connect", sqlite_pragmas)
        else:
            from . import postgres  # psycopg's libpq is loaded only when it is used

            postgres.keep_prepared_statements(db.engine)
            event.listen(db.engine, "checkin", note_idle_since)
            event.listen(db.engine, "checkout", ping_if_idle)


# A server connection left unused this long is tried before a request gets it (a database
# restarted at night). One in use moments ago is not: SQLAlchemy's pre-ping on every checkout
# cost each request a round trip, a tenth of a pledge's CPU. A connection that breaks in use
# fails its request with our JSON or page error (500), nothing half written, and SQLAlchemy then
# renews every connection of the pool.
IDLE_BEFORE_PING = 10.0  # seconds


def note_idle_since(_dbapi_connection, record) -> None:
    record.info["idle since"] = time.monotonic()


def ping_if_idle(dbapi_connection, record, _proxy) -> None:
    idle_since = record.info.get("idle since")
    if idle_since is None or time.monotonic() - idle_since < IDLE_BEFORE_PING:
        return
    try:
        dbapi_connection.cursor().execute("SELECT 1")
        dbapi_connection.commit()  # not a rollback: psycopg would forget its prepared statements
    except Exception as error:  # noqa: BLE001  whatever broke it, the pool replaces it
        raise DisconnectionError(f"an idle connection failed its ping: {error}") from error


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

    A writer waits at most `deadline` seconds (SQLITE_WRITE_DEADLINE, with_deadline()), then
    gives up with Overloaded: the visitor is told to try again (503) instead of waiting behind
    a stuck writer for ever. flock() itself cannot time out, so a writer that finds the lock
    taken waits for it in a helper thread, on a file descriptor of its own (see wait_in_line).
    """

    deadline: float | None = None  # seconds; None waits as long as it takes

    def __init__(self, database, *args, **kwargs):
        super().__init__(database, *args, **kwargs)
        path = os.fspath(database)
        in_file = path not in ("", ":memory:") and not kwargs.get("uri")
        self.lock_path = f"{path}-writers.lock"
        self.turn = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600) if in_file else None
        self.held = None  # the descriptor that holds the turn while writing (self.turn, or a waiter's)
        self.writing = False

    def cursor(self, factory=None):
        return super().cursor(factory or TurnTakingCursor)

    def execute(self, statement, parameters=(), /):  # sqlite3's shortcut does not call cursor()
        return self.cursor().execute(statement, parameters)

    def executemany(self, statement, parameters, /):
        return self.cursor().executemany(statement, parameters)

    def wait_turn(self, statement: str) -> None:
        if self.turn is not None and not self.writing and not self.in_transaction and opens_write(statement):
            self.held = self.take_turn()
            self.writing = True

    def take_turn(self) -> int:
        try:
            fcntl.flock(self.turn, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free: the common case, no thread
            return self.turn
        except BlockingIOError:
            pass
        if self.deadline is None:
            fcntl.flock(self.turn, fcntl.LOCK_EX)
            return self.turn
        held = wait_in_line(self.lock_path, self.deadline)
        if held is None:
            raise Overloaded(f"SQLite writers' lock not free after {self.deadline:g} s")
        return held

    def end_turn(self) -> None:
        if self.writing and not self.in_transaction:
            fcntl.flock(self.held, fcntl.LOCK_UN)
            if self.held != self.turn:
                os.close(self.held)
            self.held, self.writing = None, False

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
        if self.held is not None and self.held != self.turn:
            os.close(self.held)
        if self.turn is not None:
            os.close(self.turn)  # gives back the turn too, if a failure left it held
        self.turn, self.held, self.writing = None, None, False


def with_deadline(seconds: float | None) -> type[WritersTakeTurns]:
    """The connection class for an engine whose writers wait at most `seconds` for their turn."""
    return type("WritersTakeTurns", (WritersTakeTurns,), {"deadline": seconds})


def wait_in_line(lock_path: str, seconds: float) -> int | None:
    """Wait at most `seconds` for the writers' lock: a descriptor holding it, or None.

    A helper thread blocks in flock() on a descriptor of its own (its own open file, so that
    nothing it does can touch the connection's). Past the deadline the waiter is abandoned:
    should it get the lock later, it gives it straight back.
    """
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    got, guard, abandoned = threading.Event(), threading.Lock(), []

    def wait() -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with guard:
            if not abandoned:
                got.set()
                return
        os.close(fd)  # gives the lock back

    threading.Thread(target=wait, name="sqlite-writers-turn", daemon=True).start()
    if got.wait(seconds):
        return fd
    with guard:
        if got.is_set():  # got it just now
            return fd
        abandoned.append(True)
    return None


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


def insert_row(record) -> None:
    """Write a new record by one INSERT and keep it in the session as the row it now is.

    What a flush of one new object does, for a fraction of its CPU (the unit of work sorts,
    cascades and bookkeeps for any number of objects; for one row that was most of a pledge's
    cost). The row holds the columns set on the record, the foreign keys of the many-to-one
    relations set on it, and each other column's default, as the record now does too;
    relations set on it stay loaded (a new record's empty collections included). Only for a
    record whose relations are all already in the database.

    A record whose id was drawn beforehand (`drawn_id`, PostgreSQL only) is not written now:
    its INSERT waits for the commit with the rows appended after it (appended.py), one
    statement and one round trip fewer.
    """
    plan = insert_plan(type(record))
    given = inspect(record).dict
    values = {key: given[key] for key in plan.columns if key in given}
    for relation, pairs in plan.relations:
        if (related := given.get(relation)) is not None:
            values.update((local, getattr(related, remote)) for local, remote in pairs)
    for key, default in plan.defaults:
        if key not in values:
            values[key] = default.arg(None) if default.is_callable else default.arg
    if values.get(plan.key) is not None and not plan.server_defaults.difference(values):
        # Nothing will be read back: what the row holds for a column nobody set is NULL.
        values.update((key, None) for key in plan.columns if key not in values)
        append(waiting_insert(type(record), tuple(values)), values)
    else:
        values[plan.key] = db.session.execute(plan.statement, values).scalar_one()
    for name, value in values.items():
        setattr(record, name, value)
    make_transient_to_detached(record)  # as if loaded: nothing left for a flush to write
    db.session.add(record)


@functools.lru_cache(maxsize=64)
def waiting_insert(model, columns: tuple[str, ...]):
    """The INSERT of a record with a drawn id, for the appended rows: one per set of columns."""
    return values_of(inspect(model).local_table, *columns)


def drawn_id(model):
    """The next id of `model`'s table, drawn from its sequence, to read with the query before an
    insert_row (PostgreSQL: a scalar subquery, evaluated once a query whatever its rows); None
    on a database without sequences, where insert_row writes at once. A request refused after
    the read leaves a gap in the ids, as a rolled-back INSERT always did."""
    if db.engine.dialect.name != "postgresql":
        return None
    return _next_id(inspect(model).local_table.name)


@functools.cache
def _next_id(table: str):
    return select(func.nextval(func.pg_get_serial_sequence(table, "id"))).scalar_subquery()


@dataclass(frozen=True)
class InsertPlan:
    statement: object  # INSERT ... RETURNING the primary key
    key: str
    columns: tuple[str, ...]
    relations: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # many-to-one: (relation, ((local, remote), ...))
    defaults: tuple[tuple[str, object], ...]
    server_defaults: frozenset[str]  # columns the database fills in itself when not given


@functools.cache
def insert_plan(model) -> InsertPlan:
    """What insert_row needs to know of a model, worked out once."""
    mapper = inspect(model)
    table, key = mapper.local_table, mapper.primary_key[0]
    return InsertPlan(
        statement=insert(table).returning(key),
        key=key.key,
        columns=tuple(prop.key for prop in mapper.column_attrs),
        relations=tuple((relation.key, tuple((local.key, remote.key) for local, remote in relation.local_remote_pairs))
                        for relation in mapper.relationships if relation.direction.name == "MANYTOONE"),
        defaults=tuple((column.key, column.default) for column in table.columns
                       if column.default is not None and not column.primary_key),
        server_defaults=frozenset(column.key for column in table.columns if column.server_default is not None),
    )
