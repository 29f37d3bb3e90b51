"""`flask backup`: a consistent SQLite copy taken while gunicorn keeps writing, restored as
README "Backups" says; PostgreSQL is pointed to pg_dump."""

import shutil
import sqlite3
import threading
import time

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from matchmaker import create_app
from matchmaker.extensions import db
from matchmaker.matches.models import Match

from . import world
from .invariants import all_problems


def sqlite_path(database_url: str) -> str:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        pytest.skip("SQLite only: PostgreSQL is backed up with pg_dump (README, Backups)")
    return url.database


def match_ids(app) -> set[int]:
    with app.app_context():
        return set(db.session.scalars(select(Match.id)))


def keep_pledging(live_server, token, project_id, need_id, stop: threading.Event, made: list) -> None:
    """Pledge one by one until stopped; a failed pledge stops the writer and is kept for the test."""
    body = {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": 1}
    while not stop.is_set():
        response = live_server.call("POST", "/api/v1/matches", token, json=body)
        made.append(response.json()["id"] if response.status_code == 201 else response.text)
        if response.status_code != 201:
            return


def wait_for(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_backup_while_the_site_writes_then_restore(app, make_app, live_server, migrated_database, tmp_path):
    sqlite_path(migrated_database)
    people = world.parties(app)
    project_id, need_id = world.goods_project(app, people.unit, quantity=100_000)
    world.accepted_pledges(app, people.unit, people.sponsors[0], project_id, need_id, [1] * 10)
    token = live_server.token(people.sponsors[0])
    stop, made = threading.Event(), []
    writer = threading.Thread(target=keep_pledging, args=(live_server, token, project_id, need_id, stop, made))
    writer.start()
    try:
        wait_for(lambda: len(made) >= 3 or not writer.is_alive())  # the site is busy writing
        committed_before = match_ids(app)
        result = app.test_cli_runner().invoke(args=["backup", str(tmp_path / "copy.sqlite")])
        written_during = len(made)
        wait_for(lambda: len(made) > written_during + 2 or not writer.is_alive())  # and goes on writing
    finally:
        stop.set()
        writer.join(timeout=60)
    assert result.exit_code == 0, result.output
    assert "完整性检查通过" in result.output
    assert all(isinstance(entry, int) for entry in made), made  # every write succeeded

    copy = sqlite3.connect(tmp_path / "copy.sqlite")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal needed
    copy.close()

    # Restore as README says: the app stopped, the copy put where the database lives.
    restored = tmp_path / "instance" / "matchmaker.sqlite"
    restored.parent.mkdir()
    shutil.copy(tmp_path / "copy.sqlite", restored)
    back = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{restored}")
    in_copy = match_ids(back)
    assert committed_before <= in_copy  # everything committed before the backup began
    assert in_copy <= match_ids(app)  # and nothing that never was
    with back.app_context():
        assert all_problems() == []  # a moment of the database, not a mix of two
    assert back.test_client().get(f"/api/v1/projects/{project_id}").status_code == 200


def test_backup_refuses_to_overwrite_or_copy_onto_itself(app, migrated_database, tmp_path):
    source = sqlite_path(migrated_database)
    runner = app.test_cli_runner()
    (tmp_path / "old.sqlite").write_text("an older backup")
    refused = runner.invoke(args=["backup", str(tmp_path / "old.sqlite")])
    assert refused.exit_code != 0 and "--force" in refused.output
    assert (tmp_path / "old.sqlite").read_text() == "an older backup"
    assert runner.invoke(args=["backup", "--force", str(tmp_path / "old.sqlite")]).exit_code == 0
    itself = runner.invoke(args=["backup", "--force", source])
    assert itself.exit_code != 0 and "不能是数据库本身" in itself.output


def test_backup_points_postgresql_to_pg_dump(tmp_path):
    app = create_app({"SQLALCHEMY_DATABASE_URI": "postgresql://backup@db.example/matchmaker", "SECRET_KEY": "k"})
    result = app.test_cli_runner().invoke(args=["backup", str(tmp_path / "x.sqlite")])
    assert result.exit_code != 0
    assert "pg_dump" in result.output and "Backups" in result.output
    assert not (tmp_path / "x.sqlite").exists()
