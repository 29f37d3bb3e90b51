"""交叉合作: one unit asks another to take part in one of its projects."""

import enum
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..catalog.models import Unit
from ..extensions import db
from ..models_base import Timestamps, enum_type
from ..projects.models import Project
from ..workflow import StepEvent, history_of


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
    events: Mapped[list["CollaborationEvent"]] = history_of("CollaborationEvent", "collaboration")

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


class CollaborationEvent(StepEvent, db.Model):
    """One step in a collaboration's life. Rows are only ever inserted."""

    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id"), index=True)

    collaboration: Mapped[Collaboration] = relationship(back_populates="events")
