"""Claims (认领) and pledges (认捐) over the API; the same operations as the pages."""

from flask import jsonify, request
from flask_login import current_user
from sqlalchemy.orm import selectinload

from ..auth.access import project_roles_required, role_required
from ..auth.models import Role
from ..database import kept_after_commit
from ..matches import operations
from ..matches.models import Match
from ..matches.serialize import SHOWN_MATCH, loaded, match_json
from ..paging import page_of, paging
from . import bp
from .body import json_body


@bp.post("/matches")
@role_required(Role.sponsor)
def create_match():
    """A sponsor claims a project or pledges to a need; an Idempotency-Key makes retries safe."""
    with kept_after_commit():  # the new match, its one history step and its parties are all in memory
        match, created = operations.create_match(
            current_user._get_current_object(),  # the account, not the proxy: the pledge reads it often
            json_body(), request.headers.get("Idempotency-Key"),
        )
    return jsonify(match_json(match if created else loaded(match), history=True)), 201 if created else 200


@bp.get("/matches")
@project_roles_required
def list_matches():
    """The caller's matches: a sponsor's own, a unit's incoming, all for the office."""
    asked = paging(request.args)
    statement = operations.matches_for(current_user, request.args.get("state") or None)
    found = page_of(statement.options(
        selectinload(Match.project), selectinload(Match.need), selectinload(Match.sponsor)
    ), asked)
    return jsonify(found.json([match_json(m) for m in found.items]))


@bp.get("/matches/<int:match_id>")
@project_roles_required
def show_match(match_id: int):
    """One match with its whole history."""
    return jsonify(match_json(operations.visible_match(match_id, current_user, SHOWN_MATCH), history=True))


@bp.post("/matches/<int:match_id>/<step>")
@project_roles_required
def step_match(match_id: int, step: str):
    """accept, decline, approve, reject, withdraw, fulfil or cancel, with an optional reason."""
    data = json_body() if request.get_data() else {}
    user = current_user._get_current_object()  # the account, not the proxy: the step reads it often
    match = operations.visible_match(match_id, user, SHOWN_MATCH)
    # Answered from memory: the step runner sets what its UPDATE wrote and adds the new history row
    # to the loaded history; nothing else of what is shown changes in a step.
    with kept_after_commit():
        operations.step_match(user, match, step, data.get("reason"))
    return jsonify(match_json(match, history=True))
