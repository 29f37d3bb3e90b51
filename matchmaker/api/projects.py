"""Projects and their needs over the API; the same operations as the pages."""

from flask import jsonify, request
from flask_login import current_user

from ..auth.access import public, role_required
from ..auth.models import Role
from ..pagecache import cached_for_visitors
from ..projects import operations, queries
from ..projects.access import managed_project, sees_history, visible_project
from ..projects.serialize import project_json
from . import bp
from .body import json_body


def one(project, status=200):
    pending = queries.pending_by_need([project])
    return jsonify(project_json(project, pending, history=sees_history(current_user, project))), status


@bp.get("/projects")
@public
@cached_for_visitors
def list_projects():
    """Published projects; filters q, category, district, need_kind; paginated."""
    filters = queries.parse_filters(request.args)
    projects, total = queries.search_page(filters)
    pending = queries.pending_by_need(projects)
    return jsonify(
        items=[project_json(p, pending) for p in projects],
        total=total, page=filters.page, per_page=filters.per_page,
    )


@bp.post("/projects")
@role_required(Role.unit)
def create_project():
    """A unit drafts a project with its needs."""
    return one(operations.create_project(current_user, json_body()), 201)


@bp.get("/projects/<int:project_id>")
@public
@cached_for_visitors
def show_project(project_id: int):
    """One project: public once published; drafts only to their units and the office."""
    return one(visible_project(project_id, current_user))


@bp.patch("/projects/<int:project_id>")
@role_required(Role.unit)
def edit_project(project_id: int):
    """Change fields of a draft or published project; needs with an id change, without one are added."""
    return one(operations.update_project(current_user, managed_project(project_id, current_user), json_body()))


@bp.post("/projects/<int:project_id>/<any(submit, publish, return, close):step>")
@role_required(Role.unit, Role.office)
def step_project(project_id: int, step: str):
    """submit (unit), publish / return with a reason (office), close (unit or office)."""
    data = json_body() if request.get_data() else {}
    project = visible_project(project_id, current_user)
    return one(operations.step_project(current_user, project, step, data.get("reason")))
