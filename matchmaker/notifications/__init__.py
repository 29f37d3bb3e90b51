"""One function tells people what concerns them: an in-app notification per user, and a copy
by email to those with an address when SMTP is configured (outbox.py)."""

import functools
from collections.abc import Iterable

from flask import current_app
from sqlalchemy import DateTime, Insert, String, bindparam, insert, select

from ..appended import append
from ..auth.models import User
from ..extensions import db
from ..models_base import utcnow
from . import outbox
from .models import Notification

NOTIFICATIONS = Notification.__table__


def notify(users: Iterable, message: str, link: str = "") -> None:
    """A notification for each user, and its email copy in the outbox, in the caller's transaction.

    One INSERT for all of them, not an object each for the session to flush: notifications are
    only ever appended (and marked read later)."""
    told = {user.id: user for user in users if user is not None}  # each user once, in order
    if not told:
        return
    rows = [{"user_id": user_id, "message": message[:300], "link": link[:200]} for user_id in told]
    mailed = [user for user in told.values() if outbox.wanted(user)]
    if not mailed:
        db.session.execute(insert(NOTIFICATIONS), rows)
        return
    ids = db.session.execute(insert(NOTIFICATIONS).returning(NOTIFICATIONS.c.id, sort_by_parameter_order=True), rows)
    by_user = dict(zip(told, ids.scalars(), strict=True))
    for user in mailed:
        outbox.queue(by_user[user.id], user, link)


def notify_where(who, params: dict, message: str, link: str = "") -> None:
    """A notification for each account the WHERE clause `who` (on User, with its bound `params`)
    selects, in the caller's transaction: one INSERT ... SELECT, neither a query for the accounts
    nor an object each. `who` is built once, at import (its INSERT is then built once too).
    With email copies on, the accounts are read (each copy needs its address): notify()."""
    if current_app.config["MAIL_SERVER"]:
        notify(db.session.scalars(select(User).where(who), params).all(), message, link)
        return
    values = {"message": message[:300], "link": link[:200], "created_at": utcnow()}
    append(insert_for(who), {**params, **values})  # on PostgreSQL, with the other appended rows


@functools.cache
def insert_for(who) -> Insert:
    columns = select(User.id, bindparam("message", type_=String), bindparam("link", type_=String),
                     bindparam("created_at", type_=DateTime)).where(who)
    return insert(NOTIFICATIONS).from_select(["user_id", "message", "link", "created_at"], columns)
