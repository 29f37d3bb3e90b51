"""One step runner for every record that has a life: projects, matches, collaborations, and
whatever record comes next.

A record's state changes only through a named step of its table. Taking a step is always
the same transaction, written once here:

1. the step must exist and be allowed from the current state (409 `step_not_allowed`), the
   actor must be the party the table names (403), the reason is checked (422), and the
   record's own refusals run (e.g. a project with waiting pledges cannot close): nothing is
   written before all of these pass;
2. a guarded UPDATE moves the state only if it is still what we read, so of two clerks
   pressing buttons at once one wins and the other gets 409 `stale_state` (on PostgreSQL it is
   sent with the appended rows at the commit: appended.guard);
3. notifications (their recipients read before anything is written), the step's own writes
   (a need's reserved quantity, a summary), a history row (actor, time, from, to, reason), the
   audit row `<record>.<step>`;
4. one commit; any refusal on the way rolls everything back.

To plug in a new record:

    class SignupEvent(StepEvent, db.Model):              # its history table
        signup_id: Mapped[int] = mapped_column(ForeignKey("signup.id"), index=True)
        signup: Mapped[Signup] = relationship(back_populates="events")

    SIGNUPS = Workflow(
        name="signup",                                   # audit actions "signup.<step>"
        steps=table(Step("admit", frozenset({"applied"}), "admitted", "unit", label="录用"), ...),
        labels=STATE_LABELS,                             # state -> 中文, for refusals
        history=SignupEvent, history_of="signup",
        stale_message="该报名刚刚已被处理，请刷新后重试",
        check_actor=lambda actor, signup, step: ...,     # raise Forbidden unless actor is step.actor
        tell=lambda signup, step, reason: notify(...),   # optional
    )

    take_step(SIGNUPS, actor, signup, "admit", reason)  # checks, writes, commits; returns the Step

and, when the record is created, `SIGNUPS.add_history(signup, actor, None, "applied")` in the
creating transaction. `check(...)` then `take(...)` split `take_step` in two when a caller has
its own checks or writes to make between them (execution/closing.py). The record's state
column is `state` unless `state_column` says otherwise (projects: `status`); it must have an
`updated_at` column (`Timestamps`).
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, String, bindparam, inspect, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.orm.attributes import set_committed_value

from . import audit
from .appended import append, guard, settle_guard, values_of
from .errors import Conflict, DomainError, Invalid, NotFound
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


class StepEvent:
    """The columns of a history row: one step of one record. Rows are only ever inserted."""

    id: Mapped[int] = mapped_column(primary_key=True)
    from_state: Mapped[str | None] = mapped_column(String(10))  # None: the record was created
    to_state: Mapped[str] = mapped_column(String(10))
    actor_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(500), default="")

    @declared_attr
    def actor(cls):
        return relationship("User")


def history_of(model: str, record: str):
    """A record's history rows, oldest first: `events = history_of("MatchEvent", "match")`.

    Rows are written only by `Workflow.add_history`, never through this list, and the row it
    adds here in memory has no id (appended.py): saves must not cascade through the list, or
    the next `session.add` of something related would write that row a second time."""
    return relationship(back_populates=record, order_by=f"{model}.id", passive_deletes="all", cascade="merge")


Hook = Callable[..., Any] | None


@dataclass(frozen=True)
class Workflow:
    """How one kind of record takes its steps (see the module's docstring)."""

    name: str  # the audit action's prefix
    steps: dict[str, Step]
    labels: dict[str, str]  # state value -> label, for refusals
    history: type  # a StepEvent model
    history_of: str  # its relationship to the record
    stale_message: str  # when another request moved the record first
    check_actor: Callable[[Any, Any, Step], None]  # (actor, record, step): raise Forbidden
    refuse: Hook = None  # (actor, record, step): raise a DomainError to refuse before writing
    values: Hook = None  # (record, step, reason) -> dict: other columns the guarded UPDATE sets
    effects: Hook = None  # (record, step): writes of the step's own, after the state moved
    tell: Hook = None  # (record, step, reason): notifications, added before the state moves
    on_integrity_error: Callable[[], DomainError] | None = None  # a constraint refused the step
    state_column: str = "state"

    def state_of(self, record) -> str:
        return getattr(record, self.state_column).value

    def add_history(self, record, actor, before: str | None, after: str, reason: str = ""):
        """A history row in the caller's transaction (a record's first row is written by the
        operation that creates it, with `before` None; the record must have its id).

        Appended (appended.py), not flushed by the unit of work (which cost several times the
        statement), and kept in memory as the row it is: added to the record's history when that
        is loaded, so an answer shows it without reading it back. The row has no id in memory
        (on PostgreSQL it is written at the commit), and nothing shown needs one."""
        statement, key, history = history_plan(self.history, self.history_of)
        values = {"from_state": before, "to_state": after, "actor_id": actor.id, "reason": reason, "at": utcnow(),
                  key: record.id}
        append(statement, values)
        row = self.history(**values)
        set_committed_value(row, "actor", actor)
        if history and history in inspect(record).dict:
            set_committed_value(record, history, [*getattr(record, history), row])
        return row

    def steps_for(self, user, record) -> list[Step]:
        """The steps this user may take on this record now, for the page's buttons."""
        return [step for step in self.steps.values() if self.state_of(record) in step.sources
                and may(self.check_actor, user, record, step)]


@functools.cache
def history_plan(model, history_of: str) -> tuple:
    """A history table's INSERT, its column naming the record, and the record's list of its rows."""
    link = inspect(model).relationships[history_of]
    key = next(iter(link.local_columns)).key
    return values_of(model.__table__, "from_state", "to_state", "actor_id", "reason", "at", key), key, link.back_populates


@functools.cache
def guarded_update(table, column: str, keys: tuple[str, ...]):
    """UPDATE table SET <keys> WHERE id = :record_id AND <column> = :before, built once per shape."""
    return (update(table).where(table.c.id == bindparam("record_id"), table.c[column] == bindparam("before"))
            .values({key: bindparam(f"set_{key}") for key in keys}))


def may(check_actor, user, record, step: Step) -> bool:
    try:
        check_actor(user, record, step)
    except DomainError:
        return False
    return True


def take_step(flow: Workflow, actor, record, name: str, reason=None) -> Step:
    """Take one step of the record's table, or refuse it and change nothing."""
    step, reason = check(flow, actor, record, name, reason)
    take(flow, actor, record, step, reason)
    return step


def check(flow: Workflow, actor, record, name: str, reason=None) -> tuple[Step, str]:
    """Everything that may refuse the step before anything is written: (the step, its reason)."""
    step = find_step(flow.steps, name, flow.state_of(record), flow.labels)
    flow.check_actor(actor, record, step)
    reason = check_reason(step, reason)
    if flow.refuse:
        flow.refuse(actor, record, step)
    return step, reason


def take(flow: Workflow, actor, record, step: Step, reason: str, also: Hook = None) -> None:
    """Write a checked step (and `also()`, the caller's own writes) and commit, or roll back."""
    before = flow.state_of(record)
    try:
        if flow.tell:
            # First: who is told is read before the first write. On SQLite a writer holds the
            # writers' turn from its first write to its commit, and every other writer waits.
            flow.tell(record, step, reason)
        move_state(flow, record, before, step, reason)
        if flow.effects:
            flow.effects(record, step)
        if also:
            also()
        flow.add_history(record, actor, before, step.target, reason)
        audit.record(actor, f"{flow.name}.{step.name}", record, from_state=before, to_state=step.target, reason=reason)
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        if flow.on_integrity_error is None:
            raise
        raise flow.on_integrity_error() from None
    except DomainError:
        try:
            settle_guard()
        finally:
            db.session.rollback()
        raise


def move_state(flow: Workflow, record, before: str, step: Step, reason: str) -> None:
    """Change the record's state only if nobody changed it since we read it.

    A guarded UPDATE rather than an assignment: two clerks pressing the same button at
    once both read `before`, but only one UPDATE finds it still there; the other is refused.
    """
    table, column = type(record).__table__, flow.state_column
    after = type(getattr(record, column))(step.target)
    values = {column: after, "updated_at": utcnow(), **(flow.values(record, step, reason) if flow.values else {})}
    # On the table, built once: the ORM's bulk UPDATE, built anew, cost as much as the step's other writes.
    statement = guarded_update(table, column, tuple(values))
    params = {"record_id": record.id, "before": before, **{f"set_{key}": value for key, value in values.items()}}
    guard(statement, params, Conflict(flow.stale_message, code="stale_state"))
    for name, value in values.items():  # what the row now holds, without writing it again
        set_committed_value(record, name, value)


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
