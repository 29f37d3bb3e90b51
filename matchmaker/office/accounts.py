"""Office staff manage accounts: unit and office users, deactivation, password resets."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..auth.access import office_required
from ..auth.models import User
from ..auth.operations import create_user, reset_password, set_active
from ..catalog.models import Unit
from ..errors import DomainError
from ..extensions import db
from ..forms import options, show_error
from . import bp
from ..forms import ConfirmForm
from .forms import CreateUserForm, ResetPasswordForm


def unit_choices():
    units = db.session.scalars(select(Unit).options(joinedload(Unit.parent)).order_by(Unit.category_id, Unit.id))
    return options([("", "（不关联单位）")] + [
        (u.name, u.name if u.is_lead else f"{u.parent.name} / {u.name}") for u in units
    ])


def get_user(user_id: int) -> User:
    return db.session.get(User, user_id) or abort(404)


@bp.route("/users", methods=["GET", "POST"])
@office_required
def users():
    """List accounts and create unit or office accounts."""
    form = CreateUserForm()
    form.unit.choices = unit_choices()
    if form.validate_on_submit():
        try:
            user = create_user(
                form.username.data, form.password.data, form.role.data,
                unit_name=form.unit.data or None, display_name=form.display_name.data, actor=current_user,
            )
        except DomainError as error:
            show_error(form, error)
        else:
            flash(f"已创建账号 {user.username}", "success")
            return redirect(url_for(".users"))
    query = request.args.get("q", "").strip()[:40]
    statement = select(User).options(joinedload(User.unit)).order_by(User.role, User.id)
    if query:
        statement = statement.where(User.username.contains(query, autoescape=True) | User.display_name.contains(query, autoescape=True))
    return render_template(
        "office/users.html", form=form, users=db.session.scalars(statement).all(), q=query,
        confirm=ConfirmForm(), reset=ResetPasswordForm(),
    )


@bp.post("/users/<int:user_id>/active")
@office_required
def toggle_active(user_id: int):
    """Deactivate or reactivate an account."""
    form, user = ConfirmForm(), get_user(user_id)
    if form.validate_on_submit():
        try:
            set_active(user, not user.active, current_user)
            flash(f"账号 {user.username} 已{'启用' if user.active else '停用'}", "success")
        except DomainError as error:
            flash(error.message, "danger")
    return redirect(url_for(".users"))


@bp.post("/users/<int:user_id>/password")
@office_required
def reset_user_password(user_id: int):
    """Set a new password for an account; its sessions end."""
    form, user = ResetPasswordForm(), get_user(user_id)
    if form.validate_on_submit():
        try:
            reset_password(user, form.password.data, current_user)
            flash(f"已重置 {user.username} 的密码", "success")
        except DomainError as error:
            flash(error.message, "danger")
    return redirect(url_for(".users"))
