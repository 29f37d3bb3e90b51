"""The pages of collaboration requests (交叉合作): a unit's own list (the office's: all),
the ask form reached from a project's page, and one request with its history and the
steps the viewer may take now."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..auth.access import office_required, role_required
from ..auth.models import Role
from ..catalog.models import Unit
from ..errors import Conflict, DomainError, Invalid
from ..extensions import db
from ..forms import submit
from ..paging import count, page_of, paging
from ..projects.access import managed_project, managed_unit_ids, manages
from ..projects.models import ProjectStatus
from ..recommend import service as recommender
from . import operations, queries
from .access import visible_collaboration
from .forms import AskForm, StepForm, unit_choices
from .models import Collaboration, CollaborationEvent, CollaborationState
from .steps import ASK_LABELS, STATE_LABELS

bp = Blueprint("collaborations", __name__)

PER_PAGE = 20
SUGGESTED = 5
STATE_BADGES = {
    "requested": "warning", "accepted": "primary", "declined": "secondary", "withdrawn": "light", "done": "success",
}
STEP_BUTTONS = {
    "accept": "success", "decline": "outline-danger", "withdraw": "outline-secondary", "done": "primary",
    "close": "outline-danger",
}


@bp.get("/collaborations")
@role_required(Role.unit, Role.office)
def index():
    """我的合作: a unit's incoming and outgoing requests; every request for the office."""
    state = request.args.get("state") or None
    direction = request.args.get("direction") or None
    overdue = request.args.get("overdue") == "1"
    try:
        statement = queries.collaborations_for(current_user, state=state, direction=direction, overdue=overdue)
    except DomainError as error:
        flash(error.message, "warning")
        return redirect(url_for(".index"))
    mine = queries.collaborations_for(current_user, direction=direction)
    counts, overdue_total = state_counts(mine), count(mine.where(queries.overdue_clause()))
    total = overdue_total if overdue else (counts.get(state, 0) if state else sum(counts.values()))
    asked = paging(request.args, PER_PAGE, chosen=False)
    found = page_of(queries.with_parties(statement), asked, last_page=True, total=total)
    return render_template(
        "collaborations/index.html", collaborations=found.items, state=state, direction=direction, overdue=overdue,
        counts=counts, overdue_total=overdue_total, total=total, page=found.page, pages=found.pages,
        incoming_units=set(managed_unit_ids(current_user)),
        title="全部交叉合作" if current_user.role is Role.office else "我的合作",
    )


def state_counts(statement) -> dict[str, int]:
    """How many of these requests are in each state, in one query (for the tabs)."""
    rows = statement.order_by(None).subquery()
    grouped = select(rows.c.state, func.count()).group_by(rows.c.state)
    return {CollaborationState(state).value: total for state, total in db.session.execute(grouped)}


@bp.route("/projects/<int:project_id>/collaborations/new", methods=["GET", "POST"])
@role_required(Role.unit)
def ask(project_id: int):
    """邀请合作: ask another unit to take part in this project, with suggested partners."""
    project = managed_project(project_id, current_user)
    if project.status is not ProjectStatus.published:
        flash("只有已发布的项目可以发起交叉合作", "warning")
        return redirect(url_for("projects.show", project_id=project.id))
    suggested = suggested_partners(project)
    form = AskForm(to_unit_id=request.args.get("to_unit_id", ""))
    form.to_unit_id.choices = unit_choices(
        queries.units_by_programme(), suggested, {project.unit_id, current_user.unit_id}
    )
    done, collaboration = submit(
        form, lambda once: operations.create_collaboration(current_user, form.to_data(project.id), once),
        creates=Collaboration,
    )
    if done:
        flash(f"已向{collaboration.to_unit.name}发出合作邀请", "success")
        return redirect(url_for(".show", collaboration_id=collaboration.id))
    return render_template("collaborations/ask.html", project=project, form=form, suggested=suggested,
                           today=queries.today())


def suggested_partners(project) -> list[tuple[Unit, object]]:
    """Units whose published projects resemble this one, with the recommender's reasons."""
    results = [r for r in recommender.partner_units(project, limit=SUGGESTED + 2)
               if r.id not in (project.unit_id, current_user.unit_id)][:SUGGESTED]
    units = {u.id: u for u in db.session.scalars(select(Unit).where(Unit.id.in_([r.id for r in results])))}
    return [(units[r.id], r) for r in results if r.id in units]


@bp.get("/collaborations/<int:collaboration_id>")
@role_required(Role.unit, Role.office)
def show(collaboration_id: int):
    """One request: what is asked, its whole history, and the steps the viewer may take now."""
    collaboration = visible_collaboration(collaboration_id, current_user)
    events = db.session.scalars(
        select(CollaborationEvent).where(CollaborationEvent.collaboration_id == collaboration.id)
        .options(selectinload(CollaborationEvent.actor)).order_by(CollaborationEvent.id)
    ).all()
    return render_template(
        "collaborations/show.html", collaboration=collaboration, events=events, form=StepForm(),
        steps=operations.steps_for(current_user, collaboration), step_buttons=STEP_BUTTONS,
        last_reminded=operations.last_reminded(collaboration),
    )


@bp.post("/collaborations/<int:collaboration_id>/remind")
@office_required
def remind(collaboration_id: int):
    """催办: the office reminds the asked unit to answer."""
    collaboration = visible_collaboration(collaboration_id, current_user)
    if StepForm().validate_on_submit():
        try:
            operations.remind(current_user, collaboration)
        except Conflict as error:
            flash(error.message, "danger")
        else:
            flash(f"已提醒{collaboration.to_unit.name}尽快答复", "success")
    return redirect(url_for(".show", collaboration_id=collaboration_id))


@bp.post("/collaborations/<int:collaboration_id>/<step>")
@role_required(Role.unit, Role.office)
def step(collaboration_id: int, step: str):
    """Take one step (accept, decline, withdraw, done, close) with a reason. A refusal the
    user can mend (a missing reason, a state that moved) comes back as a message; the
    wrong party gets 403 and an unknown step 404, as the API answers."""
    collaboration = visible_collaboration(collaboration_id, current_user)
    form = StepForm()
    if form.validate_on_submit():
        try:
            operations.step_collaboration(current_user, collaboration, step, form.reason.data)
        except (Invalid, Conflict) as error:
            flash(error.message, "danger")
        else:
            flash(f"操作成功，当前状态：{STATE_LABELS[collaboration.state.value]}", "success")
    return redirect(url_for(".show", collaboration_id=collaboration_id))


# --- what the templates (and the project's page) show ------------------------------------

@bp.app_template_global()
def collaboration_partners(project) -> list[queries.Partner]:
    """The project's accepted and finished collaborations, for its page's 合作单位 card."""
    return queries.partners_of(project)


@bp.app_context_processor
def collaboration_labels() -> dict:
    return {
        "COLLABORATION_STATE_LABELS": STATE_LABELS, "COLLABORATION_STATE_BADGES": STATE_BADGES,
        "COLLABORATION_ASK_LABELS": ASK_LABELS, "collaboration_overdue": queries.is_overdue,
        "may_ask_partners": lambda project: manages(current_user, project) and project.status.value == "published",
    }
