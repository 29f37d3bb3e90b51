"""PostgreSQL connections that keep their prepared statements when a transaction that only read
ends, and cursors that describe a result's columns only when asked (`Cursor`, below).

psycopg prepares a statement on the server once it has run five times on a connection, and the
server then plans it once instead of on every run. But psycopg forgets every prepared statement
(and has the server forget them) at each ROLLBACK, in case the rollback undid a schema change
they depend on; and every request that only reads ends its transaction with one, as SQLAlchemy
ends any transaction nobody committed. So no page ever ran a prepared statement, and every
write after a page started again: each statement was planned anew, 0.1-0.4 ms of the server's
CPU each, about 1 ms of a project page's (pg_stat_statements).

Here a transaction that ran only SELECTs is committed just before SQLAlchemy rolls it back: to
the server the same (it wrote nothing, so there is nothing to keep or undo), and psycopg's
rollback then finds no transaction and forgets nothing. After any other statement, or a failed
one, the ROLLBACK is real, as before. The app changes no schema while it serves (migrations run
before it starts).
"""

from collections.abc import Sequence

import psycopg
from psycopg.pq import ExecStatus, TransactionStatus
from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection

WROTE = "wrote"  # in the connection's info: a statement other than a SELECT since it was last rolled back or checked in


def keep_prepared_statements(engine: Engine) -> None:
    event.listen(engine, "before_cursor_execute", note_writes, retval=True)
    event.listen(engine, "rollback", commit_if_it_only_read)
    event.listen(engine, "checkin", forget_writes)


def note_writes(connection: Connection, _cursor, statement: str, parameters, *_):
    """Run for every statement, so as little as can be: our SELECTs start with the word (none
    calls a function that writes; a sequence's nextval is not undone by a rollback either).
    Anything else counts as a write, a WITH that may hold an INSERT included."""
    if not statement.startswith("SELECT"):
        connection.info[WROTE] = True
    return statement, parameters


def commit_if_it_only_read(connection: Connection) -> None:
    if connection.invalidated or connection.info.pop(WROTE, False):
        return
    dbapi_connection = connection.connection.dbapi_connection
    if dbapi_connection.info.transaction_status is TransactionStatus.INTRANS:  # not failed, nor idle
        dbapi_connection.commit()


def forget_writes(_dbapi_connection, record) -> None:
    """At the end of a request. A commit does not forget them: the flag left standing only makes
    the next rollback a real one, and a commit listener cost every write a little."""
    record.info.pop(WROTE, None)


# --- columns described when asked for ----------------------------------------------------------

RETURNS_ROWS = (ExecStatus.TUPLES_OK, ExecStatus.SINGLE_TUPLE, ExecStatus.TUPLES_CHUNK)


class Cursor(psycopg.Cursor):
    """psycopg describes every column of a result (a `Column` object each, with a lookup of its
    type) whenever `description` is read, and SQLAlchemy reads it after every statement; for one
    it has run before it knows the columns already and only looks whether rows came back. A step
    described 65 columns this way, about 300 of its 4,800 Python calls. Here the columns are
    described when first asked for."""

    @property
    def description(self):
        result = self.pgresult
        if result is None or not (result.nfields or result.status in RETURNS_ROWS):
            return None
        return Described(self, result)


class Described(Sequence):
    def __init__(self, cursor: Cursor, result) -> None:
        self._cursor, self._result, self._columns = cursor, result, None

    def __len__(self) -> int:
        return self._result.nfields

    def __getitem__(self, index):
        if self._columns is None:
            if self._cursor.pgresult is not self._result:
                raise RuntimeError("a result's columns asked for after the cursor moved on")
            self._columns = psycopg.Cursor.description.fget(self._cursor)
        return self._columns[index]
