"""Accounts, roles and the sessions and tokens that authenticate them."""

import enum
import hashlib
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..catalog.models import Unit
from ..extensions import db
from ..models_base import enum_type, utcnow


class Role(enum.StrEnum):
    office = "office"
    unit = "unit"
    sponsor = "sponsor"
    volunteer = "volunteer"


ROLE_LABELS = {
    Role.office: "市文明办",
    Role.unit: "牵头单位/下属组织",
    Role.sponsor: "爱心单位/个人",
    Role.volunteer: "志愿者",
}


class User(UserMixin, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(enum_type(Role, "role"), index=True)  # the office accounts, told of steps
    display_name: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="", server_default="")  # "": no email copies
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    unit: Mapped[Unit | None] = relationship()

    __table_args__ = (
        # A unit account always speaks for a unit; nobody else does.
        CheckConstraint("(role = 'unit') = (unit_id IS NOT NULL)", name="unit_iff_unit_role"),
    )

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def label(self) -> str:
        return self.display_name or self.username


class AuthSession(db.Model):
    """A signed-in browser or an API token. Revoking the row ends it at once.

    Only a hash of the secret is stored, so a leaked table lets no one in.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    kind: Mapped[str] = mapped_column(String(3))  # "web" or "api"
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    ip: Mapped[str] = mapped_column(String(45), default="")

    user: Mapped[User] = relationship()

    __table_args__ = (CheckConstraint("kind IN ('web', 'api')", name="kind"),)

    @staticmethod
    def hash(secret: str) -> str:
        return hashlib.sha256(secret.encode()).hexdigest()
