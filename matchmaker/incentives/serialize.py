"""Incentives and their codes as the API shows them."""

from .models import Incentive, IncentiveCode
from .operations import requirement


def incentive_json(incentive: Incentive, *, counts: bool = True) -> dict:
    body = {
        "id": incentive.id, "title": incentive.title, "description": incentive.description,
        "sponsor": {"id": incentive.sponsor_id, "name": incentive.sponsor.name},
        "min_stars": incentive.min_stars, "min_hours": float(incentive.min_hours),
        "requirement": requirement(incentive), "quantity": incentive.quantity,
        "remaining": incentive.remaining, "valid_until": incentive.valid_until.isoformat(),
    }
    if counts:
        body["taken"] = incentive.taken
    return body


def code_json(taken: IncentiveCode) -> dict:
    return {
        "code": taken.code, "incentive": incentive_json(taken.incentive, counts=False),
        "taken_at": taken.taken_at.isoformat(),
        "redeemed_at": taken.redeemed_at.isoformat() if taken.redeemed_at else None,
    }
