"""Public pages kept for anonymous visitors until something changes.

Everyone who is not signed in sees the same catalogue, so a page (or public API answer)
rendered for one visitor can serve the next. A page is kept under the version of the data it
was rendered at (freshness.py: the newest decision in the audit log), and at most
PUBLIC_PAGE_CACHE_SECONDS (0 turns the cache off); when the version moves, the worker forgets
its pages. The recommender's index follows the same version, so a page is never rendered from
an index older than the version it is kept under. Signed-in people, API clients with a token
and anyone with a message waiting to be shown always get a fresh page.

A few API answers depend only on the data and on who asks (a sponsor's recommendations):
`cached_per_user` keeps them the same way, under the user's id, after the access check of
the view has run (so a revoked token is refused as always).

Where they are kept: in the worker's memory (KeptAnswers), or, under gunicorn --preload,
in a folder all the workers share (SharedAnswers, set up by wsgi.py), so that a page is
rendered once per change rather than once in every worker.
"""

import atexit
import contextlib
import hashlib
import os
import shutil
import tempfile
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path

from flask import Flask, Response, current_app, request, session
from flask_login import current_user

from .freshness import data_version

MAX_BYTES = 32 * 1024 * 1024  # per worker; query strings are the visitor's to choose
SHARED_MAX_BYTES = 128 * 1024 * 1024  # for all the workers of a server together
SIZE_CHECK_EVERY = 64  # answers a worker writes between two looks at the shared folder's size
IN_FLIGHT = "."  # the prefix of an answer's file while it is written
ABANDONED_AFTER = 60  # seconds: a file still in flight this long was left by a killed worker


@dataclass
class Page:
    body: bytes
    mimetype: str
    rendered_at: float = field(default_factory=time.monotonic)


class KeptAnswers:
    """In this worker's memory: the default (tests, `flask run`, a server without --preload)."""

    def __init__(self) -> None:
        self.pages: OrderedDict[str, Page] = OrderedDict()  # least recently used first
        self.size = 0
        self.version: tuple | None = None  # the data's version the answers were rendered at

    def follow(self, version: tuple) -> None:
        """Forget every answer if the data's version moved since they were rendered."""
        if version != self.version:
            self.version = version
            self.forget()

    def get(self, key: str, max_age: float) -> Page | None:
        page = self.pages.get(key)
        if page is None or time.monotonic() - page.rendered_at >= max_age:
            return None
        self.pages.move_to_end(key)
        return page

    def put(self, key: str, page: Page) -> None:
        old = self.pages.pop(key, None)
        self.size += len(page.body) - (len(old.body) if old else 0)
        self.pages[key] = page
        while self.size > MAX_BYTES:
            _, dropped = self.pages.popitem(last=False)
            self.size -= len(dropped.body)

    def forget(self) -> None:
        self.pages.clear()
        self.size = 0


