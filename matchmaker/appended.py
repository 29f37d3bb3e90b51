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
"""

import functools

from sqlalchemy import BindParameter, Insert, Table, bindparam, event, insert
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


@event.listens_for(Session, "before_commit")
def write_waiting_rows(session: Session) -> None:
    waiting = session.info.pop(WAITING, None)
    if not waiting:
        return
    statements, params = zip(*waiting, strict=True)
    numbered = {f"{key}_{number}": value for number, values in enumerate(params) for key, value in values.items()}
    session.execute(together(statements), numbered)


@event.listens_for(Session, "after_transaction_end")
def forget_waiting_rows(session: Session, transaction) -> None:
    """A rollback (or a close without commit) takes the waiting rows back with the rest."""
    if transaction.parent is None:
        session.info.pop(WAITING, None)


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
