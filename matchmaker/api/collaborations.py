"""Collaboration requests between units (交叉合作) over the API; the same operations as the pages."""

from flask import jsonify, request
from flask_login import current_user

from ..auth.access import office_required, role_required
from ..auth.models import Role
from ..collaborations import operations, queries
from ..collaborations.access import visible_collaboration
from ..collaborations.serialize import collaboration_json
from ..paging import page_of, paging
from . import bp
from .body import json_body


@bp.post("/collaborations")
@role_required(Role.unit)
def create_collaboration():
    """A project's unit asks another unit: {"project_id", "to_unit_id", "ask", "due_on", "message"}."""
    collaboration = operations.create_collaboration(current_user, json_body())
    return jsonify(collaboration_json(collaboration, history=True)), 201


@bp.get("/collaborations")
@role_required(Role.unit, Role.office)
def list_collaborations():
    """A unit's incoming and outgoing requests, every request for the office.
    Filters: state, direction (incoming|outgoing), overdue=1; page, per_page."""
    asked = paging(request.args)
    statement = queries.collaborations_for(
        current_user, state=request.args.get("state") or None, direction=request.args.get("direction"),
        overdue=request.args.get("overdue") == "1",
    )
    found = page_of(queries.with_parties(statement), asked)
    return jsonify(found.json([collaboration_json(c) for c in found.items]))


@bp.get("/collaborations/<int:collaboration_id>")
@role_required(Role.unit, Role.office)
def show_collaboration(collaboration_id: int):
    """One request with its whole history."""
    return jsonify(collaboration_json(visible_collaboration(collaboration_id, current_user), history=True))


@bp.post("/collaborations/<int:collaboration_id>/remind")
@office_required
def remind_collaboration(collaboration_id: int):
    """催办: the office reminds the asked unit; the state does not change."""
    collaboration = visible_collaboration(collaboration_id, current_user)
    return jsonify(collaboration_json(operations.remind(current_user, collaboration), history=True))


@bp.post("/collaborations/<int:collaboration_id>/<step>")
@role_required(Role.unit, Role.office)
def step_collaboration(collaboration_id: int, step: str):
    """accept, decline (reason), withdraw, done, or close (office, reason): {"reason"?}."""
    data = json_body() if request.get_data() else {}
    collaboration = visible_collaboration(collaboration_id, current_user)
    return jsonify(collaboration_json(
        operations.step_collaboration(current_user, collaboration, step, data.get("reason")), history=True
    ))
