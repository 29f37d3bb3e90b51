"""Uploaded files on storage every app server shares (matchmaker/storage.py): the local folder
and an S3-compatible store, here a real S3 server (moto) on 127.0.0.1 that the tests start.
A photo uploaded through one app instance is served by another sharing the store; a missing
file answers a clear 404, a store that is down a 503, both in the usual error shape."""

import logging
import uuid
from io import BytesIO

import boto3
import pytest
from moto.server import ThreadedMotoServer

from matchmaker import create_app, storage
from matchmaker.config import ConfigError
from matchmaker.execution.models import ActivityPhoto

from .conftest import settings
from .live.conftest import free_port
from .test_execution_helpers import ACTIVITY, count, error, image_bytes, running_project

KEYS = {"STORAGE_ACCESS_KEY_ID": "testing", "STORAGE_SECRET_ACCESS_KEY": "testing", "STORAGE_REGION": "us-east-1"}


@pytest.fixture(scope="session")
def s3_endpoint():
    """A local S3 server for this run, on a free port of 127.0.0.1."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint):
    """A bucket of this test's own, and the client to look into it from outside the app."""
    client = boto3.client("s3", endpoint_url=s3_endpoint, aws_access_key_id="testing",
                          aws_secret_access_key="testing", region_name="us-east-1")
    name = f"matchmaker-{uuid.uuid4().hex[:12]}"
    client.create_bucket(Bucket=name)
    client.bucket_name = name
    return client


@pytest.fixture
def s3_settings(s3_endpoint, bucket):
    return {"STORAGE_URL": f"s3://{bucket.bucket_name}/site", "STORAGE_ENDPOINT_URL": s3_endpoint, **KEYS}


def upload(client, activity_id, data: bytes):
    return client.post(f"/api/v1/activities/{activity_id}/photos",
                       data={"photo": (BytesIO(data), "a.png")}, content_type="multipart/form-data")


def unit_with_activity(app, api_as):
    unit = api_as("unit")
    project_id = running_project(app, unit.user)
    unit.activity_id = unit.post(f"/api/v1/projects/{project_id}/activities", json=ACTIVITY).get_json()["id"]
    return unit


def test_a_photo_uploaded_through_one_server_is_served_by_another(app, api_as, make_app, s3_settings, bucket, tmp_path):
    app.config.update(UPLOAD_FOLDER=str(tmp_path / "a"), **s3_settings)
    unit = unit_with_activity(app, api_as)
    png = image_bytes("PNG")
    response = upload(unit, unit.activity_id, png)
    assert response.status_code == 201
    url = response.get_json()["url"]

    keys = [item["Key"] for item in bucket.list_objects_v2(Bucket=bucket.bucket_name).get("Contents", [])]
    assert len(keys) == 1 and keys[0].startswith("site/photos/") and keys[0].endswith(".png")
    assert bucket.head_object(Bucket=bucket.bucket_name, Key=keys[0])["ContentType"] == "image/png"
    assert not (tmp_path / "a").exists()  # nothing on this server's disk

    other = make_app(UPLOAD_FOLDER=str(tmp_path / "b"), **s3_settings).test_client()
    other.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {unit.token}"
    served = other.get(url)
    assert served.status_code == 200 and served.mimetype == "image/png"
    assert served.data == bucket.get_object(Bucket=bucket.bucket_name, Key=keys[0])["Body"].read()
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert other.get("/api/v1/activities/photos/999999").status_code == 404


def test_without_shared_storage_the_other_server_answers_a_clear_404(app, api_as, make_app, tmp_path, caplog):
    """What the operator saw (a silent 404 through server B) now names what is missing."""
    app.config.update(UPLOAD_FOLDER=str(tmp_path / "a"))
    unit = unit_with_activity(app, api_as)
    url = upload(unit, unit.activity_id, image_bytes()).get_json()["url"]
    other = make_app(UPLOAD_FOLDER=str(tmp_path / "b")).test_client()
    other.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {unit.token}"
    with caplog.at_level(logging.WARNING, logger="matchmaker"):
        missing = other.get(url)
    assert missing.status_code == 404
    assert error(missing) == {"code": "file_missing", "message": "文件不存在或已被删除"}
    assert "a stored file is missing: photos/" in caplog.text


