"""What was done on a project: activity records (活动记录) and their photos, reports (上报),
the closing summary (项目总结), the office's rating (评星定级) and report reminders."""

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
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
    photos: Mapped[list["ActivityPhoto"]] = relationship(back_populates="activity", order_by="ActivityPhoto.id")

    __table_args__ = (
        CheckConstraint("volunteers >= 0", name="volunteers_not_negative"),
        CheckConstraint("volunteer_hours >= 0", name="hours_not_negative"),
        CheckConstraint("people_served >= 0", name="people_served_not_negative"),
    )


class ActivityPhoto(db.Model):
    """A photo of an activity. The file lives in the storage (storage.py) by a generated name, never
    by the name it was uploaded with, and is served only through a view that checks access."""

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    stored_name: Mapped[str] = mapped_column(String(40), unique=True)
    content_type: Mapped[str] = mapped_column(String(20))
    size_bytes: Mapped[int] = mapped_column(Integer)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    activity: Mapped[Activity] = relationship(back_populates="photos")

    __table_args__ = (CheckConstraint("size_bytes > 0", name="size_positive"),)


class ReportKind(enum.StrEnum):
    progress = "progress"
    difficulty = "difficulty"


REPORT_KIND_LABELS = {ReportKind.progress: "进展情况", ReportKind.difficulty: "困难问题"}


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


class Summary(db.Model):
    """The closing summary (项目总结); with it the project becomes completed. One per project.

    Counts (activities, hours, people served) are not copied here: they are summed from the
    activity records, which a completed project no longer accepts, so they cannot drift.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), unique=True)
    goals_met: Mapped[str] = mapped_column(Text)
    resources_used: Mapped[str] = mapped_column(Text)
    lessons: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    project: Mapped[Project] = relationship()
    created_by: Mapped[User] = relationship()


class Rating(db.Model):
    """The office's evaluation of a completed project: 1-5 stars, comments, and whether it is
    selected as outstanding (优秀项目) for the public honour page. One per project; a later
    rating replaces the earlier one (the audit log keeps both)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), unique=True)
    stars: Mapped[int]
    comment: Mapped[str] = mapped_column(Text)
    outstanding: Mapped[bool] = mapped_column(Boolean, default=False)
    rated_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    rated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    project: Mapped[Project] = relationship()
    rated_by: Mapped[User] = relationship()

    __table_args__ = (
        CheckConstraint("stars BETWEEN 1 AND 5", name="stars_range"),
        CheckConstraint("NOT outstanding OR stars >= 4", name="outstanding_needs_four_stars"),
    )


class ReportReminder(db.Model):
    """That the unit and the office were told a project is overdue with its reports.

    `due_since` is the moment the silence began (the last report, or the start of the
    project); the UNIQUE pair means one reminder per silence, however often the command runs.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))  # the UNIQUE pair indexes it
    due_since: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("project_id", "due_since", name="uq_report_reminder_project_since"),)
