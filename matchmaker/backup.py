"""`flask backup DEST`: a consistent copy of the SQLite database while the site runs, and
beside it, in DEST.files/, the uploaded files and the generated secret key.
`flask backup-files DIR`: the files and the key alone (PostgreSQL: the database with pg_dump).

SQLite's online backup API copies every page inside one read transaction, so the copy is
the database as it was at one moment, whatever the workers write meanwhile (in WAL mode
readers do not block writers). Files are copied after the database: a file is written before
the row that names it is committed, and never changed afterwards, so every file a row of the
copy names is in the files' copy. Files on S3 stay in the bucket, backed up by the bucket's
versioning or `aws s3 sync` (docs/backups.md).
"""

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.engine import make_url

README_SECTION = "docs/backups.md（Backups and restore）"


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
    files = dest.with_name(dest.name + ".files")
    if files.exists() and not force:
        raise click.ClickException(f"{files} 已存在；如要覆盖请加 --force")
    pages = copy_database(source, dest)
    click.echo(f"已备份 {source} → {dest}（{pages} 页，完整性检查通过）")
    copy_files(files)


@click.command("backup-files")
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace DEST if it exists.")
@with_appcontext
def backup_files(dest: Path, force: bool) -> None:
    """Copy the uploaded files (local UPLOAD_FOLDER) and the generated secret key to the folder DEST."""
    dest = dest.resolve()
    if dest.exists() and not force:
        raise click.ClickException(f"{dest} 已存在；如要覆盖请加 --force")
    copy_files(dest)


def copy_files(dest: Path) -> None:
    """DEST/uploads (the local upload folder) and DEST/secret_key (when the key is the one
    generated into the instance folder), built under a temporary name, renamed when whole."""
    partial = dest.with_name(dest.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    config = current_app.config
    if config.get("STORAGE_URL"):
        click.echo(f"上传的文件在 {config['STORAGE_URL']}，不在本机：请用存储桶的版本控制或 "
                   f"`aws s3 sync` 备份（见 docs/backups.md）")
    else:
        uploads = Path(config["UPLOAD_FOLDER"])
        count = 0
        if uploads.is_dir():
            shutil.copytree(uploads, partial / "uploads", symlinks=False)
            count = sum(1 for path in (partial / "uploads").rglob("*") if path.is_file())
        click.echo(f"已备份上传的文件 {uploads} → {dest / 'uploads'}（{count} 个文件）")
    key_file = Path(current_app.instance_path) / "secret_key"
    if key_file.is_file() and key_file.read_text().strip() == config["SECRET_KEY"]:
        shutil.copyfile(key_file, partial / "secret_key")
        (partial / "secret_key").chmod(0o600)
        click.echo(f"已备份密钥 {key_file} → {dest / 'secret_key'}（请与备份一起妥善保管）")
    else:
        click.echo("SECRET_KEY 来自环境变量：请与环境文件（/etc/matchmaker.env）一起备份")
    shutil.rmtree(dest, ignore_errors=True)
    partial.replace(dest)


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

