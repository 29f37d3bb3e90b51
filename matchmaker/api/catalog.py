"""The programmes and units, for anyone."""

from flask import jsonify
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..auth.access import public
from ..catalog.models import Unit
from ..catalog.views import programmes
from ..extensions import db
from . import bp


def unit_json(unit: Unit) -> dict:
    return {
        "id": unit.id,
        "name": unit.name,
        "category": unit.category.number,
        "parent_id": unit.parent_id,
        "is_lead": unit.is_lead,
        "district": unit.district,
    }


@bp.get("/categories")
@public
def categories():
    """The 26 programmes with their lead units."""
    items = [
        {"number": c.number, "name": c.name, "lead_units": [unit_json(u) for u in c.lead_units]}
        for c in programmes()
    ]
    return jsonify(items=items)


@bp.get("/units")
@public
def units():
    """Every unit, lead units and their branches."""
    rows = db.session.scalars(select(Unit).options(joinedload(Unit.category)).order_by(Unit.category_id, Unit.id))
    return jsonify(items=[unit_json(u) for u in rows])
