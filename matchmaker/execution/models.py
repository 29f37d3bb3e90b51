"""What was done on a project: activity records (活动记录) and reports (上报)."""

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..auth.models import User
from ..extensions import db
from ..models_base import enum_type, utcnow
from ..projects.models import Project


class Activity(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    held_on: Mapped[date]
    place: Mapped[str] = mapped_column(String(100))
    volunteers: Mapped[int]
    volunteer_hours: Mapped[Decimal] = mapped_column(Numeric(10, 1))
    people_served: Mapped[int]
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    project: Mapped[Project] = relationship()
    created_by: Mapped[User] = relationship()

    __table_args__ = (
        CheckConstraint("volunteers >= 0", name="volunteers_not_negative"),
        CheckConstraint("volunteer_hours >= 0", name="hours_not_negative"),
        CheckConstraint("people_served >= 0", name="people_served_not_negative"),
    )


class ReportKind(enum.StrEnum):
    progress = "progress"
    difficulty = "difficulty"


class Report(db.Model):
    """Progress or difficulty (困难问题) reported by the running unit; the lead unit answers."""

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    kind: Mapped[ReportKind] = mapped_column(enum_type(ReportKind, "report_kind"))
    body: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)

    project: Mapped[Project] = relationship()
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    answered_by: Mapped[User | None] = relationship(foreign_keys=[answered_by_id])
