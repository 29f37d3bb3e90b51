"""`flask backup DEST`: a consistent copy of the SQLite database while the site runs.

SQLite's online backup API copies every page inside one read transaction, so the copy is
the database as it was at one moment, whatever the workers write meanwhile (in WAL mode
readers do not block writers). PostgreSQL is backed up with pg_dump; see README, "Backups".
"""

import sqlite3
from contextlib import closing
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.engine import make_url

README_SECTION = "README.md 的 “Backups” 一节"


@click.command("backup")
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace DEST if it exists.")
@with_appcontext
def backup(dest: Path, force: bool) -> None:
    """Copy the SQLite database to DEST, consistently, while the site keeps running."""
    source = sqlite_file(current_app.config["SQLALCHEMY_DATABASE_URI"])
    dest = dest.resolve()
    if dest == source:
        raise click.ClickException("备份文件不能是数据库本身")
    if dest.exists() and not force:
        raise click.ClickException(f"{dest} 已存在；如要覆盖请加 --force")
    pages = copy_database(source, dest)
    click.echo(f"已备份 {source} → {dest}（{pages} 页，完整性检查通过）")


def sqlite_file(url: str) -> Path:
    """The database file behind an SQLite URL; any other database is refused with a pointer."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise click.ClickException(
            f"flask backup 只用于 SQLite；{parsed.get_backend_name()} 数据库请用 pg_dump 备份，见 {README_SECTION}"
        )
    if not parsed.database or parsed.database == ":memory:":
        raise click.ClickException("内存数据库无法备份")
    path = Path(parsed.database).resolve()
    if not path.is_file():
        raise click.ClickException(f"数据库文件 {path} 不存在")
    return path


def copy_database(source: Path, dest: Path) -> int:
    """Copy in one step (a stepwise copy restarts whenever a worker writes), check the copy,
    and give it its final name only when it is whole: a failed run leaves no usable-looking file."""
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(source, timeout=30)) as origin, closing(sqlite3.connect(partial)) as copy:
        origin.backup(copy)
        # One self-contained file: the copy needs no -wal beside it. The app turns WAL on again.
        copy.execute("PRAGMA journal_mode=DELETE")
        verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
        pages = copy.execute("PRAGMA page_count").fetchone()[0]
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise click.ClickException(f"备份副本未通过完整性检查：{verdict}")
    partial.replace(dest)
    return pages

