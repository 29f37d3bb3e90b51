"""Backups cover files: `flask backup DEST` copies the uploaded files and the generated secret key
into DEST.files/ beside the database's copy; `flask backup-files DIR` copies them alone (for
PostgreSQL, whose data pg_dump copies); files on S3 are pointed to the bucket's own backups."""

from io import BytesIO

import pytest
from sqlalchemy.engine import make_url

from .test_execution_helpers import ACTIVITY, image_bytes, running_project


@pytest.fixture
def site(app, api_as, tmp_path):
    """A site with one uploaded photo in a folder of this test's own, and a generated key."""
    app.config.update(UPLOAD_FOLDER=str(tmp_path / "uploads"))
    app.instance_path = str(tmp_path / "instance")
    (tmp_path / "instance").mkdir()
    (tmp_path / "instance" / "secret_key").write_text(app.config["SECRET_KEY"] + "\n")
    unit = api_as("unit")
    project_id = running_project(app, unit.user)
    activity_id = unit.post(f"/api/v1/projects/{project_id}/activities", json=ACTIVITY).get_json()["id"]
    assert unit.post(f"/api/v1/activities/{activity_id}/photos", content_type="multipart/form-data",
                     data={"photo": (BytesIO(image_bytes()), "a.png")}).status_code == 201
    return app


def photos(folder) -> dict:
    return {path.name: path.read_bytes() for path in (folder / "photos").iterdir()}


def test_backup_files_copies_the_uploads_and_the_generated_key(site, tmp_path):
    result = site.test_cli_runner().invoke(args=["backup-files", str(tmp_path / "copy")])
    assert result.exit_code == 0, result.output
    assert photos(tmp_path / "copy" / "uploads") == photos(tmp_path / "uploads") and len(photos(tmp_path / "uploads")) == 1
    key = tmp_path / "copy" / "secret_key"
    assert key.read_text().strip() == site.config["SECRET_KEY"] and oct(key.stat().st_mode & 0o777) == "0o600"
    assert "1 个文件" in result.output and not (tmp_path / "copy.partial").exists()


def test_backup_files_refuses_to_overwrite_without_force(site, tmp_path):
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "older").write_text("an older backup")
    runner = site.test_cli_runner()
    refused = runner.invoke(args=["backup-files", str(tmp_path / "copy")])
    assert refused.exit_code != 0 and "--force" in refused.output
    assert (tmp_path / "copy" / "older").read_text() == "an older backup"
    assert runner.invoke(args=["backup-files", "--force", str(tmp_path / "copy")]).exit_code == 0
    assert not (tmp_path / "copy" / "older").exists() and (tmp_path / "copy" / "uploads").is_dir()


def test_a_key_from_the_environment_is_not_copied_and_the_output_says_where_it_lives(site, tmp_path):
    (tmp_path / "instance" / "secret_key").write_text("another key, not the one in use")
    result = site.test_cli_runner().invoke(args=["backup-files", str(tmp_path / "copy")])
    assert result.exit_code == 0 and "环境文件" in result.output
    assert not (tmp_path / "copy" / "secret_key").exists()


def test_files_on_s3_are_pointed_to_the_buckets_own_backups(site, tmp_path):
    site.config.update(STORAGE_URL="s3://photos/site")
    result = site.test_cli_runner().invoke(args=["backup-files", str(tmp_path / "copy")])
    assert result.exit_code == 0 and "aws s3 sync" in result.output and "s3://photos/site" in result.output
    assert not (tmp_path / "copy" / "uploads").exists()


def test_backup_copies_the_database_and_beside_it_the_files(site, migrated_database, tmp_path):
    if make_url(migrated_database).get_backend_name() != "sqlite":
        pytest.skip("flask backup copies SQLite; PostgreSQL is pg_dump's (backup-files is tested on both)")
    runner = site.test_cli_runner()
    (tmp_path / "db.sqlite.files").mkdir()
    refused = runner.invoke(args=["backup", str(tmp_path / "db.sqlite")])
    assert refused.exit_code != 0 and "--force" in refused.output and not (tmp_path / "db.sqlite").exists()
    result = runner.invoke(args=["backup", "--force", str(tmp_path / "db.sqlite")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "db.sqlite").stat().st_size > 0
    assert photos(tmp_path / "db.sqlite.files" / "uploads") == photos(tmp_path / "uploads")
    assert (tmp_path / "db.sqlite.files" / "secret_key").is_file()
