"""Volunteers' pages: registration, profile, own data and closing; open recruitments and a
recruitment's page with its sign-up form; the volunteer's and the unit's sign-ups; a unit's
recruitment form. The same operations as the API."""

import json

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select

from ..auth.access import public, role_required
from ..auth.models import Role
from ..auth.throttle import registration_throttled
from ..auth.views import start_session
from ..errors import DomainError
from ..extensions import db
from ..forms import ConfirmForm, options, submit
from ..models_base import NeedKind
from ..pagecache import cached_for_visitors
from ..paging import page_of, paging
from ..projects.access import managed_project, manages
from ..projects.models import Need
from ..recommend import board_service
from . import profiles, signups
from . import recruitments as recruiting
from .forms import ProfileForm, ReasonForm, RecruitmentForm, RegisterForm, SignupForm
from .models import Signup, SignupEvent
from .profiles import CONSENT_TEXT, words
from .steps import RECRUITMENT_STATE_LABELS, STATE_LABELS

bp = Blueprint("volunteers", __name__)

STEP_BUTTONS = {"admit": "success", "decline": "outline-danger", "withdraw": "outline-secondary"}
SIGNUPS_PER_PAGE = 50
STATE_BADGES = {"applied": "warning", "admitted": "success", "declined": "secondary", "withdrawn": "light"}


@bp.app_context_processor
def volunteer_labels() -> dict:
    return {"SIGNUP_STATE_LABELS": STATE_LABELS, "SIGNUP_STATE_BADGES": STATE_BADGES,
            "RECRUITMENT_STATE_LABELS": RECRUITMENT_STATE_LABELS, "words": words,
            "open_recruitments": recruiting.open_on_project}


# --- the volunteer's account ----------------------------------------------------------------

@bp.route("/volunteers/register", methods=["GET", "POST"])
@public
@registration_throttled
def register():
    """志愿者注册: an account with a profile, given consent to the use of the data."""
    form = RegisterForm()
    done, user = submit(form, lambda: profiles.register_volunteer(form.data_dict()))
    if done:
        start_session(user)
        flash("注册成功，欢迎加入志愿者队伍！可以在“志愿者招募”中报名了", "success")
        return redirect(url_for(".recruitments"))
    return render_template("volunteers/register.html", form=form, consent_text=CONSENT_TEXT)


@bp.route("/volunteer/profile", methods=["GET", "POST"])
@role_required(Role.volunteer)
def profile():
    """志愿者档案: the volunteer keeps it; downloads their data or closes the account from here."""
    mine = profiles.own_profile(current_user)
    form = ProfileForm(obj=mine)
    done, _ = submit(form, lambda: profiles.update_profile(current_user, form.data_dict()))
    if done:
        flash("志愿者档案已保存", "success")
        return redirect(url_for(".profile"))
    return render_template("volunteers/profile.html", form=form, profile=mine, consent_text=CONSENT_TEXT)


@bp.get("/volunteer/data.json")
@role_required(Role.volunteer)
def download_data():
    """Everything the platform keeps about the volunteer, as a JSON file."""
    body = json.dumps(profiles.export_data(current_user), ensure_ascii=False, indent=2)
    return Response(body, mimetype="application/json", headers={
        "Content-Disposition": "attachment; filename=my-volunteer-data.json", "Cache-Control": "no-store"})


@bp.route("/volunteer/close", methods=["GET", "POST"])
@role_required(Role.volunteer)
def close():
    """注销账号, after a confirmation: personal data wiped, service records kept anonymised."""
    form = ConfirmForm()
    done, _ = submit(form, lambda: profiles.close_account(current_user))
    if done:
        flash("账号已注销。您的个人信息已删除，服务记录已匿名保留。", "info")
        return redirect(url_for("catalog.home"))
    return render_template("volunteers/close.html", form=form)


@bp.get("/volunteer")
@role_required(Role.volunteer)
def home():
    """我的报名: the volunteer's sign-ups and their states."""
    rows = db.session.scalars(signups.signups_for(current_user)).unique().all()
    profile = profiles.own_profile(current_user)
    return render_template("volunteers/home.html", signups=rows, profile=profile,
                           recommended=board_service.recruitments_for(profile, limit=5))


# --- recruitments ---------------------------------------------------------------------------

@bp.get("/recruitments")
@public
@cached_for_visitors
def recruitments():
    """志愿者招募: the open recruitments, with search and filters."""
    try:
        filters, refused = recruiting.parse_filters(request.args), False
    except DomainError as error:
        flash(error.message, "warning")
        filters, refused = recruiting.Filters(), True
    found = recruiting.search_page(filters, last_page=True)
    return render_template("volunteers/recruitments.html", recruitments=found.items, total=found.total,
                           filters=filters, page=found.page, pages=found.pages), 422 if refused else 200



