"""URL converters: ids in paths are bounded like the id columns they name."""

from flask import Flask
from werkzeug.routing import IntegerConverter

from .validation import MAX_ID


class IdConverter(IntegerConverter):
    """`<int:…>` that matches only numbers a record id can be: /projects/99999999999 is a
    plain 404 and never reaches the database, where it would overflow the column type."""

    def __init__(self, url_map, fixed_digits=0, min=None, max=MAX_ID, signed=False):  # noqa: A002
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def register_converters(app: Flask) -> None:
    app.url_map.converters["int"] = IdConverter
