"""The pages of matches: claiming and pledging from a project's page, the list of one's
matches, and one match with its history and the steps the viewer may take now."""

from datetime import timedelta

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from .. import idempotency
from ..auth.access import project_roles_required, role_required
from ..auth.models import Role
from ..errors import DomainError
from ..extensions import db
from ..models_base import utcnow
from ..paging import page_of, paging
from ..projects.models import Project
from ..projects.quantities import shown
from . import operations
from .forms import ClaimForm, PledgeForm, ReasonForm, claim_data, pledge_data
from .models import Match, MatchEvent, MatchKind, MatchState
from .steps import STATE_LABELS

bp = Blueprint("matches", __name__)

PER_PAGE = 20
REFUSED_PLEDGE = "refused_pledge"  # the session key of a refused pledge's typed values, shown once
KIND_LABELS = {MatchKind.claim: "认领", MatchKind.pledge: "认捐"}
STATE_BADGES = {
    "submitted": "warning", "accepted": "info", "declined": "secondary", "approved": "primary",
    "rejected": "danger", "fulfilled": "success", "withdrawn": "light", "cancelled": "dark",
}
STEP_BUTTONS = {
    "accept": "success", "decline": "outline-danger", "approve": "success", "reject": "outline-danger",
    "withdraw": "outline-secondary", "fulfil": "primary", "cancel": "outline-danger",
}
# States in which a match waits for someone: the unit, the office, or the unit's receipt.
WAITING_STATES = frozenset({MatchState.submitted, MatchState.accepted, MatchState.approved})
BEIJING = timedelta(hours=8)  # stored times are naive UTC; China keeps one zone, no DST


@bp.post("/projects/<int:project_id>/pledge")
@role_required(Role.sponsor)
def pledge(project_id: int):
    """A sponsor pledges a quantity to one need of the project (认捐)."""
    return submit(project_id, pledge_data(project_id, PledgeForm()))


@bp.post("/projects/<int:project_id>/claim")
@role_required(Role.sponsor)
def claim(project_id: int):
    """A sponsor claims the whole project (认领)."""
    return submit(project_id, claim_data(project_id, ClaimForm()))


def submit(project_id: int, data: dict):
    """A second submission of the same form (its key) goes where the first went."""
    try:
        match, _ = operations.create_match(current_user, data, idempotency.form_key())
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "danger")
        if data["kind"] == "pledge":  # the project page shows the form again as it was typed
            session[REFUSED_PLEDGE] = {"need_id": request.form.get("need_id", "")[:20], "message": error.message,
                                       "quantity": request.form.get("quantity", "")[:30],
                                       "text": request.form.get("message", "")[:1000]}
            return redirect(f"/projects/{project_id}#need-{session[REFUSED_PLEDGE]['need_id']}")
        return redirect(f"/projects/{project_id}")
    flash("已提交，等待项目单位确认", "success")
    return redirect(url_for(".show", match_id=match.id))


@bp.get("/matches")
@project_roles_required
def index():
    """A sponsor's own matches, a unit's incoming claims and pledges, every match for the office."""
    state = request.args.get("state") or None
    statement = operations.matches_for(current_user, state)
    counts = state_counts(operations.matches_for(current_user))
    total = counts.get(state, 0) if state else sum(counts.values())
    found = page_of(with_parties(statement), paging(request.args, PER_PAGE, chosen=False), last_page=True, total=total)
    return render_template(
        "matches/index.html", title=LIST_TITLES[current_user.role], matches=found.items, state=state,
        counts=counts, total=total, page=found.page, pages=found.pages,
    )


LIST_TITLES = {Role.sponsor: "我的对接", Role.unit: "认领认捐申请", Role.office: "全部对接"}


def state_counts(statement) -> dict[str, int]:
    """How many of these matches are in each state, in one query (for the tabs)."""
    rows = statement.order_by(None).subquery()
    grouped = select(rows.c.state, func.count()).group_by(rows.c.state)
    return {MatchState(state).value: count for state, count in db.session.execute(grouped)}


def with_parties(statement):
    """Load what a row shows in a few queries, however many rows there are."""
    return statement.options(
        selectinload(Match.project).selectinload(Project.unit),
        selectinload(Match.need),
        selectinload(Match.sponsor),
    )


@bp.get("/matches/<int:match_id>")
@project_roles_required
def show(match_id: int):
    """One match: what was offered, its whole history, and the steps the viewer may take now."""
    match = operations.visible_match(match_id, current_user)
    events = db.session.scalars(
        select(MatchEvent).where(MatchEvent.match_id == match.id)
        .options(selectinload(MatchEvent.actor)).order_by(MatchEvent.id)
    ).all()
    return render_template(
        "matches/show.html", match=match, events=events, form=ReasonForm(),
        steps=operations.steps_for(current_user, match), step_buttons=STEP_BUTTONS,
    )


@bp.post("/matches/<int:match_id>/<step>")
@project_roles_required
def step(match_id: int, step: str):
    """Take one step (accept, decline, approve, reject, withdraw, fulfil, cancel) with a reason."""
    match = operations.visible_match(match_id, current_user)
    try:
        operations.step_match(current_user, match, step, ReasonForm().reason.data)
    except DomainError as error:
        flash(error.message, "danger")
    else:
        flash(f"操作成功，当前状态：{STATE_LABELS[match.state.value]}", "success")
    return redirect(url_for(".show", match_id=match_id))


# --- what the templates of matches (and the office's queue) show --------------------------

@bp.app_template_global()
def waiting_days(record) -> int | None:
    """Days a match (or a plan under review) has waited at its step, when more than
    MATCH_STALE_DAYS; None when it is not waiting or not for long."""
    if isinstance(record, Match) and record.state not in WAITING_STATES:
        return None
    days = (utcnow() - record.updated_at).days
    return days if days > current_app.config["MATCH_STALE_DAYS"] else None


@bp.app_template_filter("local_time")
def local_time(moment) -> str:
    """A stored UTC time as people in Taiyuan read it."""
    return (moment + BEIJING).strftime("%Y-%m-%d %H:%M") if moment else ""


@bp.app_context_processor
def match_labels() -> dict:
    return {
        "MATCH_STATE_LABELS": STATE_LABELS, "MATCH_STATE_BADGES": STATE_BADGES,
        "MATCH_KIND_LABELS": KIND_LABELS, "shown": shown,
    }
