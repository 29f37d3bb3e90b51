"""The lists behind the office's figures: a SELECT of plain columns and how to show each one.

The drill-down pages show a page of a list and the exports stream all of it, so both
read the same statement. Statements select columns, not objects: rows stream from a
server-side cursor without filling the session's identity map or loading relations.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import aliased

from ..auth.models import ROLE_LABELS, User
from ..catalog.models import Category, Unit
from ..execution.models import Activity
from ..matches.models import Match, MatchEvent, MatchState
from ..models_base import NeedKind
from ..projects.models import Need, Project
from ..sponsors.models import SponsorProfile
from . import stats
from .filters import (
    BEIJING,
    CHOICES,
    LIVE,
    MATCH_STATES,
    NEED_KINDS,
    PROJECT_STATUSES,
    SPONSOR_KINDS,
    Filters,
    held_within,
    match_scope,
    project_scope,
    status_is,
    within,
)

Lead = aliased(Unit, name="lead")
MATCH_KINDS = CHOICES["matches"]["kind"]


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable  # row -> what people read (and the spreadsheet holds)
    on_page: bool = True  # the drill-down page shows fewer columns than the spreadsheet


@dataclass(frozen=True)
class Listing:
    name: str
    title: str
    columns: tuple[Column, ...]
    statement: Callable[[Filters], Select]  # the rows, in a stable order
    link: Callable | None = None  # row -> the record's page


def field(name: str) -> Callable:
    return lambda row: row[name]


def label(name: str, labels: dict) -> Callable:
    return lambda row: labels.get(str(row[name]), row[name]) if row[name] is not None else None


def yuan(name: str) -> Callable:
    return lambda row: Decimal(row[name] or 0) / 100


def local(name: str) -> Callable:
    """A stored UTC time as Taiyuan's clock reads it."""
    return lambda row: row[name] + BEIJING if row[name] else None


def need_quantity(name: str) -> Callable:
    """Money in yuan, other needs in their own units."""
    return lambda row: (Decimal(row[name]) / 100 if row["need_kind"] == NeedKind.money else row[name]) \
        if row[name] is not None else None


def project_columns() -> list:
    return [Project.id, Project.title, Category.number.label("category_number"),
            Category.name.label("category"), Unit.name.label("unit"),
            func.coalesce(Lead.name, Unit.name).label("lead_unit"), Project.district, Project.status]


def with_units(statement: Select) -> Select:
    return (statement.join(Category, Project.category_id == Category.id)
            .join(Unit, Project.unit_id == Unit.id).outerjoin(Lead, Unit.parent_id == Lead.id))


PROJECT_HEAD = (
    Column("项目编号", field("id")),
    Column("项目名称", field("title")),
    Column("类别", field("category")),
    Column("单位", field("unit")),
    Column("牵头单位", field("lead_unit"), on_page=False),
    Column("区县", field("district")),
    Column("项目状态", label("status", PROJECT_STATUSES)),
)


# --- projects ----------------------------------------------------------------------------

def projects(f: Filters) -> Select:
    statement = select(
        *project_columns(), Project.service_target, Project.service_type, Project.service_hours,
        Project.volunteers_needed, Project.funding, Project.sessions_planned, Project.start_on, Project.end_on,
        Project.contact_name, Project.contact_phone, Project.created_at, Project.published_at,
    )
    return with_units(statement).where(
        *project_scope(f), *within(Project.created_at, f.date_from, f.date_to), *status_is(Project.status, f.status)
    ).order_by(Project.id)


PROJECTS = Listing("projects", "项目", (
    *PROJECT_HEAD,
    Column("服务对象", field("service_target"), on_page=False),
    Column("服务类型", field("service_type"), on_page=False),
    Column("服务时长（小时）", field("service_hours"), on_page=False),
    Column("志愿者人数", field("volunteers_needed"), on_page=False),
    Column("资金保障（元）", yuan("funding"), on_page=False),
    Column("开展次数", field("sessions_planned"), on_page=False),
    Column("开始日期", field("start_on"), on_page=False),
    Column("结束日期", field("end_on"), on_page=False),
    Column("联系人", field("contact_name"), on_page=False),
    Column("联系电话", field("contact_phone"), on_page=False),
    Column("创建时间", local("created_at")),
    Column("发布时间", local("published_at"), on_page=False),
), projects, lambda row: f"/projects/{row['id']}")


# --- needs ------------------------------------------------------------------------------

