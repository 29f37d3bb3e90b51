"""Running projects over the API: activities, reports and answers, summary, rating, and the
units' scorecards. The same operations as the pages."""

from flask import jsonify, request
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..auth.access import office_required, project_roles_required, role_required
from ..auth.models import Role
from ..errors import NotFound
from ..execution import assessment, closing, operations, photos, queries
from ..execution.access import readable_project, visible_photo, visible_report
from ..execution.models import Activity, Report, Summary
from ..execution.oversight import assessed_unit, year_arg
from ..execution.serialize import (
    activity_json,
    photo_json,
    rating_json,
    report_json,
    scorecard_json,
    summary_json,
    totals_json,
)
from ..extensions import db
from ..paging import page_of, paging
from ..projects.access import managed_project, visible_project
from . import bp
from .body import json_body


@bp.get("/projects/<int:project_id>/activities")
@project_roles_required
def list_activities(project_id: int):
    """The project's activities, newest first, with the project's totals."""
    project = readable_project(project_id, current_user)
    asked = paging(request.args)
    found = page_of(
        select(Activity).where(Activity.project_id == project.id).options(selectinload(Activity.photos))
        .order_by(Activity.held_on.desc(), Activity.id.desc()), asked
    )
    return jsonify(**found.json([activity_json(a) for a in found.items]),
                   totals=totals_json(queries.project_totals(project.id)))


@bp.post("/projects/<int:project_id>/activities")
@role_required(Role.unit)
def create_activity(project_id: int):
    """Record an activity: held_on, place, volunteers, volunteer_hours, people_served, notes."""
    project = managed_project(project_id, current_user)
    return jsonify(activity_json(operations.record_activity(current_user, project, json_body()))), 201


@bp.post("/activities/<int:activity_id>/photos")
@role_required(Role.unit)
def add_photo(activity_id: int):
    """Attach a photo (multipart field `photo`) to an activity."""
    activity = db.session.get(Activity, activity_id)
    managed_project(activity.project_id if activity else 0, current_user)
    upload = request.files.get("photo")
    photo = operations.add_photo(current_user, activity, upload.read() if upload else b"")
    return jsonify(photo_json(photo)), 201


@bp.get("/activities/photos/<int:photo_id>")
@project_roles_required
def show_photo(photo_id: int):
    """A photo's image, for those who may read its project's records."""
    return photos.send_photo(visible_photo(photo_id, current_user))


@bp.get("/projects/<int:project_id>/reports")
@project_roles_required
def list_reports(project_id: int):
    """The project's progress and difficulty reports with their answers, newest first."""
    project = readable_project(project_id, current_user)
    asked = paging(request.args)
    found = page_of(
        select(Report).where(Report.project_id == project.id).options(selectinload(Report.answered_by))
        .order_by(Report.id.desc()), asked
    )
    return jsonify(found.json([report_json(r) for r in found.items]))


@bp.post("/projects/<int:project_id>/reports")
@role_required(Role.unit)
def create_report(project_id: int):
    """Report {"kind": "progress"|"difficulty", "body"}; difficulties go to the lead unit."""
    project = managed_project(project_id, current_user)
    return jsonify(report_json(operations.file_report(current_user, project, json_body()))), 201


@bp.post("/reports/<int:report_id>/answer")
@role_required(Role.unit)
def answer_report(report_id: int):
    """The lead unit answers a difficulty report: {"answer"}."""
    report = visible_report(report_id, current_user)
    return jsonify(report_json(operations.answer_report(current_user, report, json_body())))


@bp.get("/projects/<int:project_id>/summary")
@project_roles_required
def show_summary(project_id: int):
    """The closing summary with the project's totals."""
    project = readable_project(project_id, current_user)
    summary = db.session.scalar(select(Summary).where(Summary.project_id == project.id))
    if summary is None:
        raise NotFound("该项目尚未提交总结")
    return jsonify(summary_json(summary, queries.project_totals(project.id)))


@bp.post("/projects/<int:project_id>/summary")
@role_required(Role.unit)
def submit_summary(project_id: int):
    """Close the project: {"goals_met", "resources_used", "lessons"}; it becomes completed."""
    project = managed_project(project_id, current_user)
    summary = closing.submit_summary(current_user, project, json_body())
    return jsonify(summary_json(summary, queries.project_totals(project.id))), 201


@bp.post("/projects/<int:project_id>/rating")
@office_required
def rate_project(project_id: int):
    """Rate a completed project: {"stars": 1-5, "comment", "outstanding": bool}."""
    project = visible_project(project_id, current_user)
    rating = closing.rate_project(current_user, project, json_body())
    return jsonify(rating_json(rating) | {"criteria": list(closing.RATING_CRITERIA)})


@bp.get("/units/<int:unit_id>/scorecard")
@role_required(Role.office, Role.unit)
def unit_scorecard(unit_id: int):
    """A unit's scorecard for ?year= (this year by default): score, parts, facts, weights."""
    unit, year = assessed_unit(unit_id, current_user), year_arg()
    return jsonify(scorecard_json(unit, year, assessment.unit_scorecard(unit, year)))
