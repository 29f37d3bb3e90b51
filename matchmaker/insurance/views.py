"""Pages: a project's insurance (its unit records cover; the office grants the city's)."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..auth.access import office_required, role_required
from ..auth.models import Role
from ..errors import DomainError, Forbidden
from ..execution.models import Activity
from ..extensions import db
from ..forms import ConfirmForm
from ..projects.access import manages, visible_project
from ..service_records.queries import admitted_volunteers
from . import operations

bp = Blueprint("insurance", __name__)


@bp.route("/projects/<int:project_id>/insurance", methods=["GET", "POST"])
@role_required(Role.unit, Role.office)
def project_insurance(project_id: int):
    """保险保障: the project's covers, activities with uncovered volunteers, and the form to add cover."""
    project = visible_project(project_id, current_user)
    if current_user.role is Role.unit and not manages(current_user, project):
        raise Forbidden("只有项目所属单位和市文明办可以查看保险")
    form = ConfirmForm()
    if form.validate_on_submit():
        data = {key: request.form.get(key, "") for key in ("insurer", "policy_number", "starts_on", "ends_on")}
        data["covers_all"] = request.form.get("covers_all") == "1"
        data["volunteer_ids"] = [int(v) for v in request.form.getlist("volunteer_ids") if v.isascii() and v.isdigit()]
        try:
            operations.record_cover(current_user, project, data)
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            flash("保险已登记", "success")
            return redirect(url_for(".project_insurance", project_id=project.id))
    return render_template(
        "insurance/project.html", project=project, form=form, covers=operations.covers(project.id),
        uncovered=operations.uncovered_activities(Activity.project_id == project.id),
        people=admitted_volunteers(project.id).values(), typed=request.form,
    )


@bp.post("/projects/<int:project_id>/insurance/city")
@office_required
def city_cover(project_id: int):
    """The office gives an outstanding project the city's basic insurance."""
    project = visible_project(project_id, current_user)
    if ConfirmForm().validate_on_submit():
        try:
            operations.grant_city_cover(current_user, project)
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            flash("已给予市级基本保险", "success")
    return redirect(url_for(".project_insurance", project_id=project.id))
