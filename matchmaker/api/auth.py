"""Tokens and sponsor registration over the API."""

from flask import g, jsonify
from flask_login import current_user

from ..auth.access import login_required, public, request_secret
from ..auth.operations import authenticate, close_session, open_session, register_sponsor, set_email
from ..auth.throttle import login_throttled, registration_throttled
from ..errors import Unauthenticated
from . import bp
from .body import json_body


def user_json(user) -> dict:
    return {"id": user.id, "username": user.username, "role": user.role.value, "name": user.label,
            "email": user.email}


@bp.post("/auth/token")
@public
@login_throttled
def create_token():
    """Exchange username and password for a Bearer token."""
    data = json_body()
    user = authenticate(data.get("username"), data.get("password"))
    if user is None:
        g.login_failed = True
        raise Unauthenticated("用户名或密码错误", code="invalid_credentials")
    return jsonify(token=open_session(user, "api"), user=user_json(user))


@bp.delete("/auth/token")
@login_required
def revoke_token():
    """Revoke the token this request carries."""
    close_session(request_secret())
    return "", 204


@bp.post("/auth/register")
@public
@registration_throttled
def register():
    """Register a sponsor account (enterprise, social_org, merchant or individual)."""
    data = json_body()
    user = register_sponsor(
        data.get("username"), data.get("password"), data.get("kind"), data.get("name"),
        district=data.get("district") or "", contact_phone=data.get("contact_phone") or "",
        email=data.get("email", ""),
    )
    return jsonify(user=user_json(user)), 201


@bp.get("/me")
@login_required
def me():
    """The signed-in user."""
    return jsonify(user=user_json(current_user))


@bp.patch("/me")
@login_required
def update_me():
    """Change the signed-in user's settings: `email` (notifications copied there; "" for none)."""
    data = json_body()
    if "email" in data:
        set_email(current_user, data["email"])
    return jsonify(user=user_json(current_user))
