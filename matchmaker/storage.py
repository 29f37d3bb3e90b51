"""Uploaded files, on storage every app server shares: one small interface, two backends.

- **Local folder** (the default, what `make run` uses): files under UPLOAD_FOLDER. Right for
  one server; with two, a file written through one is missing on the other.
- **S3-compatible object store** (`STORAGE_URL=s3://bucket/prefix`, with STORAGE_ENDPOINT_URL
  for MinIO, Ceph or a cloud's own store, and STORAGE_ACCESS_KEY_ID / _SECRET_ACCESS_KEY):
  every server reads and writes the same bucket. The client is boto3's, created once per
  process (after gunicorn's fork) with short timeouts, so a store that is down answers 503
  within seconds instead of holding a worker.

Usage, for any uploaded file (activity photos in execution/photos.py are the example): check
and re-encode the bytes first, then

    from matchmaker import storage
    storage.put("covers/3f2a….jpg", data, "image/jpeg")   # a fresh random name; never overwrites
    storage.read("covers/3f2a….jpg")                      # bytes; 404 NotFound when missing
    storage.send("covers/3f2a….jpg", "image/jpeg")        # a Response, after your access check
    storage.delete("covers/3f2a….jpg")                    # no error when already gone
    storage.exists("covers/3f2a….jpg")

Names are relative, lowercase letters, digits, `-`, `_`, `.` and `/` between folders: the
caller makes them (secrets.token_hex), never a visitor. A name that is missing answers a clear
404 in the usual error shape (and is logged: a row points at a file that is gone); a store that
cannot be reached raises StorageUnavailable, answered 503 with Retry-After and logged.
"""

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, Response, current_app

from .config import ConfigError
from .errors import NotFound, error_response

NAME = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9]+)?(?:/[a-z0-9_-]+(?:\.[a-z0-9]+)?)*")
RETRY_AFTER_SECONDS = 10


class StorageUnavailable(Exception):
    """The file store cannot be reached or refused to work: 503, try again later."""


class FileMissing(NotFound):
    def __init__(self, name: str):
        super().__init__("文件不存在或已被删除", code="file_missing")
        self.name = name


def put(name: str, data: bytes, content_type: str) -> None:
    """Store a new file under `name` (a fresh random name: an existing file is never replaced)."""
    backend().put(checked(name), data, content_type)


def read(name: str) -> bytes:
    """The file's bytes; FileMissing (404) when there is none by that name."""
    return backend().read(checked(name))


def delete(name: str) -> None:
    backend().delete(checked(name))


def exists(name: str) -> bool:
    return backend().exists(checked(name))


def send(name: str, content_type: str, max_age: int = 86400) -> Response:
    """The file as an answer, as the type it was checked to be; private to the browser's cache.
    Call it only after the view has checked that the user may see the file."""
    response = Response(read(name), mimetype=content_type)
    response.headers["Cache-Control"] = f"private, max-age={max_age}"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def checked(name: str) -> str:
    if not NAME.fullmatch(name):
        raise ValueError(f"not a storage name: {name!r}")
    return name


class LocalFolder:
    """Files under one folder of this server's disk."""

    def __init__(self, root: str):
        self.root = Path(root)

    def put(self, name: str, data: bytes, content_type: str) -> None:
        path = self.root / name
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "xb") as file:  # "x": never overwrite, whatever the odds
                file.write(data)
        except FileExistsError:
            raise
        except OSError as error:  # a full or read-only disk, a lost mount
            raise StorageUnavailable(f"local folder {self.root}: {error}") from error

    def read(self, name: str) -> bytes:
        try:
            return (self.root / name).read_bytes()
        except FileNotFoundError:
            raise FileMissing(name) from None
        except OSError as error:
            raise StorageUnavailable(f"local folder {self.root}: {error}") from error

    def delete(self, name: str) -> None:
        (self.root / name).unlink(missing_ok=True)

    def exists(self, name: str) -> bool:
        return (self.root / name).is_file()


@dataclass(frozen=True)
class S3Settings:
    bucket: str
    prefix: str
    endpoint_url: str | None
    region: str | None
    access_key_id: str | None
    secret_access_key: str | None
    timeout: float


