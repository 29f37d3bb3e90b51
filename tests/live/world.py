"""Small worlds for the live tests, written through the real operations (not raw rows),
so what the server races over is exactly what the pages and the API would have made."""

from types import SimpleNamespace

from sqlalchemy import func, select

from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.matches import operations
from matchmaker.matches.models import Match, MatchState
from matchmaker.projects.models import Need

from .. import factories


def parties(app, sponsors: int = 1) -> SimpleNamespace:
    """A unit (市民政局), an office clerk and `sponsors` sponsors."""
    return SimpleNamespace(
        unit=factories.make_user(app, "unit"),
        office=factories.make_user(app, "office"),
        sponsors=[factories.make_user(app, "sponsor") for _ in range(sponsors)],
    )


def goods_project(app, unit, quantity: int) -> tuple[int, int]:
    """A published project with one goods need of `quantity`; returns (project_id, need_id)."""
    need = {"kind": "goods", "description": "冬季棉被", "quantity": quantity, "unit": "床"}
    project_id = factories.make_project(app, unit, needs=[need])
    with app.app_context():
        return project_id, db.session.scalar(select(Need.id).where(Need.project_id == project_id))


def accepted_pledges(app, unit, sponsor, project_id: int, need_id: int, quantities) -> list[int]:
    """One pledge per quantity, each accepted by the unit: all waiting for the office."""
    ids = []
    with app.app_context():
        unit_user, sponsor_user = db.session.get(User, unit.id), db.session.get(User, sponsor.id)
        for quantity in quantities:
            data = {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": quantity}
            match, _ = operations.create_match(sponsor_user, data)
            operations.step_match(unit_user, match, "accept")
            ids.append(match.id)
    return ids


def accepted_claims(app, unit, sponsors, project_id: int) -> list[int]:
    """One claim of the whole project per sponsor, each accepted by the unit."""
    ids = []
    with app.app_context():
        unit_user = db.session.get(User, unit.id)
        for sponsor in sponsors:
            match, _ = operations.create_match(db.session.get(User, sponsor.id), {"project_id": project_id, "kind": "claim"})
            operations.step_match(unit_user, match, "accept")
            ids.append(match.id)
    return ids


def states(app, match_ids) -> dict[int, str]:
    with app.app_context():
        rows = db.session.execute(select(Match.id, Match.state).where(Match.id.in_(list(match_ids))))
        return {match_id: state.value for match_id, state in rows}


def approved_quantity(app, need_id: int) -> int:
    with app.app_context():
        return db.session.get(Need, need_id).approved_quantity


def count_in_state(app, match_ids, state: MatchState) -> int:
    with app.app_context():
        return db.session.scalar(
            select(func.count()).where(Match.id.in_(list(match_ids)), Match.state == state)
        )
