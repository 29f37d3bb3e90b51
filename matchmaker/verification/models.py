"""One issued document that anyone can check."""

from datetime import datetime

from sqlalchemy import JSON, DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ..models_base import utcnow


class Verification(db.Model):
    """What a checkable document said when it was issued.

    `says` holds only what the document shows to whoever receives it (a masked name, hours,
    amounts), as (label, value) pairs, so the public check page can show it and nothing more.
    `subject_id` names whom it is about (a user for a certificate, a sponsor for a statement),
    so a second download of an unchanged document keeps its number.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    subject_id: Mapped[int]
    title: Mapped[str] = mapped_column(String(60))
    says: Mapped[list] = mapped_column(JSON)
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_verification_kind_subject", "kind", "subject_id"),)
