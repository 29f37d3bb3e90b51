"""Service records over the API: an activity's attendance (units), my hours and certificate
(volunteers). The same operations as the pages."""

from flask import jsonify
from flask_login import current_user

from ..auth.access import role_required
from ..auth.models import Role
from ..execution.serialize import activity_json
from ..service_records import certificate, operations
from ..service_records.levels import level_for, next_level
from ..service_records.queries import activity_records, service_lines, total_hours
from ..service_records.serialize import attendance_json, hours_json
from ..service_records.views import managed_activity, my_profile
from ..trainings.operations import training_lines
from ..trainings.serialize import line_json as training_line_json
from . import bp
from .body import json_body


@bp.get("/activities/<int:activity_id>/attendance")
@role_required(Role.unit)
def list_attendance(activity_id: int):
    """Who served at the activity and for how many hours."""
    activity = managed_activity(activity_id)
    return jsonify(activity=activity_json(activity), records=[attendance_json(r) for r in activity_records(activity.id)])


@bp.post("/activities/<int:activity_id>/attendance")
@role_required(Role.unit)
def record_attendance(activity_id: int):
    """Record hours: {"records": [{"volunteer_id", "hours"}]}; hours 0 takes a person off the list."""
    activity = managed_activity(activity_id)
    rows = operations.record_attendance(current_user, activity, json_body())
    return jsonify(activity=activity_json(activity), records=[attendance_json(r) for r in rows])


@bp.get("/me/hours")
@role_required(Role.volunteer)
def my_hours():
    """My confirmed service hours, star level and records."""
    profile = my_profile()
    total = total_hours(profile.id)
    trainings = [training_line_json(line) for line in training_lines(profile.id)]  # apart: no stars from them
    return jsonify(hours_json(total, level_for(total), next_level(total), service_lines(profile.id))
                   | {"trainings": trainings})


@bp.get("/me/certificate.pdf")
@role_required(Role.volunteer)
def my_certificate():
    """My service record certificate (PDF) with its verification code."""
    return certificate.response(my_profile())
