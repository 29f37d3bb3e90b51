"""Who is asking: session and token loading, and access declared once per view.

Pages authenticate by the session cookie, the API (/api/) only by a Bearer token, so
the API needs no CSRF token and a browser's cookie can never drive it.
"""

from functools import wraps

from flask import abort, jsonify, redirect, request, session, url_for
from flask_login import current_user

from ..extensions import login_manager
from .models import Role
from .operations import session_user

SESSION_KEY = "sid"


def is_api_request() -> bool:
    return request.path.startswith("/api/")


def request_secret() -> str | None:
    """The session secret (pages) or bearer token (API) this request carries."""
    if is_api_request():
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer":
            return None
        return token.strip() or None
    return session.get(SESSION_KEY)


@login_manager.user_loader
def load_user_from_session(user_id: str):
    if is_api_request():
        return None
    user = session_user(session.get(SESSION_KEY), "web")
    return user if user is not None and str(user.id) == user_id else None


@login_manager.request_loader
def load_user_from_token(_request):
    return session_user(request_secret(), "api") if is_api_request() else None


@login_manager.unauthorized_handler
def unauthorized():
    if is_api_request():
        return jsonify(error={"code": "unauthorized", "message": "请先登录或提供有效的令牌"}), 401
    return redirect(url_for("auth.login", next=request.full_path if request.query_string else request.path))


def public(view):
    """Mark a view as open to everyone, so the route census knows it was decided."""
    view.access = "public"
    return view


def role_required(*roles: Role):
    """Let in signed-in users of these roles; others get the login page (or 401) or 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        wrapped.access = tuple(roles)
        return wrapped

    return decorator


login_required = role_required(*Role)
office_required = role_required(Role.office)
# Everyone but volunteers: the roles that take part in projects, matches and their records.
PROJECT_ROLES = (Role.office, Role.unit, Role.sponsor)
project_roles_required = role_required(*PROJECT_ROLES)
