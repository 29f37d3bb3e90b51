"""The audit log page: who did what, when and from where, searchable by the office.

The log is append-only. No route edits or deletes it (only this GET page reads it), and
the guards below refuse, inside any transaction, an ORM update or delete of its rows.
"""

from dataclasses import asdict, dataclass
from datetime import date

from flask import render_template, request, url_for
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, selectinload

from ..audit.describe import ACTION_LABELS, describe
from ..audit.models import AuditEntry
from ..auth.access import office_required
from ..auth.models import User
from ..errors import Invalid
from ..extensions import db
from ..matches.models import Match
from ..paging import count, page_of, paging
from ..projects.models import Need
from ..validation import MAX_ID, check_date, check_text, int_arg
from . import bp
from .filters import within

PER_PAGE = 50

TARGET_LABELS = {"user": "账号", "unit": "单位", "project": "项目", "match": "对接", "sponsorprofile": "爱心档案",
                 "collaboration": "交叉合作", "activity": "活动", "activityphoto": "活动照片", "report": "上报",
                 "summary": "项目总结", "outboundmail": "邮件", "volunteerprofile": "志愿者", "recruitment": "招募",
                 "signup": "报名", "training": "培训", "incentive": "激励回馈", "incentivecode": "激励码",
                 "insurance": "保险"}
FAMILIES = {"user": "账号", "session": "登录", "unit": "单位", "project": "项目", "match": "认领认捐",
            "collaboration": "交叉合作", "activity": "活动", "report": "上报", "summary": "项目总结", "export": "导出",
            "mail": "邮件", "volunteer": "志愿者", "recruitment": "招募", "signup": "报名", "attendance": "服务时长",
            "training": "培训", "insurance": "保险", "incentive": "激励回馈"}
TARGET_LINKS = {"project": "/projects/{}", "match": "/matches/{}"}


@dataclass(frozen=True)
class Search:
    actor: str = ""  # username, exact (case-insensitive)
    action: str = ""  # an action, or its family ("match" finds every match.*)
    target_type: str = ""
    target_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None

    def args(self) -> dict:
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(self).items() if v not in (None, "")}


def parse_search(args) -> Search:
    search = Search(
        actor=check_text(args.get("actor"), "actor", "操作人", max_len=40, required=False),
        action=check_text(args.get("action"), "action", "操作", max_len=40, required=False),
        target_type=check_text(args.get("target_type"), "target_type", "对象类型", max_len=20, required=False),
        target_id=int_arg(args, "target_id", "对象编号", high=MAX_ID),
        date_from=check_date(args.get("date_from"), "date_from", "开始日期", required=False),
        date_to=check_date(args.get("date_to"), "date_to", "结束日期", required=False),
    )
    if search.date_from and search.date_to and search.date_from > search.date_to:
        raise Invalid("开始日期不能晚于结束日期", field="date_to")
    return search


def entries(search: Search):
    """A SELECT of the entries matching the search, newest first."""
    statement = select(AuditEntry).order_by(AuditEntry.id.desc())
    if search.actor:
        actor_ids = select(User.id).where(func.lower(User.username) == search.actor.lower())
        statement = statement.where(AuditEntry.actor_id.in_(actor_ids))
    if search.action:
        statement = statement.where(
            (AuditEntry.action == search.action) | AuditEntry.action.startswith(search.action + ".", autoescape=True)
        )
    if search.target_type:
        statement = statement.where(AuditEntry.target_type == search.target_type)
    if search.target_id:
        statement = statement.where(AuditEntry.target_id == search.target_id)
    return statement.where(*within(AuditEntry.at, search.date_from, search.date_to))


@bp.get("/audit")
@office_required
def audit():
    """Search the audit log by who, what, which record and when."""
    search = parse_search(request.args)
    statement = entries(search)
    asked = paging(request.args, PER_PAGE, chosen=False)
    found = page_of(statement.options(selectinload(AuditEntry.actor)), asked, last_page=True, total=count(statement))
    return render_template(
        "office/audit.html", rows=found.items, search=search, total=found.total, page=found.page, pages=found.pages,
        actions=ACTION_LABELS, families=FAMILIES, describe=describe, targets=TARGET_LABELS, links=target_links(found.items),
        measures=pledge_measures(found.items),
    )


def pledge_measures(rows) -> dict[int, tuple]:
    """The kind and unit of the need behind each pledge's quantity, by entry id, in one query:
    the row stores the quantity as the match does (money in fen), the need says what it counts."""
    match_ids = {e.target_id for e in rows if e.target_type == "match" and "quantity" in (e.detail or {})}
    if not match_ids:
        return {}
    needs = {match_id: (kind, unit) for match_id, kind, unit in db.session.execute(
        select(Match.id, Need.kind, Need.unit).join(Need, Need.id == Match.need_id).where(Match.id.in_(match_ids)))}
    return {e.id: needs[e.target_id] for e in rows if e.target_type == "match" and e.target_id in needs}


def target_links(rows) -> dict[int, str]:
    """The page of each entry's target, by entry id; accounts by their username, in one query."""
    user_ids = {e.target_id for e in rows if e.target_type == "user" and e.target_id}
    names = dict(db.session.execute(select(User.id, User.username).where(User.id.in_(user_ids))).all())
    links = {}
    for entry in rows:
        if entry.target_type == "user" and entry.target_id in names:
            links[entry.id] = url_for("office.users", q=names[entry.target_id])
        elif entry.target_type in TARGET_LINKS and entry.target_id:
            links[entry.id] = TARGET_LINKS[entry.target_type].format(entry.target_id)
    return links


# --- append-only, enforced where the app writes ------------------------------------------

class AuditLogIsAppendOnly(RuntimeError):
    """Raised when code tries to change or remove an audit entry: a bug, never a user error."""


@event.listens_for(AuditEntry, "before_update")
@event.listens_for(AuditEntry, "before_delete")
def refuse_change(mapper, connection, entry):
    raise AuditLogIsAppendOnly(f"审计日志只能追加，不能修改或删除（#{entry.id}）")


@event.listens_for(Session, "do_orm_execute")
def refuse_bulk_change(state):
    if (state.is_update or state.is_delete) and state.bind_mapper is AuditEntry.__mapper__:
        raise AuditLogIsAppendOnly("审计日志只能追加，不能修改或删除")