class S3Bucket:
    """Files as objects of one bucket, under a prefix, through boto3 (any S3-compatible store)."""

    MISSING = ("404", "NoSuchKey", "NotFound")

    def __init__(self, settings: S3Settings):
        self.settings = settings
        self.lock = threading.Lock()
        self.client_pid, self.client_ = None, None

    def client(self):
        """One client per process: boto3 clients are thread-safe, but their connection pools
        must not cross gunicorn's fork (the master may have made one with --preload)."""
        with self.lock:
            if self.client_pid != os.getpid():
                import boto3
                from botocore.config import Config

                settings = self.settings
                self.client_ = boto3.client(
                    "s3", endpoint_url=settings.endpoint_url, region_name=settings.region or "us-east-1",
                    aws_access_key_id=settings.access_key_id, aws_secret_access_key=settings.secret_access_key,
                    config=Config(connect_timeout=settings.timeout, read_timeout=settings.timeout,
                                  retries={"max_attempts": 2, "mode": "standard"},
                                  s3={"addressing_style": "path" if settings.endpoint_url else "auto"}),
                )
                self.client_pid = os.getpid()
            return self.client_

    def key(self, name: str) -> str:
        return f"{self.settings.prefix}{name}"

    def call(self, action: str, name: str, **kwargs):
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return getattr(self.client(), action)(Bucket=self.settings.bucket, Key=self.key(name), **kwargs)
        except ClientError as error:
            code = str(error.response.get("Error", {}).get("Code", ""))
            if code in self.MISSING:
                raise FileMissing(name) from None
            if code == "PreconditionFailed":  # IfNoneMatch: an object by that name exists
                raise FileExistsError(f"s3://{self.settings.bucket}/{self.key(name)}") from None
            raise StorageUnavailable(f"s3://{self.settings.bucket}/{self.key(name)}: {action}: {code} {error}") from error
        except BotoCoreError as error:  # unreachable endpoint, timeouts, no credentials
            raise StorageUnavailable(f"s3://{self.settings.bucket}/{self.key(name)}: {action}: {error}") from error

    def put(self, name: str, data: bytes, content_type: str) -> None:
        # IfNoneMatch="*": the store refuses to replace an object, as "xb" does on disk.
        self.call("put_object", name, Body=data, ContentType=content_type, IfNoneMatch="*")

    def read(self, name: str) -> bytes:
        body = self.call("get_object", name)["Body"]
        try:
            return body.read()
        except Exception as error:  # the connection broke halfway through the body
            raise StorageUnavailable(f"s3://{self.settings.bucket}/{self.key(name)}: read: {error}") from error
        finally:
            body.close()

    def delete(self, name: str) -> None:
        self.call("delete_object", name)

    def exists(self, name: str) -> bool:
        try:
            self.call("head_object", name)
        except FileMissing:
            return False
        return True


def backend_for(config) -> LocalFolder | S3Bucket:
    """The backend the settings name; a STORAGE_URL that is not understood stops the start."""
    url = config.get("STORAGE_URL") or ""
    if not url:
        return LocalFolder(config["UPLOAD_FOLDER"])
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(f"STORAGE_URL must be empty (the local UPLOAD_FOLDER) or s3://bucket/prefix, not {url!r}")
    prefix = parts.path.strip("/")
    return S3Bucket(S3Settings(
        bucket=parts.netloc, prefix=f"{prefix}/" if prefix else "",
        endpoint_url=config.get("STORAGE_ENDPOINT_URL") or None, region=config.get("STORAGE_REGION") or None,
        access_key_id=config.get("STORAGE_ACCESS_KEY_ID") or None,
        secret_access_key=config.get("STORAGE_SECRET_ACCESS_KEY") or None,
        timeout=float(config.get("STORAGE_TIMEOUT", 5)),
    ))


def backend() -> LocalFolder | S3Bucket:
    """This app's backend, made on first use from its settings (tests change UPLOAD_FOLDER)."""
    config = current_app.config
    identity = (config.get("STORAGE_URL"), config.get("UPLOAD_FOLDER"), config.get("STORAGE_ENDPOINT_URL"))
    made = current_app.extensions.get("storage")
    if made is None or made[0] != identity:
        made = (identity, backend_for(config))
        current_app.extensions["storage"] = made
    return made[1]


def init_app(app: Flask) -> None:
    """Check the settings now (a wrong STORAGE_URL stops the start) and answer a store that is
    down with 503 in the usual error shape, logged."""
    backend_for(app.config)

    @app.errorhandler(StorageUnavailable)
    def storage_unavailable(error: StorageUnavailable):
        app.logger.error("file storage unavailable: %s", error)
        return error_response(503, "storage_unavailable", "文件存储暂时无法访问，请稍后再试",
                              headers={"Retry-After": str(RETRY_AFTER_SECONDS)})

    @app.errorhandler(FileMissing)
    def file_missing(error: FileMissing):
        app.logger.warning("a stored file is missing: %s", error.name)
        return error_response(error.status, error.code, error.message)
