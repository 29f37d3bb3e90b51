"""Insurance over the API: the project's unit records cover; the office grants the city's.
The same operations as the pages."""

from flask import jsonify
from flask_login import current_user

from ..auth.access import office_required, role_required
from ..auth.models import Role
from ..errors import Forbidden
from ..execution.models import Activity
from ..insurance import operations
from ..projects.access import managed_project, manages, visible_project
from . import bp
from .body import json_body


def cover_json(cover) -> dict:
    return {"id": cover.id, "insurer": cover.insurer, "policy_number": cover.policy_number,
            "starts_on": cover.starts_on.isoformat(), "ends_on": cover.ends_on.isoformat(),
            "covers_all": cover.covers_all, "by_city": cover.by_city,
            "volunteer_ids": [n.volunteer_id for n in cover.named]}


@bp.get("/projects/<int:project_id>/insurance")
@role_required(Role.unit, Role.office)
def list_insurance(project_id: int):
    """The project's covers and its activities with volunteers uncovered on the day."""
    project = visible_project(project_id, current_user)
    if current_user.role is Role.unit and not manages(current_user, project):
        raise Forbidden("只有项目所属单位和市文明办可以查看保险")
    uncovered = operations.uncovered_activities(Activity.project_id == project.id)
    return jsonify(items=[cover_json(c) for c in operations.covers(project.id)],
                   uncovered=[{"activity_id": u.activity.id, "held_on": u.activity.held_on.isoformat(),
                               "volunteers": u.people} for u in uncovered])


@bp.post("/projects/<int:project_id>/insurance")
@role_required(Role.unit)
def record_insurance(project_id: int):
    """Record cover: {"insurer", "policy_number", "starts_on", "ends_on", "covers_all", "volunteer_ids"}."""
    project = managed_project(project_id, current_user)
    return jsonify(cover_json(operations.record_cover(current_user, project, json_body()))), 201


@bp.post("/projects/<int:project_id>/insurance/city")
@office_required
def city_insurance(project_id: int):
    """Give an outstanding project the city's basic insurance."""
    project = visible_project(project_id, current_user)
    return jsonify(cover_json(operations.grant_city_cover(current_user, project))), 201
