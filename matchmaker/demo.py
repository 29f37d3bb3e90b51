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
    added_users += add_volunteers(data.get("volunteers", []), password_hash)
    db.session.commit()
    return {"users": added_users, "projects": added_projects, "matches": add_demo_matches(),
            "recruitments": add_recruitments(data.get("recruitments", []), units)}


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


# (sponsor username, project index among published demo projects, share of the need, how far)
DEMO_MATCHES = (
    ("kangningtang", 0, 0.5, "fulfilled"),
    ("huiminwanjia", 1, 0.3, "approved"),
    ("liuxiangmian", 2, 0.25, "accepted"),
    ("fenheshegong", 3, 0.6, "fulfilled"),
    ("wangshufen", 4, 0.1, "submitted"),
    ("qingxie", 5, 0.4, "approved"),
    ("zhenghenglaw", 6, 1.0, "approved"),
    ("liguoqiang", 7, 0.2, "submitted"),
)
STEPS_TO = {"submitted": (), "accepted": ("accept",), "approved": ("accept", "approve"),
            "fulfilled": ("accept", "approve", "fulfil")}


def add_demo_matches() -> int:
    """A few pledges at every stage of their life, made through the real operations."""
    from .matches.models import Match
    from .matches.operations import create_match, step_match

    if db.session.scalar(select(func.count()).select_from(Match)):
        return 0
    projects = db.session.scalars(
        select(Project).where(Project.status == ProjectStatus.published).order_by(Project.id)
    ).all()
    office = db.session.scalar(select(User).where(User.username == OFFICE_USERNAME))
    added = 0
    for username, index, share, stage in DEMO_MATCHES:
        sponsor = db.session.scalar(select(User).where(User.username == username))
        if sponsor is None or index >= len(projects):
            continue
        project = projects[index]
        need = project.needs[0]
        quantity = max(1, int(need.remaining * share))
        if need.kind is NeedKind.money:
            quantity = max(100, quantity // 100 * 100)  # whole yuan
        amount = quantity / 100 if need.kind is NeedKind.money else quantity
        match, _ = create_match(sponsor, {"project_id": project.id, "kind": "pledge", "need_id": need.id,
                                          "quantity": amount, "message": "一点心意，盼项目顺利开展"})
        unit_user = db.session.scalar(select(User).where(User.unit_id.in_([project.unit_id, project.unit.parent_id])))
        for step in STEPS_TO[stage]:
            actor = office if step == "approve" else unit_user
            if actor is not None:
                step_match(actor, match, step)
        added += 1
    return added


def add_volunteers(rows: list[dict], password_hash: str) -> int:
    from .volunteers.models import VolunteerProfile

    added = 0
    for row in rows:
        if user_exists(row["username"]):
            continue
        fields = {k: row[k] for k in ("name", "phone", "district", "skills", "availability", "interests",
                                       "birth_year")}
        user = User(username=row["username"], password_hash=password_hash, role=Role.volunteer,
                    display_name=row["name"])
        user.volunteer = VolunteerProfile(consent_at=utcnow(), **fields)
        db.session.add(user)
        added += 1
    return added


def add_recruitments(rows: list[dict], units: dict[str, Unit]) -> int:
    """Open recruitments on published demo projects, dated from today, through the real operation."""
    from datetime import timedelta

    from .collaborations.queries import today
    from .volunteers.models import Recruitment
    from .volunteers.recruitments import open_recruitment

    if db.session.scalar(select(func.count()).select_from(Recruitment)):
        return 0
    added = 0
    for row in rows:
        unit = units[row["unit"]]
        project = db.session.scalar(select(Project).where(Project.unit_id == unit.id, Project.title == row["project"]))
        unit_user = db.session.scalar(select(User).where(User.unit_id == unit.id))
        if project is None or unit_user is None or project.status is not ProjectStatus.published:
            continue
        starts = today() + timedelta(days=row["starts_in_days"])
        open_recruitment(unit_user, project.id, {
            **{k: row[k] for k in ("title", "places", "requirements", "skills", "min_age", "place")},
            "starts_on": starts.isoformat(), "ends_on": (starts + timedelta(days=row["lasts_days"])).isoformat(),
            "signup_until": (today() + timedelta(days=row["signup_days"])).isoformat(),
        })
        added += 1
    return added
