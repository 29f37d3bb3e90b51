"""Recording what a project did: activities, their photos, reports and answers to them.

The only code that writes these records. Each call checks who is asking and what they
sent, writes the record, an audit row and notifications, and commits once at the end.
"""

from flask import current_app
from sqlalchemy import func, select, update

from .. import audit, idempotency
from ..auth.models import User
from ..errors import Conflict, Forbidden
from ..extensions import db
from ..matches.models import Match
from ..matches.operations import unit_users
from ..models_base import utcnow
from ..notifications import notify
from ..projects.access import manages
from ..projects.models import PROJECT_STATUS_LABELS, Project
from ..sponsors.models import SponsorProfile
from ..validation import check_choice, check_text
from . import photos
from .access import GIVING_STATES, RUNNING, answers_for
from .checks import clean_activity
from .models import Activity, ActivityPhoto, Report, ReportKind


def check_running(actor: User, project: Project, doing: str) -> None:
    """Only the project's units write its records, and only while it runs."""
    if not manages(actor, project):
        raise Forbidden(f"只有项目所属单位及其牵头单位可以{doing}")
    if project.status not in RUNNING:
        state = PROJECT_STATUS_LABELS[project.status]
        raise Conflict(f"项目当前为“{state}”，不能{doing}", code="project_not_running")


def record_activity(actor: User, project: Project, data: dict, once=None) -> Activity:
    """A unit records one day's activity: where, who took part, hours, people served."""
    check_running(actor, project, "记录活动")
    activity = Activity(project=project, created_by=actor, **clean_activity(data, project))
    db.session.add(activity)
    db.session.flush()
    idempotency.keep(once, activity)
    audit.record(actor, "activity.record", activity, project_id=project.id, held_on=activity.held_on.isoformat())
    notify(sponsor_users(project), f"您支持的项目“{project.title}”开展了活动：{activity.held_on} {activity.place}",
           f"/projects/{project.id}/execution")
    db.session.commit()
    return activity


def add_photo(actor: User, activity: Activity, data: bytes, once=None) -> ActivityPhoto:
    """Attach one photo to an activity: an image by its content, within the size and count limits."""
    check_running(actor, activity.project, "上传活动照片")
    limit = current_app.config["PHOTOS_PER_ACTIVITY"]
    count = db.session.scalar(select(func.count()).where(ActivityPhoto.activity_id == activity.id))
    if count >= limit:
        raise Conflict(f"每次活动最多上传 {limit} 张照片", code="too_many_photos")
    clean, extension, content_type = photos.clean_photo(
        data, current_app.config["PHOTO_MAX_BYTES"], current_app.config["PHOTO_MAX_PIXELS"])
    name = photos.store(clean, extension, content_type)
    try:
        photo = ActivityPhoto(activity=activity, stored_name=name, content_type=content_type,
                              size_bytes=len(clean), created_by_id=actor.id)
        db.session.add(photo)
        db.session.flush()
        idempotency.keep(once, photo)
        audit.record(actor, "activity.photo", photo, activity_id=activity.id, size=len(clean))
        db.session.commit()
    except Exception:
        db.session.rollback()
        photos.discard(name)  # no row points at it: do not leave the file behind
        raise
    return photo


def file_report(actor: User, project: Project, data: dict, once=None) -> Report:
    """A unit reports progress, or a difficulty (困难问题) that its lead unit must answer."""
    check_running(actor, project, "上报")
    kind = check_choice(data.get("kind"), ReportKind, "kind", "报告类型（进展情况或困难问题）")
    body = check_text(data.get("body"), "body", "报告内容", max_len=5000)
    report = Report(project=project, kind=kind, body=body, created_by=actor)
    db.session.add(report)
    db.session.flush()
    idempotency.keep(once, report)
    audit.record(actor, f"report.{kind.value}", report, project_id=project.id)
    what = "上报了困难问题，请及时答复" if kind is ReportKind.difficulty else "上报了进展情况"
    readers = [user for user in lead_unit_users(project) if user.id != actor.id]
    notify(readers, f"项目“{project.title}”{what}", f"/projects/{project.id}/execution#report-{report.id}")
    db.session.commit()
    return report


def answer_report(actor: User, report: Report, data: dict) -> Report:
    """The lead unit answers a difficulty report, once."""
    if report.kind is not ReportKind.difficulty:
        raise Conflict("只有困难问题需要答复", code="not_a_difficulty")
    if not answers_for(actor, report.project):
        raise Forbidden("只有项目的牵头单位可以答复困难问题")
    answer = check_text(data.get("answer"), "answer", "答复内容", max_len=5000)
    answered = db.session.execute(
        update(Report)
        .where(Report.id == report.id, Report.answered_at.is_(None))  # two clerks at once: one answer
        .values(answer=answer, answered_by_id=actor.id, answered_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    if answered != 1:
        db.session.rollback()
        raise Conflict("该问题已经答复过了", code="already_answered")
    audit.record(actor, "report.answer", report, project_id=report.project_id)
    notify(unit_users(report.project), f"项目“{report.project.title}”上报的困难问题已得到牵头单位答复",
           f"/projects/{report.project_id}/execution#report-{report.id}")
    db.session.commit()
    db.session.refresh(report)
    return report


def lead_unit_users(project: Project) -> list[User]:
    return db.session.scalars(select(User).where(User.unit_id == project.unit.lead.id, User.active)).all()


def sponsor_users(project: Project) -> list[User]:
    """The accounts of sponsors whose claim or pledge on the project was approved."""
    return db.session.scalars(
        select(User)
        .join(SponsorProfile, SponsorProfile.user_id == User.id)
        .join(Match, Match.sponsor_id == SponsorProfile.id)
        .where(Match.project_id == project.id, Match.state.in_(GIVING_STATES), User.active)
        .distinct()
    ).all()
