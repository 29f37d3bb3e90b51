"""Failed sign-ins are limited per address and per username.

Only failures count (the view sets `g.login_failed`), so a clerk who signs in and out all
day is never locked out. With RATELIMIT_STORAGE_URI=redis://… the counts are shared by
every gunicorn worker; the default memory storage counts per worker.
"""

from flask import current_app, g, request

from ..extensions import limiter


def attempted_username() -> str:
    data = request.get_json(silent=True) if request.is_json else request.form
    username = data.get("username") if isinstance(data, dict) or hasattr(data, "getlist") else None
    return "login-username:" + (username.strip().lower()[:40] if isinstance(username, str) else "")


def login_failed(_response) -> bool:
    return g.get("login_failed", False)


def login_throttled(view):
    per_ip = limiter.limit(
        lambda: current_app.config["LOGIN_RATE_LIMIT_PER_IP"],
        methods=["POST"], deduct_when=login_failed, scope="login-ip",
    )
    per_username = limiter.limit(
        lambda: current_app.config["LOGIN_RATE_LIMIT_PER_USERNAME"],
        methods=["POST"], deduct_when=login_failed, scope="login-username",
        key_func=attempted_username,
    )
    return per_ip(per_username(view))
