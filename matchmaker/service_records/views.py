"""Pages: the unit's attendance sheet for an activity; the volunteer's own hours and certificate."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..auth.access import role_required
from ..auth.models import Role
from ..errors import DomainError, NotFound
from ..execution.models import Activity
from ..extensions import db
from ..forms import ConfirmForm
from ..projects.access import managed_project
from ..trainings.operations import training_lines
from ..volunteers.models import VolunteerProfile
from . import certificate, operations
from .levels import STAR_LEVELS, level_for, next_level
from .queries import activity_records, admitted_volunteers, by_project, service_lines, total_hours

bp = Blueprint("service_records", __name__)


def managed_activity(activity_id: int) -> Activity:
    """The activity if this unit manages its project: 404 if unseen, 403 if not theirs."""
    activity = db.session.get(Activity, activity_id)
    managed_project(activity.project_id if activity else 0, current_user)
    return activity


@bp.route("/activities/<int:activity_id>/attendance", methods=["GET", "POST"])
@role_required(Role.unit)
def attendance(activity_id: int):
    """The attendance sheet: each admitted volunteer's hours at this activity."""
    activity = managed_activity(activity_id)
    recorded = {row.volunteer_id: row for row in activity_records(activity.id)}
    people = admitted_volunteers(activity.project_id)
    people |= {vid: row.volunteer for vid, row in recorded.items() if vid not in people}
    typed = {vid: str(row.hours) for vid, row in recorded.items()}
    form = ConfirmForm()
    if form.validate_on_submit():
        typed = {vid: request.form.get(f"hours-{vid}", "").strip() for vid in people}
        records = [{"volunteer_id": vid, "hours": value or "0"} for vid, value in typed.items()]
        records = [r for r in records if r["hours"] not in ("0", "0.0") or r["volunteer_id"] in recorded]
        try:
            operations.record_attendance(current_user, activity, {"records": records})
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            flash("服务时长已登记", "success")
            return redirect(url_for("execution.project_record", project_id=activity.project_id,
                                    _anchor=f"activity-{activity.id}"))
    return render_template("service_records/attendance.html", activity=activity, people=people.values(),
                           typed=typed, form=form)


def my_profile() -> VolunteerProfile:
    profile = getattr(current_user, "volunteer", None)
    if profile is None:
        raise NotFound("请先完善志愿者档案")
    return profile


@bp.get("/me/hours")
@role_required(Role.volunteer)
def my_hours():
    """我的志愿服务记录: hours by activity and project, star level, and the certificate."""
    profile = my_profile()
    lines, total = service_lines(profile.id), total_hours(profile.id)
    return render_template("service_records/my_hours.html", lines=lines, projects=by_project(lines), total=total,
                           level=level_for(total), next=next_level(total), levels=STAR_LEVELS,
                           trainings=training_lines(profile.id))


@bp.get("/me/certificate.pdf")
@role_required(Role.volunteer)
def my_certificate():
    """The service record certificate as a PDF."""
    return certificate.response(my_profile())


from . import export  # noqa: E402,F401  (the office's export hangs on this blueprint)
