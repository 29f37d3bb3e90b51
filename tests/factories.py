"""Factories that write test records in their own app context and return plain values."""

import itertools
from functools import cache
from types import SimpleNamespace

from argon2 import PasswordHasher
from sqlalchemy import select

from matchmaker.auth.models import Role, User
from matchmaker.catalog.models import Unit
from matchmaker.extensions import db
from matchmaker.models_base import utcnow
from matchmaker.sponsors.models import SponsorKind, SponsorProfile
from matchmaker.volunteers.models import VolunteerProfile

PASSWORD = "correct-horse-battery"
_numbers = itertools.count(1)


@cache
def password_hash() -> str:
    """The shared test password, hashed with argon2id at its lowest cost.

    argon2 is slow on purpose, and every test signs people in: the app verifies any argon2
    hash with the parameters stored in it, so test users get a cheap one (12 ms against
    about 100 ms). Passwords the app itself sets (registration, changes) keep full cost.
    """
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)


def make_user(app, role: str, *, unit: str = "市民政局", username: str | None = None, active: bool = True,
              **volunteer):
    """A user of `role`; unit users belong to `unit` (a lead unit's name by default); volunteers
    get a profile (`volunteer`: its fields to set, e.g. skills="急救", birth_year=1990)."""
    username = username or f"{role}{next(_numbers)}"
    with app.app_context():
        user = User(username=username, password_hash=password_hash(), role=Role(role), active=active)
        if role == "unit":
            user.unit = db.session.scalar(select(Unit).where(Unit.name == unit))
            user.display_name = user.unit.name
        if role == "sponsor":
            user.sponsor = SponsorProfile(kind=SponsorKind.enterprise, name=f"爱心企业{username}")
        if role == "volunteer":
            user.display_name = f"志愿者{username}"
            user.volunteer = VolunteerProfile(name=user.display_name, phone=f"139{next(_numbers):08d}",
                                              district="小店区", consent_at=utcnow(), **volunteer)
        db.session.add(user)
        db.session.commit()
        return SimpleNamespace(id=user.id, username=username, password=PASSWORD, role=role)


def make_branch(app, name: str, parent: str) -> int:
    with app.app_context():
        lead = db.session.scalar(select(Unit).where(Unit.name == parent))
        branch = Unit(name=name, parent=lead, category_id=lead.category_id)
        db.session.add(branch)
        db.session.commit()
        return branch.id


PROJECT = {
    "title": "社区老年人健康义诊",
    "category": 13,
    "district": "小店区",
    "service_target": "社区 60 岁以上老年人",
    "service_type": "健康义诊、慢病讲座",
    "service_hours": 120,
    "volunteers_needed": 20,
    "funding": 5000,
    "sessions_planned": 12,
    "start_on": "2027-01-01",
    "end_on": "2027-12-31",
    "description": "每月一次在坪阳社区为老年人测血压、讲解慢病用药。",
    "contact_name": "张医生",
    "contact_phone": "0351-1234567",
    "needs": [
        {"kind": "money", "description": "药品与耗材经费", "quantity": 10000},
        {"kind": "goods", "description": "血压计", "quantity": 10, "unit": "台"},
    ],
}


def make_project(app, unit_user, *, status: str = "published", **changes) -> int:
    """A project of `unit_user`'s unit, taken through the real operations up to `status`."""
    from matchmaker.projects.models import Project
    from matchmaker.projects.operations import create_project, step_project

    with app.app_context():
        actor = db.session.get(User, unit_user.id)
        project = create_project(actor, {**PROJECT, **changes})
        if status in ("submitted", "published", "closed"):
            step_project(actor, project, "submit")
        if status in ("published", "closed"):
            office = db.session.scalar(select(User).where(User.role == Role.office)) or _office(app)
            step_project(office, project, "publish")
        if status == "closed":
            step_project(actor, db.session.get(Project, project.id), "close")
        return project.id


def _office(app):
    user = User(username=f"office-auto{next(_numbers)}", password_hash=password_hash(), role=Role.office)
    db.session.add(user)
    db.session.commit()
    return user
