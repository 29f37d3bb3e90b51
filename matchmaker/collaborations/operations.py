"""Operations on collaboration requests: the only code that creates them or changes them.

Steps are taken by the step runner (workflow.take_step, with COLLABORATIONS at the end):
a guarded UPDATE of the state (so two clerks answering at once cannot both move it), a
history row that is never edited, an audit row and notifications, committed once at the end. The table of steps and the choices behind it
are in steps.py; who is who in access.py.

Rules for a new request:
- Only a *published* project takes new requests: a draft is not yet approved, a closed
  or completed one no longer runs. Requests made earlier live on after the project is
  closed, so partners can still be thanked (`done`) or let go (`withdraw`).
- The asking unit (`from_unit`) is the project's unit, whoever of its managers typed it.
- The asked unit may be any lead unit or branch of any programme, except the project's
  own unit and the asker's own unit. A unit is asked once per project while a request
  to it is open (requested or accepted).
"""


from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from .. import audit
from ..audit.models import AuditEntry
from ..auth.models import Role, User
from ..catalog.models import Unit
from ..errors import Conflict, Forbidden, Invalid
from ..extensions import db
from ..notifications import notify
from ..projects.access import managed_project
from ..projects.models import Project, ProjectStatus
from ..validation import check_choice, check_date, check_id, check_text
from ..workflow import Workflow, take_step
from .access import check_actor
from .models import Collaboration, CollaborationAsk, CollaborationEvent, CollaborationState
from .queries import BEIJING, today
from .steps import ASK_LABELS, COLLABORATION_STEPS, OPEN_STATES, STATE_LABELS

MESSAGE_MAX = 1000


def create_collaboration(actor: User, data: dict) -> Collaboration:
    """A project's unit asks another unit to take part in the project."""
    if actor.role is not Role.unit:
        raise Forbidden("只有项目单位可以发起交叉合作")
    project = managed_project(check_id(data.get("project_id"), "project_id", "项目"), actor)
    if project.status is not ProjectStatus.published:
        raise Conflict("只有已发布的项目可以发起交叉合作", code="project_not_open")
    collaboration = Collaboration(
        project=project,
        from_unit_id=project.unit_id,
        to_unit=asked_unit(data.get("to_unit_id"), project, actor),
        ask=check_choice(data.get("ask"), CollaborationAsk, "ask", "合作内容"),
        due_on=due_date(data.get("due_on")),
        message=check_text(data.get("message"), "message", "合作说明", max_len=MESSAGE_MAX),
        state=CollaborationState.requested,
    )
    refuse_twin(collaboration)
    asked_name = collaboration.to_unit.name
    db.session.add(collaboration)
    try:
        db.session.flush()
    except IntegrityError:
        # A twin sent at the same instant passed refuse_twin too; the unique index let one in.
        db.session.rollback()
        raise twin_conflict(asked_name) from None
    COLLABORATIONS.add_history(collaboration, actor, None, CollaborationState.requested.value)
    audit.record(actor, "collaboration.request", collaboration, project_id=project.id,
                 to_unit_id=collaboration.to_unit_id, ask=collaboration.ask.value,
                 due_on=collaboration.due_on.isoformat())
    notify(asked_users(collaboration), f"{project.unit.name}邀请贵单位参与项目“{project.title}”"
           f"（{ASK_LABELS[collaboration.ask.value]}），请于 {collaboration.due_on} 前答复", link(collaboration))
    db.session.commit()
    return collaboration


def asked_unit(value, project: Project, actor: User) -> Unit:
    if value in (None, ""):
        raise Invalid("请选择受邀单位", field="to_unit_id")
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value)  # a page's select sends text
    unit = db.session.get(Unit, check_id(value, "to_unit_id", "受邀单位"))
    if unit is None:
        raise Invalid("所选的受邀单位不存在", field="to_unit_id")
    if unit.id in (project.unit_id, actor.unit_id):
        raise Invalid("不能邀请本单位，请选择其他单位", field="to_unit_id")
    return unit


def due_date(value):
    due_on = check_date(value, "due_on", "答复期限")
    if due_on < today():
        raise Invalid("答复期限不能早于今天", field="due_on")
    return due_on