def needs(f: Filters) -> Select:
    fulfilled = (
        select(func.coalesce(func.sum(Match.quantity), 0))
        .where(Match.need_id == Need.id, Match.state == MatchState.fulfilled)
        .correlate(Need).scalar_subquery().label("fulfilled_quantity")
    )
    statement = select(
        *project_columns(), Need.id.label("need_id"), Need.kind.label("need_kind"), Need.description,
        Need.quantity, Need.approved_quantity, fulfilled, Need.unit.label("measure"), Need.deadline,
    ).select_from(Need).join(Project, Need.project_id == Project.id)
    return with_units(statement).where(
        *project_scope(f), *within(Project.created_at, f.date_from, f.date_to), *status_is(Project.status, f.status),
        *([Need.kind == f.kind] if f.kind else []),
    ).order_by(Project.id, Need.id)


NEEDS = Listing("needs", "资源需求", (
    *PROJECT_HEAD,
    Column("需求编号", field("need_id"), on_page=False),
    Column("需求类型", label("need_kind", NEED_KINDS)),
    Column("需求说明", field("description")),
    Column("需求数量", need_quantity("quantity")),
    Column("已批准", need_quantity("approved_quantity")),
    Column("已到位", need_quantity("fulfilled_quantity")),
    Column("计量单位", field("measure")),
    Column("截止日期", field("deadline"), on_page=False),
), needs, lambda row: f"/projects/{row['id']}")


# --- matches and their history ------------------------------------------------------------

def matches(f: Filters) -> Select:
    statement = select(
        Match.id.label("match_id"), Match.kind.label("match_kind"), Match.state, *project_columns(),
        SponsorProfile.name.label("sponsor"), SponsorProfile.kind.label("sponsor_kind"),
        Need.kind.label("need_kind"), Need.description.label("need"), Match.quantity, Need.unit.label("measure"),
        Match.message, Match.created_at, Match.updated_at,
    ).select_from(Match).join(Project, Match.project_id == Project.id)
    statement = with_units(statement).join(SponsorProfile, Match.sponsor_id == SponsorProfile.id)
    return matching(statement.outerjoin(Need, Match.need_id == Need.id), f).order_by(Match.id)


def matching(statement: Select, f: Filters) -> Select:
    return statement.where(
        *match_scope(f), *status_is(Match.state, f.status), *([Match.kind == f.kind] if f.kind else []),
    )


def match_history(f: Filters) -> Select:
    """Every step of the listed matches: who moved each from where to where, when and why."""
    statement = select(
        MatchEvent.match_id, Project.title, MatchEvent.from_state, MatchEvent.to_state,
        User.username, User.display_name, User.role, MatchEvent.at, MatchEvent.reason,
    ).select_from(MatchEvent).join(Match, MatchEvent.match_id == Match.id)
    statement = statement.join(Project, Match.project_id == Project.id).join(User, MatchEvent.actor_id == User.id)
    return matching(statement, f).order_by(MatchEvent.match_id, MatchEvent.id)


MATCH_COLUMNS = (
    Column("对接编号", field("match_id")),
    Column("方式", label("match_kind", MATCH_KINDS)),
    Column("状态", label("state", MATCH_STATES)),
    Column("项目编号", field("id"), on_page=False),
    Column("项目名称", field("title")),
    Column("类别", field("category"), on_page=False),
    Column("单位", field("unit")),
    Column("区县", field("district"), on_page=False),
    Column("爱心方", field("sponsor")),
    Column("爱心主体类型", label("sponsor_kind", SPONSOR_KINDS), on_page=False),
    Column("认捐需求", field("need")),
    Column("数量", need_quantity("quantity")),
    Column("计量单位", field("measure")),
    Column("留言", field("message"), on_page=False),
    Column("提交时间", local("created_at")),
    Column("更新时间", local("updated_at"), on_page=False),
)
MATCHES = Listing("matches", "认领认捐", MATCH_COLUMNS, matches, lambda row: f"/matches/{row['match_id']}")

HISTORY = Listing("history", "对接历史", (
    Column("对接编号", field("match_id")),
    Column("项目名称", field("title")),
    Column("原状态", label("from_state", MATCH_STATES)),
    Column("新状态", label("to_state", MATCH_STATES)),
    Column("操作人", lambda row: row["display_name"] or row["username"]),
    Column("操作人角色", label("role", {r.value: v for r, v in ROLE_LABELS.items()})),
    Column("时间", local("at")),
    Column("理由", field("reason")),
), match_history)


# --- contributions: what each sponsor gave ------------------------------------------------

