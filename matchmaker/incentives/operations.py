"""Posting, taking and redeeming incentives: the only code that writes them.

Taking is where volunteers race: the count taken moves by one guarded UPDATE (only while
some are left and the offer runs), and the UNIQUE pair (incentive, volunteer) stops a
second take by the same person; both refusals roll back everything the call began.
"""

import secrets

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from .. import audit
from ..auth.models import Role, User
from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..execution.checks import beijing_today, check_hours
from ..extensions import db
from ..models_base import utcnow
from ..notifications import notify
from ..service_records.levels import level_by_stars, level_for
from ..service_records.queries import total_hours
from ..sponsors.models import SponsorKind
from ..validation import check_date, check_int, check_text
from ..verification.operations import ALPHABET
from ..volunteers.models import VolunteerProfile
from .models import Incentive, IncentiveCode

GIVERS = (SponsorKind.merchant, SponsorKind.enterprise)
MAX_QUANTITY = 100_000
CODE_LENGTH = 10  # 32**10 ≈ 10**15: not guessable at a shop counter


def giver(actor: User):
    """The sponsor profile of a merchant or enterprise; others may not post or redeem."""
    sponsor = getattr(actor, "sponsor", None) if actor.role is Role.sponsor else None
    if sponsor is None or sponsor.kind not in GIVERS:
        raise Forbidden("只有爱心商户和企业可以发布和核销激励回馈")
    return sponsor


def post_incentive(actor: User, data: dict) -> Incentive:
    """A merchant or enterprise offers something to volunteers of a level or hours."""
    sponsor = giver(actor)
    valid_until = check_date(data.get("valid_until"), "valid_until", "有效期至")
    if valid_until < beijing_today():
        raise Invalid("有效期不能早于今天", field="valid_until")
    min_hours = check_hours(data.get("min_hours", 0), "min_hours", "最低服务时长", high=100_000)
    incentive = Incentive(
        sponsor_id=sponsor.id, created_by_id=actor.id, valid_until=valid_until, min_hours=min_hours,
        title=check_text(data.get("title"), "title", "激励内容", max_len=60),
        description=check_text(data.get("description"), "description", "使用说明", max_len=1000, required=False),
        min_stars=check_int(data.get("min_stars", 0), "min_stars", "最低星级", low=0, high=5),
        quantity=check_int(data.get("quantity"), "quantity", "提供数量", low=1, high=MAX_QUANTITY),
    )
    db.session.add(incentive)
    db.session.flush()
    audit.record(actor, "incentive.post", incentive, quantity=incentive.quantity, min_stars=incentive.min_stars,
                 min_hours=str(min_hours))
    db.session.commit()
    return incentive


def qualifies(volunteer: VolunteerProfile, incentive: Incentive) -> bool:
    hours = total_hours(volunteer.id)
    return level_for(hours).stars >= incentive.min_stars and hours >= incentive.min_hours


def requirement(incentive: Incentive) -> str:
    parts = []
    if incentive.min_stars:
        parts.append(f"{level_by_stars(incentive.min_stars).label}及以上")
    if incentive.min_hours:
        parts.append(f"服务满 {incentive.min_hours} 小时")
    return "、".join(parts) or "所有注册志愿者"


def open_incentives():
    """Incentives still running with some left, newest first."""
    return (select(Incentive).where(Incentive.valid_until >= beijing_today(), Incentive.taken < Incentive.quantity)
            .order_by(Incentive.id.desc()))


def offered_to(volunteer: VolunteerProfile) -> list[Incentive]:
    """The running incentives this volunteer qualifies for."""
    hours = total_hours(volunteer.id)
    stars = level_for(hours).stars
    statement = open_incentives().where(Incentive.min_stars <= stars, Incentive.min_hours <= hours)
    return db.session.scalars(statement.limit(200)).all()


