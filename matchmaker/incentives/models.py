"""An incentive a sponsor offers, and the codes volunteers take from it."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import Timestamps, utcnow
from ..sponsors.models import SponsorProfile
from ..volunteers.models import VolunteerProfile


class Incentive(Timestamps, db.Model):
    """What a sponsor gives volunteers who reach a star level or a number of hours.

    `taken` only moves through a guarded UPDATE (operations.take); the CHECK is the backstop.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("sponsor_profile.id"), index=True)
    title: Mapped[str] = mapped_column(String(60))  # what it gives, e.g. 凭码享受午餐八折
    description: Mapped[str] = mapped_column(Text, default="")
    min_stars: Mapped[int] = mapped_column(default=0)  # 0: no star level needed
    min_hours: Mapped[Decimal] = mapped_column(Numeric(8, 1), default=0)
    quantity: Mapped[int]
    taken: Mapped[int] = mapped_column(default=0)
    valid_until: Mapped[date]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))

    sponsor: Mapped[SponsorProfile] = relationship()

    __table_args__ = (
        CheckConstraint("quantity >= 1", name="quantity_positive"),
        CheckConstraint("taken >= 0 AND taken <= quantity", name="taken_within_quantity"),
        CheckConstraint("min_stars BETWEEN 0 AND 5", name="min_stars_range"),
        CheckConstraint("min_hours >= 0", name="min_hours_not_negative"),
    )

    @property
    def remaining(self) -> int:
        return self.quantity - self.taken


class IncentiveCode(db.Model):
    """One volunteer's take of an incentive: a code to show the merchant, redeemed once."""

    id: Mapped[int] = mapped_column(primary_key=True)
    incentive_id: Mapped[int] = mapped_column(ForeignKey("incentive.id"))  # the UNIQUE pair indexes it
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    redeemed_at: Mapped[datetime | None] = mapped_column(DateTime)
    redeemed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    incentive: Mapped[Incentive] = relationship()
    volunteer: Mapped[VolunteerProfile] = relationship()

    __table_args__ = (UniqueConstraint("incentive_id", "volunteer_id", name="uq_incentive_code_incentive_volunteer"),)
