"""Explicit tables of allowed steps, shared by projects, matches and collaborations.

A record's state changes only through a named step. The table says from which states a
step may be taken, where it leads, who may take it and whether a reason is required;
`find_step` refuses everything else before anything is written.
"""

from dataclasses import dataclass

from sqlalchemy import update

from .errors import Conflict, Invalid, NotFound
from .extensions import db
from .models_base import utcnow


@dataclass(frozen=True)
class Step:
    name: str
    sources: frozenset[str]
    target: str
    actor: str  # which party may take it; each domain says what the party means
    needs_reason: bool = False
    label: str = ""


def table(*steps: Step) -> dict[str, Step]:
    return {step.name: step for step in steps}


def find_step(steps: dict[str, Step], name: str, current: str, state_labels: dict[str, str]) -> Step:
    """The step, if it exists and is allowed from `current`; otherwise a clear refusal."""
    step = steps.get(name)
    if step is None:
        raise NotFound(f"没有名为“{name}”的操作", code="unknown_step")
    if current not in step.sources:
        raise Conflict(
            f"当前状态为“{state_labels.get(current, current)}”，不能执行“{step.label or name}”",
            code="step_not_allowed",
        )
    return step


def check_reason(step: Step, reason) -> str:
    if reason is not None and not isinstance(reason, str):
        raise Invalid("理由应为文字", field="reason")
    reason = (reason or "").strip()
    if step.needs_reason and not reason:
        raise Invalid(f"“{step.label or step.name}”需要填写理由", field="reason")
    if len(reason) > 500:
        raise Invalid("理由不能超过 500 个字", field="reason")
    return reason


def move_state(record, before, after, stale_message: str) -> None:
    """Change `record`'s state only if nobody changed it since we read it.

    A guarded UPDATE rather than an assignment: two clerks pressing the same button at
    once both read `before`, but only one UPDATE finds it still there; the other is refused.
    """
    model = type(record)
    moved = db.session.execute(
        update(model)
        .where(model.id == record.id, model.state == before)
        .values(state=after, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    if moved != 1:
        raise Conflict(stale_message, code="stale_state")
    record.state = after


def history_json(events) -> list[dict]:
    """A record's steps as the API shows them, oldest first."""
    return [
        {
            "from_state": event.from_state,
            "to_state": event.to_state,
            "actor": {"id": event.actor.id, "name": event.actor.label, "role": event.actor.role.value},
            "at": event.at.isoformat(),
            "reason": event.reason,
        }
        for event in events
    ]
