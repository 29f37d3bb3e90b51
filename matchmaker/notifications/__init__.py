"""One function tells people what concerns them: an in-app notification per user, and a copy
by email to those with an address when SMTP is configured (outbox.py)."""

from collections.abc import Iterable

from sqlalchemy import insert

from ..extensions import db
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
