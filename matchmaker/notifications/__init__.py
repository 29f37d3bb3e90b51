"""One function tells people what concerns them: an in-app notification per user, and a copy
by email to those with an address when SMTP is configured (outbox.py)."""

from collections.abc import Iterable

from ..extensions import db
from . import outbox
from .models import Notification


def notify(users: Iterable, message: str, link: str = "") -> None:
    """A notification for each user, and its email copy in the outbox, in the caller's transaction."""
    told = set()
    for user in users:
        if user is not None and user.id not in told:
            told.add(user.id)
            notification = Notification(user_id=user.id, message=message[:300], link=link[:200])
            db.session.add(notification)
            outbox.queue(notification, user, link)
