"""Racing for the last incentives against a real gunicorn with four workers: the count
taken never exceeds the number offered, and one volunteer never takes two."""

from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.incentives.models import Incentive, IncentiveCode
from matchmaker.incentives.operations import post_incentive
from matchmaker.sponsors.models import SponsorKind

from .. import factories
from .. import records_data as rd
from ..test_execution_helpers import TODAY
from .conftest import race

RACERS = 60
OFFERED = 17


def offer(app, quantity: int) -> int:
    merchant = factories.make_user(app, "sponsor")
    with app.app_context():
        user = db.session.get(User, merchant.id)
        user.sponsor.kind = SponsorKind.merchant
        db.session.commit()
        return post_incentive(user, {"title": "免费午餐", "quantity": quantity, "min_hours": 0,
                                     "valid_until": (TODAY + timedelta(days=5)).isoformat()}).id


def taken(app, incentive_id: int) -> tuple[int, int, int]:
    with app.app_context():
        counted = db.session.get(Incentive, incentive_id).taken
        codes = db.session.scalar(select(func.count(IncentiveCode.id)).where(IncentiveCode.incentive_id == incentive_id))
        people = db.session.scalar(select(func.count(IncentiveCode.volunteer_id.distinct())))
        return counted, codes, people


def test_racing_volunteers_never_take_more_than_offered(app, live_server):
    incentive_id = offer(app, OFFERED)
    tokens = [live_server.token(rd.volunteer(app, f"志愿者{i}")) for i in range(RACERS)]
    answers = race(
        (lambda token=token: live_server.call("POST", f"/api/v1/incentives/{incentive_id}/take", token))
        for token in tokens
    )
    statuses = Counter(answer.status for answer in answers)
    assert statuses == {201: OFFERED, 409: RACERS - OFFERED}, (statuses, live_server.log_tail())
    assert {a.body["error"]["code"] for a in answers if a.status == 409} == {"sold_out"}
    assert taken(app, incentive_id) == (OFFERED, OFFERED, OFFERED)


def test_one_volunteer_racing_themself_takes_one(app, live_server):
    incentive_id = offer(app, 50)
    token = live_server.token(rd.volunteer(app, "急性子"))
    answers = race(
        (lambda: live_server.call("POST", f"/api/v1/incentives/{incentive_id}/take", token)) for _ in range(30)
    )
    statuses = Counter(answer.status for answer in answers)
    assert statuses == {201: 1, 409: 29}, (statuses, live_server.log_tail())
    assert {a.body["error"]["code"] for a in answers if a.status == 409} == {"already_taken"}
    assert taken(app, incentive_id) == (1, 1, 1)
