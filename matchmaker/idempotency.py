"""One record per request, however often it is sent: the API's `Idempotency-Key` header and
the pages' hidden `idempotency_key` field, honoured the same way.

A page form that creates something carries a key made when the form was rendered
(`{{ form_key() }}` in the template); an API client sends its own. The operation that creates
the record stores the key beside it, in its one transaction, with a hash of what was asked:

- the same key again (a double click, a browser retry, a client's retry) gets the first
  record back, and the page goes where the first answer went;
- the same key with another body is refused with 422 `idempotency_key_reused`, never answered
  with a record made for something else;
- two requests racing with one key leave one record: the UNIQUE (user, key) refuses the
  second at its commit, which then reads the first.

In an operation: `create_once(actor, key, data, Model, lambda once: make(..., once))`, and
`make` calls `keep(once, record)` after flushing the record, before its commit.
Page views get this from `forms.submit(..., creates=Model)`.
"""

import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from flask import request
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from .errors import Invalid
from .extensions import db
from .matches.models import IdempotencyKey
from .validation import check_text

FORM_FIELD = "idempotency_key"
T = TypeVar("T")


def new_key() -> str:
    """A key for a form being rendered (the template global `form_key`)."""
    return secrets.token_urlsafe(18)


def form_key() -> str | None:
    return request.form.get(FORM_FIELD) or None


def body_hash(data) -> str:
    """The same request hashes the same whatever the order of its fields."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True)
class Once:
    """A key to store with the record the request creates."""

    user_id: int
    key: str
    resource: str
    request_hash: str


def create_once(actor, key, data, model: type, create: Callable[[Once | None], T]) -> tuple[T, bool]:
    """(the record, True) when `create` made it; (the first record, False) when this key did before."""
    key = check_key(key)
    if key is None:
        return create(None), True
    once = Once(actor.id, key, model.__tablename__, body_hash(data))
    if (earlier := made_with(once, model)) is not None:
        return earlier, False
    try:
        return create(once), True
    except IntegrityError:
        db.session.rollback()
        if (earlier := made_with(once, model)) is not None:
            return earlier, False  # a concurrent request with the same key won the race
        raise


def keep(once: Once | None, record) -> None:
    """Store the key with the record just flushed, in the creating operation's transaction."""
    if once is not None:
        db.session.execute(insert(IdempotencyKey.__table__), {
            "user_id": once.user_id, "key": once.key, "resource": once.resource, "resource_id": record.id,
            "request_hash": once.request_hash,
        })


def made_with(once: Once, model: type):
    row = db.session.execute(
        select(IdempotencyKey.resource, IdempotencyKey.resource_id, IdempotencyKey.request_hash)
        .where(IdempotencyKey.user_id == once.user_id, IdempotencyKey.key == once.key)
    ).first()
    if row is None:
        return None
    # Keys stored before hashes were kept (NULL) are trusted, as they were then.
    if row.resource != once.resource or row.request_hash not in (None, once.request_hash):
        raise Invalid("该 Idempotency-Key 已用于内容不同的另一次提交，请换一个新的 Key（页面上请刷新后重新填写）",
                      field="Idempotency-Key", code="idempotency_key_reused")
    return db.session.get(model, row.resource_id)


def check_key(key) -> str | None:
    if key is None:
        return None
    return check_text(key, "Idempotency-Key", "Idempotency-Key", max_len=100)
