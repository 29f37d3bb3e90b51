"""Public pages kept for anonymous visitors until something changes.

Everyone who is not signed in sees the same catalogue, so a page (or public API answer)
rendered for one visitor can serve the next. A page stays as long as nothing has been
decided since it was rendered, and at most PUBLIC_PAGE_CACHE_SECONDS (0 turns the cache
off). "Something decided" is read from the audit log: every operation that changes what the
public sees (a project edited or published, a pledge made or approved, an activity, a
rating, ...) writes an audit row in its own transaction, so the newest audit id moves with
every change. Each worker reads it at most every PUBLIC_PAGE_RECHECK_SECONDS, which is
one indexed query instead of a page's dozen; when it moved, the worker forgets its pages.

Two changes committed in the same instant can commit out of id order; the page is then
late by at most PUBLIC_PAGE_CACHE_SECONDS. Signed-in people, API clients with a token and
anyone with a message waiting to be shown always get a fresh page.

A few API answers depend only on the data and on who asks (a sponsor's recommendations):
`cached_per_user` keeps them the same way, under the user's id, after the access check of
the view has run (so a revoked token is refused as always).
"""

import time
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import wraps

from flask import Response, current_app, request, session
from flask_login import current_user
from sqlalchemy import func, select

from .audit.models import AuditEntry
from .extensions import db

MAX_BYTES = 32 * 1024 * 1024  # per worker; query strings are the visitor's to choose


@dataclass
class Page:
    body: bytes
    mimetype: str
    rendered_at: float


@dataclass
class KeptAnswers:
    pages: OrderedDict = field(default_factory=OrderedDict)  # least recently used first
    size: int = 0
    last_change: int | None = None  # the newest audit id when the pages were rendered
    checked_at: float = float("-inf")

    def get(self, key: str, now: float, max_age: float) -> Page | None:
        page = self.pages.get(key)
        if page is None or now - page.rendered_at >= max_age:
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

    def forget_if_changed(self, now: float, every: float) -> None:
        """Drop every page if something was decided since they were rendered."""
        if now - self.checked_at < every:
            return
        change = db.session.scalar(select(func.max(AuditEntry.id)))
        if change != self.last_change:
            self.pages.clear()
            self.size = 0
            self.last_change = change
        self.checked_at = now


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
    now = time.monotonic()
    cache.forget_if_changed(now, config["PUBLIC_PAGE_RECHECK_SECONDS"])
    page = cache.get(key, now, max_age)
    if page is None:
        answer = current_app.make_response(view(*args, **kwargs))
        # A page that wrote to the session (a CSRF token, say) is that visitor's own.
        if answer.status_code != 200 or session.modified:
            return answer
        page = Page(answer.get_data(), answer.mimetype, now)
        cache.put(key, page)
    return Response(page.body, mimetype=page.mimetype)
