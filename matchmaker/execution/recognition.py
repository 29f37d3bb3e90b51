"""Recognition: outstanding projects, the sponsors' honour roll, each sponsor's statement of
what it gave, and the programmes' totals, all read from confirmed records."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import selectinload

from ..catalog.models import Category
from ..extensions import db
from ..matches.models import Match, MatchEvent, MatchKind, MatchState
from ..models_base import NeedKind
from ..paging import Page, Paging, page_of
from ..projects.models import Need, Project, ProjectStatus
from ..sponsors.models import SponsorProfile
from .access import GIVING_STATES
from .checks import BEIJING
from .models import Activity, Rating
from .queries import Totals, totals_by


def received(project: Project) -> list[Match]:
    """The claims and pledges the project received (approved, or confirmed as delivered)."""
    return db.session.scalars(
        select(Match).where(Match.project_id == project.id, Match.state.in_(GIVING_STATES))
        .options(selectinload(Match.sponsor), selectinload(Match.need)).order_by(Match.id)
    ).all()


def outstanding_projects() -> list[tuple[Project, Rating, Totals]]:
    """Projects the office selected as outstanding, newest selection first, with their totals."""
    rows = db.session.execute(
        select(Project, Rating).join(Rating, Rating.project_id == Project.id)
        .where(Rating.outstanding, Project.status == ProjectStatus.completed)
        .options(selectinload(Project.unit), selectinload(Project.category))
        .order_by(Rating.rated_at.desc(), Rating.id.desc())
    ).all()
    sums = totals_by(Activity.project_id, Activity.project_id.in_([project.id for project, _ in rows]))
    return [(project, rating, sums.get(project.id, Totals())) for project, rating in rows]


def programme_totals() -> list[tuple[Category, int, Totals]]:
    """Each programme: its completed projects and the totals of all its projects' activities."""
    sums = totals_by(Project.category_id)
    completed = dict(db.session.execute(
        select(Project.category_id, func.count(Project.id))
        .where(Project.status == ProjectStatus.completed).group_by(Project.category_id)
    ).all())
    categories = db.session.scalars(select(Category).order_by(Category.number)).all()
    return [(c, completed.get(c.id, 0), sums.get(c.id, Totals())) for c in categories]


@dataclass(frozen=True)
class HonourRow:
    sponsor: SponsorProfile
    projects: int  # distinct projects supported
    money_fen: int  # confirmed money pledges
    other_gifts: int  # confirmed claims and pledges of goods, venues, skills, volunteers


def honour_roll(asked: Paging) -> Page:
    """Sponsors with gifts the units confirmed (fulfilled), most projects supported first."""
    is_money = (Match.kind == MatchKind.pledge) & (Need.kind == NeedKind.money)
    money = func.coalesce(func.sum(case((is_money, Match.quantity), else_=0)), 0)
    others = func.sum(case((is_money, 0), else_=1))
    projects = func.count(Match.project_id.distinct())
    grouped = (
        select(Match.sponsor_id, projects.label("projects"), money.label("money"), others.label("others"))
        .outerjoin(Match.need).where(Match.state == MatchState.fulfilled).group_by(Match.sponsor_id)
    )
    found = page_of(grouped.order_by(projects.desc(), money.desc(), Match.sponsor_id), asked, rows=True, last_page=True)
    sponsors = {s.id: s for s in db.session.scalars(select(SponsorProfile).where(
        SponsorProfile.id.in_([row["sponsor_id"] for row in found.items])))}
    rows = [HonourRow(sponsors[r["sponsor_id"]], r["projects"], int(r["money"]), int(r["others"])) for r in found.items]
    return Page(rows, found.total, found.page, found.per_page)


@dataclass(frozen=True)
class Gift:
    match: Match
    confirmed_at: datetime  # when the unit confirmed receipt


def statement_gifts(sponsor: SponsorProfile, year: int | None = None) -> list[Gift]:
    """What this sponsor gave, as confirmed by the units (fulfilled), in the order confirmed."""
    confirmed = (
        select(MatchEvent.match_id, func.max(MatchEvent.at).label("at"))
        .where(MatchEvent.to_state == MatchState.fulfilled.value).group_by(MatchEvent.match_id).subquery()
    )
    statement = (
        select(Match, confirmed.c.at).join(confirmed, confirmed.c.match_id == Match.id)
        .where(Match.sponsor_id == sponsor.id, Match.state == MatchState.fulfilled)
        .options(selectinload(Match.project).selectinload(Project.unit), selectinload(Match.need))
        .order_by(confirmed.c.at, Match.id)
    )
    gifts = [Gift(match, at) for match, at in db.session.execute(statement)]
    return [gift for gift in gifts if year is None or local_year(gift.confirmed_at) == year]


def local_year(moment: datetime) -> int:
    return (moment + BEIJING).year


def money_total(gifts: list[Gift]) -> int:
    return sum(g.match.quantity for g in gifts if g.match.need is not None and g.match.need.kind is NeedKind.money)
