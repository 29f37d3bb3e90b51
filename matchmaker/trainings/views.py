"""Pages: a unit's trainings, who attended each, and which recruitments require it."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..auth.access import role_required
from ..auth.models import Role
from ..errors import DomainError
from ..extensions import db
from ..forms import ConfirmForm, submit
from ..volunteers.recruitments import visible_recruitment
from . import operations
from .forms import TrainingForm

bp = Blueprint("trainings", __name__)


@bp.route("/trainings", methods=["GET", "POST"])
@role_required(Role.unit)
def index():
    """教育培训: the unit's trainings, and the form to record one."""
    form = TrainingForm()
    done, training = submit(form, lambda: operations.record_training(current_user, form.to_data()))
    if done:
        flash("培训已记录，请勾选参加培训的志愿者", "success")
        return redirect(url_for(".show", training_id=training.id))
    return render_template("trainings/index.html", form=form, trainings=operations.unit_trainings(current_user))


@bp.route("/trainings/<int:training_id>", methods=["GET", "POST"])
@role_required(Role.unit)
def show(training_id: int):
    """One training: tick who attended; require it for a recruitment."""
    training = operations.managed_training(training_id, current_user)
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            if request.form.get("action") == "require":
                recruitment = visible_recruitment(int(request.form.get("recruitment_id") or 0), current_user)
                operations.require_training(current_user, recruitment, {"training_id": training.id})
                flash(f"“{recruitment.title}”已要求报名者先参加本培训", "success")
            else:
                ids = [int(v) for v in request.form.getlist("volunteer_ids") if v.isascii() and v.isdigit()]
                operations.record_attendees(current_user, training, {"volunteer_ids": ids})
                flash("参加培训的志愿者已登记", "success")
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            return redirect(url_for(".show", training_id=training.id))
    recruitments = operations.unit_recruitments(current_user)
    return render_template(
        "trainings/show.html", training=training, form=form, attended={a.volunteer_id for a in
                                                                       operations.attendees(training.id)},
        people=operations.unit_volunteers(current_user), recruitments=recruitments,
        required=operations.required_for([r.id for r in recruitments]),
    )
