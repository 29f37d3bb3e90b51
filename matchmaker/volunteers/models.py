"""A volunteer's profile, a unit's recruitment on a project, and a volunteer's sign-up to it."""

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..auth.models import User
from ..extensions import db
from ..models_base import Timestamps, enum_type
from ..projects.models import Need, Project
from ..workflow import StepEvent, history_of

CLOSED_NAME = "已注销志愿者"


def mask_phone(phone: str) -> str:
    """138****0000: what everyone but the units a volunteer signed up with sees."""
    return f"{phone[:3]}****{phone[-4:]}" if len(phone) == 11 else ""


class VolunteerProfile(Timestamps, db.Model):
    """One per volunteer account: what the notice's work needs, given with consent (PIPL).

    When the account is closed the row stays (units' attendance and hours point at it) but its
    personal data is wiped: `closed_at` is set, the name becomes 已注销志愿者, the phone is emptied.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), unique=True)
    name: Mapped[str] = mapped_column(String(30))  # real name
    phone: Mapped[str] = mapped_column(String(11), default="")  # mainland mobile; "" once closed
    district: Mapped[str] = mapped_column(String(10))
    skills: Mapped[str] = mapped_column(String(200), default="")  # "、"-separated words
    availability: Mapped[str] = mapped_column(String(100), default="")  # e.g. 周末、工作日晚上
    interests: Mapped[str] = mapped_column(String(200), default="")  # e.g. 助老、环保 (for recommendations)
    birth_year: Mapped[int | None]  # optional; only for a recruitment's minimum age
    consent_at: Mapped[datetime] = mapped_column(DateTime)  # when they agreed to the data use
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)  # closed and anonymised

    user: Mapped[User] = relationship(backref=db.backref("volunteer", uselist=False))

    __table_args__ = (
        CheckConstraint("closed_at IS NOT NULL OR phone <> ''", name="phone_unless_closed"),
    )

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)


class RecruitmentState(enum.StrEnum):
    open = "open"
    closed = "closed"


class Recruitment(Timestamps, db.Model):
    """招募: a unit's call for volunteers on one of its published projects.

    `admitted` counts the sign-ups admitted and not since withdrawn; it only ever moves through
    a guarded UPDATE (operations), and the CHECK below is the backstop.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    need_id: Mapped[int | None] = mapped_column(ForeignKey("need.id"))  # the project's 志愿者 need, if tied
    title: Mapped[str] = mapped_column(String(60))
    places: Mapped[int]
    requirements: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[str] = mapped_column(String(200), default="")  # required skills, "、"-separated
    min_age: Mapped[int | None]
    place: Mapped[str] = mapped_column(String(100), default="")
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    signup_until: Mapped[date]
    state: Mapped[RecruitmentState] = mapped_column(
        enum_type(RecruitmentState, "recruitment_state"), default=RecruitmentState.open
    )
    admitted: Mapped[int] = mapped_column(default=0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    project: Mapped[Project] = relationship()
    need: Mapped[Need | None] = relationship()
    created_by: Mapped[User | None] = relationship()

    __table_args__ = (
        CheckConstraint("places >= 1", name="places_positive"),
        CheckConstraint("admitted >= 0 AND admitted <= places", name="admitted_within_places"),
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("min_age IS NULL OR (min_age >= 0 AND min_age <= 100)", name="min_age_range"),
        # The public list: open recruitments by deadline.
        Index("ix_recruitment_state_signup_until", "state", "signup_until"),
    )

    @property
    def remaining(self) -> int:
        return self.places - self.admitted


class SignupState(enum.StrEnum):
    applied = "applied"
    admitted = "admitted"
    declined = "declined"
    withdrawn = "withdrawn"


LIVE_SIGNUP = "state IN ('applied', 'admitted')"


class Signup(Timestamps, db.Model):
    """报名: a volunteer's sign-up to a recruitment, and the unit's answer (录用 or not)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    recruitment_id: Mapped[int] = mapped_column(ForeignKey("recruitment.id"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)
    message: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[SignupState] = mapped_column(
        enum_type(SignupState, "signup_state"), default=SignupState.applied, index=True
    )
    reason: Mapped[str] = mapped_column(String(500), default="")  # the last step's reason

    recruitment: Mapped[Recruitment] = relationship()
    volunteer: Mapped[VolunteerProfile] = relationship()
    events: Mapped[list["SignupEvent"]] = history_of("SignupEvent", "signup")

    __table_args__ = (
        # One live sign-up per volunteer and recruitment, even when two are sent at the same instant;
        # after a withdrawal or a refusal they may sign up again.
        Index(
            "uq_signup_one_live",
            "recruitment_id",
            "volunteer_id",
            unique=True,
            sqlite_where=text(LIVE_SIGNUP),
            postgresql_where=text(LIVE_SIGNUP),
        ),
    )


class SignupEvent(StepEvent, db.Model):
    """One step in a sign-up's life. Rows are only ever inserted."""

    signup_id: Mapped[int] = mapped_column(ForeignKey("signup.id"), index=True)

    signup: Mapped[Signup] = relationship(back_populates="events")