def take(actor: User, incentive: Incentive) -> IncentiveCode:
    """A volunteer takes one of an incentive: a code, if they qualify, have none yet and some are left."""
    volunteer = getattr(actor, "volunteer", None)
    if actor.role is not Role.volunteer or volunteer is None:
        raise Forbidden("只有注册志愿者可以领取激励回馈")
    if not qualifies(volunteer, incentive):
        raise Forbidden(f"该激励面向{requirement(incentive)}，您暂不符合条件", code="not_qualified")
    if db.session.scalar(select(IncentiveCode.id).where(IncentiveCode.incentive_id == incentive.id,
                                                        IncentiveCode.volunteer_id == volunteer.id)):
        raise Conflict("您已经领取过这项激励", code="already_taken")
    moved = db.session.execute(
        update(Incentive)
        .where(Incentive.id == incentive.id, Incentive.taken < Incentive.quantity,
               Incentive.valid_until >= beijing_today())
        .values(taken=Incentive.taken + 1, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    if moved != 1:
        db.session.rollback()
        raise Conflict("这项激励已经领完或已过期", code="sold_out")
    taken = IncentiveCode(incentive_id=incentive.id, volunteer_id=volunteer.id, code=new_code())
    db.session.add(taken)
    try:
        db.session.flush()
    except IntegrityError:  # the same volunteer's second request, at the same instant
        db.session.rollback()
        raise Conflict("您已经领取过这项激励", code="already_taken") from None
    audit.record(actor, "incentive.take", taken, incentive_id=incentive.id)
    db.session.commit()
    return taken


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def redeem(actor: User, code: str) -> IncentiveCode:
    """The merchant marks a code used, once; only its own incentives' codes."""
    sponsor = giver(actor)
    taken = db.session.scalar(
        select(IncentiveCode).join(IncentiveCode.incentive)
        .where(IncentiveCode.code == code.strip().upper()[:CODE_LENGTH + 4], Incentive.sponsor_id == sponsor.id)
    )
    if taken is None:
        raise NotFound("没有这个兑换码，或它不属于您发布的激励")
    used = db.session.execute(
        update(IncentiveCode).where(IncentiveCode.id == taken.id, IncentiveCode.redeemed_at.is_(None))
        .values(redeemed_at=utcnow(), redeemed_by_id=actor.id).execution_options(synchronize_session=False)
    ).rowcount
    if used != 1:
        db.session.rollback()
        raise Conflict("这个兑换码已经使用过了", code="already_redeemed")
    audit.record(actor, "incentive.redeem", taken, incentive_id=taken.incentive_id)
    notify([taken.volunteer.user], f"您领取的“{taken.incentive.title}”已在{taken.incentive.sponsor.name}核销使用",
           "/incentives")
    db.session.commit()
    db.session.refresh(taken)
    return taken


def mine(volunteer: VolunteerProfile) -> list[IncentiveCode]:
    return db.session.scalars(select(IncentiveCode).where(IncentiveCode.volunteer_id == volunteer.id)
                              .order_by(IncentiveCode.id.desc()).limit(200)).all()


def posted_by(sponsor_id: int) -> list[Incentive]:
    return db.session.scalars(select(Incentive).where(Incentive.sponsor_id == sponsor_id)
                              .order_by(Incentive.id.desc()).limit(200)).all()


def find(incentive_id: int) -> Incentive:
    incentive = db.session.get(Incentive, incentive_id)
    if incentive is None:
        raise NotFound("激励回馈不存在")
    return incentive


def rewards_of(sponsor_ids: list[int]) -> dict[int, tuple[int, int]]:
    """For the honour roll: each sponsor's incentives posted and codes taken from them."""
    rows = db.session.execute(
        select(Incentive.sponsor_id, func.count(Incentive.id), func.sum(Incentive.taken))
        .where(Incentive.sponsor_id.in_(sponsor_ids)).group_by(Incentive.sponsor_id)
    ).all()
    return {sponsor_id: (offers, int(taken or 0)) for sponsor_id, offers, taken in rows}