class SharedAnswers(KeptAnswers):
    """In files every worker of one server reads, so a page is rendered once per change
    instead of once per worker. One file an answer, named by the data's version it was rendered
    at and a hash of its key, written whole and then renamed (a reader never sees half of one).
    A worker that sees the version move removes the files of every other id. In front of
    the folder, each worker keeps the answers it served in memory (what KeptAnswers does):
    the busiest pages are served without reading a file."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.written = 0

    def path(self, key: str) -> Path:
        return self.folder / f"{self.prefix()}{hashlib.sha256(key.encode()).hexdigest()}"

    def prefix(self) -> str:
        return "".join(f"{part}-" for part in self.version or ())

    def get(self, key: str, max_age: float) -> Page | None:
        page = super().get(key, max_age)
        if page is None:
            page = self.read(key, max_age)
            if page is not None:
                super().put(key, page)
        return page

    def read(self, key: str, max_age: float) -> Page | None:
        try:
            with open(self.path(key), "rb") as file:
                age = time.time() - os.fstat(file.fileno()).st_mtime
                if age >= max_age:
                    return None
                mimetype, _, body = file.read().partition(b"\n")
        except FileNotFoundError:
            return None
        return Page(body, mimetype.decode(), rendered_at=time.monotonic() - age)

    def put(self, key: str, page: Page) -> None:
        super().put(key, page)
        self.written += 1
        if self.written % SIZE_CHECK_EVERY == 0:
            self.keep_within(SHARED_MAX_BYTES)
        try:
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=IN_FLIGHT)
        except OSError:
            return  # the folder is gone (the server is stopping): nothing is kept
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(page.mimetype.encode() + b"\n" + page.body)
            os.replace(temporary, self.path(key))
        except OSError:
            remove(temporary)  # a full disk, say: the answer is not kept, and the visitor has it anyway

    def forget(self) -> None:
        super().forget()
        current = self.prefix()
        for path, _ in self.files():
            if not path.name.startswith(current):
                remove(path)

    def keep_within(self, limit: int) -> None:
        """Remove the oldest answers until the folder holds at most half of `limit`."""
        files = sorted(self.files(), key=lambda found: found[1].st_mtime)
        size = sum(stat.st_size for _, stat in files)
        while files and size > limit // 2:
            path, stat = files.pop(0)
            size -= stat.st_size
            remove(path)

    def files(self) -> list[tuple[Path, os.stat_result]]:
        """The kept answers with their size and age; not those being written (a file a
        killed worker left half-written is counted once it is a minute old), nor those another
        worker removed meanwhile."""
        found = []
        with contextlib.suppress(FileNotFoundError):
            for entry in os.scandir(self.folder):
                with contextlib.suppress(FileNotFoundError):
                    stat = entry.stat()
                    if not entry.name.startswith(IN_FLIGHT) or time.time() - stat.st_mtime > ABANDONED_AFTER:
                        found.append((Path(entry.path), stat))
        return found


def remove(path: Path | str) -> None:
    with contextlib.suppress(FileNotFoundError):  # another worker removed it first
        os.unlink(path)


def share_between_workers(app: Flask) -> None:
    """Keep answers in a folder the workers forked from this process share (`wsgi.py`, run once
    in the gunicorn master with --preload). The folder goes when this process exits."""
    folder = Path(tempfile.mkdtemp(prefix="matchmaker-answers-"))
    owner = os.getpid()
    app.extensions["kept_answers"] = SharedAnswers(folder)

    @atexit.register
    def remove_folder() -> None:
        if os.getpid() == owner:  # the workers inherit this hook; only the master removes
            shutil.rmtree(folder, ignore_errors=True)


def kept_answers() -> KeptAnswers:
    return current_app.extensions.setdefault("kept_answers", KeptAnswers())


def is_visitor() -> bool:
    """Nobody signed in and nothing personal to show: the page is the same for everyone."""
    return (
        "Authorization" not in request.headers
        and not session.get("_flashes")
        and not current_user.is_authenticated
    )


def cached_for_visitors(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not is_visitor():
            return view(*args, **kwargs)
        return kept_answer(request.full_path, view, args, kwargs)

    return wrapped


def cached_per_user(view):
    """For a view behind an access decorator, whose answer depends only on the data and the user."""
    @wraps(view)
    def wrapped(*args, **kwargs):
        return kept_answer(f"user {current_user.id} {request.full_path}", view, args, kwargs)

    return wrapped


def kept_answer(key: str, view, args, kwargs):
    config = current_app.config
    max_age = config["PUBLIC_PAGE_CACHE_SECONDS"]
    if not max_age:
        return view(*args, **kwargs)
    cache = kept_answers()
    cache.follow(data_version())
    page = cache.get(key, max_age)
    if page is None:
        answer = current_app.make_response(view(*args, **kwargs))
        # A page that wrote to the session (a CSRF token, say) is that visitor's own.
        if answer.status_code != 200 or session.modified:
            return answer
        page = Page(answer.get_data(), answer.mimetype)
        cache.put(key, page)
    return Response(page.body, mimetype=page.mimetype)
