"""Operations on matches: the only code that creates them or changes their state.

Steps are taken by the step runner (workflow.take_step, with MATCHES below): a guarded
UPDATE of the match's state (so two clerks clicking at once cannot both move it), the need's
approved quantity moved by a guarded UPDATE (so concurrent approvals never exceed the need),
a history row, an audit row and notifications, committed once at the end.
"""

from sqlalchemy import and_, bindparam, func, literal_column, or_, select, update
from sqlalchemy.orm import joinedload, load_only

from .. import audit, idempotency
from ..auth.models import Role, User
from ..database import drawn_id, insert_row
from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..extensions import db
from ..notifications import notify_where
from ..projects.access import managed_unit_ids, manages, visible_project_with
from ..projects.models import Need, Project, ProjectStatus
from ..projects.quantities import parse_quantity, written
from ..validation import check_choice, check_id, check_text
from ..workflow import Workflow, take_step
from .models import Match, MatchEvent, MatchKind, MatchState
from .steps import LIVE_STATES, MATCH_STEPS, OPEN_STATES, STATE_LABELS


class NotEnoughLeft(Conflict):
    code = "quantity_exceeds_need"


def create_match(actor: User, data: dict, idempotency_key: str | None = None) -> tuple[Match, bool]:
    """A sponsor claims a project or pledges to a need. Returns (match, created): a retry with
    the same key returns the first match (see idempotency.py)."""
    if actor.role is not Role.sponsor:
        raise Forbidden("只有爱心单位或个人可以认领、认捐")
    if actor.sponsor is None:
        raise Conflict("请先完善爱心档案", code="profile_missing")
    return idempotency.create_once(actor, idempotency_key, data, Match, lambda once: submit_match(actor, data, once))


def submit_match(actor: User, data: dict, once) -> Match:
    match = new_match(actor, data)
    # Everything read before the first write (the recipients within their INSERT): on SQLite the
    # write lock is held from the first INSERT to the commit, and every other worker's write waits.
    message = f"{match.sponsor.name}{describe(match)}"
    insert_row(match)
    idempotency.keep(once, match)
    MATCHES.add_history(match, actor, None, MatchState.submitted.value, match.message)
    audit.record(actor, "match.submit", match, kind=match.kind.value, quantity=match.quantity)
    notify_where(TOLD["submit"], accounts(match), message, link(match))
    db.session.commit()
    return match


# What a claim or a pledge reads of its project: its needs in the same query (a pledge names
# one of them), and of the project itself only what is checked, told and answered. The
# project's other columns (its description above all) were half of what the query read, and
# psycopg and the ORM pay for every column of every row, the project's repeated on each need's.
FOR_A_MATCH = (
    load_only(Project.id, Project.unit_id, Project.title, Project.status, Project.end_on),
    joinedload(Project.needs),
)


def new_match(actor: User, data: dict) -> Match:
    # With its needs, in the same query (a pledge names one of them), and on PostgreSQL the new
    # match's id drawn too, so that the match goes to the server with its history, audit and
    # notification rows at the commit (database.insert_row).
    project, match_id = visible_project_with(
        check_id(data.get("project_id"), "project_id", "项目"), actor, drawn_id(Match), *FOR_A_MATCH
    )
    if project.status is not ProjectStatus.published:
        raise Conflict("项目已关闭或已完成，不能再认领或认捐", code="project_not_open")
    if project.expired:
        raise Conflict(f"项目已于 {project.end_on} 到期，不能再认领或认捐", code="project_expired")
    kind = check_choice(data.get("kind"), MatchKind, "kind", "对接方式（认领或认捐）")
    message = check_text(data.get("message"), "message", "留言", max_len=1000, required=False)
    # events=[]: a new match's history starts empty, and its first step is added to this list
    # in memory instead of being read back from the database for the answer.
    match = Match(id=match_id, kind=kind, project=project, sponsor=actor.sponsor, message=message, events=[])
    if kind is MatchKind.pledge:
        match.need, match.quantity = pledged_need(project, data)
    else:
        check_claim(project, actor, data)
    return match


