"""Trainings over the API: units record them and who attended, and may require one for a
recruitment; volunteers list theirs. The same operations as the pages."""

from flask import jsonify
from flask_login import current_user

from ..auth.access import role_required
from ..auth.models import Role
from ..service_records.views import my_profile
from ..trainings import operations
from ..trainings.serialize import line_json, training_json
from ..volunteers.recruitments import visible_recruitment
from . import bp
from .body import json_body


@bp.post("/trainings")
@role_required(Role.unit)
def create_training():
    """Record a training: {"topic", "held_on", "hours", "trainer"}."""
    return jsonify(training_json(operations.record_training(current_user, json_body()), [])), 201


@bp.get("/trainings")
@role_required(Role.unit, Role.volunteer)
def list_trainings():
    """A unit: its trainings with who attended. A volunteer: the trainings they attended."""
    if current_user.role is Role.volunteer:
        return jsonify(items=[line_json(line) for line in operations.training_lines(my_profile().id)])
    return jsonify(items=[training_json(t, operations.attendees(t.id)) for t in operations.unit_trainings(current_user)])


@bp.post("/trainings/<int:training_id>/attendees")
@role_required(Role.unit)
def add_attendees(training_id: int):
    """Add who attended: {"volunteer_ids": [...]}."""
    training = operations.managed_training(training_id, current_user)
    return jsonify(training_json(training, operations.record_attendees(current_user, training, json_body())))


@bp.post("/recruitments/<int:recruitment_id>/training")
@role_required(Role.unit)
def require_training(recruitment_id: int):
    """Require a training before sign-up: {"training_id": id}, or null to drop the requirement."""
    recruitment = visible_recruitment(recruitment_id, current_user)
    required = operations.require_training(current_user, recruitment, json_body())
    return jsonify(recruitment_id=recruitment.id, training_id=required.training_id if required else None)
