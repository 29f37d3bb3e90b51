"""In-app notifications (the bell with an unread count) and their email copies (the outbox)."""

import enum
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..auth.models import User
from ..extensions import db
from ..models_base import enum_type, utcnow


class Notification(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    message: Mapped[str] = mapped_column(String(300))
    link: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(DateTime)


class MailState(enum.StrEnum):
    pending = "pending"  # waiting for the mail worker (due now, or after a failed try)
    sent = "sent"  # the SMTP server accepted it
    failed = "failed"  # given up: refused by the server, or too many tries; the office may resend


MAIL_STATE_LABELS = {MailState.failed: "发送失败", MailState.pending: "待发送", MailState.sent: "已发送"}  # tab order


class OutboundMail(db.Model):
    """An email copy of a notification, written in the notification's transaction (the outbox)
    and delivered by `flask mail work` (outbox.py). A worker claims a row by setting
    `lease_until`; a row whose lease ran out (its worker died) is claimed again."""

    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("notification.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    to_address: Mapped[str] = mapped_column(String(254))
    url: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[MailState] = mapped_column(enum_type(MailState, "mail_state"), default=MailState.pending)
    attempts: Mapped[int] = mapped_column(default=0)
    due_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)

    notification: Mapped[Notification] = relationship()
    user: Mapped[User] = relationship()

    __table_args__ = (Index("ix_outbound_mail_state_due_at", "state", "due_at"),)
