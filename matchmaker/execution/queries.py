"""Reading what projects did: totals by project, unit and programme; projects overdue with
their reports; difficulty reports waiting for an answer."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models_base import utcnow
from ..projects.models import Project
from .access import RUNNING
from .checks import BEIJING
from .models import Activity, Report, ReportKind


@dataclass(frozen=True)
class Totals:
    activities: int = 0
    volunteers: int = 0  # 志愿者人次: one person at two activities counts twice
    volunteer_hours: Decimal = Decimal(0)
    people_served: int = 0


SUMS = (func.count(Activity.id), func.sum(Activity.volunteers), func.sum(Activity.volunteer_hours),
        func.sum(Activity.people_served))


def as_totals(count, volunteers, hours, people) -> Totals:
    return Totals(count, int(volunteers or 0), Decimal(hours or 0).quantize(Decimal("0.1")), int(people or 0))


def totals(*where) -> Totals:
    """Activity totals over the activities (of projects) matching `where`."""
    return as_totals(*db.session.execute(select(*SUMS).join_from(Activity, Project).where(*where)).one())


def project_totals(project_id: int) -> Totals:
    return totals(Activity.project_id == project_id)


def totals_by(key, *where) -> dict:
    """Activity totals grouped by `key`, a column of Activity or Project."""
    rows = db.session.execute(select(key, *SUMS).join_from(Activity, Project).where(*where).group_by(key))
    return {group: as_totals(*sums) for group, *sums in rows}


# --- reports --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Overdue:
    project: Project
    since: datetime  # when the silence began: the last report, or the project's start
    days: int


def silence_start(project: Project, last_report: datetime | None) -> datetime:
    """The later of the last report, the publication, and the first day (Beijing midnight)."""
    started = datetime.combine(project.start_on, datetime.min.time()) - BEIJING
    return max(moment for moment in (last_report, project.published_at, started) if moment is not None)


def overdue_projects(*where) -> list[Overdue]:
    """Running projects that have not reported for REPORT_OVERDUE_DAYS, longest silence first."""
    limit, now = current_app.config["REPORT_OVERDUE_DAYS"], utcnow()
    last = select(Report.project_id, func.max(Report.created_at).label("at")).group_by(Report.project_id).subquery()
    rows = db.session.execute(
        select(Project, last.c.at).outerjoin(last, last.c.project_id == Project.id)
        .where(Project.status.in_(RUNNING), *where).options(selectinload(Project.unit))
    ).all()
    flagged = []
    for project, last_report in rows:
        since = silence_start(project, last_report)
        if now - since >= timedelta(days=limit):
            flagged.append(Overdue(project, since, (now - since).days))
    return sorted(flagged, key=lambda row: row.since)


def unanswered_difficulties(*where) -> list[Report]:
    """Difficulty reports nobody has answered yet, oldest first."""
    return db.session.scalars(
        select(Report).join(Report.project)
        .where(Report.kind == ReportKind.difficulty, Report.answered_at.is_(None), *where)
        .options(selectinload(Report.project).selectinload(Project.unit))
        .order_by(Report.created_at)
    ).all()


def days_waiting(moment: datetime) -> int:
    return (utcnow() - moment).days
