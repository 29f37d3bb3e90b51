"""Rows that are only ever appended (a record's history, the audit log, notifications), written
in the caller's transaction in as few round trips as the database allows.

On PostgreSQL they wait for the commit and then go to the server together, as one statement:
the first INSERT, and the others as data-modifying WITH clauses of it. A step wrote its history,
audit and notification rows in three round trips, and each cost the app and the server about
a third of a `hello` in CPU (bench/profile.py). SQLite runs in our process: there is no round
trip to save, so each row is written at once.

What this asks of callers: nothing reads these rows back in the transaction that appends them
(none does: they are for later readers), nothing relies on the order of the ids of rows
appended in one transaction (PostgreSQL runs the WITH clauses in an order of its own), and each
INSERT names every value it writes as a bound parameter (`values_of`), built once at import.

A step's guarded UPDATE (`guard`) goes with them on PostgreSQL: it leads the statement, and
when it finds its row changed by someone else the commit raises its refusal and everything
rolls back, the rows of the WITH clauses included. One statement and one round trip fewer a
step (bench/profile.py: about 0.15 ms of CPU, 5 %). A refusal raised before the commit by what
the step writes itself is weighed against the guard first (`settle_guard`), so a clerk whose
step another clerk has just taken hears that, as when the guard ran first.
"""

import functools

from sqlalchemy import BindParameter, Insert, Table, bindparam, event, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import visitors

from .extensions import db

WAITING = "appended rows"  # the key of a session's waiting rows in session.info


def values_of(table: Table, *columns: str) -> Insert:
    """INSERT INTO table (columns) VALUES (:column, ...): a statement `append` can take."""
    return insert(table).values({name: bindparam(name, type_=table.c[name].type) for name in columns})


def append(statement: Insert, params: dict) -> None:
    """Append a row (or, for INSERT ... SELECT, rows) in the caller's transaction."""
    session = db.session()
    # The connection (and so the session's transaction) first: a rollback before anything else
    # was sent must still end a transaction, whose end forgets the waiting rows.
    if session.connection().dialect.name != "postgresql":
        session.execute(statement, params)
        return
    session.info.setdefault(WAITING, []).append((statement, params))


GUARD = "guarded change"  # the key of a session's waiting guarded UPDATE in session.info


def guard(statement, params: dict, refusal: Exception) -> None:
    """An UPDATE that must change exactly one row, or `refusal` is raised at the commit and
    everything rolls back. On PostgreSQL it waits for the commit and leads the appended rows'
    statement; elsewhere it runs at once."""
    session = db.session()
    # One guard leads the statement; another in the same transaction (none takes two steps
    # today) runs at once, as on SQLite, rather than replace the first.
    if session.connection().dialect.name != "postgresql" or GUARD in session.info:
        if session.execute(statement, params).rowcount != 1:
            raise refusal
        return
    session.info[GUARD] = (returning_id(statement), params, refusal)


def settle_guard() -> None:
    """Run a waiting guard now, when something after it refused: if the guard would have
    failed too, its refusal is the answer (a step another clerk has just taken is what the
    user needs to hear, not what that step's own writes then ran into)."""
    session = db.session()
    guarded = session.info.pop(GUARD, None)
    if not guarded:
        return
    try:
        moved = len(session.execute(*guarded[:2]).all())
    except DBAPIError:  # the transaction had already failed: the first refusal stands
        return
    if moved != 1:
        raise guarded[2]


@functools.lru_cache(maxsize=256)  # one UPDATE per shape of step, built once (workflow.guarded_update)
def returning_id(statement):
    return statement.returning(statement.table.c.id)


@event.listens_for(Session, "before_commit")
def write_waiting_rows(session: Session) -> None:
    waiting = session.info.pop(WAITING, None) or []
    guarded = session.info.pop(GUARD, None)
    if guarded:
        waiting = [guarded[:2], *waiting]
    if not waiting:
        return
    statements, params = zip(*waiting, strict=True)
    numbered = {f"{key}_{number}": value for number, values in enumerate(params) for key, value in values.items()}
    result = session.execute(together(statements), numbered)
    if guarded and len(result.all()) != 1:
        raise guarded[2]


@event.listens_for(Session, "after_transaction_end")
def forget_waiting_rows(session: Session, transaction) -> None:
    """A rollback (or a close without commit) takes the waiting rows back with the rest."""
    if transaction.parent is None:
        session.info.pop(WAITING, None)
        session.info.pop(GUARD, None)


@functools.lru_cache(maxsize=512)  # a transaction appends one of a few dozen sequences of statements
def together(statements: tuple[Insert, ...]) -> Insert:
    """One statement that runs them all; the bound parameters of the n-th are suffixed `_n`."""
    first, *others = (numbered(statement, number) for number, statement in enumerate(statements))
    return first.add_cte(*(other.cte(f"appended_{number}") for number, other in enumerate(others, 1)))


def numbered(statement: Insert, number: int) -> Insert:
    def rename(element):
        # Named parameters only: an anonymous one (a literal in a clause, `role = 'office'`)
        # carries its value and is made unique by the compiler already.
        if isinstance(element, BindParameter) and not element.unique:
            return bindparam(f"{element.key}_{number}", type_=element.type, expanding=element.expanding)
        return None

    return visitors.replacement_traverse(statement, {}, rename)
