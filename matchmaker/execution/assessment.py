"""The database side of the scorecard: one year's facts for every unit, in a few queries.

Each project's year is counted once and added to its own unit and, for a branch, to its
lead unit too: a lead unit answers for its whole system (notice 二(二)2).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from flask import current_app
from sqlalchemy import case, func, select
from sqlalchemy.orm import selectinload

from ..catalog.models import Unit
from ..extensions import db
from ..matches.models import Match, MatchEvent
from ..models_base import utcnow
from ..projects.access import PUBLIC_STATUSES
from ..projects.models import Need, Project
from .checks import BEIJING, beijing_today
from .models import Activity, Rating, Report, Summary
from .scorecard import Facts, Scorecard, score

ANSWERS = ("accepted", "declined")  # a unit's answer to a submitted claim or pledge


@dataclass(frozen=True)
class Year:
    number: int
    first: date
    last: date  # the last day counted: 31 December, or today for the running year

    @classmethod
    def of(cls, number: int) -> "Year":
        return cls(number, date(number, 1, 1), min(date(number, 12, 31), beijing_today()))

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """The year in stored (naive UTC) time: Beijing midnight to Beijing midnight."""
        start = datetime.combine(self.first, datetime.min.time()) - BEIJING
        return start, datetime.combine(date(self.number + 1, 1, 1), datetime.min.time()) - BEIJING


def scorecards(year: int) -> list[tuple[Unit, Scorecard]]:
    """Every unit's scorecard for the year, best first."""
    facts = facts_by_unit(Year.of(year))
    units = db.session.scalars(select(Unit).options(selectinload(Unit.parent), selectinload(Unit.category))).all()
    cards = [(unit, score(facts.get(unit.id, Facts()))) for unit in units]
    return sorted(cards, key=lambda pair: (-pair[1].score, pair[0].id))


def unit_scorecard(unit: Unit, year: int) -> Scorecard:
    return score(facts_by_unit(Year.of(year), unit.id).get(unit.id, Facts()))


def facts_by_unit(year: Year, unit_id: int | None = None) -> dict[int, Facts]:
    projects = projects_run(year, unit_id)
    per_project = project_facts(projects, year)
    by_unit: dict[int, Facts] = defaultdict(Facts)
    for project in projects:
        for owner in {project.unit_id, project.unit.parent_id} - {None}:
            by_unit[owner] += per_project[project.id]
    return by_unit


def projects_run(year: Year, unit_id: int | None) -> list[Project]:
    """Projects published by the year's end whose dates overlap the year, unless they were
    completed before it began."""
    first, end = year.utc_bounds()
    finished_before = select(Summary.id).where(Summary.project_id == Project.id, Summary.created_at < first)
    statement = select(Project).where(
        Project.status.in_(PUBLIC_STATUSES), Project.published_at < end,
        Project.start_on <= year.last, Project.end_on >= year.first, ~finished_before.exists(),
    ).options(selectinload(Project.unit))
    if unit_id is not None:
        statement = statement.join(Project.unit).where((Project.unit_id == unit_id) | (Unit.parent_id == unit_id))
    return list(db.session.scalars(statement))


def project_facts(projects: list[Project], year: Year) -> dict[int, Facts]:
    ids = [project.id for project in projects]
    needs, activities = need_counts(ids), activity_sums(ids, year)
    completed, stars = completions(ids, year), ratings(ids)
    reports, matches = report_days(ids), match_answers(ids, year)
    facts = {}
    for project in projects:
        share = share_in_year(project, year)
        periods, covered = report_periods(project, year, completed.get(project.id), reports[project.id])
        done = project.id in completed and completed[project.id] <= year.last
        facts[project.id] = Facts(
            projects_run=1, projects_completed=int(done), **needs.get(project.id, {}),
            **matches.get(project.id, {}), report_periods=periods, report_periods_covered=covered,
            **activities.get(project.id, {}), sessions_planned=project.sessions_planned * share,
            hours_planned=project.service_hours * share,
            rated=int(done and project.id in stars), stars=stars.get(project.id, 0) if done else 0,
        )
    return facts


def share_in_year(project: Project, year: Year) -> float:
    """The part of the project's planned days that fall in the year (for prorating the plan)."""
    days = (project.end_on - project.start_on).days + 1
    inside = (min(project.end_on, date(year.number, 12, 31)) - max(project.start_on, year.first)).days + 1
    return max(inside, 0) / days


