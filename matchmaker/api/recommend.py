"""Recommendations over the API: projects for a sponsor, sponsors and partner units for a project."""

from flask import jsonify, request
from flask_login import current_user
from sqlalchemy import select

from ..auth.access import public, role_required
from ..auth.models import Role
from ..catalog.models import Unit
from ..errors import Conflict, Forbidden
from ..extensions import db
from ..pagecache import cached_per_user
from ..projects import queries
from ..projects.access import manages, visible_project
from ..projects.serialize import project_json
from ..recommend import board_service, service
from ..sponsors.serialize import profile_json
from ..validation import int_arg
from ..volunteers.serialize import recruitment_json
from . import bp


def limit_arg(default: int = 10) -> int:
    return int_arg(request.args, "limit", "条数", default, high=50)


@bp.get("/recommendations")
@role_required(Role.sponsor, Role.volunteer)
@cached_per_user
def recommendations():
    """Projects for the signed-in sponsor, or open recruitments for a volunteer, best first,
    each with its reasons."""
    limit = limit_arg()
    if current_user.role is Role.volunteer:
        return jsonify(items=[
            {"recruitment": recruitment_json(recruitment), "score": round(result.score, 4),
             "reasons": list(result.reasons)}
            for recruitment, result in board_service.recruitments_for(current_user.volunteer, limit=limit)
        ])
    if current_user.sponsor is None:
        raise Conflict("请先完善爱心档案", code="profile_missing")
    pairs = service.recommend_for(current_user.sponsor, limit=limit)
    pending = queries.pending_by_need([project for project, _ in pairs])
    items = [
        {"project": project_json(project, pending), "score": round(result.score, 4), "reasons": list(result.reasons)}
        for project, result in pairs
    ]
    return jsonify(items=items)


def project_for_staff(project_id: int):
    """A project whose managing units, or the office, may look for partners for it."""
    project = visible_project(project_id, current_user)
    if current_user.role is not Role.office and not manages(current_user, project):
        raise Forbidden("只有项目所属单位及其牵头单位、市文明办可以查看推荐")
    return project


@bp.get("/projects/<int:project_id>/recommended-sponsors")
@role_required(Role.unit, Role.office)
def recommended_sponsors(project_id: int):
    """Sponsors worth inviting to this project, with reasons."""
    limit = limit_arg()
    project = project_for_staff(project_id)
    items = [
        {"sponsor": profile_json(profile), "score": round(result.score, 4), "reasons": list(result.reasons)}
        for profile, result in service.sponsors_for(project, limit=limit)
    ]
    return jsonify(items=items)


@bp.get("/projects/<int:project_id>/recommended-partners")
@role_required(Role.unit, Role.office)
def recommended_partners(project_id: int):
    """Units whose work resembles this project: candidates for a collaboration request."""
    limit = limit_arg(5)
    project = project_for_staff(project_id)
    results = service.partner_units(project, limit=limit)
    units = {u.id: u for u in db.session.scalars(select(Unit).where(Unit.id.in_([r.id for r in results])))}
    items = [
        {"unit": {"id": r.id, "name": units[r.id].name}, "score": round(r.score, 4), "reasons": list(r.reasons)}
        for r in results if r.id in units
    ]
    return jsonify(items=items)


@bp.get("/projects/<int:project_id>/similar")
@public
def similar_projects(project_id: int):
    """Published projects like this one."""
    project = visible_project(project_id, current_user)
    limit = limit_arg(5)
    items = [
        {"project": {"id": p.id, "title": p.title}, "score": round(r.score, 4), "reasons": list(r.reasons)}
        for p, r in service.similar_projects(project, limit=limit)
    ]
    return jsonify(items=items)
