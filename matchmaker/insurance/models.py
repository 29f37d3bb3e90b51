"""A project's insurance cover, and the volunteers it names."""

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import utcnow
from ..projects.models import Project


class Insurance(db.Model):
    """Cover for a project's volunteers over a period: every admitted volunteer, or named ones.

    `by_city`: the basic insurance the city gives an outstanding project (notice 二(二)5).
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    insurer: Mapped[str] = mapped_column(String(60))
    policy_number: Mapped[str] = mapped_column(String(40))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    covers_all: Mapped[bool] = mapped_column(Boolean, default=True)
    by_city: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    project: Mapped[Project] = relationship()
    named: Mapped[list["InsuredVolunteer"]] = relationship(order_by="InsuredVolunteer.id")

    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="ends_after_start"),)


class InsuredVolunteer(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    insurance_id: Mapped[int] = mapped_column(ForeignKey("insurance.id"))  # the UNIQUE pair indexes it
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer_profile.id"), index=True)

    __table_args__ = (UniqueConstraint("insurance_id", "volunteer_id", name="uq_insured_volunteer_pair"),)
