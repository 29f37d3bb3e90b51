"""Pages: volunteers see and take incentives; sponsors post them and redeem codes."""

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from ..auth.access import role_required
from ..auth.models import Role
from ..errors import DomainError
from ..extensions import db
from ..forms import ConfirmForm, submit
from ..service_records.views import my_profile
from . import operations
from .forms import IncentiveForm, RedeemForm

bp = Blueprint("incentives", __name__)


@bp.get("/incentives")
@role_required(Role.volunteer)
def index():
    """激励回馈: what I qualify for, and the codes I took."""
    profile = my_profile()
    return render_template("incentives/index.html", offered=operations.offered_to(profile),
                           codes=operations.mine(profile), form=ConfirmForm(), requirement=operations.requirement)


@bp.post("/incentives/<int:incentive_id>/take")
@role_required(Role.volunteer)
def take(incentive_id: int):
    """Take one incentive; its code is then listed on the page."""
    incentive = operations.find(incentive_id)
    if ConfirmForm().validate_on_submit():
        try:
            taken = operations.take(current_user, incentive)
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            flash(f"领取成功，兑换码 {taken.code}：到店出示即可使用", "success")
    return redirect(url_for(".index"))


@bp.route("/sponsor/incentives", methods=["GET", "POST"])
@role_required(Role.sponsor)
def posted():
    """A merchant's incentives: post one, see how many were taken, redeem codes."""
    sponsor = operations.giver(current_user)
    form = IncentiveForm()
    done, _ = submit(form, lambda: operations.post_incentive(current_user, form.to_data()))
    if done:
        flash("激励回馈已发布，符合条件的志愿者即可领取", "success")
        return redirect(url_for(".posted"))
    return render_template("incentives/posted.html", form=form, redeem_form=RedeemForm(),
                           incentives=operations.posted_by(sponsor.id), requirement=operations.requirement)


@bp.post("/sponsor/incentives/redeem")
@role_required(Role.sponsor)
def redeem():
    """Mark a volunteer's code used."""
    form = RedeemForm()
    if form.validate_on_submit():
        try:
            taken = operations.redeem(current_user, form.code.data or "")
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "danger")
        else:
            flash(f"兑换码 {taken.code} 已核销：{taken.incentive.title}", "success")
    return redirect(url_for(".posted"))
