"""Factories that write test records in their own app context and return plain values."""

import itertools
from functools import cache
from types import SimpleNamespace

from sqlalchemy import select

from matchmaker.auth.models import Role, User
from matchmaker.auth.passwords import hash_password
from matchmaker.catalog.models import Unit
from matchmaker.extensions import db
from matchmaker.sponsors.models import SponsorKind, SponsorProfile

PASSWORD = "correct-horse-battery"
_numbers = itertools.count(1)


@cache
def password_hash() -> str:
    """argon2 is slow on purpose; hash the shared test password once."""
    return hash_password(PASSWORD)


def make_user(app, role: str, *, unit: str = "市民政局", username: str | None = None, active: bool = True):
    """A user of `role`; unit users belong to `unit` (a lead unit's name by default)."""
    username = username or f"{role}{next(_numbers)}"
    with app.app_context():
        user = User(username=username, password_hash=password_hash(), role=Role(role), active=active)
        if role == "unit":
            user.unit = db.session.scalar(select(Unit).where(Unit.name == unit))
            user.display_name = user.unit.name
        if role == "sponsor":
            user.sponsor = SponsorProfile(kind=SponsorKind.enterprise, name=f"爱心企业{username}")
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
