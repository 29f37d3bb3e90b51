"""Helpers for the page tests of matches, notifications and the office's queue."""

import re
from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import func, select

from matchmaker.extensions import db
from matchmaker.matches.models import Match, MatchEvent
from matchmaker.notifications.models import Notification
from matchmaker.projects.models import Need

from . import factories


def make_parties(app, login_as) -> SimpleNamespace:
    """Signed-in unit (市民政局), office and sponsor, and a published project of the unit with
    a money need of 10000 yuan and a goods need of 10 台."""
    unit, office, sponsor = login_as("unit"), login_as("office"), login_as("sponsor")
    project_id = factories.make_project(app, unit.user)
    for client in (unit, office, sponsor):
        flashes(client)  # the welcome after signing in
    with app.app_context():
        money, goods = db.session.scalars(select(Need.id).where(Need.project_id == project_id).order_by(Need.id))
    return SimpleNamespace(unit=unit, office=office, sponsor=sponsor, project_id=project_id, money=money, goods=goods)


def pledge(parties, quantity="100", need=None, client=None, project_id=None, message="一点心意", follow=False):
    project_id = project_id or parties.project_id
    return (client or parties.sponsor).post(
        f"/projects/{project_id}/pledge",
        data={"need_id": need or parties.money, "quantity": quantity, "message": message},
        follow_redirects=follow,
    )


def pledged(parties, quantity="100", **kwargs) -> int:
    """Pledge through the form and return the new match's id."""
    response = pledge(parties, quantity, **kwargs)
    assert flashes(kwargs.get("client") or parties.sponsor)[-1] == "已提交，等待项目单位确认"
    return int(response.headers["Location"].rsplit("/", 1)[1])


def step(client, match_id: int, name: str, reason: str | None = None, follow: bool = False):
    data = {} if reason is None else {"reason": reason}
    return client.post(f"/matches/{match_id}/{name}", data=data, follow_redirects=follow)


def flashes(client) -> list[str]:
    """The messages waiting to be shown on the next page (and take them)."""
    with client.session_transaction() as session:
        return [message for _, message in session.pop("_flashes", [])]


def text(response) -> str:
    return response.get_data(as_text=True)


def state_of(app, match_id: int) -> str:
    with app.app_context():
        return db.session.get(Match, match_id).state.value


def history_length(app, match_id: int) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(MatchEvent).where(MatchEvent.match_id == match_id))


def match_count(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Match))


def approved_quantity(app, need_id: int) -> int:
    with app.app_context():
        return db.session.get(Need, need_id).approved_quantity


def age(app, match_id: int, days: int) -> None:
    """Pretend the match has waited at its step for `days` days."""
    with app.app_context():
        match = db.session.get(Match, match_id)
        match.updated_at = match.updated_at - timedelta(days=days, minutes=1)
        db.session.commit()


def unread(app, user_id: int) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(
            select(Notification.message).where(Notification.user_id == user_id, Notification.read_at.is_(None))
            .order_by(Notification.id)
        ))


def bell(client) -> int:
    """The unread count the navbar's bell shows (0 when it shows none)."""
    found = re.search(r'id="unread-count">(\d+)<', text(client.get("/matches")))
    return int(found.group(1)) if found else 0
