"""Activity photos: checked by content, re-encoded without metadata, stored under generated
names outside static/, limited in size and number, served only to those who may read."""

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from matchmaker.execution.models import ActivityPhoto

from .test_execution_helpers import ACTIVITY, count, error, give, image_bytes, running_project


@pytest.fixture
def setup(app, tmp_path):
    """The app with a small photo limit and an upload folder of this test's own."""
    app.config.update(UPLOAD_FOLDER=str(tmp_path / "uploads"), PHOTO_MAX_BYTES=200_000, PHOTOS_PER_ACTIVITY=2)
    return app


@pytest.fixture
def unit(setup, api_as):
    """A unit's client with a running project and one activity; `unit.api` makes more clients."""
    unit = api_as("unit")
    unit.project_id = running_project(setup, unit.user)
    unit.activity_id = unit.post(f"/api/v1/projects/{unit.project_id}/activities", json=ACTIVITY).get_json()["id"]
    unit.api = api_as
    return unit


def upload(client, activity_id, data: bytes, name="photo.jpg"):
    return client.post(f"/api/v1/activities/{activity_id}/photos",
                       data={"photo": (BytesIO(data), name)}, content_type="multipart/form-data")


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {2: (37.0, 52.0, 0.0)}  # GPSInfo: latitude
    out = BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_a_photo_is_stored_clean_under_a_generated_name_and_served_to_readers(setup, unit, tmp_path):
    original = jpeg_with_gps()
    assert Image.open(BytesIO(original)).getexif()
    response = upload(unit, unit.activity_id, original, name="../../static/evil.jpg")
    assert response.status_code == 201
    photo_url = response.get_json()["url"]
    stored = list((tmp_path / "uploads" / "photos").iterdir())
    assert len(stored) == 1 and stored[0].suffix == ".jpg" and "evil" not in stored[0].name
    assert not Image.open(stored[0]).getexif()  # the GPS position is gone
    served = unit.get(photo_url)
    assert served.status_code == 200 and served.mimetype == "image/jpeg"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert served.data == stored[0].read_bytes()
    listed = unit.get(f"/api/v1/projects/{unit.project_id}/activities").get_json()["items"][0]
    assert listed["photos"] == [{"id": int(photo_url.rsplit("/", 1)[1]), "url": photo_url, "content_type": "image/jpeg"}]


@pytest.mark.parametrize(("fmt", "mimetype"), [("PNG", "image/png"), ("WEBP", "image/webp")])
def test_png_and_webp_keep_their_type(setup, unit, fmt, mimetype):
    url = upload(unit, unit.activity_id, image_bytes(fmt), name="x.bin").get_json()["url"]
    assert unit.get(url).mimetype == mimetype


def truncated_png() -> bytes:
    data = image_bytes("PNG", size=(300, 300))
    return data[: len(data) // 2]


@pytest.mark.parametrize(("data", "words"), [
    (b"", "请选择要上传的照片"),
    (b"<?php system($_GET['c']); ?>", "不是有效的图片"),
    (b"%PDF-1.4\n" + b"0" * 100, "不是有效的图片"),
    (b"\xff\xd8\xff\xe0" + b"not really a jpeg" * 10, "不是有效的图片"),
    (truncated_png(), "不是有效的图片"),
    (image_bytes("GIF"), "JPEG、PNG 或 WebP"),
    (image_bytes("BMP", size=(400, 400)), "照片不能超过"),  # 480 KB of bitmap > 200 KB allowed
])
def test_what_is_not_an_allowed_image_is_refused_and_nothing_stored(setup, unit, tmp_path, data, words):
    response = upload(unit, unit.activity_id, data)
    assert response.status_code == 422 and words in error(response)["message"]
    assert count(setup, ActivityPhoto) == 0
    assert not any((tmp_path / "uploads").rglob("*.*"))


def test_no_file_at_all_is_refused(setup, unit):
    response = unit.post(f"/api/v1/activities/{unit.activity_id}/photos", data={}, content_type="multipart/form-data")
    assert response.status_code == 422 and "请选择" in error(response)["message"]


def test_the_number_of_photos_per_activity_is_limited(setup, unit):
    for _ in range(2):
        assert upload(unit, unit.activity_id, image_bytes()).status_code == 201
    refused = upload(unit, unit.activity_id, image_bytes())
    assert refused.status_code == 409 and "最多上传 2 张" in error(refused)["message"]
    assert count(setup, ActivityPhoto) == 2


def test_only_the_projects_units_upload(setup, unit):
    for client in (unit.api("unit", unit="市教育局"), unit.api("sponsor"), unit.api("office")):
        assert upload(client, unit.activity_id, image_bytes()).status_code == 403
    assert upload(unit, 999999, image_bytes()).status_code == 404
    assert count(setup, ActivityPhoto) == 0


def test_photos_are_served_only_to_readers(setup, unit):
    url = upload(unit, unit.activity_id, image_bytes()).get_json()["url"]
    sponsor = unit.api("sponsor")
    for stranger in (sponsor, unit.api("unit", unit="市教育局")):
        assert stranger.get(url).status_code == 404
    office = unit.api("office")
    assert office.get(url).status_code == 200
    give(setup, unit.project_id, sponsor.user, unit.user, office.user)
    assert sponsor.get(url).status_code == 200
    assert setup.test_client().get(url).status_code == 401
    assert unit.get("/api/v1/activities/photos/999999").status_code == 404


def test_the_upload_folder_is_outside_static_by_default(make_app):
    app = make_app()
    folder = Path(app.config["UPLOAD_FOLDER"]).resolve()
    assert Path(app.static_folder).resolve() not in folder.parents
    assert app.config["PHOTO_MAX_BYTES"] == 5 * 1024 * 1024


def test_a_photo_uploaded_on_the_page(setup, login_as):
    client = login_as("unit")
    project_id = running_project(setup, client.user)
    client.post(f"/projects/{project_id}/activities/new",
                data={**ACTIVITY, "volunteers": "10", "volunteer_hours": "25.5", "people_served": "80"})
    page = client.get(f"/projects/{project_id}/execution").get_data(as_text=True)
    activity_id = int(page.split('id="activity-')[1].split('"')[0])
    done = client.post(f"/activities/{activity_id}/photos", data={"photo": (BytesIO(image_bytes()), "a.png")},
                       content_type="multipart/form-data", follow_redirects=True)
    page = done.get_data(as_text=True)
    assert "照片已上传" in page
    photo_path = "/activities/photos/" + page.split('src="/activities/photos/')[1].split('"')[0]
    assert client.get(photo_path).mimetype == "image/png"
    assert login_as("sponsor").get(photo_path).status_code == 404
    assert setup.test_client().get(photo_path).status_code == 302  # to the login page
    refused = client.post(f"/activities/{activity_id}/photos", data={"photo": (BytesIO(b"text"), "a.png")},
                          content_type="multipart/form-data", follow_redirects=True)
    assert "不是有效的图片" in refused.get_data(as_text=True)
    assert count(setup, ActivityPhoto) == 1
