"""The public check page: anyone with a code sees what the document said, and nothing more."""

from flask import Blueprint, render_template

from ..auth.access import public
from .operations import find, grouped, number

bp = Blueprint("verification", __name__)


@bp.get("/verify/<code>")
@public
def check(code: str):
    """Check a certificate's or statement's verification code."""
    verification = find(code[:40])
    if verification is None:
        return render_template("verification/check.html", verification=None), 404
    response = render_template("verification/check.html", verification=verification,
                               number=number(verification), code=grouped(verification.code))
    return response, 200, {"Cache-Control": "no-store", "X-Robots-Tag": "noindex"}
