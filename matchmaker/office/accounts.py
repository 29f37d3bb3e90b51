"""Office staff manage accounts: units (lead and branch), unit and office users, deactivation,
password resets."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import case, func, select
from sqlalchemy.orm import joinedload

from ..auth.access import office_required
from ..auth.models import User
from ..auth.operations import create_user, reset_password, set_active
from ..catalog.models import Category, Unit
from ..catalog.operations import create_unit
from ..errors import DomainError
from ..extensions import db
from ..forms import ConfirmForm, options, submit
from ..models_base import DISTRICTS
from . import bp
from .forms import CreateUnitForm, CreateUserForm, ResetPasswordForm


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
    if request.method == "GET" and request.args.get("unit"):
        form.role.data, form.unit.data = "unit", request.args["unit"]  # "开通账号" from /office/units
    done, user = submit(form, lambda: create_user(
        form.username.data, form.password.data, form.role.data,
        unit_name=form.unit.data or None, display_name=form.display_name.data, actor=current_user,
    ))
    if done:
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


# --- units ---------------------------------------------------------------------------------

@bp.route("/units", methods=["GET", "POST"])
@office_required
def units():
    """The programmes' units with their branches and accounts; the office adds lead units and branches."""
    form = unit_form()
    done, unit = submit(form, lambda once: create_unit(current_user, form.to_data(), once), creates=Unit)
    if done:
        flash(f"已新增单位 {unit.name}，可为其开通账号", "success")
        return redirect(url_for(".units"))
    categories = db.session.scalars(select(Category).order_by(Category.number)).all()
    all_units = db.session.scalars(select(Unit).order_by(Unit.id)).all()
    return render_template(
        "office/units.html", form=form, categories=categories, account_counts=account_counts(),
        leads_by_category=group_leads(all_units), branches_by_lead=group_branches(all_units),
    )


def unit_form() -> CreateUnitForm:
    form = CreateUnitForm()
    categories = db.session.scalars(select(Category).order_by(Category.number))
    form.category.choices = options([("", "请选择")] + [(str(c.number), f"{c.number}. {c.name}") for c in categories])
    leads = db.session.scalars(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.category_id, Unit.id))
    form.parent_id.choices = options([("", "请选择")] + [(str(u.id), u.name) for u in leads])
    form.district.choices = options([("", "（不限）")] + [(d, d) for d in DISTRICTS])
    return form


def account_counts() -> dict[int, tuple[int, int]]:
    """(active, all) accounts per unit, in one query."""
    rows = db.session.execute(
        select(User.unit_id, func.count(case((User.active, 1))), func.count())
        .where(User.unit_id.is_not(None)).group_by(User.unit_id)
    )
    return {unit_id: (active, total) for unit_id, active, total in rows}


def group_leads(all_units) -> dict[int, list[Unit]]:
    leads: dict[int, list[Unit]] = {}
    for unit in all_units:
        if unit.is_lead:
            leads.setdefault(unit.category_id, []).append(unit)
    return leads


def group_branches(all_units) -> dict[int, list[Unit]]:
    branches: dict[int, list[Unit]] = {}
    for unit in all_units:
        if not unit.is_lead:
            branches.setdefault(unit.parent_id, []).append(unit)
    return branches
