"""One function tells people what concerns them: an in-app notification per user, and a copy
by email to those with an address when SMTP is configured (email.py)."""

from collections.abc import Iterable

from ..extensions import db
from . import email
from .models import Notification


def notify(users: Iterable, message: str, link: str = "") -> None:
    """Queue a notification for each user, in the caller's transaction; emails follow its commit."""
    recipients = {}
    for user in users:
        if user is not None and user.id not in recipients:
            recipients[user.id] = user
            db.session.add(Notification(user_id=user.id, message=message[:300], link=link[:200]))
    email.queue(db.session, recipients.values(), message, link)
