"""The signed-in user's workspace (工作台): what waits for them, with links to where it is done."""

from flask import jsonify
from flask_login import current_user

from ..auth.access import login_required
from ..workspace.items import sections_for
from . import bp


@bp.get("/workspace")
@login_required
def workspace():
    """The sections of the user's workspace, each with its items, count and the list's link."""
    sections = sections_for(current_user) or []
    return jsonify(sections=[section.as_json() for section in sections])
