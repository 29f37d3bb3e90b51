"""The dashboard's figures: SQL aggregates (GROUP BY), a fixed number of queries however
much data there is, returned as plain dicts and lists. No Flask here: links are the
caller's business, so these can be read and tested on their own.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Float, and_, case, cast, distinct, exists, func, literal, select
from sqlalchemy.orm import aliased

from ..catalog.models import Category, Unit
from ..execution.models import Activity
from ..extensions import db
from ..matches.models import Match, MatchEvent, MatchState
from ..models_base import NeedKind
from ..projects.models import Need, Project
from ..sponsors.models import SponsorProfile
from .filters import (
    LIVE,
    PUBLIC,
    Filters,
    held_within,
    match_scope,
    project_scope,
    units_of,
    utc_range,
    within,
)

MONTHS_SHOWN, MONTHS_MAX = 12, 36
CHARTED_NEEDS = (NeedKind.money, NeedKind.goods, NeedKind.volunteers)  # 财力、物力、人力


def project_counts(f: Filters) -> dict[int, dict[str, int]]:
    """Projects per programme number and status."""
    rows = db.session.execute(
        select(Category.number, Project.status, func.count())
        .join(Category, Project.category_id == Category.id)
        .where(*project_scope(f), *within(Project.created_at, f.date_from, f.date_to))
        .group_by(Category.number, Project.status)
    )
    counts: dict[int, dict[str, int]] = {}
    for number, status, count in rows:
        counts.setdefault(number, {})[str(status)] = count
    return counts


def needs_met(f: Filters) -> dict[int, dict[str, dict]]:
    """Per programme and kind of need (money, goods, volunteers) of public projects: what was
    asked, what is approved, and the share met. Goods come in many units (台, 箱, 份), so their
    share is the average of each need's share rather than a ratio of mixed sums."""
    share = func.avg(cast(Need.approved_quantity, Float) / Need.quantity)
    rows = db.session.execute(
        select(Category.number, Need.kind, func.count(), func.sum(Need.quantity), func.sum(Need.approved_quantity), share)
        .select_from(Need).join(Project, Need.project_id == Project.id)
        .join(Category, Project.category_id == Category.id)
        .where(Project.status.in_(PUBLIC), Need.kind.in_(CHARTED_NEEDS), *project_scope(f),
               *within(Project.created_at, f.date_from, f.date_to))
        .group_by(Category.number, Need.kind)
    )
    met: dict[int, dict[str, dict]] = {}
    for number, kind, count, asked, approved, average in rows:
        ratio = average if kind == NeedKind.goods else approved / asked
        met.setdefault(number, {})[str(kind)] = {
            "needs": count, "asked": int(asked), "approved": int(approved), "share": round(float(ratio or 0), 4),
        }
    return met


def contributions_by_sponsor_kind(f: Filters) -> dict[str, dict[str, int]]:
    """Approved and fulfilled matches per kind of sponsor: how many, and the money (fen)."""
    rows = db.session.execute(
        select(SponsorProfile.kind, func.count(), func.count(Match.need_id),
               func.coalesce(func.sum(case((Need.kind == NeedKind.money, Match.quantity))), 0))
        .select_from(Match).join(Project, Match.project_id == Project.id)
        .join(SponsorProfile, Match.sponsor_id == SponsorProfile.id).outerjoin(Need, Match.need_id == Need.id)
        .where(Match.state.in_(LIVE), *match_scope(f))
        .group_by(SponsorProfile.kind)
    )
    return {
        str(kind): {"matches": count, "claims": count - pledges, "pledges": pledges, "money": int(money)}
        for kind, count, pledges, money in rows
    }


