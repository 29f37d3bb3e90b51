"""交叉合作: one unit asks another to take part in one of its projects."""

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..auth.models import User
from ..catalog.models import Unit
from ..extensions import db
from ..models_base import Timestamps, enum_type, utcnow
from ..projects.models import Project


class CollaborationAsk(enum.StrEnum):
    people = "people"
    venue = "venue"
    expertise = "expertise"
    co_organising = "co_organising"


class CollaborationState(enum.StrEnum):
    requested = "requested"
    accepted = "accepted"
    declined = "declined"
    withdrawn = "withdrawn"
    done = "done"


class Collaboration(Timestamps, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    from_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    to_unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    ask: Mapped[CollaborationAsk] = mapped_column(enum_type(CollaborationAsk, "collaboration_ask"))
    due_on: Mapped[date]
    message: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[CollaborationState] = mapped_column(
        enum_type(CollaborationState, "collaboration_state"),
        default=CollaborationState.requested,
        index=True,
    )

    project: Mapped[Project] = relationship()
    from_unit: Mapped[Unit] = relationship(foreign_keys=[from_unit_id])
    to_unit: Mapped[Unit] = relationship(foreign_keys=[to_unit_id])
    events: Mapped[list["CollaborationEvent"]] = relationship(
        back_populates="collaboration", order_by="CollaborationEvent.id", passive_deletes="all"
    )

    __table_args__ = (
        CheckConstraint("from_unit_id <> to_unit_id", name="not_own_unit"),
        # One open request per project and asked unit, even when two are sent at the same instant.
        Index(
            "uq_collaboration_one_open",
            "project_id",
            "to_unit_id",
            unique=True,
            sqlite_where=text("state IN ('requested', 'accepted')"),
            postgresql_where=text("state IN ('requested', 'accepted')"),
        ),
    )


class CollaborationEvent(db.Model):
    """One step in a collaboration's life. Rows are only ever inserted."""

    id: Mapped[int] = mapped_column(primary_key=True)
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(10))
    to_state: Mapped[str] = mapped_column(String(10))
    actor_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(500), default="")

    collaboration: Mapped[Collaboration] = relationship(back_populates="events")
    actor: Mapped[User] = relationship()
