"""The sponsor's own pages: the profile (爱心档案) with its offers (爱心资源)."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..auth.access import role_required
from ..auth.models import Role, User
from ..forms import submit
from ..projects.quantities import shown
from .forms import OFFER_ROWS, PLAIN_FIELDS, ProfileForm
from .operations import MAX_OFFERS, save_profile

bp = Blueprint("sponsors", __name__, url_prefix="/sponsor")


@bp.route("/profile", methods=["GET", "POST"])
@role_required(Role.sponsor)
def profile():
    """Keep one's profile and offers; blank offer rows are ignored."""
    # Saved values only on GET: a POST is a full replacement, nothing missing is filled in.
    form = ProfileForm(data=saved_data(current_user)) if request.method == "GET" else ProfileForm()
    done, _ = submit(form, lambda: save_profile(current_user, form.to_data()))
    if done:
        flash("爱心档案已保存", "success")
        return redirect(url_for(".profile"))
    return render_template("sponsors/profile.html", form=form)


def saved_data(user: User) -> dict:
    """What the form shows first: the saved values, with blank rows to add offers."""
    profile = user.sponsor
    if profile is None:  # e.g. an account made with `flask users create --role sponsor`
        return {"name": user.display_name}
    offers = [
        {
            "kind": offer.kind.value, "description": offer.description, "unit": offer.unit,
            "quantity": "" if offer.quantity is None else str(shown(offer.kind, offer.quantity)),
            "available_until": offer.available_until.isoformat() if offer.available_until else "",
        }
        for offer in profile.offers
    ]
    blank = max(OFFER_ROWS - len(offers), 1 if len(offers) < MAX_OFFERS else 0)
    return {**{name: getattr(profile, name) for name in PLAIN_FIELDS}, "offers": offers + [{}] * blank}
