"""Who may read and who may write what a project did.

The project's units (the owning unit and its lead unit) record activities and reports; the
lead unit answers difficulty reports; the office sees everything; a sponsor whose claim or
pledge on the project was approved may read how its gift was used. Everyone else may see
that the project exists (if it is public) but not its records.
"""

from sqlalchemy import select

from ..auth.models import Role
from ..errors import Forbidden, NotFound
from ..extensions import db
from ..matches.models import Match, MatchState
from ..projects.access import manages, visible_project
from ..projects.models import Project, ProjectStatus
from .models import ActivityPhoto, Report

GIVING_STATES = (MatchState.approved, MatchState.fulfilled)
RUNNING = (ProjectStatus.published, ProjectStatus.closed)  # published, or closed to new sponsors


def is_sponsor_of(user, project: Project) -> bool:
    if not user.is_authenticated or user.role is not Role.sponsor or user.sponsor is None:
        return False
    given = select(Match.id).where(
        Match.project_id == project.id, Match.sponsor_id == user.sponsor.id, Match.state.in_(GIVING_STATES)
    )
    return db.session.scalar(given.limit(1)) is not None


def may_read(user, project: Project) -> bool:
    if not user.is_authenticated:
        return False
    return user.role is Role.office or manages(user, project) or is_sponsor_of(user, project)


def writes_to(user, project: Project) -> bool:
    """The project's units add to its record while it runs."""
    return manages(user, project) and project.status in RUNNING


def readable_project(project_id: int, user) -> Project:
    """The project if this user may read its records: 404 if unseen, 403 if only seen."""
    project = visible_project(project_id, user)
    if not may_read(user, project):
        raise Forbidden("只有项目单位、市文明办和该项目的爱心方可以查看活动与报告")
    return project


def answers_for(user, project: Project) -> bool:
    """The lead unit answers the difficulty reports of its own and its branches' projects."""
    return user.is_authenticated and user.role is Role.unit and user.unit_id == project.unit.lead.id


def visible_report(report_id: int, user) -> Report:
    report = db.session.get(Report, report_id)
    if report is None or not may_read(user, report.project):
        raise NotFound("报告不存在")
    return report


def visible_photo(photo_id: int, user) -> ActivityPhoto:
    """A photo only for those who may read its project's records; 404 otherwise."""
    photo = db.session.get(ActivityPhoto, photo_id)
    if photo is None or not may_read(user, photo.activity.project):
        raise NotFound("照片不存在")
    return photo
