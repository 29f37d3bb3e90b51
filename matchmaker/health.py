"""GET /healthz: answers 200 when the app and its database are up, 503 otherwise."""

from flask import Blueprint, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .auth.access import public
from .extensions import db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
@public
def healthz():
    """Liveness and database check, for load balancers and `make run`."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return jsonify(status="error", database="down"), 503
    return jsonify(status="ok", database="up")