def pledged_need(project: Project, data: dict) -> tuple[Need, int]:
    need_id = check_id(data.get("need_id"), "need_id", "需求")
    need = next((need for need in project.needs if need.id == need_id), None)
    if need is None:
        raise Invalid("该需求不属于此项目", field="need_id")
    quantity = parse_quantity(need.kind, data.get("quantity"), "quantity", "认捐数量")
    if quantity > need.remaining:
        raise NotEnoughLeft(
            f"认捐数量超过该需求的剩余数量（剩余 {written(need.kind, need.remaining)} {need.unit}）", field="quantity"
        )
    return need, quantity


def check_claim(project: Project, actor: User, data: dict) -> None:
    if data.get("need_id") is not None or data.get("quantity") is not None:
        raise Invalid("认领整个项目时无需填写需求和数量", field="need_id")
    claims = select(func.count()).where(Match.project_id == project.id, Match.kind == MatchKind.claim)
    if db.session.scalar(claims.where(Match.state.in_(LIVE_STATES))):
        raise Conflict("该项目已被认领", code="already_claimed")
    mine = claims.where(Match.sponsor_id == actor.sponsor.id, Match.state.in_(OPEN_STATES))
    if db.session.scalar(mine):
        raise Conflict("您已提交过对此项目的认领，请等待处理", code="duplicate_claim")


# --- steps -----------------------------------------------------------------------------

def step_match(actor: User, match: Match, name: str, reason=None) -> Match:
    """Take one step of the table for this match, or refuse it and change nothing."""
    take_step(MATCHES, actor, match, name, reason)
    return match


def reserve_or_release(match: Match, step) -> None:
    """An approved pledge counts against its need; a cancelled one no longer does."""
    if match.kind is MatchKind.pledge and step.name == "approve":
        reserve(match)
    if match.kind is MatchKind.pledge and step.name == "cancel":
        release(match)


def reserve(match: Match) -> None:
    """Add the pledge to the need's approved quantity, unless that would exceed the need."""
    reserved = db.session.execute(
        update(Need)
        .where(Need.id == match.need_id, Need.approved_quantity + match.quantity <= Need.quantity)
        .values(approved_quantity=Need.approved_quantity + match.quantity)
        .execution_options(synchronize_session=False)
    ).rowcount
    if reserved != 1:
        raise NotEnoughLeft("批准后将超过该需求的数量，不能批准")
    db.session.expire(match.need, ["approved_quantity"])


def release(match: Match) -> None:
    db.session.execute(
        update(Need)
        .where(Need.id == match.need_id)
        .values(approved_quantity=Need.approved_quantity - match.quantity)
        .execution_options(synchronize_session=False)
    )
    db.session.expire(match.need, ["approved_quantity"])


# --- who ---------------------------------------------------------------------------------

def is_party(user, match: Match) -> bool:
    if not user.is_authenticated:
        return False
    return (
        user.role is Role.office
        or (user.role is Role.sponsor and match.sponsor.user_id == user.id)
        or manages(user, match.project)
    )


# Who is a party is read from the project's unit and the sponsor: read with the match.
WITH_PARTIES = select(Match).where(Match.id == bindparam("match_id")).options(
    joinedload(Match.project).joinedload(Project.unit), joinedload(Match.sponsor))


def visible_match(match_id: int, user, statement=WITH_PARTIES) -> Match:
    """The match if this user is a party to it; 404 otherwise, so ids reveal nothing.
    `statement`: a SELECT of the match by :match_id with what the caller shows (serialize.SHOWN_MATCH),
    loading the parties as WITH_PARTIES does."""
    match = db.session.scalars(statement, {"match_id": match_id}).unique().one_or_none()
    if match is None or not is_party(user, match):
        raise NotFound("对接记录不存在")
    return match


def check_actor(actor: User, match: Match, step) -> None:
    party, label = step.actor, step.label
    allowed = {
        "unit": manages(actor, match.project),
        "office": actor.role is Role.office,
        "sponsor": actor.role is Role.sponsor and match.sponsor.user_id == actor.id,
    }[party]
    if not allowed:
        who = {"unit": "项目所属单位", "office": "市文明办", "sponsor": "提出对接的爱心方"}[party]
        raise Forbidden(f"只有{who}可以“{label}”")


# --- telling people ------------------------------------------------------------------------

