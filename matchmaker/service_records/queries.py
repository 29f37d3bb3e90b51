"""Reading service records: who may be recorded on a project, a volunteer's hours and lines."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..catalog.models import Unit
from ..execution.models import Activity
from ..extensions import db
from ..projects.models import Project
from ..volunteers.models import Recruitment, Signup, SignupState, VolunteerProfile
from .models import Attendance


def admitted_volunteers(project_id: int, volunteer_ids: list[int] | None = None) -> dict[int, VolunteerProfile]:
    """Volunteers admitted to a recruitment of the project (of `volunteer_ids`, when given)."""
    statement = (
        select(VolunteerProfile).join(Signup, Signup.volunteer_id == VolunteerProfile.id)
        .join(Recruitment, Recruitment.id == Signup.recruitment_id)
        .where(Recruitment.project_id == project_id, Signup.state == SignupState.admitted)
        .options(selectinload(VolunteerProfile.user)).order_by(VolunteerProfile.name, VolunteerProfile.id)
    )
    if volunteer_ids is not None:
        statement = statement.where(VolunteerProfile.id.in_(volunteer_ids))
    return {person.id: person for person in db.session.scalars(statement).unique()}


def total_hours(volunteer_id: int) -> Decimal:
    """A volunteer's confirmed service hours, all told (training hours are not among them)."""
    total = db.session.scalar(select(func.sum(Attendance.hours)).where(Attendance.volunteer_id == volunteer_id))
    return Decimal(total or 0).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class ServiceLine:
    held_on: date
    project_id: int
    project: str
    unit: str
    place: str
    hours: Decimal


def service_lines(volunteer_id: int) -> list[ServiceLine]:
    """Each activity the volunteer served at, newest first, with project, unit and hours."""
    rows = db.session.execute(
        select(Activity.held_on, Project.id, Project.title, Unit.name, Activity.place, Attendance.hours)
        .join(Attendance.activity).join(Activity.project).join(Project.unit)
        .where(Attendance.volunteer_id == volunteer_id)
        .order_by(Activity.held_on.desc(), Activity.id.desc())
    ).all()
    return [ServiceLine(*row) for row in rows]


def by_project(lines: list[ServiceLine]) -> list[tuple[str, str, Decimal, int]]:
    """(project, unit, hours, activities) per project, in the order first served."""
    sums: dict[int, list] = {}
    for line in reversed(lines):
        entry = sums.setdefault(line.project_id, [line.project, line.unit, Decimal(0), 0])
        entry[2] += line.hours
        entry[3] += 1
    return [tuple(entry) for entry in sums.values()]


def activity_records(activity_id: int) -> list[Attendance]:
    return db.session.scalars(
        select(Attendance).where(Attendance.activity_id == activity_id).order_by(Attendance.id)
    ).all()
