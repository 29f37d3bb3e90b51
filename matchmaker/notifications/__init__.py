"""One function tells people what concerns them: an in-app notification per user, and a copy
by email to those with an address when SMTP is configured (outbox.py)."""

from collections.abc import Iterable

from flask import current_app
from sqlalchemy import DateTime, String, insert, literal, select

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


def notify_where(who, message: str, link: str = "") -> None:
    """A notification for each account the WHERE clause `who` (on User) selects, in the caller's
    transaction: one INSERT ... SELECT, neither a query for the accounts nor an object each.
    With email copies on, the accounts are read (each copy needs its address): notify()."""
    if current_app.config["MAIL_SERVER"]:
        notify(db.session.scalars(select(User).where(who)).all(), message, link)
        return
    columns = select(User.id, literal(message[:300], String), literal(link[:200], String), literal(utcnow(), DateTime))
    db.session.execute(insert(NOTIFICATIONS).from_select(["user_id", "message", "link", "created_at"], columns.where(who)))
