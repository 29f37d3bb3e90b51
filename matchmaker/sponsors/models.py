"""Sponsors (爱心单位/个人): their profile and what they can give (爱心资源)."""

import enum
from datetime import date

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..auth.models import User
from ..extensions import db
from ..models_base import NeedKind, Timestamps, enum_type


class SponsorKind(enum.StrEnum):
    enterprise = "enterprise"
    social_org = "social_org"
    merchant = "merchant"
    individual = "individual"


SPONSOR_KIND_LABELS = {
    SponsorKind.enterprise: "企事业单位",
    SponsorKind.social_org: "社会团体",
    SponsorKind.merchant: "爱心商户",
    SponsorKind.individual: "个人",
}


class SponsorProfile(Timestamps, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), unique=True)
    kind: Mapped[SponsorKind] = mapped_column(enum_type(SponsorKind, "sponsor_kind"))
    name: Mapped[str] = mapped_column(String(60))
    district: Mapped[str] = mapped_column(String(10), default="")
    industry: Mapped[str] = mapped_column(String(40), default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(30), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")

    user: Mapped[User] = relationship(backref=db.backref("sponsor", uselist=False))
    offers: Mapped[list["Offer"]] = relationship(
        back_populates="sponsor", cascade="all, delete-orphan", order_by="Offer.id"
    )


class Offer(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("sponsor_profile.id"), index=True)
    kind: Mapped[NeedKind] = mapped_column(enum_type(NeedKind, "offer_kind"))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int | None] = mapped_column(BigInteger)
    unit: Mapped[str] = mapped_column(String(10), default="")
    available_until: Mapped[date | None]

    sponsor: Mapped[SponsorProfile] = relationship(back_populates="offers")

    __table_args__ = (CheckConstraint("quantity IS NULL OR quantity > 0", name="quantity_positive"),)