def contributions(f: Filters) -> Select:
    """Per sponsor: approved and fulfilled claims and pledges (a status narrows to one)."""
    money = func.coalesce(func.sum(case((Need.kind == NeedKind.money, Match.quantity))), 0)
    statement = select(
        SponsorProfile.id, SponsorProfile.name, SponsorProfile.kind.label("sponsor_kind"), SponsorProfile.district,
        func.count(case((Match.need_id.is_(None), 1))).label("claims"),
        func.count(Match.need_id).label("pledges"),
        money.label("money"),
        func.coalesce(func.sum(case((Need.kind == NeedKind.volunteers, Match.quantity))), 0).label("volunteers"),
        func.count(case((Need.kind.in_([NeedKind.goods, NeedKind.venue, NeedKind.skill]), 1))).label("in_kind"),
        func.count(case((Match.state == MatchState.fulfilled, 1))).label("fulfilled"),
    ).select_from(SponsorProfile).join(Match, Match.sponsor_id == SponsorProfile.id)
    statement = statement.join(Project, Match.project_id == Project.id).outerjoin(Need, Match.need_id == Need.id)
    return statement.where(
        *live_matches(f), *([Need.kind == f.kind] if f.kind else []),
    ).group_by(SponsorProfile.id, SponsorProfile.name, SponsorProfile.kind, SponsorProfile.district).order_by(
        money.desc(), SponsorProfile.id
    )


def live_matches(f: Filters) -> list:
    return [*match_scope(f), *(status_is(Match.state, f.status) or [Match.state.in_(LIVE)])]


def contribution_details(f: Filters) -> Select:
    """Each contribution behind the per-sponsor rows, sponsor by sponsor."""
    statement = matches(Filters()).where(*live_matches(f), *([Need.kind == f.kind] if f.kind else []))
    return statement.order_by(None).order_by(SponsorProfile.id, Match.id)


CONTRIBUTIONS = Listing("contributions", "爱心贡献", (
    Column("爱心方", field("name")),
    Column("爱心主体类型", label("sponsor_kind", SPONSOR_KINDS)),
    Column("区县", field("district"), on_page=False),
    Column("认领项目（项）", field("claims")),
    Column("认捐（项）", field("pledges")),
    Column("资金（元）", yuan("money")),
    Column("志愿者（人）", field("volunteers")),
    Column("物资、场地、技能（项）", field("in_kind")),
    Column("其中已到位（项）", field("fulfilled")),
), contributions)
CONTRIBUTION_DETAILS = Listing("contribution_details", "贡献明细", MATCH_COLUMNS, contribution_details)


# --- activities -----------------------------------------------------------------------------

def activities(f: Filters) -> Select:
    statement = select(
        *project_columns(), Activity.id.label("activity_id"), Activity.held_on, Activity.place,
        Activity.volunteers, Activity.volunteer_hours, Activity.people_served,
    ).select_from(Activity).join(Project, Activity.project_id == Project.id)
    return with_units(statement).where(*project_scope(f), *held_within(f)).order_by(Activity.held_on, Activity.id)


ACTIVITIES = Listing("activities", "活动记录", (
    *PROJECT_HEAD[:4],
    Column("活动日期", field("held_on")),
    Column("地点", field("place")),
    Column("志愿者（人）", field("volunteers")),
    Column("志愿服务时长（小时）", field("volunteer_hours")),
    Column("服务对象（人次）", field("people_served")),
), activities, lambda row: f"/projects/{row['id']}")


def cell_text(value) -> str:
    """A value as the drill-down page shows it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, Decimal):
        return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return str(value)


# --- units: the league table, unit by unit -------------------------------------------------

UNITS = Listing("units", "单位", (
    Column("类别编号", field("category_number"), on_page=False),
    Column("类别", field("category")),
    Column("单位", field("name")),
    Column("牵头单位", field("lead_unit")),
    Column("所在区县", field("district"), on_page=False),
    Column("联系人及电话", field("contact"), on_page=False),
    Column("项目（个）", field("projects")),
    Column("已公开项目（个）", field("public_projects")),
    Column("认领认捐已批准（项）", field("live_matches")),
    Column("其中已到位（项）", field("fulfilled")),
    Column("筹集资金（元）", yuan("money")),
    Column("活动（次）", field("activities")),
    Column("服务对象（人次）", field("people_served")),
), stats.unit_figures)

LISTINGS = {listing.name: listing for listing in (PROJECTS, NEEDS, MATCHES, CONTRIBUTIONS, ACTIVITIES, UNITS)}
# The extra sheets of an export: a match's history, the contributions behind each sponsor.
EXTRA_SHEETS = {"matches": (HISTORY,), "contributions": (CONTRIBUTION_DETAILS,)}
