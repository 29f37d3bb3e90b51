"""Realistic data for the load benchmark, written in seconds by bulk inserts.

The texts come from the recommender's synthetic catalogue (matchmaker/recommend/synthetic.py),
so titles, descriptions, needs and sponsors' interests read like the real thing. On top of
them: branch units under the notice's lead units, an account per lead unit (they receive the
pledges' notifications), an office account, sponsors with profiles and offers, and pledges
already waiting, so the pages' per-need progress and the recommender's "already matched"
exclusion have rows to read. The step scenario gets pledges of its own, waiting for their
owning unit to accept them: one for every step it can take in a run, since a step is taken once.

Every insert is SQLAlchemy core `insert()` with a list of dicts; ids come back through
RETURNING in the order of the rows.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, insert, select

from matchmaker.auth.models import Role, User
from matchmaker.auth.passwords import hash_password
from matchmaker.catalog.models import Category, Unit
from matchmaker.catalog.seed import seed_programmes
from matchmaker.extensions import db
from matchmaker.matches.models import Match, MatchEvent
from matchmaker.models_base import DISTRICTS, utcnow
from matchmaker.projects.models import Need, Project
from matchmaker.recommend import synthetic
from matchmaker.sponsors.models import Offer, SponsorProfile

BRANCHES = 400
WAITING_PLEDGES = 3000
# Needs the pledge scenario gives to: so large that no run of the benchmark can use them up.
PLEDGE_TARGETS = 100
BOUNDLESS = 10**12
SPONSOR_PREFIX = "bench_sponsor_"
UNIT_PREFIX = "bench_unit_"


@dataclass
class Generated:
    projects: list[int]
    pledge_targets: list[tuple[int, int]]  # (project id, need id)
    sponsor_usernames: list[str]
    # Waiting pledges for the step scenario: (match id, the username of the lead unit that manages it)
    step_targets: list[tuple[int, str]]


def generate(projects: int, sponsors: int, password: str, steppable: int = 0, seed: int = 7) -> Generated:
    """Fill a freshly migrated database (inside an app context) and commit once."""
    rng = random.Random(seed)  # noqa: S311  # benchmark data, not secrets
    seed_programmes()
    units_by_category = insert_branches(rng)
    secret = hash_password(password)  # argon2 is slow on purpose: one hash for every account
    insert_staff(secret)
    sponsor_ids, sponsor_users, usernames = insert_sponsors(sponsors, secret)
    project_ids, needs = insert_projects(projects, units_by_category, rng)
    targets = insert_pledge_targets(open_for_months(PLEDGE_TARGETS))
    insert_waiting_pledges(needs, sponsor_ids, sponsor_users, rng)
    steps = insert_step_targets(steppable, targets, sponsor_ids, sponsor_users, rng)
    db.session.commit()
    return Generated(project_ids, targets, usernames, steps)


def returning_ids(model, rows: list[dict]) -> list[int]:
    """Insert rows (all with the same keys) in batches; their new ids, in the rows' order.

    Core on the table, not the ORM's bulk insert: the ORM splits the rows into one
    statement per run of rows with the same None-valued columns (a need's deadline, say)
    and splices the RETURNING results back together in quadratic time.
    """
    if not rows:
        return []
    table = model.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(db.session.execute(statement, rows).scalars())


def insert_branches(rng: random.Random) -> dict[int, list[int]]:
    """Branches (下属组织) under the lead units; returns unit ids per programme."""
    leads = list(db.session.execute(select(Unit.id, Unit.name, Unit.category_id).where(Unit.parent_id.is_(None))))
    rows = []
    for number in range(BRANCHES):
        lead = leads[number % len(leads)]
        district = rng.choice(DISTRICTS)
        rows.append({"name": f"{district}{lead.name}志愿服务队{number + 1}", "parent_id": lead.id,
                     "category_id": lead.category_id, "district": district})
    returning_ids(Unit, rows)
    by_category: dict[int, list[int]] = {}
    for unit_id, category_id in db.session.execute(select(Unit.id, Unit.category_id)):
        by_category.setdefault(category_id, []).append(unit_id)
    return by_category


def insert_staff(secret: str) -> None:
    """The office's account and one account per lead unit."""
    leads = db.session.execute(select(Unit.id, Unit.name).where(Unit.parent_id.is_(None))).all()
    rows = [{"username": "bench_office", "password_hash": secret, "role": Role.office, "unit_id": None,
             "display_name": "市文明办"}]
    rows += [{"username": f"{UNIT_PREFIX}{unit_id}", "password_hash": secret, "role": Role.unit,
              "unit_id": unit_id, "display_name": name} for unit_id, name in leads]
    returning_ids(User, rows)


def insert_sponsors(count: int, secret: str) -> tuple[list[int], list[int], list[str]]:
    """Sponsor accounts with their profiles and offers; returns profile ids, user ids, usernames."""
    docs = synthetic.sponsors(count)
    usernames = [f"{SPONSOR_PREFIX}{number}" for number in range(count)]
    user_ids = returning_ids(User, [
        {"username": name, "password_hash": secret, "role": Role.sponsor, "display_name": doc.name}
        for name, doc in zip(usernames, docs, strict=True)
    ])
    profile_ids = returning_ids(SponsorProfile, [
        {"user_id": user_id, "kind": doc.kind, "name": doc.name, "district": doc.district,
         "industry": doc.industry, "interests": doc.interests, "contact_phone": f"139{user_id:08d}"}
        for user_id, doc in zip(user_ids, docs, strict=True)
    ])
    offers = [
        {"sponsor_id": profile_id, "kind": offer.kind, "description": offer.description}
        for profile_id, doc in zip(profile_ids, docs, strict=True) for offer in doc.offers
    ]
    returning_ids(Offer, offers)
    return profile_ids, user_ids, usernames


def insert_projects(count: int, units_by_category: dict[int, list[int]], rng: random.Random):
    """Published projects with their needs; returns project ids and the needs' rows (with ids)."""
    docs = synthetic.projects(count)
    category_ids = category_id_by_number()
    now, today = utcnow(), date.today()
    rows = []
    for number, doc in enumerate(docs):
        category_id = category_ids[doc.category]
        units = units_by_category[category_id]
        start = today - timedelta(days=rng.randint(0, 120))
        rows.append({
            "category_id": category_id, "unit_id": units[int(doc.unit_id) % len(units)],
            "title": doc.title, "service_target": doc.service_target, "service_type": doc.service_type,
            "service_hours": rng.randint(20, 400), "volunteers_needed": rng.randint(5, 120),
            "funding": rng.randint(0, 50_000) * 100, "sessions_planned": rng.randint(1, 24),
            "district": doc.district, "start_on": start, "end_on": start + timedelta(days=rng.randint(90, 365)),
            "description": doc.description, "contact_name": "项目联系人",
            "contact_phone": f"0351-{rng.randint(2_000_000, 8_999_999)}",
            "status": "published", "published_at": now - timedelta(minutes=count - number),
        })
    project_ids = returning_ids(Project, rows)
    need_rows = [need_row(project_id, need) for project_id, doc in zip(project_ids, docs, strict=True)
                 for need in doc.needs]
    for need_id, row in zip(returning_ids(Need, need_rows), need_rows, strict=True):
        row["id"] = need_id
    return project_ids, need_rows


def category_id_by_number() -> dict[int, int]:
    return {number: category_id for number, category_id in db.session.execute(select(Category.number, Category.id))}


def need_row(project_id: int, need) -> dict:
    """A synthetic need as stored: money in fen, the approved part already taken."""
    scale = 100 if need.kind == "money" else 1
    return {"project_id": project_id, "kind": need.kind, "description": need.description,
            "quantity": need.quantity * scale, "unit": need.unit, "deadline": need.deadline,
            "approved_quantity": (need.quantity - need.remaining) * scale}


def open_for_months(count: int) -> list[int]:
    """Projects that stay open to pledges for months (an expired one refuses them), oldest first."""
    return list(db.session.scalars(
        select(Project.id).where(Project.end_on >= date.today() + timedelta(days=60)).order_by(Project.id).limit(count)
    ))


def insert_pledge_targets(project_ids: list[int]) -> list[tuple[int, int]]:
    """One goods need per project that the pledge scenario can give to without ever filling it."""
    rows = [{"project_id": project_id, "kind": "goods", "description": "社区爱心物资（常年募集）",
             "quantity": BOUNDLESS, "unit": "份", "approved_quantity": 0} for project_id in project_ids]
    return list(zip(project_ids, returning_ids(Need, rows), strict=True))


def insert_waiting_pledges(needs: list[dict], sponsor_ids: list[int], sponsor_users: list[int],
                           rng: random.Random) -> None:
    """Pledges submitted and not yet answered, each with its first history row."""
    open_needs = [need for need in needs if need["quantity"] > need["approved_quantity"]]
    chosen = rng.sample(open_needs, min(WAITING_PLEDGES, len(open_needs)))
    sponsors = [rng.randrange(len(sponsor_ids)) for _ in chosen]
    matches = [
        {"kind": "pledge", "project_id": need["project_id"], "need_id": need["id"], "sponsor_id": sponsor_ids[s],
         "quantity": rng.randint(1, need["quantity"] - need["approved_quantity"]), "state": "submitted",
         "message": "愿尽一份力，请联系我们。"}
        for need, s in zip(chosen, sponsors, strict=True)
    ]
    match_ids = returning_ids(Match, matches)
    returning_ids(MatchEvent, [
        {"match_id": match_id, "from_state": None, "to_state": "submitted", "actor_id": sponsor_users[s]}
        for match_id, s in zip(match_ids, sponsors, strict=True)
    ])


def insert_step_targets(count: int, targets: list[tuple[int, int]], sponsor_ids: list[int],
                        sponsor_users: list[int], rng: random.Random) -> list[tuple[int, str]]:
    """`count` waiting pledges of one unit to the boundless needs, each with its first history row;
    returns each with the lead unit's account that may accept it (a lead unit manages its
    branches' projects)."""
    if not count:
        return []
    lead_of = dict(db.session.execute(
        select(Project.id, func.coalesce(Unit.parent_id, Unit.id)).join(Unit, Project.unit_id == Unit.id)
        .where(Project.id.in_([project_id for project_id, _ in targets]))
    ).all())
    chosen = [rng.choice(targets) for _ in range(count)]
    sponsors = [rng.randrange(len(sponsor_ids)) for _ in chosen]
    match_ids = returning_ids(Match, [
        {"kind": "pledge", "project_id": project_id, "need_id": need_id, "sponsor_id": sponsor_ids[s],
         "quantity": 1, "state": "submitted", "message": "愿尽一份力，请联系我们。"}
        for (project_id, need_id), s in zip(chosen, sponsors, strict=True)
    ])
    returning_ids(MatchEvent, [
        {"match_id": match_id, "from_state": None, "to_state": "submitted", "actor_id": sponsor_users[s]}
        for match_id, s in zip(match_ids, sponsors, strict=True)
    ])
    return [(match_id, f"{UNIT_PREFIX}{lead_of[project_id]}")
            for match_id, (project_id, _) in zip(match_ids, chosen, strict=True)]
