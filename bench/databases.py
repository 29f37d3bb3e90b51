"""Fresh databases for the benchmark: an SQLite file, or a PostgreSQL database of its own.

Each is built by the migrations (`flask db upgrade`), as production builds it, and removed
at the end so a run leaves nothing behind.
"""

import os
import subprocess  # nosec B404  # runs our own flask command, no shell
import sys
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from matchmaker.config import database_url

ROOT = Path(__file__).resolve().parent.parent
# One database per run (its process id in the name): two runs at once on one server, a profile
# beside a benchmark or two helpers' benchmarks, must not drop each other's database.
PG_DATABASE = f"matchmaker_bench_{os.getpid()}"


class Unavailable(RuntimeError):
    """This database cannot be benchmarked on this machine (e.g. no PostgreSQL server)."""


@contextmanager
def fresh_sqlite(folder: Path):
    path = folder / "bench.sqlite"
    remove_sqlite(path)
    try:
        yield f"sqlite:///{path}"
    finally:
        remove_sqlite(path)


def remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def fresh_postgresql(admin_url: str):
    """A new database PG_DATABASE on the server of `admin_url`, dropped afterwards."""
    admin = create_engine(database_url(admin_url, ""), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{PG_DATABASE}"'))
    except OperationalError as error:
        admin.dispose()
        raise Unavailable(f"PostgreSQL at {admin_url} is not reachable: {error.orig}") from None
    url = make_url(database_url(admin_url, "")).set(database=PG_DATABASE)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)'))
        admin.dispose()


def backend_pids(admin_url: str) -> list[int]:
    """The server processes of this run's connections (their CPU is read from /proc: local servers)."""
    admin = create_engine(database_url(admin_url, ""))
    try:
        with admin.connect() as connection:
            query = text("SELECT pid FROM pg_stat_activity WHERE datname = :name AND backend_type = 'client backend'")
            return list(connection.execute(query, {"name": PG_DATABASE}).scalars())
    finally:
        admin.dispose()


def migrate(url: str) -> None:
    """`flask db upgrade` on this database, in a child process as an operator would run it."""
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run(  # noqa: S603  # nosec B603  # fixed arguments, our own venv's python
        [sys.executable, "-m", "flask", "--app", "matchmaker", "db", "upgrade"],
        cwd=ROOT, env=env, check=True, capture_output=True,
    )