@bp.get("/recruitments/<int:recruitment_id>")
@public
@cached_for_visitors
def recruitment(recruitment_id: int):
    """A recruitment's page: what, where, when, places left; a volunteer signs up here."""
    found = recruiting.visible_recruitment(recruitment_id, current_user)
    mine = None
    if current_user.is_authenticated and current_user.role is Role.volunteer:
        mine = db.session.scalars(signups.signups_for(current_user).where(
            Signup.recruitment_id == found.id).limit(1)).first()
    return render_template(
        "volunteers/recruitment.html", recruitment=found, mine=mine, form=SignupForm(), confirm=ConfirmForm(),
        taking=recruiting.is_taking_signups(found),
        can_manage=manages(current_user, found.project),
    )


@bp.post("/recruitments/<int:recruitment_id>/signup")
@role_required(Role.volunteer)
def sign_up(recruitment_id: int):
    """报名 with a message."""
    found = recruiting.visible_recruitment(recruitment_id, current_user)
    form = SignupForm()
    try:
        signups.sign_up(current_user, found, {"message": form.message.data})
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        flash("报名成功，请等待单位录用；结果会通过消息通知您", "success")
    return redirect(url_for(".recruitment", recruitment_id=recruitment_id))


@bp.route("/projects/<int:project_id>/recruitments/new", methods=["GET", "POST"])
@role_required(Role.unit)
def new_recruitment(project_id: int):
    """A unit opens a recruitment on one of its published projects."""
    project = managed_project(project_id, current_user)
    form = RecruitmentForm()
    needs = db.session.scalars(select(Need).where(Need.project_id == project.id, Need.kind == NeedKind.volunteers))
    form.need_id.choices = options([("", "不关联")] + [(str(n.id), n.description) for n in needs])
    done, opened = submit(form, lambda: recruiting.open_recruitment(current_user, project_id,
                                                                           form.data_dict()))
    if done:
        flash("招募已发布", "success")
        return redirect(url_for(".recruitment", recruitment_id=opened.id))
    return render_template("volunteers/recruitment_form.html", form=form, project=project)


@bp.post("/recruitments/<int:recruitment_id>/close")
@role_required(Role.unit)
def close_recruitment(recruitment_id: int):
    """结束招募: no more sign-ups."""
    found = recruiting.visible_recruitment(recruitment_id, current_user)
    try:
        recruiting.close_recruitment(current_user, found)
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
    else:
        flash("招募已结束，不再接受报名", "success")
    return redirect(url_for(".recruitment", recruitment_id=recruitment_id))


# --- sign-ups -------------------------------------------------------------------------------

@bp.get("/unit/signups")
@role_required(Role.unit)
def unit_signups():
    """志愿者报名: the sign-ups to this unit's recruitments, those waiting first."""
    state = request.args.get("state") or None
    try:
        statement = signups.signups_for(current_user, state)
    except DomainError as error:
        flash(error.message, "warning")
        state, statement = None, signups.signups_for(current_user)
    found = page_of(statement, paging(request.args, SIGNUPS_PER_PAGE, chosen=False), last_page=True)
    counts = dict(db.session.execute(
        select(Signup.state, func.count()).where(
            Signup.id.in_(signups.signups_for(current_user).with_only_columns(Signup.id)))
        .group_by(Signup.state)).all())
    return render_template("volunteers/unit_signups.html", signups=found.items, state=state, page=found.page,
                           pages=found.pages, counts={s.value: n for s, n in counts.items()}, form=ReasonForm())


@bp.get("/signups/<int:signup_id>")
@role_required(Role.volunteer, Role.unit, Role.office)
def signup(signup_id: int):
    """One sign-up: the volunteer, the message, its history and the steps the viewer may take."""
    found = signups.visible_signup(signup_id, current_user)
    events = db.session.scalars(select(SignupEvent).where(SignupEvent.signup_id == found.id)
                                .order_by(SignupEvent.id)).all()
    return render_template(
        "volunteers/signup.html", signup=found, events=events, form=ReasonForm(),
        steps=signups.steps_for(current_user, found), step_buttons=STEP_BUTTONS,
        phone=found.volunteer.phone if signups.may_see_phone(current_user, found) else found.volunteer.masked_phone,
    )


@bp.post("/signups/<int:signup_id>/<step>")
@role_required(Role.volunteer, Role.unit)
def step(signup_id: int, step: str):
    """录用, 不予录用 (with a reason) or 撤回报名."""
    found = signups.visible_signup(signup_id, current_user)
    try:
        signups.step_signup(current_user, found, step, ReasonForm().reason.data)
    except DomainError as error:
        flash(error.message, "danger")
    else:
        flash(f"操作成功，当前状态：{STATE_LABELS[found.state.value]}", "success")
    return redirect(request.form.get("back") if request.form.get("back") == url_for(".unit_signups")
                    else url_for(".signup", signup_id=signup_id))
