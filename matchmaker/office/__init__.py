from flask import Blueprint

bp = Blueprint("office", __name__, url_prefix="/office")

from . import accounts, audit_log, dashboard, exports, mail, queue, volunteers  # noqa: E402,F401
