"""Loading the notice's programmes, idempotently: running it twice changes nothing."""

from sqlalchemy import select

from ..extensions import db
from .models import Category, Unit
from .programmes import PROGRAMMES


def seed_programmes() -> tuple[int, int]:
    """Insert missing programmes and lead units; returns how many of each were added."""
    categories = {c.number: c for c in db.session.scalars(select(Category))}
    units = {u.name: u for u in db.session.scalars(select(Unit))}
    added_categories = added_units = 0
    for number, name, lead_units in PROGRAMMES:
        category = categories.get(number)
        if category is None:
            category = Category(number=number, name=name)
            db.session.add(category)
            added_categories += 1
        for unit_name in lead_units:
            if unit_name not in units:
                units[unit_name] = Unit(name=unit_name, category=category)
                db.session.add(units[unit_name])
                added_units += 1
    db.session.commit()
    return added_categories, added_units
