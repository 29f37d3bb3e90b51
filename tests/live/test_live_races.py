"""Races against a real gunicorn with four workers: approvals for one need, approvals of
claims for one project, retries with one Idempotency-Key. Totals must be exact."""

import random
import uuid
from collections import Counter
from datetime import date, timedelta

from sqlalchemy import func, select

from matchmaker.catalog.models import Unit
from matchmaker.collaborations.models import Collaboration
from matchmaker.extensions import db
from matchmaker.matches.models import IdempotencyKey, Match

from .. import factories
from . import world
from .conftest import race
from .invariants import all_problems

RACERS = 105


def test_concurrent_approvals_never_exceed_the_need(app, live_server):
    people = world.parties(app)
    project_id, need_id = world.goods_project(app, people.unit, quantity=150)
    rng = random.Random(7)
    quantities = [rng.randint(1, 3) for _ in range(RACERS)]  # about 210 asked of 150
    match_ids = world.accepted_pledges(app, people.unit, people.sponsors[0], project_id, need_id, quantities)
    token = live_server.token(people.office)

    answers = race(
        (lambda match_id=match_id: live_server.call("POST", f"/api/v1/matches/{match_id}/approve", token))
        for match_id in match_ids
    )

    statuses = Counter(answer.status for answer in answers)
    assert set(statuses) <= {200, 409}, (statuses, live_server.log_tail())
    refused = [answer.body["error"]["code"] for answer in answers if answer.status == 409]
    assert set(refused) == {"quantity_exceeds_need"}
    approved_sum = sum(q for q, answer in zip(quantities, answers, strict=True) if answer.status == 200)
    total = world.approved_quantity(app, need_id)
    assert total == approved_sum <= 150
    after = world.states(app, match_ids)
    assert Counter(after.values()) == {"approved": statuses[200], "accepted": statuses[409]}
    # Every refusal was honest: what it asked for really no longer fitted.
    left = 150 - total
    assert all(q > left for q, answer in zip(quantities, answers, strict=True) if answer.status == 409)
    with app.app_context():
        assert all_problems() == []


def test_concurrent_claim_approvals_approve_exactly_one(app, live_server):
    people = world.parties(app, sponsors=30)
    project_id, _ = world.goods_project(app, people.unit, quantity=10)
    match_ids = world.accepted_claims(app, people.unit, people.sponsors, project_id)
    token = live_server.token(people.office)

    answers = race(
        (lambda match_id=match_id: live_server.call("POST", f"/api/v1/matches/{match_id}/approve", token))
        for match_id in match_ids
    )

    assert Counter(answer.status for answer in answers) == {200: 1, 409: 29}, live_server.log_tail()
    assert {a.body["error"]["code"] for a in answers if a.status == 409} == {"already_claimed"}
    winner = next(match_id for match_id, a in zip(match_ids, answers, strict=True) if a.status == 200)
    after = world.states(app, match_ids)
    assert after.pop(winner) == "approved" and set(after.values()) == {"accepted"}
    with app.app_context():
        assert all_problems() == []


def test_concurrent_retries_with_one_idempotency_key_create_one_match(app, live_server):
    people = world.parties(app)
    project_id, need_id = world.goods_project(app, people.unit, quantity=100)
    token = live_server.token(people.sponsors[0])
    key = f"retry-{uuid.uuid4()}"
    body = {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": 2, "message": "重试"}

    answers = race(
        (lambda: live_server.call("POST", "/api/v1/matches", token, json=body, headers={"Idempotency-Key": key}))
        for _ in range(50)
    )

    assert Counter(answer.status for answer in answers) == {201: 1, 200: 49}, live_server.log_tail()
    assert len({answer.body["id"] for answer in answers}) == 1
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Match)) == 1
        assert db.session.scalar(select(func.count()).select_from(IdempotencyKey)) == 1
        assert all_problems() == []


def test_concurrent_identical_collaboration_requests_create_one(app, live_server):
    asker = factories.make_user(app, "unit")
    factories.make_user(app, "unit", unit="市教育局")
    project_id = factories.make_project(app, asker)
    with app.app_context():
        asked_unit = db.session.scalar(select(Unit.id).where(Unit.name == "市教育局"))
    token = live_server.token(asker)
    body = {"project_id": project_id, "to_unit_id": asked_unit, "ask": "people",
            "due_on": (date.today() + timedelta(days=14)).isoformat(), "message": "一起办"}

    answers = race(
        (lambda: live_server.call("POST", "/api/v1/collaborations", token, json=body)) for _ in range(30)
    )

    assert Counter(answer.status for answer in answers) == {201: 1, 409: 29}, live_server.log_tail()
    assert {a.body["error"]["code"] for a in answers if a.status == 409} == {"duplicate_request"}
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Collaboration)) == 1
