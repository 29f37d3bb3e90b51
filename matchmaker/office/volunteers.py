"""The office's volunteers page: who serves, how many confirmed hours, which star level, for
which units; and the hours per unit and per programme, summed from attendance.

Phones are masked: the office oversees hours and is not a unit the volunteer signed up with.
Every figure is one query, whatever the page shows (tests/test_office_volunteers.py pins it).
"""

from dataclasses import asdict, dataclass
from decimal import Decimal

from flask import render_template, request
from sqlalchemy import and_, distinct, func, or_, select

from ..auth.access import office_required
from ..catalog.models import Category, Unit
from ..execution.models import Activity
from ..extensions import db
from ..models_base import DISTRICTS
from ..paging import count, page_of, paging
from ..projects.models import Project
from ..service_records.levels import NO_LEVEL, STAR_LEVELS, level_by_stars, level_for
from ..service_records.models import Attendance
from ..validation import check_choice, check_text, int_arg
from ..volunteers.models import CLOSED_NAME, VolunteerProfile
from . import bp

PER_PAGE = 30
LEVELS = (NO_LEVEL, *STAR_LEVELS)


@dataclass(frozen=True)
class Search:
    q: str = ""  # part of a name or a skill
    district: str = ""
    level: int | None = None  # stars, 0 (尚未评星) to 5

    def args(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


def parse_search(args) -> Search:
    district = check_text(args.get("district"), "district", "区县", max_len=10, required=False)
    return Search(
        q=check_text(args.get("q"), "q", "姓名或技能", max_len=40, required=False),
        district=check_choice(district, DISTRICTS, "district", "区县") if district else "",
        level=int_arg(args, "level", "星级", low=0, high=len(STAR_LEVELS)),
    )


def hours_per_volunteer():
    """Each volunteer's confirmed hours, as a subquery (volunteer_id, hours)."""
    return (select(Attendance.volunteer_id, func.sum(Attendance.hours).label("hours"))
            .group_by(Attendance.volunteer_id).subquery())


def volunteers(search: Search):
    """A SELECT of (profile, hours) matching the search, most hours first."""
    sums = hours_per_volunteer()
    hours = func.coalesce(sums.c.hours, 0)
    statement = (select(VolunteerProfile, hours.label("hours"))
                 .outerjoin(sums, sums.c.volunteer_id == VolunteerProfile.id)
                 .order_by(hours.desc(), VolunteerProfile.id))
    if search.q:
        statement = statement.where(VolunteerProfile.closed_at.is_(None), or_(
            VolunteerProfile.name.contains(search.q, autoescape=True),
            VolunteerProfile.skills.contains(search.q, autoescape=True)))
    if search.district:
        statement = statement.where(VolunteerProfile.district == search.district)
    if search.level is not None:
        statement = statement.where(within_level(hours, search.level))
    return statement


def within_level(hours, stars: int):
    """The hours that reach exactly this star level (the table in service_records/levels.py)."""
    level = level_by_stars(stars)
    above = next((lv for lv in STAR_LEVELS if lv.hours > level.hours), None)
    low = hours >= level.hours if stars else True
    return and_(low, hours < above.hours) if above else low


def units_served(volunteer_ids: list[int]) -> dict[int, list[str]]:
    """The units each volunteer served at (through their activities), in one query."""
    rows = db.session.execute(
        select(Attendance.volunteer_id, Unit.name).distinct()
        .join(Attendance.activity).join(Activity.project).join(Project.unit)
        .where(Attendance.volunteer_id.in_(volunteer_ids)).order_by(Attendance.volunteer_id, Unit.name)
    ).all()
    served: dict[int, list[str]] = {}
    for volunteer_id, name in rows:
        served.setdefault(volunteer_id, []).append(name)
    return served


def hours_by(model, relation):
    """(name, hours, volunteers) per unit or programme of the served projects, most hours
    first: one query."""
    hours = func.sum(Attendance.hours)
    return db.session.execute(
        select(model.name, hours, func.count(distinct(Attendance.volunteer_id)))
        .join(Attendance.activity).join(Activity.project).join(relation)
        .group_by(model.id, model.name).order_by(hours.desc(), model.name)
    ).all()


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    closed: bool
    phone: str
    district: str
    skills: str
    hours: Decimal
    level: str
    units: list[str]


def rows_of(found, served) -> list[Row]:
    return [Row(profile.id, CLOSED_NAME if profile.closed else profile.name, profile.closed,
                "" if profile.closed else profile.masked_phone, profile.district,
                "" if profile.closed else profile.skills, Decimal(hours).quantize(Decimal("0.1")),
                level_for(hours).label, served.get(profile.id, []))
            for profile, hours in found]


@bp.get("/volunteers")
@office_required
def volunteers_page():
    """Volunteers by name, skill, district and star level, with hours and units served."""
    search = parse_search(request.args)
    statement = volunteers(search)
    found = page_of(statement, paging(request.args, PER_PAGE, chosen=False), rows=True, last_page=True,
                    total=count(statement))
    pairs = [(row["VolunteerProfile"], row["hours"]) for row in found.items]
    served = units_served([profile.id for profile, _ in pairs])
    return render_template(
        "office/volunteers.html", rows=rows_of(pairs, served), search=search, total=found.total,
        page=found.page, pages=found.pages, districts=DISTRICTS, levels=LEVELS,
        by_unit=hours_by(Unit, Project.unit), by_programme=hours_by(Category, Project.category),
    )
