"""The pages of running a project: its record of activities, reports, summary and rating,
and the forms the unit and the office use to add to it."""

import hashlib

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import idempotency
from ..auth.access import office_required, project_roles_required, role_required
from ..auth.models import Role
from ..errors import DomainError
from ..extensions import db
from ..forms import submit
from ..projects.access import managed_project, manages, visible_project
from ..projects.models import PROJECT_STATUS_LABELS, Project, ProjectStatus
from . import closing, operations, photos, queries, recognition
from .access import answers_for, may_read, readable_project, visible_photo, visible_report, writes_to
from .forms import ActivityForm, AnswerForm, PhotoForm, RatingForm, ReportForm, SummaryForm
from .models import REPORT_KIND_LABELS, Activity, ActivityPhoto, Rating, Report, Summary

bp = Blueprint("execution", __name__)
bp.add_app_template_global(queries.days_waiting, "days_since")


@bp.get("/projects/<int:project_id>/execution")
@project_roles_required
def project_record(project_id: int):
    """What the project did: activities with photos, reports and answers, summary and rating."""
    project = readable_project(project_id, current_user)
    activities = db.session.scalars(
        select(Activity).where(Activity.project_id == project.id)
        .options(selectinload(Activity.photos)).order_by(Activity.held_on.desc(), Activity.id.desc())
    ).all()
    reports = db.session.scalars(
        select(Report).where(Report.project_id == project.id)
        .options(selectinload(Report.answered_by)).order_by(Report.id.desc())
    ).all()
    return render_template(
        "execution/project.html", project=project, activities=activities, reports=reports,
        totals=queries.project_totals(project.id), summary=summary_of(project), rating=rating_of(project),
        received=recognition.received(project), overdue=overdue_for_staff(project),
        writes=writes_to(current_user, project),
        answers=answers_for(current_user, project), photo_form=PhotoForm(), answer_form=AnswerForm(),
        labels=PROJECT_STATUS_LABELS, kinds=REPORT_KIND_LABELS,
    )


@bp.route("/projects/<int:project_id>/activities/new", methods=["GET", "POST"])
@role_required(Role.unit)
def new_activity(project_id: int):
    """Record one activity: date, place, volunteers, hours, people served, notes."""
    project = managed_project(project_id, current_user)
    form = ActivityForm()
    done, activity = submit(
        form, lambda once: operations.record_activity(current_user, project, form.to_data(), once), creates=Activity
    )
    if done:
        flash("活动已记录，可以继续上传活动照片", "success")
        return redirect(url_for(".project_record", project_id=project.id, _anchor=f"activity-{activity.id}"))
    return render_template("execution/activity_form.html", form=form, project=project)


@bp.post("/activities/<int:activity_id>/photos")
@role_required(Role.unit)
def upload_photo(activity_id: int):
    """Attach one photo to an activity."""
    activity = db.session.get(Activity, activity_id)
    project = managed_project(activity.project_id if activity else 0, current_user)
    form = PhotoForm()
    if form.validate_on_submit():
        upload = request.files.get("photo")
        data = upload.read() if upload else b""
        body = {"activity_id": activity_id, "photo": hashlib.sha256(data).hexdigest()}
        try:
            idempotency.create_once(current_user, idempotency.form_key(), body, ActivityPhoto,
                                    lambda once: operations.add_photo(current_user, activity, data, once))
        except DomainError as error:
            flash(error.message, "danger")
        else:
            flash("照片已上传", "success")
    return redirect(url_for(".project_record", project_id=project.id, _anchor=f"activity-{activity_id}"))


@bp.get("/activities/photos/<int:photo_id>")
@project_roles_required
def photo(photo_id: int):
    """A photo, for those who may read the project's records."""
    return photos.send_photo(visible_photo(photo_id, current_user))


@bp.route("/projects/<int:project_id>/reports/new", methods=["GET", "POST"])
@role_required(Role.unit)
def new_report(project_id: int):
    """Report progress, or a difficulty for the lead unit to answer."""
    project = managed_project(project_id, current_user)
    form = ReportForm(kind=request.args.get("kind", "progress"))
    done, report = submit(
        form, lambda once: operations.file_report(current_user, project, {"kind": form.kind.data, "body": form.body.data},
                                                  once),
        creates=Report,
    )
    if done:
        flash("已上报", "success")
        return redirect(url_for(".project_record", project_id=project.id, _anchor=f"report-{report.id}"))
    return render_template("execution/report_form.html", form=form, project=project)


@bp.post("/reports/<int:report_id>/answer")
@role_required(Role.unit)
def answer(report_id: int):
    """The lead unit answers a difficulty report."""
    report = visible_report(report_id, current_user)
    form = AnswerForm()
    if form.validate_on_submit():
        try:
            operations.answer_report(current_user, report, {"answer": form.answer.data})
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            flash("已答复", "success")
    return redirect(url_for(".project_record", project_id=report.project_id, _anchor=f"report-{report_id}"))


@bp.route("/projects/<int:project_id>/summary", methods=["GET", "POST"])
@role_required(Role.unit)
def summary(project_id: int):
    """Close the project with its summary; it becomes completed."""
    project = managed_project(project_id, current_user)
    form = SummaryForm()
    done, _ = submit(form, lambda once: closing.submit_summary(current_user, project, form.data, once), creates=Summary)
    if done:
        flash("项目总结已提交，项目已完成", "success")
        return redirect(url_for(".project_record", project_id=project.id, _anchor="summary"))
    return render_template(
        "execution/summary_form.html", form=form, project=project, totals=queries.project_totals(project.id),
        received=recognition.received(project), done=summary_of(project),
        unmet=[] if summary_of(project) else closing.unmet_parts(project),
    )


@bp.route("/projects/<int:project_id>/rating", methods=["GET", "POST"])
@office_required
def rating(project_id: int):
    """The office rates a completed project against the stated criteria, and may mark it outstanding."""
    project = visible_project(project_id, current_user)
    earlier = rating_of(project)
    shown = {"stars": str(earlier.stars), "comment": earlier.comment, "outstanding": earlier.outstanding} if earlier else {}
    form = RatingForm(data=shown)
    done, _ = submit(form, lambda: closing.rate_project(current_user, project, form.to_data()))
    if done:
        flash("评价已保存", "success")
        return redirect(url_for(".project_record", project_id=project.id, _anchor="rating"))
    return render_template(
        "execution/rating_form.html", form=form, project=project, summary=summary_of(project),
        totals=queries.project_totals(project.id), criteria=closing.RATING_CRITERIA, earlier=earlier,
        labels=PROJECT_STATUS_LABELS,
    )


@bp.app_template_global()
def execution_card(project: Project) -> dict:
    """What the project page's card shows: public totals and rating, and links for those who may act."""
    return {
        "totals": queries.project_totals(project.id),
        # Only a completed project is rated, and nothing leaves that state: no need to look otherwise.
        "rating": rating_of(project) if project.status is ProjectStatus.completed else None,
        "readable": may_read(current_user, project),
        "writes": writes_to(current_user, project),
    }


def overdue_for_staff(project: Project) -> list:
    """The overdue flag, for the project's units and the office (sponsors need not be nagged)."""
    staff = manages(current_user, project) or current_user.role is Role.office
    return queries.overdue_projects(Project.id == project.id) if staff else []


def summary_of(project: Project) -> Summary | None:
    return db.session.scalar(select(Summary).where(Summary.project_id == project.id))


def rating_of(project: Project) -> Rating | None:
    return db.session.scalar(select(Rating).where(Rating.project_id == project.id))


from . import honour, oversight  # noqa: E402,F401  (their pages hang on this blueprint)
