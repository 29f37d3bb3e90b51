"""Closing a project: the unit's summary (项目总结), which completes it, and the office's
rating (评星定级) with the choice of outstanding projects (优秀项目)."""

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from .. import audit, workflow
from ..auth.models import Role, User
from ..errors import Conflict, Forbidden, Invalid
from ..extensions import db
from ..matches.operations import office_users, unit_users
from ..models_base import utcnow
from ..notifications import notify
from ..projects.models import Project, ProjectStatus
from ..projects.operations import PROJECTS
from ..validation import check_int, check_text
from .models import Activity, Rating, Summary
from .operations import sponsor_users

# What the office weighs when it gives stars; shown beside the rating form and on the API.
RATING_CRITERIA = (
    "目标达成：项目方案的服务目标、开展次数是否完成",
    "服务成效：服务人次、志愿服务时长与服务对象的反馈",
    "资源使用：认领认捐的资金物资是否用于项目、使用是否公开",
    "运行规范：活动记录、进展和困难上报是否及时真实",
    "示范推广：做法是否可复制、是否形成经验",
)
OUTSTANDING_MIN_STARS = 4


def submit_summary(actor: User, project: Project, data: dict) -> Summary:
    """The unit closes the project with its summary; the project becomes completed.

    The summary is the `complete` step's own write: the step is checked first (allowed from
    the project's status, by its unit, no claim or pledge waiting), then the summary, and
    both are written in the step's one transaction.
    """
    step, reason = workflow.check(PROJECTS, actor, project, "complete")
    fields = clean_summary(data)
    if db.session.scalar(select(Activity.id).where(Activity.project_id == project.id).limit(1)) is None:
        raise Conflict("项目还没有活动记录，请先记录开展的活动再提交总结", code="no_activities")

    summary = Summary(created_by=actor, **fields)

    def write_summary():
        summary.project = project
        db.session.add(summary)
        db.session.flush()  # a second summary fails here, on the UNIQUE project_id
        audit.record(actor, "summary.submit", summary, project_id=project.id)
        notify(sponsor_users(project), f"您支持的项目“{project.title}”已完成，欢迎查看项目总结",
               f"/projects/{project.id}/execution#summary")
        notify(office_users(), f"项目“{project.title}”已提交总结，待评星定级", f"/projects/{project.id}/rating")

    try:
        workflow.take(PROJECTS, actor, project, step, reason, also=write_summary)
    except IntegrityError:
        raise Conflict("该项目已提交过总结", code="summary_exists") from None
    return summary


def clean_summary(data: dict) -> dict:
    return {
        "goals_met": check_text(data.get("goals_met"), "goals_met", "目标完成情况", max_len=5000),
        "resources_used": check_text(data.get("resources_used"), "resources_used", "资源接收与使用情况", max_len=5000),
        "lessons": check_text(data.get("lessons"), "lessons", "经验与不足", max_len=5000),
    }


def clean_rating(data: dict) -> dict:
    stars = check_int(data.get("stars"), "stars", "星级", low=1, high=5)
    outstanding = data.get("outstanding", False)
    if not isinstance(outstanding, bool):
        raise Invalid("是否评为优秀项目应为 true 或 false", field="outstanding")
    if outstanding and stars < OUTSTANDING_MIN_STARS:
        raise Invalid(f"评为优秀项目须至少 {OUTSTANDING_MIN_STARS} 星", field="outstanding")
    return {
        "stars": stars,
        "comment": check_text(data.get("comment"), "comment", "评价意见", max_len=2000),
        "outstanding": outstanding,
    }


def rate_project(actor: User, project: Project, data: dict) -> Rating:
    """The office rates a completed project; rating it again replaces the earlier rating."""
    if actor.role is not Role.office:
        raise Forbidden("只有市文明办可以评星定级")
    if project.status is not ProjectStatus.completed:
        raise Conflict("项目提交总结、完成后才能评星定级", code="project_not_completed")
    fields = clean_rating(data)
    rating = db.session.scalar(select(Rating).where(Rating.project_id == project.id))
    before = {"stars": rating.stars, "outstanding": rating.outstanding} if rating else None
    if rating is None:
        rating = Rating(project=project)
        db.session.add(rating)
    for name, value in fields.items():
        setattr(rating, name, value)
    rating.rated_by, rating.rated_at = actor, utcnow()
    try:
        db.session.flush()
    except IntegrityError:  # two office clerks rated the same project at once
        db.session.rollback()
        raise Conflict("该项目刚刚已被评价，请刷新后再修改", code="stale_rating") from None
    audit.record(actor, "project.rate", project, stars=rating.stars, outstanding=rating.outstanding, before=before)
    honour = "，并评为优秀项目" if rating.outstanding else ""
    notify(unit_users(project), f"项目“{project.title}”获评 {rating.stars} 星{honour}", f"/projects/{project.id}/execution")
    db.session.commit()
    return rating