def refuse_twin(collaboration: Collaboration) -> None:
    open_ones = select(func.count()).where(
        Collaboration.project_id == collaboration.project.id,
        Collaboration.to_unit_id == collaboration.to_unit.id,
        Collaboration.state.in_(OPEN_STATES),
    )
    if db.session.scalar(open_ones):
        raise twin_conflict(collaboration.to_unit.name)


def twin_conflict(unit_name: str) -> Conflict:
    return Conflict(f"已就本项目邀请过{unit_name}，请等待对方答复", code="duplicate_request")


# --- steps -----------------------------------------------------------------------------

def step_collaboration(actor: User, collaboration: Collaboration, name: str, reason=None) -> Collaboration:
    """Take one step of the table, or refuse it and change nothing."""
    take_step(COLLABORATIONS, actor, collaboration, name, reason)
    return collaboration


def steps_for(user, collaboration: Collaboration) -> list:
    """The steps this user may take on this request now, for the page's buttons."""
    return COLLABORATIONS.steps_for(user, collaboration)


# --- the office's reminder ---------------------------------------------------------------

def remind(actor: User, collaboration: Collaboration) -> Collaboration:
    """催办: the office tells the asked unit a request waits for its answer. No state changes;
    once a day at most, so a double click does not ring the bell twice."""
    if actor.role is not Role.office:
        raise Forbidden("只有市文明办可以催办")
    if collaboration.state is not CollaborationState.requested:
        raise Conflict(f"当前状态为“{STATE_LABELS[collaboration.state.value]}”，无需催办", code="not_waiting")
    if reminded_today(collaboration):
        raise Conflict("今天已催办过该合作邀请", code="already_reminded")
    project = collaboration.project
    audit.record(actor, "collaboration.remind", collaboration, due_on=collaboration.due_on.isoformat())
    notify(asked_users(collaboration), f"市文明办催办：{project.unit.name}邀请贵单位参与项目“{project.title}”，"
           f"答复期限 {collaboration.due_on}，请尽快答复", link(collaboration))
    db.session.commit()
    return collaboration


def reminded_today(collaboration: Collaboration) -> bool:
    last = last_reminded(collaboration)
    return last is not None and (last + BEIJING).date() == today()


def last_reminded(collaboration: Collaboration):
    """When the office last reminded the asked unit (naive UTC), or None."""
    return db.session.scalar(
        select(func.max(AuditEntry.at)).where(
            AuditEntry.action == "collaboration.remind",
            AuditEntry.target_type == "collaboration",
            AuditEntry.target_id == collaboration.id,
        )
    )


# --- telling people ------------------------------------------------------------------------

def users_of(*unit_ids) -> list[User]:
    ids = [unit_id for unit_id in unit_ids if unit_id is not None]
    return db.session.scalars(select(User).where(User.unit_id.in_(ids), User.active)).all()


def asked_users(collaboration: Collaboration) -> list[User]:
    return users_of(collaboration.to_unit.id, collaboration.to_unit.parent_id)


def asking_users(collaboration: Collaboration) -> list[User]:
    return users_of(collaboration.project.unit_id, collaboration.project.unit.parent_id)


def link(collaboration: Collaboration) -> str:
    return f"/collaborations/{collaboration.id}"


def tell_parties(collaboration: Collaboration, step: str, reason: str) -> None:
    title, why = collaboration.project.title, f"（{reason}）" if reason else ""
    asked, asking = collaboration.to_unit.name, collaboration.project.unit.name
    messages = {
        "accept": (asking_users, f"{asked}已接受项目“{title}”的合作邀请"),
        "decline": (asking_users, f"{asked}婉拒了项目“{title}”的合作邀请{why}"),
        "withdraw": (asked_users, f"{asking}已撤回项目“{title}”的合作邀请{why}"),
        "done": (asked_users, f"{asking}已确认项目“{title}”的合作完成，感谢贵单位的支持"),
        "close": (lambda c: asked_users(c) + asking_users(c), f"市文明办已关闭项目“{title}”的合作邀请{why}"),
    }
    who, message = messages[step]
    notify(who(collaboration), message, link(collaboration))


COLLABORATIONS = Workflow(
    name="collaboration", steps=COLLABORATION_STEPS, labels=STATE_LABELS, history=CollaborationEvent,
    history_of="collaboration", stale_message="该合作邀请刚刚已被处理，请刷新后重试", check_actor=check_actor,
    tell=lambda collaboration, step, reason: tell_parties(collaboration, step.name, reason),
)
