"""Helpers shared by the tests of running projects (test_execution_*.py); no tests here."""

from datetime import timedelta
from io import BytesIO
from types import SimpleNamespace

from PIL import Image
from sqlalchemy import func, select

from matchmaker.auth.models import User
from matchmaker.execution.checks import beijing_today
from matchmaker.extensions import db
from matchmaker.matches.models import Match
from matchmaker.matches.operations import create_match, step_match
from matchmaker.notifications.models import Notification
from matchmaker.projects.models import Need

from . import factories

TODAY = beijing_today()
# A project that started 200 days ago and ends in 30 days: activities can be recorded now.
RUNNING = {"start_on": (TODAY - timedelta(days=200)).isoformat(), "end_on": (TODAY + timedelta(days=30)).isoformat()}
# A date to come, read when the request is made (`dated`): TODAY is read when the tests are
# collected, and a run that crosses Taiyuan's midnight would otherwise send today as "tomorrow".
TOMORROW = "<tomorrow>"


def dated(changes: dict) -> dict:
    tomorrow = (beijing_today() + timedelta(days=1)).isoformat()
    return {key: tomorrow if value == TOMORROW else value for key, value in changes.items()}


ACTIVITY = {
    "held_on": (TODAY - timedelta(days=10)).isoformat(),
    "place": "坪阳社区活动室",
    "volunteers": 10,
    "volunteer_hours": 25.5,
    "people_served": 80,
    "notes": "为 80 位老人测血压，讲解用药。",
}
# confirm_unmet: the test projects complete with gaps (needs unmet, 1 of 12 sessions), knowingly.
SUMMARY = {"goals_met": "完成 12 次义诊", "resources_used": "药品经费全部用于耗材", "lessons": "需提前联系社区",
           "confirm_unmet": True}


def running_project(app, unit_user, **changes) -> int:
    return factories.make_project(app, unit_user, **{**RUNNING, **changes})


def parties(app, make_client, *, lead="市民政局") -> SimpleNamespace:
    """Clients for the project's unit, the office and a sponsor, and a running project."""
    unit, office, sponsor = make_client("unit", unit=lead), make_client("office"), make_client("sponsor")
    return SimpleNamespace(unit=unit, office=office, sponsor=sponsor, project_id=running_project(app, unit.user))


def give(app, project_id: int, sponsor_user, unit_user, office_user, *, to: str = "fulfilled",
         quantity: int = 500) -> int:
    """A money pledge by `sponsor_user` taken through the real steps up to `to`; its id."""
    with app.app_context():
        need_id = db.session.scalar(select(Need.id).where(Need.project_id == project_id).order_by(Need.id))
        sponsor, unit, office = (db.session.get(User, u.id) for u in (sponsor_user, unit_user, office_user))
        match, _ = create_match(sponsor, {"project_id": project_id, "kind": "pledge", "need_id": need_id,
                                          "quantity": quantity})
        path = {"submitted": [], "accepted": [(unit, "accept")],
                "approved": [(unit, "accept"), (office, "approve")],
                "fulfilled": [(unit, "accept"), (office, "approve"), (unit, "fulfil")]}[to]
        for actor, step in path:
            step_match(actor, db.session.get(Match, match.id), step)
        return match.id


def count(app, model, *where) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


def notices(app, user) -> list[str]:
    """The messages of the notifications `user` has received."""
    with app.app_context():
        return list(db.session.scalars(select(Notification.message).where(Notification.user_id == user.id)))


def image_bytes(fmt: str = "PNG", size=(40, 30), **save) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(out, format=fmt, **save)
    return out.getvalue()


def error(response) -> dict:
    return response.get_json()["error"]
