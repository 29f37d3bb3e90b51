"""The signed-in sponsor's profile (爱心档案) and offers (爱心资源)."""

from flask import jsonify
from flask_login import current_user

from ..auth.access import role_required
from ..auth.models import Role
from ..errors import NotFound
from ..sponsors.operations import save_profile
from ..sponsors.serialize import profile_json
from . import bp
from .body import json_body


@bp.get("/me/profile")
@role_required(Role.sponsor)
def get_profile():
    """The sponsor's own profile with its offers."""
    if current_user.sponsor is None:
        raise NotFound("您还没有填写爱心档案", code="no_profile")
    return jsonify(profile_json(current_user.sponsor))


@bp.put("/me/profile")
@role_required(Role.sponsor)
def put_profile():
    """Replace the whole profile and its offers (money quantities in yuan)."""
    profile = save_profile(current_user, json_body())
    return jsonify(profile_json(profile))
