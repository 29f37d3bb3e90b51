"""Sign-in and registration limits, designed so that nobody can lock an owner out.

Sign-in (the page and POST /api/v1/auth/token) has two limits, and both count only failures
(the view sets `g.login_failed`), so a clerk who signs in and out all day is never slowed:

- per address (LOGIN_RATE_LIMIT_PER_IP, 20/minute): one machine guessing many usernames;
- per username (LOGIN_RATE_LIMIT_PER_USERNAME, 5/minute): many machines guessing one account.
  This one counts, and applies to, only *strangers*: addresses that have not signed in to
  that account in the last KNOWN_ADDRESS_DAYS days (a session or token opened from there).

So someone who hammers a known username from elsewhere locks out only other strangers: the
owner, at the office or on the phone that signed in before, is let through, and their correct
password works even while the username is throttled. An owner on a new address during an
attack waits the window out (a minute) like any stranger; their own address's limit is
touched only by guesses made from that address. The price: an attacker sharing the owner's
address (the same office NAT) is not limited per username, only per address.

Registration (REGISTER_RATE_LIMIT_PER_IP) counts every submission, so asking "is this name
taken?" is as limited as registering; the operation answers it last (auth.operations).

Every 429 says when to come back (Retry-After, errors.py). The counts live where
RATELIMIT_STORAGE_URI says: memory (per worker: several workers multiply every limit, which
production refuses, see config.py) or Redis (shared). When Redis cannot be reached the limits
go on in each worker's memory, with one warning in the log (extensions.limiter_storage_ok).
"""

from datetime import timedelta

from flask import current_app, g, request
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from ..extensions import db, limiter
from ..models_base import utcnow
from .models import AuthSession, User

KNOWN_ADDRESS_DAYS = 90


def attempted_name() -> str:
    data = request.get_json(silent=True) if request.is_json else request.form
    username = data.get("username") if isinstance(data, dict) or hasattr(data, "getlist") else None
    return username.strip().lower()[:40] if isinstance(username, str) else ""


def attempted_username() -> str:
    return "login-username:" + attempted_name()


def login_failed(_response) -> bool:
    return g.get("login_failed", False)


def known_address() -> bool:
    """Whether this address has signed in to the attempted account lately (not a stranger)."""
    name, address = attempted_name(), request.remote_addr
    if not name or not address:
        return False
    try:
        return db.session.scalar(
            select(AuthSession.id).join(User)
            .where(func.lower(User.username) == name, AuthSession.ip == address,
                   AuthSession.created_at >= utcnow() - timedelta(days=KNOWN_ADDRESS_DAYS))
            .limit(1)
        ) is not None
    except SQLAlchemyError:  # the limiter would take this for its storage failing; the view will say
        db.session.rollback()
        return False


def login_throttled(view):
    """The sign-in limits, one count for the page and the API alike (shared limits)."""
    per_ip = limiter.shared_limit(
        lambda: current_app.config["LOGIN_RATE_LIMIT_PER_IP"], "login-ip",
        methods=["POST"], deduct_when=login_failed,
    )
    per_username = limiter.shared_limit(
        lambda: current_app.config["LOGIN_RATE_LIMIT_PER_USERNAME"], "login-username",
        methods=["POST"], deduct_when=login_failed, key_func=attempted_username, exempt_when=known_address,
    )
    return per_ip(per_username(view))


def registration_throttled(view):
    return limiter.shared_limit(lambda: current_app.config["REGISTER_RATE_LIMIT_PER_IP"], "register-ip",
                                methods=["POST"])(view)
