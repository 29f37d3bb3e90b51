"""Demo data so a newcomer sees a living site: accounts of every role and ~40 projects.

The data lives in catalog/demo.json; this module only loads it, idempotently.
"""

import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from .auth.models import Role, User
from .auth.passwords import hash_password
from .catalog.models import Category, Unit
from .extensions import db
from .models_base import NeedKind, utcnow
from .projects.models import Need, Project, ProjectStatus
from .sponsors.models import Offer, SponsorKind, SponsorProfile

DEMO_FILE = Path(__file__).parent / "catalog" / "demo.json"
OFFICE_USERNAME = "office"


def seed_demo(password: str) -> dict:
    data = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    password_hash = hash_password(password)  # one hash: argon2 is slow by design
    units = add_branches(data["branches"])
    added_users = add_office(password_hash) + add_unit_users(data["units"], units, password_hash)
    added_users += add_sponsors(data["sponsors"], password_hash)
    added_projects = add_projects(data["projects"], units)
    db.session.commit()
    return {"users": added_users, "projects": added_projects}


def add_branches(branches: list[dict]) -> dict[str, Unit]:
    units = {u.name: u for u in db.session.scalars(select(Unit))}
    for row in branches:
        if row["name"] not in units:
            parent = units[row["parent"]]
            units[row["name"]] = Unit(
                name=row["name"], parent=parent, category_id=parent.category_id, district=row["district"]
            )
            db.session.add(units[row["name"]])
    db.session.flush()
    return units


def user_exists(username: str) -> bool:
    return db.session.scalar(select(func.count()).where(User.username == username)) > 0


def add_office(password_hash: str) -> int:
    if user_exists(OFFICE_USERNAME):
        return 0
    db.session.add(User(username=OFFICE_USERNAME, password_hash=password_hash, role=Role.office,
                        display_name="市文明办志愿服务处"))
    return 1


def add_unit_users(rows: list[dict], units: dict[str, Unit], password_hash: str) -> int:
    added = 0
    for row in rows:
        if not user_exists(row["username"]):
            unit = units[row["unit"]]
            db.session.add(User(username=row["username"], password_hash=password_hash, role=Role.unit,
                                unit=unit, display_name=unit.name))
            added += 1
    return added


def add_sponsors(rows: list[dict], password_hash: str) -> int:
    added = 0
    for row in rows:
        if user_exists(row["username"]):
            continue
        user = User(username=row["username"], password_hash=password_hash, role=Role.sponsor,
                    display_name=row["name"])
        user.sponsor = SponsorProfile(
            kind=SponsorKind(row["kind"]), name=row["name"], district=row["district"],
            industry=row["industry"], interests=row["interests"],
            contact_name=row["contact_name"], contact_phone=row["contact_phone"],
            offers=[
                Offer(kind=NeedKind(o["kind"]), description=o["description"], quantity=o["quantity"],
                      unit=o["unit"] or "", available_until=parse_date(o["available_until"]))
                for o in row["offers"]
            ],
        )
        db.session.add(user)
        added += 1
    return added


def add_projects(rows: list[dict], units: dict[str, Unit]) -> int:
    categories = {c.number: c for c in db.session.scalars(select(Category))}
    existing = set(db.session.execute(select(Project.unit_id, Project.title)).all())
    added = 0
    for row in rows:
        unit = units[row["unit"]]
        if (unit.id, row["title"]) in existing:
            continue
        status = ProjectStatus(row["status"])
        db.session.add(Project(
            category=categories[row["category"]], unit=unit, title=row["title"],
            service_target=row["service_target"], service_type=row["service_type"],
            service_hours=row["service_hours"], volunteers_needed=row["volunteers_needed"],
            funding=row["funding_yuan"] * 100, sessions_planned=row["sessions_planned"],
            district=row["district"], start_on=parse_date(row["start_on"]), end_on=parse_date(row["end_on"]),
            description=row["description"], contact_name=row["contact_name"],
            contact_phone=row["contact_phone"], status=status,
            published_at=utcnow() if status is ProjectStatus.published else None,
            needs=[demo_need(n) for n in row["needs"]],
        ))
        added += 1
    return added


def demo_need(row: dict) -> Need:
    kind = NeedKind(row["kind"])
    quantity = row["quantity"] * 100 if kind is NeedKind.money else row["quantity"]
    return Need(kind=kind, description=row["description"], quantity=quantity,
                unit=row["unit"], deadline=parse_date(row["deadline"]))


def parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
