"""Incentives over the API: sponsors post and redeem, volunteers see and take. The same
operations as the pages."""

from flask import jsonify
from flask_login import current_user

from ..auth.access import role_required
from ..auth.models import Role
from ..incentives import operations
from ..incentives.serialize import code_json, incentive_json
from ..service_records.views import my_profile
from . import bp
from .body import json_body


@bp.post("/incentives")
@role_required(Role.sponsor)
def create_incentive():
    """Offer volunteers something: {"title", "description", "min_stars", "min_hours", "quantity", "valid_until"}."""
    return jsonify(incentive_json(operations.post_incentive(current_user, json_body()))), 201


@bp.get("/incentives")
@role_required(Role.sponsor, Role.volunteer)
def list_incentives():
    """A volunteer: the running incentives they qualify for. A sponsor: its own, with counts."""
    if current_user.role is Role.volunteer:
        return jsonify(items=[incentive_json(i, counts=False) for i in operations.offered_to(my_profile())])
    sponsor = operations.giver(current_user)
    return jsonify(items=[incentive_json(i) for i in operations.posted_by(sponsor.id)])


@bp.post("/incentives/<int:incentive_id>/take")
@role_required(Role.volunteer)
def take_incentive(incentive_id: int):
    """Take one: answers {"code"} to show the merchant."""
    taken = operations.take(current_user, operations.find(incentive_id))
    return jsonify(code_json(taken)), 201


@bp.get("/incentives/codes")
@role_required(Role.volunteer)
def my_codes():
    """The codes I took, newest first, and whether each was used."""
    return jsonify(items=[code_json(taken) for taken in operations.mine(my_profile())])


@bp.post("/incentives/codes/<code>/redeem")
@role_required(Role.sponsor)
def redeem_code(code: str):
    """The merchant marks a volunteer's code used (once)."""
    return jsonify(code_json(operations.redeem(current_user, code)))
