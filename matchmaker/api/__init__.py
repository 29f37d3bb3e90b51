"""The JSON API under /api/v1, for the city's WeChat client and other programs.

It authenticates by Bearer token only (see auth.access) and so is exempt from CSRF.
Every error has the shape {"error": {"code", "message"}} (see errors.py).
"""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from . import (  # noqa: E402,F401
    auth,
    catalog,
    collaborations,
    execution,
    hello,
    incentives,
    insurance,
    mail,
    matches,
    openapi,
    profile,
    projects,
    recommend,
    service_records,
    trainings,
    volunteers,
    workspace,
)