def test_a_file_gone_from_the_bucket_answers_404_on_page_and_api(app, api_as, login_as, s3_settings, bucket):
    app.config.update(**s3_settings)
    unit = unit_with_activity(app, api_as)
    url = upload(unit, unit.activity_id, image_bytes()).get_json()["url"]
    key = bucket.list_objects_v2(Bucket=bucket.bucket_name)["Contents"][0]["Key"]
    bucket.delete_object(Bucket=bucket.bucket_name, Key=key)
    assert error(unit.get(url))["code"] == "file_missing"
    office = login_as("office")
    page = office.get(url.removeprefix("/api/v1"))
    assert page.status_code == 404 and "文件不存在或已被删除" in page.get_data(as_text=True)


@pytest.mark.parametrize("where", ["closed port", "no such bucket"])
def test_a_store_that_is_down_answers_503_and_nothing_is_recorded(app, api_as, s3_endpoint, where, caplog):
    down = ({"STORAGE_URL": "s3://photos", "STORAGE_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}"}
            if where == "closed port" else
            {"STORAGE_URL": f"s3://missing-{uuid.uuid4().hex[:8]}", "STORAGE_ENDPOINT_URL": s3_endpoint})
    app.config.update(STORAGE_TIMEOUT=1, **KEYS, **down)
    unit = unit_with_activity(app, api_as)
    with caplog.at_level(logging.ERROR, logger="matchmaker"):
        refused = upload(unit, unit.activity_id, image_bytes())
    assert refused.status_code == 503 and refused.headers["Retry-After"] == "10"
    assert error(refused) == {"code": "storage_unavailable", "message": "文件存储暂时无法访问，请稍后再试"}
    assert "file storage unavailable" in caplog.text
    assert count(app, ActivityPhoto) == 0
    page = signed_in(app, unit.user).post(f"/activities/{unit.activity_id}/photos", content_type="multipart/form-data",
                                          data={"photo": (BytesIO(image_bytes()), "a.png")})
    assert page.status_code == 503 and "文件存储暂时无法访问" in page.get_data(as_text=True)
    assert count(app, ActivityPhoto) == 0


def signed_in(app, user):
    """A browser's client for a user the API fixture made."""
    client = app.test_client()
    assert client.post("/login", data={"username": user.username, "password": user.password}).status_code == 302
    return client


def test_a_photo_already_stored_cannot_be_read_while_the_store_is_down(app, api_as, s3_settings):
    app.config.update(**s3_settings)
    unit = unit_with_activity(app, api_as)
    url = upload(unit, unit.activity_id, image_bytes()).get_json()["url"]
    app.config.update(STORAGE_ENDPOINT_URL=f"http://127.0.0.1:{free_port()}", STORAGE_TIMEOUT=1)
    unavailable = unit.get(url)
    assert unavailable.status_code == 503 and error(unavailable)["code"] == "storage_unavailable"


@pytest.mark.parametrize("backend", ["local", "s3"])
def test_the_module_puts_reads_checks_and_deletes(make_app, s3_settings, tmp_path, backend):
    app = make_app(UPLOAD_FOLDER=str(tmp_path), **(s3_settings if backend == "s3" else {}))
    with app.app_context():
        assert not storage.exists("covers/abc.jpg")
        storage.put("covers/abc.jpg", b"jpeg bytes", "image/jpeg")
        assert storage.exists("covers/abc.jpg") and storage.read("covers/abc.jpg") == b"jpeg bytes"
        with pytest.raises(FileExistsError):  # a name is never reused
            storage.put("covers/abc.jpg", b"other bytes", "image/jpeg")
        assert storage.read("covers/abc.jpg") == b"jpeg bytes"
        response = storage.send("covers/abc.jpg", "image/jpeg")
        assert response.mimetype == "image/jpeg" and response.headers["Cache-Control"] == "private, max-age=86400"
        storage.delete("covers/abc.jpg")
        storage.delete("covers/abc.jpg")  # already gone: no error
        assert not storage.exists("covers/abc.jpg")
        with pytest.raises(storage.FileMissing):
            storage.read("covers/abc.jpg")
        for name in ("../secret_key", "/etc/passwd", "covers/../../x", "Covers/A.JPG", "covers//a", ""):
            with pytest.raises(ValueError):
                storage.put(name, b"x", "image/jpeg")
    if backend == "local":
        assert (tmp_path / "covers").is_dir()


@pytest.mark.parametrize("url", ["s3://", "http://bucket/x", "s3://bucket/x?y=1", "/srv/uploads"])
def test_a_storage_url_that_is_not_understood_stops_the_start(migrated_database, url):
    with pytest.raises(ConfigError, match="STORAGE_URL"):
        create_app(settings(migrated_database, STORAGE_URL=url))