def need_counts(ids: list[int]) -> dict[int, dict]:
    met = func.sum(case((Need.approved_quantity >= Need.quantity, 1), else_=0))
    rows = db.session.execute(
        select(Need.project_id, func.count(Need.id), met).where(Need.project_id.in_(ids)).group_by(Need.project_id)
    )
    return {project_id: {"needs": count, "needs_met": int(met or 0)} for project_id, count, met in rows}


def activity_sums(ids: list[int], year: Year) -> dict[int, dict]:
    rows = db.session.execute(
        select(Activity.project_id, func.count(Activity.id), func.sum(Activity.volunteer_hours),
               func.sum(Activity.people_served))
        .where(Activity.project_id.in_(ids), Activity.held_on.between(year.first, year.last))
        .group_by(Activity.project_id)
    )
    return {
        project_id: {"activities": count, "volunteer_hours": hours or 0, "people_served": int(people or 0)}
        for project_id, count, hours, people in rows
    }


def completions(ids: list[int], year: Year) -> dict[int, date]:
    """The day (in Beijing) each project's summary was submitted."""
    rows = db.session.execute(select(Summary.project_id, Summary.created_at).where(Summary.project_id.in_(ids)))
    return {project_id: (at + BEIJING).date() for project_id, at in rows}


def ratings(ids: list[int]) -> dict[int, int]:
    return dict(db.session.execute(select(Rating.project_id, Rating.stars).where(Rating.project_id.in_(ids))).all())


def report_days(ids: list[int]) -> dict[int, list[date]]:
    days = defaultdict(list)
    for project_id, at in db.session.execute(select(Report.project_id, Report.created_at).where(Report.project_id.in_(ids))):
        days[project_id].append((at + BEIJING).date())
    return days


def report_periods(project: Project, year: Year, completed: date | None, days: list[date]) -> tuple[int, int]:
    """(stretches of REPORT_OVERDUE_DAYS in the year the project ran, stretches with a report).

    The clock starts when the project starts or is published, whichever is later, and stops
    at its end, its summary, the year's end or today. A stretch cut short by the stop is not
    held against the unit: no report was due in it yet.
    """
    length = current_app.config["REPORT_OVERDUE_DAYS"]
    published = (project.published_at + BEIJING).date()
    start = max(project.start_on, published, year.first)
    stop = min(project.end_on, year.last, *([completed] if completed else []))
    if stop < start:
        return 0, 0
    whole = ((stop - start).days + 1) // length
    covered = {(day - start).days // length for day in days if start <= day <= stop}
    # An unfinished last stretch counts only when it already has its report.
    return whole + (1 if whole in covered else 0), len(covered)


def match_answers(ids: list[int], year: Year) -> dict[int, dict]:
    """Claims and pledges of the year that were due an answer, and how many were answered in time."""
    first, end = year.utc_bounds()
    stale = timedelta(days=current_app.config["MATCH_STALE_DAYS"])
    matches = db.session.execute(
        select(Match.id, Match.project_id, Match.created_at)
        .where(Match.project_id.in_(ids), Match.created_at >= first, Match.created_at < end)
    ).all()
    left = first_moves([match_id for match_id, _, _ in matches])
    now = min(utcnow(), end)  # a past year is judged as it stood at its end
    counts: dict[int, dict] = defaultdict(lambda: {"matches": 0, "matches_on_time": 0})
    for match_id, project_id, created in matches:
        to_state, at = left.get(match_id, (None, None))
        due = created + stale
        if to_state in ANSWERS:
            counts[project_id]["matches"] += 1
            counts[project_id]["matches_on_time"] += int(at <= due)
        elif (at is None and now > due) or (at is not None and at > due):
            counts[project_id]["matches"] += 1  # never answered, or left waiting past the limit
    return counts


def first_moves(match_ids: list[int]) -> dict[int, tuple[str, datetime]]:
    """How and when each match first left `submitted`: answered, or withdrawn by its sponsor."""
    rows = db.session.execute(
        select(MatchEvent.match_id, MatchEvent.to_state, MatchEvent.at)
        .where(MatchEvent.match_id.in_(match_ids), MatchEvent.from_state == "submitted")
        .order_by(MatchEvent.at)
    )
    moves: dict[int, tuple[str, datetime]] = {}
    for match_id, to_state, at in rows:
        moves.setdefault(match_id, (to_state, at))
    return moves
