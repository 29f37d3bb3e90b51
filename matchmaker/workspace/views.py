"""The workspace page, and where each role lands after signing in."""

from flask import current_app, redirect, render_template, url_for
from flask_login import current_user

from ..auth.access import login_required
from ..auth.models import User
from . import bp
from .items import is_new_sponsor, sections_for

# Roles whose everyday page lives in their own package, by role value: the endpoint to land on.
# Volunteers (a 4th role being added on branch `volunteers`) go to theirs once it exists.
OWN_PAGES = {"volunteer": "volunteers.home"}


def landing(user: User) -> str:
    """Where a user lands after signing in: a new sponsor on its profile form (recommendations
    need it), a role with a page of its own there, everyone else on the workspace."""
    if user.role.value == "sponsor" and is_new_sponsor(user):
        return url_for("sponsors.profile")
    own = OWN_PAGES.get(user.role.value)
    if own:
        return url_for(own) if own in current_app.view_functions else url_for("catalog.home")
    return url_for("workspace.home")


@bp.get("/workspace")
@login_required
def home():
    """工作台: what waits for this user, each item linking to where it is done."""
    sections = sections_for(current_user)
    if sections is None:
        return redirect(landing(current_user))
    return render_template("workspace/home.html", sections=sections,
                           new_sponsor=current_user.role.value == "sponsor" and is_new_sponsor(current_user))
