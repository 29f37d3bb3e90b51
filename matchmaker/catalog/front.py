"""What the public home page shows beside the programmes: the city's figures so far, and
the projects closing soon and the newest, as cards."""

from datetime import date

from sqlalchemy import func, select

from ..execution.models import Activity
from ..extensions import db
from ..matches.models import Match, MatchState
from ..models_base import NeedKind
from ..projects import queries
from ..projects.models import Need, Project, ProjectStatus

GIVEN = (MatchState.approved, MatchState.fulfilled)  # what the office approved counts as given
PUBLIC = (ProjectStatus.published, ProjectStatus.completed)


def city_figures() -> dict:
    """Projects, sponsors, money and goods given, volunteer hours: four queries."""
    given = select(Match).where(Match.state.in_(GIVEN)).subquery()
    by_need = (
        select(Need.kind, func.count(), func.coalesce(func.sum(given.c.quantity), 0))
        .join(given, given.c.need_id == Need.id).group_by(Need.kind)
    )
    pledged = {kind: (count, total) for kind, count, total in db.session.execute(by_need)}
    return {
        "projects": db.session.scalar(select(func.count()).where(Project.status.in_(PUBLIC))),
        "sponsors": db.session.scalar(select(func.count(func.distinct(Match.sponsor_id))).where(Match.state.in_(GIVEN))),
        "money": pledged.get(NeedKind.money, (0, 0))[1],  # fen
        "goods": pledged.get(NeedKind.goods, (0, 0))[0],  # pledges of goods
        "hours": db.session.scalar(select(func.coalesce(func.sum(Activity.volunteer_hours), 0))),
    }


def closing_soon(today: date, limit: int = 3) -> list[Project]:
    """Published projects whose end is nearest, not yet past."""
    statement = queries.published(queries.Filters()).where(Project.end_on >= today)
    return list(db.session.scalars(queries.with_details(statement.order_by(Project.end_on, Project.id)).limit(limit)))


def newest(limit: int = 3) -> list[Project]:
    """Published projects not yet past their end, newest first (those past it are in the catalogue)."""
    return queries.rows_of(queries.published(queries.Filters()).where(queries.current()), "newest", limit, 0)
