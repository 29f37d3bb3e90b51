"""Column helpers shared by the models of every package."""

import enum
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import DateTime, Enum
from sqlalchemy.orm import Mapped, mapped_column


def utcnow() -> datetime:
    """Naive UTC: SQLite keeps no time zone, so we store none anywhere."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_today() -> date:
    """Today in Taiyuan (China keeps one zone, no daylight saving), whatever the server's zone:
    the day deadlines and a project's end date are read against."""
    return (datetime.now(UTC) + timedelta(hours=8)).date()


def enum_type(enum_cls: type[enum.Enum], name: str) -> Enum:
    """A VARCHAR holding the enum's values, guarded by a named CHECK on every database."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class NeedKind(enum.StrEnum):
    """What a project needs and what a sponsor offers (人力、物力、财力)."""

    money = "money"
    goods = "goods"
    venue = "venue"
    skill = "skill"
    volunteers = "volunteers"


NEED_KIND_LABELS = {
    NeedKind.money: "资金",
    NeedKind.goods: "物资",
    NeedKind.venue: "场地",
    NeedKind.skill: "专业技能",
    NeedKind.volunteers: "志愿者",
}

DISTRICTS = (
    "小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区",
    "晋源区", "清徐县", "阳曲县", "娄烦县", "古交市",
)
