"""对接: a sponsor's claim (认领) of a project or pledge (认捐) to a need, and its history."""

import enum
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ..models_base import Timestamps, enum_type, utcnow
from ..projects.models import Need, Project
from ..sponsors.models import SponsorProfile
from ..workflow import StepEvent, history_of


class MatchKind(enum.StrEnum):
    claim = "claim"
    pledge = "pledge"


class MatchState(enum.StrEnum):
    submitted = "submitted"
    accepted = "accepted"
    declined = "declined"
    approved = "approved"
    rejected = "rejected"
    fulfilled = "fulfilled"
    withdrawn = "withdrawn"
    cancelled = "cancelled"


class Match(Timestamps, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MatchKind] = mapped_column(enum_type(MatchKind, "match_kind"))
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    need_id: Mapped[int | None] = mapped_column(ForeignKey("need.id"))  # indexed with state, below
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("sponsor_profile.id"), index=True)
    quantity: Mapped[int | None] = mapped_column(BigInteger)
    message: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[MatchState] = mapped_column(
        enum_type(MatchState, "match_state"), default=MatchState.submitted, index=True
    )

    project: Mapped[Project] = relationship()
    need: Mapped[Need | None] = relationship()
    sponsor: Mapped[SponsorProfile] = relationship()
    events: Mapped[list["MatchEvent"]] = history_of("MatchEvent", "match")

    __table_args__ = (
        # A pledge names a need and a positive quantity; a claim adopts the whole project.
        CheckConstraint(
            "(kind = 'pledge' AND need_id IS NOT NULL AND quantity > 0)"
            " OR (kind = 'claim' AND need_id IS NULL AND quantity IS NULL)",
            name="pledge_or_claim_shape",
        ),
        # A need's pledges in some states (its progress bar): without the state beside need_id,
        # SQLite's planner chose the state index and read every waiting pledge in the city.
        Index("ix_match_need_state", "need_id", "state"),
        # At most one approved or fulfilled claim per project, whatever the load.
        Index(
            "uq_match_one_live_claim",
            "project_id",
            unique=True,
            sqlite_where=text("kind = 'claim' AND state IN ('approved', 'fulfilled')"),
            postgresql_where=text("kind = 'claim' AND state IN ('approved', 'fulfilled')"),
        ),
    )


class MatchEvent(StepEvent, db.Model):
    """One step in a match's life. Rows are only ever inserted."""

    match_id: Mapped[int] = mapped_column(ForeignKey("match.id"), index=True)

    match: Mapped[Match] = relationship(back_populates="events")


class IdempotencyKey(db.Model):
    """What a client's `Idempotency-Key` created, so a retry returns it instead of a twin.

    The row is inserted in the same transaction as the record it names; the UNIQUE
    constraint turns a concurrent retry into an IntegrityError we answer by re-reading.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    key: Mapped[str] = mapped_column(String(100))
    resource: Mapped[str] = mapped_column(String(20))
    resource_id: Mapped[int | None]
    # sha256 of the request's body: the same key with another body is refused, not answered
    # with the first record (NULL for keys stored before it was kept).
    request_hash: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("user_id", "key", name="uq_idempotency_key_user_key"),)
