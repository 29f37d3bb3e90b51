"""A project's cover picture, uploaded by its unit: checked by its content and re-encoded
without metadata exactly as activity photos are (execution/photos.py), kept in the storage
every app server shares (storage.py) under a random name that changes with every upload, so
browsers may keep it for a year."""

import secrets

from flask import Response, current_app

from .. import audit, storage
from ..execution.photos import clean_photo
from ..extensions import db
from .models import Project

CONTENT_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}
A_YEAR = 31_536_000


def key(name: str) -> str:
    """Covers keep a folder of their own: UPLOAD_FOLDER/covers/NAME on a local disk."""
    return f"covers/{name}"


def set_cover(actor, project: Project, data: bytes) -> Project:
    """Replace the project's cover; the old file goes once the new one is committed."""
    config = current_app.config
    clean, extension, content_type = clean_photo(data, config["PHOTO_MAX_BYTES"], config["PHOTO_MAX_PIXELS"])
    name = f"{secrets.token_hex(16)}.{extension}"
    storage.put(key(name), clean, content_type)
    old = project.cover
    try:
        project.cover = name
        audit.record(actor, "project.cover", project, size=len(clean))
        db.session.commit()
    except Exception:
        db.session.rollback()
        forget(name)
        raise
    if old:
        forget(old)
    return project


def forget(name: str) -> None:
    """Remove a cover no row points at; a store that is down leaves it (logged), not an error."""
    try:
        storage.delete(key(name))
    except storage.StorageUnavailable as error:
        current_app.logger.error("cover %s kept in the storage, no row points at it: %s", name, error)


def send_cover(project: Project) -> Response:
    extension = project.cover.rpartition(".")[2]
    response = storage.send(key(project.cover), CONTENT_TYPES[extension], max_age=A_YEAR)
    # The name is new with every upload: the same URL never shows another picture.
    response.headers["Cache-Control"] = f"public, max-age={A_YEAR}, immutable"
    return response