def unit_users(project: Project) -> list[User]:
    units = [project.unit_id, project.unit.parent_id]
    return db.session.scalars(select(User).where(User.unit_id.in_(units), User.active)).all()


def office_users() -> list[User]:
    return db.session.scalars(select(User).where(OFFICE_ACCOUNTS)).all()


# The same accounts as WHERE clauses, for notify_where (no query to read them first), with the
# parameters of a match (accounts()). Built once: a clause built anew per request cost more
# than the INSERT it goes into. The office's role is written into the SQL, not bound: with a
# parameter there PostgreSQL could not tell which role a prepared statement asks for, judged a
# plan for each value cheaper, and planned the step's statement anew on every step (0.15-0.18 ms
# of the server's CPU, a twentieth of a step; pg_stat_statements).
OFFICE_ACCOUNTS = and_(User.role == literal_column(f"'{Role.office.value}'"), User.active)  # in the cached SQL
UNIT_ACCOUNTS = and_(User.unit_id.in_(bindparam("units", expanding=True)), User.active)
SPONSOR_ACCOUNT = User.id == bindparam("sponsor_user")
TOLD = {
    "submit": UNIT_ACCOUNTS,
    "accept": or_(SPONSOR_ACCOUNT, OFFICE_ACCOUNTS),
    "decline": SPONSOR_ACCOUNT,
    "approve": or_(SPONSOR_ACCOUNT, UNIT_ACCOUNTS),
    "reject": or_(SPONSOR_ACCOUNT, UNIT_ACCOUNTS),
    "withdraw": UNIT_ACCOUNTS,
    "fulfil": SPONSOR_ACCOUNT,
    "cancel": or_(SPONSOR_ACCOUNT, UNIT_ACCOUNTS),
}


def accounts(match: Match) -> dict:
    """The parameters of TOLD's clauses for this match."""
    return {"units": [match.project.unit_id, match.project.unit.parent_id], "sponsor_user": match.sponsor.user_id}


def describe(match: Match) -> str:
    if match.kind is MatchKind.claim:
        return f"认领项目“{match.project.title}”"
    need = match.need
    return f"认捐“{match.project.title}”：{need.description} {written(need.kind, match.quantity)} {need.unit}"


def link(match: Match) -> str:
    return f"/matches/{match.id}"


# What each step tells the parties; {what} is the match described, {why} the reason in brackets.
TOLD_MESSAGES = {
    "accept": "{what}：单位已接受，待文明办审批",
    "decline": "{what}：单位已婉拒{why}",
    "approve": "{what}：文明办已批准",
    "reject": "{what}：文明办未批准{why}",
    "withdraw": "{sponsor}已撤回{what}",
    "fulfil": "{what}：单位已确认到位，感谢您的爱心",
    "cancel": "{what}：文明办已取消{why}",
}


def tell_parties(match: Match, step: str, reason: str) -> None:
    message = TOLD_MESSAGES[step].format(
        what=describe(match), why=f"（{reason}）" if reason else "", sponsor=match.sponsor.name
    )
    notify_where(TOLD[step], accounts(match), message, link(match))


def matches_for(user, state: str | None = None):
    """A SELECT of the matches this user is a party to, newest first."""
    statement = select(Match).order_by(Match.id.desc())
    if user.role is Role.sponsor:
        statement = statement.where(Match.sponsor_id == (user.sponsor.id if user.sponsor else -1))
    elif user.role is Role.unit:
        statement = statement.join(Match.project).where(Project.unit_id.in_(managed_unit_ids(user)))
    if state:
        statement = statement.where(Match.state == check_choice(state, MatchState, "state", "状态"))
    return statement


def steps_for(user, match: Match) -> list:
    """The steps of the table this user may take on this match now, for the page's buttons."""
    return MATCHES.steps_for(user, match)


MATCHES = Workflow(
    name="match", steps=MATCH_STEPS, labels=STATE_LABELS, history=MatchEvent, history_of="match",
    stale_message="该对接刚刚已被处理，请刷新后重试", check_actor=check_actor, effects=reserve_or_release,
    tell=lambda match, step, reason: tell_parties(match, step.name, reason),
    # the partial unique index: another claim of the project was approved first
    on_integrity_error=lambda: Conflict("该项目已有被批准的认领，不能再批准", code="already_claimed"),
)
