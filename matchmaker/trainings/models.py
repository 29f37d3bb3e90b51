"""A unit's training, who attended it, and the recruitments that require it."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..catalog.models import Unit
from ..extensions import db
from ..models_base import utcnow
from ..volunteers.models import VolunteerProfile


class Training(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    topic: Mapped[str] = mapped_column(String(100))
    held_on: Mapped[date]
    hours: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    trainer: Mapped[str] = mapped_column(String(60))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    unit: Mapped[Unit] = relationship()

    __table_args__ = (CheckConstraint("hours > 0 AND hours <= 24", name="hours_within_a_day"),)


class TrainingAttendance(db.Model):
    """That a volunteer attended a training, as the unit recorded it."""

    id: Mapped[int] = mapped_column(primary_key=True)
    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"))  # the UNIQUE pair indexes it
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    training: Mapped[Training] = relationship()
    volunteer: Mapped[VolunteerProfile] = relationship()

    __table_args__ = (UniqueConstraint("training_id", "volunteer_id", name="uq_training_attendance_pair"),)


class RequiredTraining(db.Model):
    """A recruitment that takes sign-ups only from those who attended this training.

    Kept beside the recruitment rather than in it, so the recruitment's own table stays as
    its package made it; one row per recruitment.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    recruitment_id: Mapped[int] = mapped_column(ForeignKey("recruitment.id"), unique=True)
    training_id: Mapped[int] = mapped_column(ForeignKey("training.id"), index=True)

    training: Mapped[Training] = relationship()
