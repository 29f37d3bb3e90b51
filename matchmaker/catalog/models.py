"""The notice's programmes (项目类别) and the units that run them."""

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db


class Category(db.Model):
    """One of the 26 programmes of notice 并文明〔2018〕8号, section 二(一)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)

    lead_units: Mapped[list["Unit"]] = relationship(
        primaryjoin="and_(Category.id == Unit.category_id, Unit.parent_id.is_(None))",
        order_by="Unit.id",
        viewonly=True,
    )

    __table_args__ = (CheckConstraint("number BETWEEN 1 AND 26", name="number_range"),)


class Unit(db.Model):
    """A lead unit (牵头单位, no parent) or one of its branches (下属组织)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    district: Mapped[str] = mapped_column(String(10), default="")
    contact: Mapped[str] = mapped_column(String(60), default="")

    category: Mapped[Category] = relationship()
    parent: Mapped["Unit | None"] = relationship(remote_side=[id], back_populates="branches")
    branches: Mapped[list["Unit"]] = relationship(back_populates="parent", order_by="Unit.id")

    __table_args__ = (CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),)

    @property
    def is_lead(self) -> bool:
        return self.parent_id is None

    @property
    def lead(self) -> "Unit":
        """The lead unit answerable for this unit: itself, or its parent."""
        return self if self.parent is None else self.parent