def funnel(f: Filters) -> dict[str, dict[str, int]]:
    """How many matches ever reached each state (from their history), and how many are in
    each state now: where they go on, where they wait and where they drop."""
    reached = db.session.execute(
        select(MatchEvent.to_state, func.count(distinct(MatchEvent.match_id)))
        .join(Match, MatchEvent.match_id == Match.id).join(Project, Match.project_id == Project.id)
        .where(*match_scope(f)).group_by(MatchEvent.to_state)
    )
    now = db.session.execute(
        select(Match.state, func.count()).join(Project, Match.project_id == Project.id)
        .where(*match_scope(f)).group_by(Match.state)
    )
    return {"reached": {str(s): n for s, n in reached}, "now": {str(s): n for s, n in now}}


# --- the monthly trend ----------------------------------------------------------------------

@dataclass(frozen=True)
class Month:
    label: str  # 2026-03
    first: date  # the first day counted: the 1st, or the range's first day
    last: date


def months(f: Filters, today: date) -> list[Month]:
    """Taiyuan's calendar months of the range (the last twelve when none), at most 36."""
    last = f.date_to or today
    first = f.date_from or month_start(last, -(MONTHS_SHOWN - 1))
    first = max(first, month_start(last, -(MONTHS_MAX - 1)))
    shown, start = [], first
    while start <= last:
        end = min(month_start(start, 1) - timedelta(days=1), last)
        shown.append(Month(start.strftime("%Y-%m"), start, end))
        start = end + timedelta(days=1)
    return shown


def month_start(day: date, shift: int) -> date:
    index = day.year * 12 + day.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


def bucket(column, shown: list[Month]):
    """The index of the month a stored UTC time falls in (Taiyuan's calendar), else NULL."""
    whens = []
    for index, month in enumerate(shown):
        start, end = utc_range(month.first, month.last)
        whens.append((and_(column >= start, column < end), literal(index)))
    return case(*whens)


def trend(f: Filters, today: date) -> dict:
    """Per month: projects created, matches submitted, and of those how many were approved
    and fulfilled. Two queries, each grouping a subquery by its month index."""
    shown = months(f, today)
    projects = select(bucket(Project.created_at, shown).label("month")).where(*project_scope(f)).subquery()
    ever = {state: exists().where(MatchEvent.match_id == Match.id, MatchEvent.to_state == state)
            for state in ("approved", "fulfilled")}
    matches = (
        select(bucket(Match.created_at, shown).label("month"),
               case((ever["approved"], 1)).label("approved"), case((ever["fulfilled"], 1)).label("fulfilled"))
        .join(Project, Match.project_id == Project.id).where(*match_scope(f)).subquery()
    )
    per_project = dict(db.session.execute(
        select(projects.c.month, func.count()).where(projects.c.month.is_not(None)).group_by(projects.c.month)
    ).all())
    per_match = {row[0]: row[1:] for row in db.session.execute(
        select(matches.c.month, func.count(), func.count(matches.c.approved), func.count(matches.c.fulfilled))
        .where(matches.c.month.is_not(None)).group_by(matches.c.month)
    )}
    return {
        "months": shown,
        "projects": [per_project.get(i, 0) for i in range(len(shown))],
        "matches": [per_match.get(i, (0, 0, 0))[0] for i in range(len(shown))],
        "approved": [per_match.get(i, (0, 0, 0))[1] for i in range(len(shown))],
        "fulfilled": [per_match.get(i, (0, 0, 0))[2] for i in range(len(shown))],
    }


# --- the league table ------------------------------------------------------------------------

FIGURES = ("projects", "public_projects", "live_matches", "fulfilled", "money", "activities", "people_served")


