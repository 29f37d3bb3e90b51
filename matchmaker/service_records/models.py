"""Who served at an activity, and for how many hours: the unit's confirmed record."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Numeric, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..execution.models import Activity
from ..extensions import db
from ..models_base import utcnow
from ..volunteers.models import VolunteerProfile


class Attendance(db.Model):
    """One volunteer at one activity (活动记录 per person). Hours are confirmed by the unit.

    Corrections change `hours` in place; the audit log keeps every value it had.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"))  # the UNIQUE pair indexes it
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)
    hours: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    activity: Mapped[Activity] = relationship()
    volunteer: Mapped[VolunteerProfile] = relationship()

    __table_args__ = (
        UniqueConstraint("activity_id", "volunteer_id", name="uq_attendance_activity_volunteer"),
        CheckConstraint("hours > 0 AND hours <= 24", name="hours_within_a_day"),
    )
