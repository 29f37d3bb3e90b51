"""Reading projects: the public catalogue's filters, pages, and per-need progress."""

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import joinedload, selectinload

from ..catalog.models import Category
from ..extensions import db
from ..matches.models import Match, MatchKind, MatchState
from ..models_base import DISTRICTS, NeedKind, local_today
from ..paging import Page, Paging, count, page_of, paging, slice_of
from ..recommend.service import search_ids
from ..validation import check_choice, check_text, int_arg
from .models import Need, Project, ProjectStatus


@dataclass(frozen=True)
class Filters:
    q: str = ""
    category: int | None = None
    district: str = ""
    need_kind: str = ""
    paging: Paging = Paging()


def parse_filters(args) -> Filters:
    """Filters from a query string; bad values are refused with a clear message."""
    district = args.get("district") or ""
    need_kind = args.get("need_kind") or ""
    return Filters(
        q=check_text(args.get("q"), "q", "搜索词", max_len=100, required=False),
        category=int_arg(args, "category", "项目类别", high=26),
        district=check_choice(district, DISTRICTS, "district", "区县") if district else "",
        need_kind=check_choice(need_kind, NeedKind, "need_kind", "需求类型").value if need_kind else "",
        paging=paging(args),
    )


def published(filters: Filters):
    """SELECT of published projects matching the filters (search ranking aside)."""
    statement = select(Project).where(Project.status == ProjectStatus.published)
    if filters.category:
        statement = statement.join(Project.category).where(Category.number == filters.category)
    if filters.district:
        statement = statement.where(Project.district == filters.district)
    if filters.need_kind:
        open_need = select(Need.id).where(
            Need.project_id == Project.id, Need.kind == filters.need_kind, Need.approved_quantity < Need.quantity
        )
        statement = statement.where(open_need.exists())
    return statement


def with_details(statement):
    return statement.options(
        selectinload(Project.needs), joinedload(Project.unit), joinedload(Project.category)
    )


def pending_by_need(projects: list[Project]) -> dict[int, int]:
    """Quantity pledged but not yet approved, per need, in one query for all these projects."""
    need_ids = [need.id for project in projects for need in project.needs]
    if not need_ids:
        return {}
    rows = db.session.execute(
        select(Match.need_id, func.sum(Match.quantity))
        .where(Match.need_id.in_(need_ids), Match.state.in_([MatchState.submitted, MatchState.accepted]))
        .group_by(Match.need_id)
    )
    return {need_id: int(total) for need_id, total in rows}


def search_page(filters: Filters, *, last_page: bool = False) -> Page:
    """A page of published projects: newest first, or ranked by the recommender's search.
    `last_page`: past the end, the last page instead (for people; see paging.py)."""
    statement = published(filters)
    if not filters.q:
        newest = with_details(statement.order_by(
            case((Project.end_on < local_today(), 1), else_=0),  # 已到期 after every current project
            Project.published_at.desc(), Project.id.desc(),
        ))
        return page_of(newest, filters.paging, last_page=last_page, total=count(statement))
    ranked = search_ids(filters.q)  # published projects only, as the index holds
    if filters.category or filters.district or filters.need_kind:
        allowed = set(db.session.scalars(statement.with_only_columns(Project.id)))
        ranked = [project_id for project_id in ranked if project_id in allowed]
    asked = filters.paging.at_most(-(-len(ranked) // filters.paging.per_page) or 1) if last_page else filters.paging
    found = slice_of(ranked, asked)
    rows = {p.id: p for p in db.session.scalars(with_details(select(Project).where(Project.id.in_(found.items))))}
    return Page([rows[i] for i in found.items if i in rows], found.total, found.page, found.per_page)


def claimed_by(projects: list[Project]) -> dict[int, str]:
    """The sponsor whose claim was approved, per project, for the lists' 已被认领."""
    ids = [project.id for project in projects]
    if not ids:
        return {}
    from ..sponsors.models import SponsorProfile

    rows = db.session.execute(
        select(Match.project_id, SponsorProfile.name).join(SponsorProfile, SponsorProfile.id == Match.sponsor_id)
        .where(Match.project_id.in_(ids), Match.kind == MatchKind.claim,
               Match.state.in_([MatchState.approved, MatchState.fulfilled]))
    )
    return dict(rows.all())