def figure_subqueries(key, f: Filters) -> list:
    """Grouped by `key` (Project.unit_id or Project.category_id), each with a `key` column:
    projects (all and public), approved-or-fulfilled matches with their money, activities."""
    projects = (
        select(key.label("key"), func.count().label("projects"),
               func.count(case((Project.status.in_(PUBLIC), 1))).label("public_projects"))
        .where(*project_scope(f), *within(Project.created_at, f.date_from, f.date_to)).group_by(key)
    )
    matches = (
        select(key.label("key"), func.count().label("live_matches"),
               func.count(case((Match.state == MatchState.fulfilled, 1))).label("fulfilled"),
               func.coalesce(func.sum(case((Need.kind == NeedKind.money, Match.quantity))), 0).label("money"))
        .select_from(Match).join(Project, Match.project_id == Project.id).outerjoin(Need, Match.need_id == Need.id)
        .where(Match.state.in_(LIVE), *match_scope(f)).group_by(key)
    )
    activities = (
        select(key.label("key"), func.count().label("activities"),
               func.coalesce(func.sum(Activity.people_served), 0).label("people_served"))
        .select_from(Activity).join(Project, Activity.project_id == Project.id)
        .where(*project_scope(f), *held_within(f)).group_by(key)
    )
    return [projects.subquery(), matches.subquery(), activities.subquery()]


def with_figures(statement, key_column, f: Filters, group_by):
    """`statement` outer-joined to the figures grouped by `group_by`, zero where there are none."""
    for sub in figure_subqueries(group_by, f):
        statement = statement.outerjoin(sub, sub.c.key == key_column)
        statement = statement.add_columns(
            *(func.coalesce(sub.c[name], 0).label(name) for name in FIGURES if name in sub.c)
        )
    return statement


def unit_figures(f: Filters):
    """A SELECT of every unit (of the filtered programme or unit family) with its figures, each
    lead unit followed by its branches. It is also the units' export."""
    lead = aliased(Unit, name="lead")
    statement = (
        select(Unit.id, Unit.name, Unit.parent_id, Unit.district, Unit.contact, Category.number.label("category_number"),
               Category.name.label("category"), func.coalesce(lead.name, Unit.name).label("lead_unit"))
        .join(Category, Unit.category_id == Category.id).outerjoin(lead, Unit.parent_id == lead.id)
    )
    if f.category:
        statement = statement.where(Category.number == f.category)
    if f.unit:
        statement = statement.where(Unit.id.in_(units_of(f.unit)))
    statement = with_figures(statement, Unit.id, f, Project.unit_id)
    return statement.order_by(Category.number, func.coalesce(Unit.parent_id, Unit.id), Unit.parent_id.is_not(None), Unit.id)


def programme_figures(f: Filters) -> list[dict]:
    """Every programme with the figures of the projects filed under it."""
    statement = select(Category.id, Category.number, Category.name)
    if f.category:
        statement = statement.where(Category.number == f.category)
    statement = with_figures(statement, Category.id, f, Project.category_id).order_by(Category.number)
    return [dict(row) for row in db.session.execute(statement).mappings()]


@dataclass
class LeagueRow:
    """A programme with its lead units, each lead unit's figures including its branches'."""

    programme: dict
    units: list[dict] = field(default_factory=list)


def league(programmes: list[dict], units: list[dict]) -> list[LeagueRow]:
    """Programmes ranked by approved-or-fulfilled matches, then public projects, then money;
    their lead units ranked the same way, with the branches' figures added in."""
    leads: dict[int, dict] = {}
    for unit in units:
        lead_id = unit["parent_id"] or unit["id"]
        if unit["parent_id"] is None:
            leads[lead_id] = {**unit, "branches": 0}
        else:
            lead = leads.setdefault(lead_id, {**unit, "id": lead_id, "name": unit["lead_unit"], "branches": 0,
                                              **dict.fromkeys(FIGURES, 0)})
            lead["branches"] += 1
            for name in FIGURES:
                lead[name] += unit[name]
    by_programme: dict[int, list[dict]] = {}
    for lead in leads.values():
        by_programme.setdefault(lead["category_number"], []).append(lead)
    rows = [LeagueRow(p, sorted(by_programme.get(p["number"], []), key=rank)) for p in programmes]
    return sorted(rows, key=lambda row: rank(row.programme))


def rank(figures: dict) -> tuple:
    return (-figures["live_matches"], -figures["public_projects"], -figures["money"],
            figures.get("number", 0), figures["id"])
