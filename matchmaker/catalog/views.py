"""Public pages about the programmes and their units."""

from flask import Blueprint, render_template
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..auth.access import public
from ..extensions import db
from .models import Category

bp = Blueprint("catalog", __name__)


def programmes() -> list[Category]:
    return list(
        db.session.scalars(select(Category).options(selectinload(Category.lead_units)).order_by(Category.number))
    )


@bp.get("/")
@public
def home():
    """The home page: the 26 programmes and their lead units."""
    categories = programmes()
    lead_unit_count = sum(len(c.lead_units) for c in categories)
    return render_template("catalog/home.html", categories=categories, lead_unit_count=lead_unit_count)
