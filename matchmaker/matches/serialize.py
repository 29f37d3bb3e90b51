"""Matches as the API shows them, with their history."""

from sqlalchemy import bindparam, inspect, select
from sqlalchemy.orm import joinedload

from ..auth.models import User
from ..catalog.models import Unit
from ..extensions import db
from ..projects.models import Project
from ..projects.quantities import shown
from ..sponsors.models import SponsorProfile
from ..workflow import history_json
from .models import Match, MatchEvent
from .steps import STATE_LABELS

# All that match_json shows, with the match (its history and its actors included) in one query
# instead of one a field. The party check also needs the project's unit (the sponsor's account
# is its user_id). Of the project, its unit, the sponsor and the actors only the columns shown,
# checked or told: psycopg and the ORM pay for every column of every row (a row per history
# step), and the rest were over half of them. Built once, with its loader options: building
# them anew cost as much as running the query.
SHOWN_MATCH = select(Match).where(Match.id == bindparam("match_id")).options(
    joinedload(Match.project).load_only(Project.id, Project.unit_id, Project.title)
    .joinedload(Project.unit).load_only(Unit.id, Unit.parent_id),
    joinedload(Match.need),
    joinedload(Match.sponsor).load_only(SponsorProfile.id, SponsorProfile.user_id, SponsorProfile.name, SponsorProfile.kind),
    joinedload(Match.events).joinedload(MatchEvent.actor).load_only(User.id, User.username, User.display_name, User.role),
)


def loaded(match: Match) -> Match:
    """The match with all that match_json shows, read again in one query (after a commit every
    attribute would be read again on its own)."""
    match_id = inspect(match).identity[0]  # match.id itself would reload an expired match
    return db.session.scalars(SHOWN_MATCH, {"match_id": match_id}).unique().one()


def match_json(match: Match, history: bool = False) -> dict:
    need = match.need
    body = {
        "id": match.id,
        "kind": match.kind.value,
        "state": match.state.value,
        "state_label": STATE_LABELS[match.state.value],
        "project": {"id": match.project.id, "title": match.project.title},
        "need": {"id": need.id, "kind": need.kind.value, "description": need.description, "unit": need.unit}
        if need else None,
        "quantity": shown(need.kind, match.quantity) if need else None,
        "sponsor": {"id": match.sponsor.id, "name": match.sponsor.name, "kind": match.sponsor.kind.value},
        "message": match.message,
        "created_at": match.created_at.isoformat(),
        "updated_at": match.updated_at.isoformat(),
    }
    if history:
        body["history"] = history_json(match.events)
    return body
