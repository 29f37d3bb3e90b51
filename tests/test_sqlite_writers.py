"""SQLite writers take turns on a lock file (database.WritersTakeTurns): a second writer waits
for the first one's commit or rollback, readers never wait, and the turn is given back however
a transaction ends. Real files and real threads; the load benchmark shows the effect on p99."""

import sqlite3
import threading
import time

import pytest

from matchmaker import config
from matchmaker.config import engine_options
from matchmaker.database import WritersTakeTurns, opens_write, with_deadline
from matchmaker.errors import Overloaded

HOLD = 0.4  # seconds the first writer keeps its transaction open


@pytest.fixture
def connect(tmp_path):
    opened = []

    def connect_one():
        connection = sqlite3.connect(tmp_path / "db.sqlite", factory=WritersTakeTurns, timeout=30,
                                     check_same_thread=False)
        opened.append(connection)
        return connection

    first = connect_one()
    first.cursor().execute("CREATE TABLE gift (amount INTEGER)")
    yield connect_one
    for connection in opened:
        connection.close()


def in_thread(work) -> threading.Thread:
    thread = threading.Thread(target=work)
    thread.start()
    return thread


def timed(work) -> tuple[list[float], threading.Thread]:
    """Start work in a thread: (a list that gets how long it took, once done; the thread)."""
    took = []

    def run():
        started = time.monotonic()
        work()
        took.append(time.monotonic() - started)

    return took, in_thread(run)


@pytest.mark.parametrize("end", ["commit", "rollback"])
def test_a_second_writer_waits_for_the_first_to_end(connect, end):
    first, second = connect(), connect()
    first.cursor().execute("INSERT INTO gift VALUES (1)")
    assert first.writing

    took, thread = timed(lambda: (second.cursor().execute("INSERT INTO gift VALUES (2)"), second.commit()))
    time.sleep(HOLD)
    assert thread.is_alive() and not second.writing  # queued behind the first writer
    getattr(first, end)()
    thread.join(10)

    assert took and took[0] >= HOLD * 0.9
    assert not first.writing and not second.writing
    expected = [(1,), (2,)] if end == "commit" else [(2,)]
    assert first.execute("SELECT amount FROM gift ORDER BY amount").fetchall() == expected


def test_readers_never_wait_for_a_writer(connect):
    writer, reader = connect(), connect()
    writer.cursor().execute("INSERT INTO gift VALUES (1)")

    took, thread = timed(lambda: reader.cursor().execute("SELECT count(*) FROM gift").fetchall())
    thread.join(10)

    assert took[0] < HOLD and writer.writing
    writer.commit()


def test_closing_a_connection_gives_its_turn_back(connect):
    failed, second = connect(), connect()
    failed.cursor().execute("INSERT INTO gift VALUES (1)")
    failed.close()  # as a worker's connection is closed after a failure, mid-transaction

    second.cursor().execute("INSERT INTO gift VALUES (2)")
    second.commit()
    assert second.execute("SELECT amount FROM gift").fetchall() == [(2,)]


def test_a_failed_write_keeps_the_turn_until_the_rollback(connect):
    first, second = connect(), connect()
    first.cursor().execute("CREATE UNIQUE INDEX one_amount ON gift (amount)")
    first.cursor().execute("INSERT INTO gift VALUES (1)")
    first.commit()
    with pytest.raises(sqlite3.IntegrityError):
        first.cursor().execute("INSERT INTO gift VALUES (1)")
    _, thread = timed(lambda: (second.cursor().execute("INSERT INTO gift VALUES (3)"), second.commit()))
    time.sleep(HOLD)
    assert thread.is_alive()
    first.rollback()
    thread.join(10)
    assert not thread.is_alive() and not first.writing


def test_a_database_in_memory_takes_no_lock_file(tmp_path):
    connection = sqlite3.connect(":memory:", factory=WritersTakeTurns)
    connection.cursor().execute("CREATE TABLE gift (amount INTEGER)")
    connection.cursor().execute("INSERT INTO gift VALUES (1)")
    assert connection.turn is None and not connection.writing
    connection.close()


@pytest.mark.parametrize(("statement", "writes"), [
    ("INSERT INTO gift VALUES (1)", True),
    ("  update gift SET amount = 2", True),
    ("\nDELETE FROM gift", True),
    ("REPLACE INTO gift VALUES (3)", True),
    ("SELECT * FROM gift", False),
    ("PRAGMA journal_mode=WAL", False),
    ("CREATE TABLE other (x)", False),
])
def test_what_counts_as_a_write(statement, writes):
    assert opens_write(statement) is writes


def test_the_app_connects_to_sqlite_through_it_with_its_deadline(tmp_path):
    factory = engine_options("sqlite:///x.sqlite", 7.5)["connect_args"]["factory"]
    assert issubclass(factory, WritersTakeTurns) and factory.deadline == 7.5
    assert "factory" not in engine_options("postgresql+psycopg://localhost/x")["connect_args"]  # SQLite's only
    assert config.load(str(tmp_path), {"SECRET_KEY": "k"})["SQLITE_WRITE_DEADLINE"] == 10


# --- the deadline ---------------------------------------------------------------------------------

DEADLINE = 0.3


@pytest.fixture
def connect_with_deadline(tmp_path):
    opened = []

    def connect_one():
        connection = sqlite3.connect(tmp_path / "db.sqlite", factory=with_deadline(DEADLINE), timeout=30,
                                     check_same_thread=False)
        opened.append(connection)
        return connection

    connect_one().cursor().execute("CREATE TABLE gift (amount INTEGER)")
    yield connect_one
    for connection in opened:
        connection.close()


def test_a_writer_gives_up_at_its_deadline_and_writes_nothing(connect_with_deadline):
    first, second, third = connect_with_deadline(), connect_with_deadline(), connect_with_deadline()
    first.cursor().execute("INSERT INTO gift VALUES (1)")
    started = time.monotonic()
    with pytest.raises(Overloaded, match="not free after 0.3 s"):
        second.cursor().execute("INSERT INTO gift VALUES (2)")
    assert DEADLINE * 0.9 <= time.monotonic() - started < DEADLINE + 1
    assert not second.writing and not second.in_transaction
    first.commit()
    # the waiter left behind gives the turn straight back: the next writer does not wait
    time.sleep(0.1)
    took, thread = timed(lambda: (third.cursor().execute("INSERT INTO gift VALUES (3)"), third.commit()))
    thread.join(10)
    assert took[0] < DEADLINE
    assert first.execute("SELECT amount FROM gift ORDER BY amount").fetchall() == [(1,), (3,)]


def test_a_writer_whose_turn_comes_in_time_writes_and_gives_it_back(connect_with_deadline):
    first, second, third = connect_with_deadline(), connect_with_deadline(), connect_with_deadline()
    first.cursor().execute("INSERT INTO gift VALUES (1)")
    took, thread = timed(lambda: (second.cursor().execute("INSERT INTO gift VALUES (2)"), second.commit()))
    time.sleep(DEADLINE / 3)
    first.commit()
    thread.join(10)
    assert took and took[0] < DEADLINE and not second.writing
    third.cursor().execute("INSERT INTO gift VALUES (3)")  # the turn was given back: no Overloaded
    third.commit()
    assert first.execute("SELECT count(*) FROM gift").fetchone() == (3,)
