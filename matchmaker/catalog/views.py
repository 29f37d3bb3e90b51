"""Public pages about the programmes and their units."""

from flask import Blueprint, render_template
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..auth.access import public
from ..auth.models import Role
from ..extensions import db
from ..pagecache import cached_for_visitors
from ..projects.queries import pending_by_need
from ..recommend import service as recommender
from ..templating import today
from . import front
from .models import Category

bp = Blueprint("catalog", __name__)


def programmes() -> list[Category]:
    return list(
        db.session.scalars(select(Category).options(selectinload(Category.lead_units)).order_by(Category.number))
    )


@bp.get("/")
@public
@cached_for_visitors
def home():
    """The home page: search, the city's figures, projects closing soon and the newest, the
    26 programmes and their lead units."""
    categories = programmes()
    lead_unit_count = sum(len(c.lead_units) for c in categories)
    closing, newest = front.closing_soon(today()), front.newest()
    return render_template(
        "catalog/home.html", categories=categories, lead_unit_count=lead_unit_count,
        recommended=recommended_for_me(), figures=front.city_figures(), closing=closing, newest=newest,
        pending=pending_by_need(closing + newest),
    )


def recommended_for_me() -> list:
    """为您推荐: for a signed-in sponsor with a profile, the projects that fit it best."""
    if not current_user.is_authenticated or current_user.role is not Role.sponsor or not current_user.sponsor:
        return []
    return recommender.recommend_for(current_user.sponsor, limit=6)
