"""Reading collaboration requests: a unit's own, the office's overdue list, a project's
partners, and the units one may ask."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from ..auth.models import Role
from ..catalog.models import Category, Unit
from ..extensions import db
from ..models_base import utcnow
from ..projects.access import managed_unit_ids
from ..projects.models import Project
from ..validation import check_choice
from .models import Collaboration, CollaborationState
from .steps import ASK_LABELS, PARTNER_STATES

BEIJING = timedelta(hours=8)  # due dates are Taiyuan's calendar days; China keeps one zone
DIRECTIONS = {"incoming": "收到的邀请", "outgoing": "发出的邀请"}


def today() -> date:
    """Today's date in Taiyuan, whatever the server's zone (stored times are naive UTC)."""
    return (utcnow() + BEIJING).date()


def is_overdue(collaboration: Collaboration) -> bool:
    """A request still unanswered after its due date: flagged to the office."""
    return collaboration.state is CollaborationState.requested and collaboration.due_on < today()


def overdue_clause():
    return (Collaboration.state == CollaborationState.requested) & (Collaboration.due_on < today())


def with_parties(statement):
    """Load what a row shows in a few queries, however many rows there are."""
    return statement.options(
        selectinload(Collaboration.project).selectinload(Project.unit),
        selectinload(Collaboration.from_unit),
        selectinload(Collaboration.to_unit),
    )


def overdue_requests(limit: int | None = None) -> list[Collaboration]:
    """Requests not answered by their due date, the longest overdue first. For the office's
    workspace: each can be reminded (operations.remind) or closed (the `close` step)."""
    statement = with_parties(
        select(Collaboration).where(overdue_clause()).order_by(Collaboration.due_on, Collaboration.id)
    )
    if limit is not None:
        statement = statement.limit(limit)
    return list(db.session.scalars(statement))


def collaborations_for(user, *, state: str | None = None, direction: str | None = None, overdue: bool = False):
    """A SELECT of the requests this user takes part in (all of them for the office), newest first.

    A unit's incoming requests are those to it or to its branches (a lead unit answers for
    them); its outgoing ones are those about the projects it manages."""
    statement = select(Collaboration).order_by(Collaboration.id.desc())
    if direction:
        direction = check_choice(direction, DIRECTIONS, "direction", "方向（收到或发出）")
    if user.role is not Role.office:
        units = managed_unit_ids(user) or [-1]
        incoming = Collaboration.to_unit_id.in_(units)
        outgoing = Collaboration.project_id.in_(select(Project.id).where(Project.unit_id.in_(units)))
        chosen = {"incoming": incoming, "outgoing": outgoing}.get(direction)
        statement = statement.where(chosen if chosen is not None else or_(incoming, outgoing))
    if state:
        statement = statement.where(Collaboration.state == check_choice(state, CollaborationState, "state", "状态"))
    if overdue:
        statement = statement.where(overdue_clause())
    return statement


@dataclass(frozen=True)
class Partner:
    """A unit that took part in a project: what it helped with, and whether all is done."""

    unit: Unit
    asks: tuple[str, ...]
    finished: bool


def partners_of(project: Project) -> list[Partner]:
    """The units that accepted to take part in this project, one entry per unit however many
    times it helped, in the order they first accepted: the project page's 合作单位."""
    rows = db.session.scalars(
        select(Collaboration)
        .where(Collaboration.project_id == project.id, Collaboration.state.in_(PARTNER_STATES))
        .options(joinedload(Collaboration.to_unit))
        .order_by(Collaboration.id)
    )
    by_unit: dict[int, list[Collaboration]] = defaultdict(list)
    for collaboration in rows:
        by_unit[collaboration.to_unit_id].append(collaboration)
    return [
        Partner(
            unit=helped[0].to_unit,
            asks=tuple(dict.fromkeys(ASK_LABELS[c.ask.value] for c in helped)),
            finished=all(c.state is CollaborationState.done for c in helped),
        )
        for helped in by_unit.values()
    ]


def units_by_programme() -> list[tuple[Category, list[Unit]]]:
    """Every unit, grouped by programme: each lead unit followed by its branches."""
    units = db.session.scalars(select(Unit).options(selectinload(Unit.category)).order_by(Unit.id)).all()
    branches: dict[int, list[Unit]] = defaultdict(list)
    for unit in units:
        if unit.parent_id is not None:
            branches[unit.parent_id].append(unit)
    groups: dict[int, tuple[Category, list[Unit]]] = {}
    for lead in sorted((u for u in units if u.is_lead), key=lambda u: (u.category.number, u.id)):
        groups.setdefault(lead.category_id, (lead.category, []))[1].extend([lead, *branches[lead.id]])
    return list(groups.values())
