"""工作台: where each role lands after signing in, with what waits for it and a link to where
it is done. Views over the other packages' queries; it writes nothing."""

from flask import Blueprint

bp = Blueprint("workspace", __name__)

from . import views  # noqa: E402,F401
