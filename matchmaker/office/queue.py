"""The office's approval queue: project plans to publish, matches to approve in bulk."""

from datetime import timedelta

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..auth.access import office_required
from ..collaborations.queries import overdue_requests
from ..errors import DomainError
from ..execution.queries import overdue_projects, unanswered_difficulties
from ..extensions import db
from ..insurance.operations import uncovered_activities
from ..matches import operations
from ..matches.forms import ReasonForm
from ..matches.models import Match, MatchState
from ..matches.steps import MATCH_STEPS
from ..models_base import utcnow
from ..projects.models import Project, ProjectStatus
from ..workflow import check_reason
from . import bp

SHOWN = 200  # rows per section; the oldest first, so nothing waits unseen for long
MAX_SELECTED = 200
REFUSALS_SHOWN = 5  # flashed messages live in the session cookie, which must stay small


@bp.get("/queue")
@office_required
def queue():
    """Everything waiting for the office: plans to publish, matches to approve, and what is overdue."""
    plans = select(Project).where(Project.status == ProjectStatus.submitted)
    waiting = select(Match).where(Match.state == MatchState.accepted)
    return render_template(
        "office/queue.html", form=ReasonForm(),
        plans=db.session.scalars(
            plans.options(selectinload(Project.unit), selectinload(Project.category))
            .order_by(Project.updated_at, Project.id).limit(SHOWN)
        ).all(),
        plan_total=count(plans),
        matches=db.session.scalars(
            waiting.options(selectinload(Match.project).selectinload(Project.unit),
                            selectinload(Match.need), selectinload(Match.sponsor))
            .order_by(Match.updated_at, Match.id).limit(SHOWN)
        ).all(),
        match_total=count(waiting),
        **overdue_elsewhere(),
    )


def overdue_elsewhere() -> dict:
    """What waits on someone else past its time, for the office to remind or step in:
    collaboration requests past their date, difficulty reports nobody answered, projects
    silent too long, and matches stuck at a unit's step."""
    stale_before = utcnow() - timedelta(days=current_app.config["MATCH_STALE_DAYS"])
    stuck = (
        select(Match)
        .where(Match.state.in_([MatchState.submitted, MatchState.approved]), Match.updated_at < stale_before)
        .options(selectinload(Match.project), selectinload(Match.sponsor))
        .order_by(Match.updated_at).limit(SHOWN)
    )
    return {
        "overdue_collaborations": overdue_requests(limit=SHOWN),
        "unanswered_reports": unanswered_difficulties()[:SHOWN],
        "silent_projects": overdue_projects()[:SHOWN],
        "stuck_matches": db.session.scalars(stuck).all(),
        "uncovered_activities": uncovered_activities(limit=SHOWN),  # volunteers who served without insurance
    }


def count(statement) -> int:
    return db.session.scalar(select(func.count()).select_from(statement.subquery()))


@bp.post("/queue/approve")
@office_required
def approve_selected():
    """批准所选: approve each ticked match on its own; one refusal stops none of the others."""
    return decide("approve", None)


@bp.post("/queue/reject")
@office_required
def reject_selected():
    """不予批准所选, with one reason for all of them."""
    reason = ReasonForm().reason.data
    try:
        reason = check_reason(MATCH_STEPS["reject"], reason)
    except DomainError as error:
        flash(error.message, "danger")
        return redirect(url_for(".queue"))
    return decide("reject", reason)


def decide(step: str, reason: str | None):
    ids = selected_ids()
    if not ids:
        flash("请先勾选要处理的对接", "warning")
        return redirect(url_for(".queue"))
    done, refusals = 0, []
    for match_id in ids:
        match = db.session.get(Match, match_id)
        if match is None:
            refusals.append(f"对接 #{match_id}：对接记录不存在")
            continue
        title = match.project.title
        try:
            operations.step_match(current_user, match, step, reason)  # commits or rolls back alone
            done += 1
        except DomainError as error:
            refusals.append(f"对接 #{match_id}（{title}）：{error.message}")
    report(MATCH_STEPS[step].label, done, refusals)
    return redirect(url_for(".queue"))


def selected_ids() -> list[int]:
    raw = request.form.getlist("match_ids")
    ids = dict.fromkeys(int(v) for v in raw if v.isascii() and v.isdigit() and len(v) < 19)
    return list(ids)[:MAX_SELECTED]


def report(label: str, done: int, refusals: list[str]) -> None:
    flash(f"已{label} {done} 项" + (f"，{len(refusals)} 项未能处理" if refusals else ""),
          "success" if done else "warning")
    for message in refusals[:REFUSALS_SHOWN]:
        flash(message, "danger")
    if len(refusals) > REFUSALS_SHOWN:
        flash(f"另有 {len(refusals) - REFUSALS_SHOWN} 项未能处理，请在列表中查看", "danger")
