"""Activity photos: checked by their content, re-encoded without metadata, stored outside
static/ under generated names, in the storage every app server shares (storage.py).

The content decides, never the file name or the browser's content type: Pillow must decode
the whole image. Re-encoding drops EXIF (phones write the GPS position of where volunteers
and the people they serve were) and anything smuggled after the image data.
"""

import secrets
from io import BytesIO

from flask import Response, current_app
from PIL import Image, ImageOps, UnidentifiedImageError

from .. import storage
from ..errors import Invalid
from .models import ActivityPhoto

FORMATS = {"JPEG": ("jpg", "image/jpeg"), "PNG": ("png", "image/png"), "WEBP": ("webp", "image/webp")}
# A worker's memory is spent by pixels, not by bytes: a 166 KB PNG of 6300×6300 decoded to
# +300 MB. The dimensions are read from the header and refused before anything is decoded;
# the app's PHOTO_MAX_PIXELS (25 MP, a 24 MP phone photo) is the budget, this the backstop.
Image.MAX_IMAGE_PIXELS = 50_000_000


def clean_photo(data: bytes, max_bytes: int, max_pixels: int) -> tuple[bytes, str, str]:
    """(clean bytes, extension, content type) of an uploaded photo, or a clear refusal."""
    if not data:
        raise Invalid("请选择要上传的照片", field="photo")
    if len(data) > max_bytes:
        raise Invalid(f"照片不能超过 {max_bytes / 1024 / 1024:g} MB", field="photo")
    try:
        with Image.open(BytesIO(data)) as image:
            if image.format not in FORMATS:
                raise Invalid("只能上传 JPEG、PNG 或 WebP 格式的照片", field="photo")
            if image.width * image.height > max_pixels:
                raise Invalid(f"照片像素过大（{image.width}×{image.height}），请缩小到 "
                              f"{max_pixels / 1_000_000:g} 百万像素以内再上传", field="photo")
            image.load()  # decode it all: a truncated or forged file fails here
            return reencode(image)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        raise Invalid("文件不是有效的图片", field="photo") from None


def reencode(image: Image.Image) -> tuple[bytes, str, str]:
    extension, content_type = FORMATS[image.format]
    upright = ImageOps.exif_transpose(image)  # keep the photo the right way up once EXIF is gone
    image.close()  # the decoded original is not needed any more: one copy in memory, not two
    if image.format == "JPEG" and upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    out = BytesIO()
    upright.save(out, format=image.format, **({"quality": 90} if image.format != "PNG" else {}))
    return out.getvalue(), extension, content_type


def store(data: bytes, extension: str, content_type: str) -> str:
    """Put the photo in the shared storage under a fresh random name and return that name."""
    name = f"{secrets.token_hex(16)}.{extension}"
    storage.put(key(name), data, content_type)
    return name


def discard(name: str) -> None:
    """Remove a stored photo whose database row was not written. A store that went down
    meanwhile leaves an orphan file (logged), not a second error hiding the first."""
    try:
        storage.delete(key(name))
    except storage.StorageUnavailable as error:
        current_app.logger.error("photo %s kept in the storage, no row points at it: %s", name, error)


def send_photo(photo: ActivityPhoto) -> Response:
    """The stored file, as the type we checked it to be; private to the browser's cache."""
    return storage.send(key(photo.stored_name), photo.content_type)


def key(name: str) -> str:
    """Photos keep their folder of the storage: UPLOAD_FOLDER/photos/NAME on a local disk."""
    return f"photos/{name}"
