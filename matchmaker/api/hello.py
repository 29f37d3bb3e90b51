"""GET /api/v1/hello: the load benchmark's reference (bench/load.py).

It goes through the whole app (middleware, security headers, JSON) but touches no
database, so the other endpoints' throughput can be read as a share of it.
"""

from flask import jsonify

from ..auth.access import public
from . import bp


@bp.get("/hello")
@public
def hello():
    """A constant answer, without the database."""
    return jsonify(hello="matchmaker")
