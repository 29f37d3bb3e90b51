"""A project's cover picture, uploaded by its unit: checked by its content and re-encoded
without metadata exactly as activity photos are (execution/photos.py), stored outside static/
under a random name that changes with every upload, so browsers may keep it for a year."""

import secrets
from pathlib import Path

from flask import Response, current_app, send_from_directory

from .. import audit
from ..execution.photos import clean_photo
from ..extensions import db
from .models import Project

CONTENT_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


def cover_folder() -> Path:
    return Path(current_app.config["UPLOAD_FOLDER"]) / "covers"


def set_cover(actor, project: Project, data: bytes) -> Project:
    """Replace the project's cover; the old file goes once the new one is committed."""
    clean, extension, _ = clean_photo(data, current_app.config["PHOTO_MAX_BYTES"])
    folder = cover_folder()
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{secrets.token_hex(16)}.{extension}"
    with open(folder / name, "xb") as file:
        file.write(clean)
    old = project.cover
    try:
        project.cover = name
        audit.record(actor, "project.cover", project, size=len(clean))
        db.session.commit()
    except Exception:
        db.session.rollback()
        (folder / name).unlink(missing_ok=True)
        raise
    if old:
        (folder / old).unlink(missing_ok=True)
    return project


def send_cover(project: Project) -> Response:
    extension = project.cover.rpartition(".")[2]
    response = send_from_directory(cover_folder(), project.cover, mimetype=CONTENT_TYPES[extension])
    # The name is new with every upload: the same URL never shows another picture.
    response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
