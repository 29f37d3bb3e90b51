"""A project's cover picture: uploaded by its own unit, checked and re-encoded like activity
photos (execution/photos.py), shown on its cards and page; refused to anyone else, refused
when it is not an image, and served only as far as the project itself is visible."""

import re
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.projects.models import Project

from . import factories

COVER = re.compile(r'src="(/projects/\d+/cover/[0-9a-f]{32}\.(?:jpg|png|webp))"')


@pytest.fixture
def setup(app, tmp_path):
    app.config.update(UPLOAD_FOLDER=str(tmp_path / "uploads"), PHOTO_MAX_BYTES=200_000)
    return app


@pytest.fixture
def unit(setup, login_as):
    client = login_as("unit")
    client.project_id = factories.make_project(setup, client.user, title="封面测试项目")
    return client


def jpeg_with_gps(colour=(10, 120, 200)) -> bytes:
    image = Image.new("RGB", (160, 90), colour)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {2: (37.0, 52.0, 0.0)}  # GPSInfo: where the photo was taken
    out = BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def upload(client, project_id, data: bytes, name="cover.jpg"):
    return client.post(f"/projects/{project_id}/cover", data={"cover": (BytesIO(data), name)},
                       content_type="multipart/form-data", follow_redirects=True)


def stored_cover(app, project_id) -> str:
    with app.app_context():
        return db.session.get(Project, project_id).cover


def covers_on_disk(app) -> list[Path]:
    folder = Path(app.config["UPLOAD_FOLDER"]) / "covers"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_the_unit_uploads_a_cover_shown_clean_on_its_page_and_cards(setup, unit):
    page = upload(unit, unit.project_id, jpeg_with_gps()).get_data(as_text=True)
    assert "封面图片已更新" in page
    link = COVER.search(page).group(1)
    visitor = setup.test_client()
    served = visitor.get(link)
    assert served.status_code == 200 and served.mimetype == "image/jpeg"
    assert "immutable" in served.headers["Cache-Control"]
    assert not Image.open(BytesIO(served.get_data())).getexif()  # the GPS position is gone
    assert link in visitor.get("/projects").get_data(as_text=True)  # on the card
    assert link in visitor.get(f"/projects/{unit.project_id}").get_data(as_text=True)
    with setup.app_context():
        assert db.session.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())) == "project.cover"


def test_a_new_cover_replaces_the_old_one_under_a_new_name(setup, unit):
    upload(unit, unit.project_id, jpeg_with_gps())
    first = stored_cover(setup, unit.project_id)
    upload(unit, unit.project_id, jpeg_with_gps((200, 30, 30)))
    second = stored_cover(setup, unit.project_id)
    assert second != first and [path.name for path in covers_on_disk(setup)] == [second]
    assert setup.test_client().get(f"/projects/{unit.project_id}/cover/{first}").status_code == 404


@pytest.mark.parametrize(("data", "words"), [
    (b"just some text", "不是有效的图片"),
    (b"", "请选择要上传的照片"),
    (b"GIF89a" + bytes(64), "不是有效的图片"),
])
def test_what_is_not_an_allowed_image_is_refused_and_nothing_changes(setup, unit, data, words):
    page = upload(unit, unit.project_id, data).get_data(as_text=True)
    assert words in page
    assert stored_cover(setup, unit.project_id) == "" and covers_on_disk(setup) == []


def test_a_gif_is_refused_by_its_format(setup, unit):
    out = BytesIO()
    Image.new("RGB", (20, 20)).save(out, format="GIF")
    assert "只能上传 JPEG、PNG 或 WebP" in upload(unit, unit.project_id, out.getvalue(), "a.gif").get_data(as_text=True)
    assert stored_cover(setup, unit.project_id) == ""


def test_a_cover_over_the_size_limit_is_refused(setup, unit):
    setup.config["PHOTO_MAX_BYTES"] = 500
    assert "照片不能超过" in upload(unit, unit.project_id, jpeg_with_gps()).get_data(as_text=True)
    assert stored_cover(setup, unit.project_id) == ""


@pytest.mark.parametrize(("who", "status"), [("another unit", 403), ("sponsor", 403), ("office", 403), ("visitor", 302)])
def test_only_the_projects_unit_sets_its_cover(setup, unit, login_as, who, status):
    client = {"another unit": lambda: login_as("unit", unit="市教育局"), "sponsor": lambda: login_as("sponsor"),
              "office": lambda: login_as("office"), "visitor": setup.test_client}[who]()
    response = client.post(f"/projects/{unit.project_id}/cover", data={"cover": (BytesIO(jpeg_with_gps()), "c.jpg")},
                           content_type="multipart/form-data")
    assert response.status_code == status
    assert stored_cover(setup, unit.project_id) == "" and covers_on_disk(setup) == []


def test_a_drafts_cover_is_seen_only_by_who_sees_the_draft(setup, unit, login_as):
    draft = factories.make_project(setup, unit.user, status="draft", title="草稿封面")
    upload(unit, draft, jpeg_with_gps())
    link = f"/projects/{draft}/cover/{stored_cover(setup, draft)}"
    assert unit.get(link).status_code == 200
    assert setup.test_client().get(link).status_code == 404
    assert login_as("sponsor").get(link).status_code == 404


def test_a_wrong_name_is_not_found(setup, unit):
    upload(unit, unit.project_id, jpeg_with_gps())
    assert setup.test_client().get(f"/projects/{unit.project_id}/cover/0123.jpg").status_code == 404
    assert setup.test_client().get(f"/projects/{unit.project_id}/cover/..%2F..%2Fsecret_key").status_code == 404
