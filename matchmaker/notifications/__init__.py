"""One function tells people what concerns them: an in-app notification per user."""

from collections.abc import Iterable

from ..extensions import db
from .models import Notification


def notify(users: Iterable, message: str, link: str = "") -> None:
    """Queue a notification for each user, in the caller's transaction."""
    seen = set()
    for user in users:
        if user is not None and user.id not in seen:
            seen.add(user.id)
            db.session.add(Notification(user_id=user.id, message=message[:300], link=link[:200]))
