"""Volunteer-service projects (志愿服务项目) and their resource needs (资源需求)."""

import enum
from datetime import date, datetime

from sqlalchemy import BigInteger, CheckConstraint, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..auth.models import User
from ..catalog.models import Category, Unit
from ..extensions import db
from ..models_base import NeedKind, Timestamps, enum_type, local_today
from ..workflow import StepEvent, history_of


class ProjectStatus(enum.StrEnum):
    draft = "draft"
    submitted = "submitted"
    published = "published"
    closed = "closed"
    completed = "completed"


PROJECT_STATUS_LABELS = {
    ProjectStatus.draft: "草稿",
    ProjectStatus.submitted: "待审核",
    ProjectStatus.published: "已发布",
    ProjectStatus.closed: "已关闭",
    ProjectStatus.completed: "已完成",
}


class Project(Timestamps, db.Model):
    """A project plan with the fields notice 二(二)1 requires of every plan."""

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    title: Mapped[str] = mapped_column(String(60))
    service_target: Mapped[str] = mapped_column(String(100))
    service_type: Mapped[str] = mapped_column(String(40))
    service_hours: Mapped[int]
    volunteers_needed: Mapped[int]
    funding: Mapped[int] = mapped_column(BigInteger, default=0)  # 项目资金保障, in fen
    sessions_planned: Mapped[int]
    district: Mapped[str] = mapped_column(String(10))
    start_on: Mapped[date]
    end_on: Mapped[date]
    description: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(30), default="")
    contact_phone: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[ProjectStatus] = mapped_column(
        enum_type(ProjectStatus, "project_status"), default=ProjectStatus.draft, index=True
    )
    return_reason: Mapped[str] = mapped_column(String(500), default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    cover: Mapped[str] = mapped_column(String(40), default="", server_default="")  # projects/covers.py
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))

    category: Mapped[Category] = relationship()
    unit: Mapped[Unit] = relationship()
    created_by: Mapped[User | None] = relationship()
    needs: Mapped[list["Need"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Need.id"
    )
    events: Mapped[list["ProjectEvent"]] = history_of("ProjectEvent", "project")

    __table_args__ = (
        CheckConstraint("service_hours >= 0", name="service_hours_not_negative"),
        CheckConstraint("volunteers_needed >= 0", name="volunteers_not_negative"),
        CheckConstraint("funding >= 0", name="funding_not_negative"),
        CheckConstraint("sessions_planned >= 1", name="sessions_positive"),
        CheckConstraint("end_on >= start_on", name="ends_after_start"),
        # The public catalogue, newest first: without it every page sorts all projects.
        Index("ix_project_catalogue_order", "status", "published_at", "id"),
    )

    @property
    def expired(self) -> bool:
        """已到期: published and past its end date (Taiyuan's day), read when asked, so no job
        has to run at midnight. It takes no more claims or pledges and leaves recommendations."""
        return self.status is ProjectStatus.published and self.end_on < local_today()


class ProjectEvent(StepEvent, db.Model):
    """One step in a plan's life (created, submitted, published, returned, closed, completed)."""

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)

    project: Mapped[Project] = relationship(back_populates="events")


class Need(db.Model):
    """One resource a project needs. Money is counted in fen, everything else in `unit`s.

    `approved_quantity` is the sum of approved and fulfilled pledges; it only ever moves
    through a guarded UPDATE, and the CHECK below is the backstop.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    kind: Mapped[NeedKind] = mapped_column(enum_type(NeedKind, "need_kind"))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(BigInteger)
    unit: Mapped[str] = mapped_column(String(10))
    deadline: Mapped[date | None]
    approved_quantity: Mapped[int] = mapped_column(BigInteger, default=0)

    project: Mapped[Project] = relationship(back_populates="needs")

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "approved_quantity >= 0 AND approved_quantity <= quantity", name="approved_within_quantity"
        ),
    )

    @property
    def remaining(self) -> int:
        return self.quantity - self.approved_quantity
