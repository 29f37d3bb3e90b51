"""The sponsor's profile (爱心档案) and offers (爱心资源): the only code that writes them.

Pages and the API hand in plain values; everything is checked before anything is touched,
so a refusal changes nothing.
"""

from datetime import UTC, date, datetime, timedelta

from .. import audit
from ..auth.models import Role, User
from ..errors import Errors, Forbidden, Invalid
from ..extensions import db
from ..models_base import DISTRICTS, NeedKind
from ..projects.quantities import parse_quantity
from ..validation import check_choice, check_date, check_phone, check_text
from .models import Offer, SponsorKind, SponsorProfile

MAX_OFFERS = 20
CHINA = timedelta(hours=8)  # Taiyuan's clock (no daylight saving), whatever the server's zone

PROFILE_FIELDS = {
    "kind": lambda v: check_choice(v, SponsorKind, "kind", "爱心主体类型"),
    "name": lambda v: check_text(v, "name", "名称", max_len=60),
    "district": lambda v: check_district(v),
    "industry": lambda v: check_text(v, "industry", "所属行业", max_len=40, required=False),
    "interests": lambda v: check_text(v, "interests", "关注领域与意愿", max_len=2000, required=False),
    "contact_name": lambda v: check_text(v, "contact_name", "联系人", max_len=30, required=False),
    "contact_phone": lambda v: check_phone(v, "contact_phone", "联系电话"),
}


def local_today() -> date:
    return (datetime.now(UTC) + CHINA).date()


def check_district(value) -> str:
    district = check_text(value, "district", "所在区县", max_len=10, required=False)
    if district and district not in DISTRICTS:
        raise Invalid("请选择太原市的区县", field="district")
    return district


def clean_quantity(kind: NeedKind, value, field: str) -> int | None:
    """Optional; money is written in yuan and kept in fen, anything else is a count."""
    if value is None or value == "":
        return None
    return parse_quantity(kind, value, field, "爱心资源金额（元）" if kind is NeedKind.money else "爱心资源数量")


def check_until(value, field: str) -> date | None:
    until = check_date(value, field, "可提供截止日期", required=False)
    if until is not None and until < local_today():
        raise Invalid("可提供截止日期不能早于今天", field=field)
    return until


def clean_offer(row, index: int, errors: Errors) -> dict:
    """One offer's checked values; errors name the box, e.g. field `offers.2.quantity`."""
    at = f"offers.{index}"
    if not isinstance(row, dict):
        errors.add(Invalid("每项爱心资源应为 JSON 对象", field=at))
        return {}
    kind = errors.check(check_choice, row.get("kind"), NeedKind, f"{at}.kind", "爱心资源类型")
    return {
        "kind": kind,
        "description": errors.check(check_text, row.get("description"), f"{at}.description", "爱心资源说明",
                                    max_len=200),
        "quantity": kind and errors.check(clean_quantity, kind, row.get("quantity"), f"{at}.quantity"),
        "unit": "元" if kind is NeedKind.money else errors.check(
            check_text, row.get("unit"), f"{at}.unit", "计量单位", max_len=10, required=False
        ),
        "available_until": errors.check(check_until, row.get("available_until"), f"{at}.available_until"),
    }


def clean_offers(rows, errors: Errors) -> list[dict]:
    if not isinstance(rows, list):
        errors.add(Invalid("爱心资源应为列表（没有可提供的资源时为空列表）", field="offers"))
        return []
    if len(rows) > MAX_OFFERS:
        errors.add(Invalid(f"爱心资源最多 {MAX_OFFERS} 项", field="offers"))
        return []
    return [clean_offer(row, i, errors) for i, row in enumerate(rows)]


def save_profile(actor: User, data: dict) -> SponsorProfile:
    """Replace the sponsor's profile and offers with `data`, creating the profile if need be."""
    if actor.role is not Role.sponsor:
        raise Forbidden("只有爱心单位或个人可以填写爱心档案")
    errors = Errors()  # every mistake of the submission at once
    fields = {field: errors.check(check, data.get(field)) for field, check in PROFILE_FIELDS.items()}
    offers = clean_offers(data.get("offers"), errors)
    errors.raise_any()

    profile = actor.sponsor
    created = profile is None
    if created:
        profile = SponsorProfile(user=actor, **fields)
        db.session.add(profile)
    else:
        for field, value in fields.items():
            setattr(profile, field, value)
    profile.offers = [Offer(**offer) for offer in offers]
    actor.display_name = profile.name  # the name shown in the menu and to units
    db.session.flush()
    audit.record(actor, "profile.update", profile, created=created, offers=len(offers))
    db.session.commit()
    return profile
