"""Recruitments (招募): a unit opens one on its own published project and closes it; everyone
finds the open ones."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload

from .. import audit
from ..auth.models import User
from ..catalog.models import Category
from ..collaborations.queries import today
from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..extensions import db
from ..models_base import DISTRICTS, NeedKind
from ..paging import Page, Paging, page_of, paging
from ..projects.access import can_see, managed_project, manages
from ..projects.models import Need, Project, ProjectStatus
from ..validation import check_choice, check_date, check_id, check_int, check_text, int_arg
from .models import Recruitment, RecruitmentState
from .profiles import check_words

MAX_PLACES = 10_000


def recruitment_fields(data: dict, project: Project) -> dict:
    starts_on = check_date(data.get("starts_on"), "starts_on", "开始日期")
    ends_on = check_date(data.get("ends_on") or data.get("starts_on"), "ends_on", "结束日期")
    signup_until = check_date(data.get("signup_until"), "signup_until", "报名截止日期")
    if ends_on < starts_on:
        raise Invalid("结束日期不能早于开始日期", field="ends_on")
    if signup_until > ends_on:
        raise Invalid("报名截止日期不能晚于结束日期", field="signup_until")
    if signup_until < today():
        raise Invalid("报名截止日期不能早于今天", field="signup_until")
    min_age = data.get("min_age")
    return {
        "title": check_text(data.get("title"), "title", "招募标题", max_len=60),
        "places": check_int(data.get("places"), "places", "招募人数", low=1, high=MAX_PLACES),
        "requirements": check_text(data.get("requirements"), "requirements", "招募要求", max_len=2000,
                                   required=False),
        "skills": check_words(data.get("skills"), "skills", "所需技能"),
        "min_age": None if min_age in (None, "") else check_int(min_age, "min_age", "最低年龄", low=0, high=100),
        "place": check_text(data.get("place"), "place", "服务地点", max_len=100, required=False),
        "starts_on": starts_on, "ends_on": ends_on, "signup_until": signup_until,
        "need": volunteers_need(project, data.get("need_id")),
    }


def volunteers_need(project: Project, need_id) -> Need | None:
    """The project's 志愿者 need this recruitment answers, if the unit names one."""
    if need_id in (None, ""):
        return None
    need_id = check_id(need_id, "need_id", "需求")
    need = db.session.get(Need, need_id)
    if need is None or need.project_id != project.id or need.kind is not NeedKind.volunteers:
        raise Invalid("只能关联本项目的“志愿者”需求", field="need_id")
    return need


def open_recruitment(actor: User, project_id: int, data: dict) -> Recruitment:
    """A unit opens a recruitment on one of its published projects."""
    project = managed_project(project_id, actor)
    if project.status is not ProjectStatus.published:
        raise Conflict("只有已发布的项目可以招募志愿者", code="project_not_open")
    recruitment = Recruitment(project=project, created_by_id=actor.id, **recruitment_fields(data, project))
    db.session.add(recruitment)
    db.session.flush()
    audit.record(actor, "recruitment.open", recruitment, project_id=project.id, places=recruitment.places)
    db.session.commit()
    return recruitment


def close_recruitment(actor: User, recruitment: Recruitment) -> Recruitment:
    """Stop taking sign-ups. Those admitted stay admitted; waiting ones may still be answered."""
    check_manages(actor, recruitment)
    if recruitment.state is RecruitmentState.closed:
        raise Conflict("该招募已结束", code="step_not_allowed")
    recruitment.state = RecruitmentState.closed
    audit.record(actor, "recruitment.close", recruitment)
    db.session.commit()
    return recruitment


def check_manages(actor: User, recruitment: Recruitment) -> None:
    if not manages(actor, recruitment.project):
        raise Forbidden("只有项目所属单位及其牵头单位可以管理此招募")


def visible_recruitment(recruitment_id: int, user) -> Recruitment:
    """The recruitment if its project is visible to this user; 404 otherwise."""
    recruitment = db.session.get(
        Recruitment, recruitment_id,
        options=[joinedload(Recruitment.project).options(joinedload(Project.unit), joinedload(Project.category))],
    )
    if recruitment is None or not can_see(user, recruitment.project):
        raise NotFound("招募不存在")
    return recruitment


def is_taking_signups(recruitment: Recruitment) -> bool:
    return (
        recruitment.state is RecruitmentState.open
        and recruitment.project.status is ProjectStatus.published
        and recruitment.signup_until >= today()
        and recruitment.admitted < recruitment.places
    )


# --- finding them --------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    q: str = ""
    category: int | None = None
    district: str = ""
    on: date | None = None  # runs on this day
    paging: Paging = Paging()


def parse_filters(args) -> Filters:
    district = args.get("district") or ""
    return Filters(
        q=check_text(args.get("q"), "q", "搜索词", max_len=100, required=False),
        category=int_arg(args, "category", "项目类别", high=26),
        district=check_choice(district, DISTRICTS, "district", "区县") if district else "",
        on=check_date(args.get("date"), "date", "服务日期", required=False),
        paging=paging(args),
    )


def open_ones():
    """SELECT of the recruitments taking sign-ups (places left, before the deadline)."""
    return (
        select(Recruitment)
        .join(Recruitment.project)
        .where(
            Recruitment.state == RecruitmentState.open,
            Recruitment.signup_until >= today(),
            Recruitment.admitted < Recruitment.places,
            Project.status == ProjectStatus.published,
        )
    )


def search_page(filters: Filters, *, last_page: bool = False) -> Page:
    """A page of the open recruitments the filters find, soonest deadline first; `last_page`:
    past the end, the last page (for people)."""
    statement = open_ones()
    if filters.q:
        like = f"%{filters.q.replace('%', '').replace('_', '')}%"
        statement = statement.where(or_(
            Recruitment.title.like(like), Recruitment.requirements.like(like), Recruitment.skills.like(like),
            Recruitment.place.like(like), Project.title.like(like),
        ))
    if filters.category:
        statement = statement.join(Project.category).where(Category.number == filters.category)
    if filters.district:
        statement = statement.where(Project.district == filters.district)
    if filters.on:
        statement = statement.where(Recruitment.starts_on <= filters.on, Recruitment.ends_on >= filters.on)
    statement = statement.options(joinedload(Recruitment.project).options(
        joinedload(Project.unit), joinedload(Project.category))).order_by(Recruitment.signup_until, Recruitment.id)
    return page_of(statement, filters.paging, last_page=last_page)


def open_on_project(project: Project) -> list[Recruitment]:
    """A project's recruitments taking sign-ups, for its page."""
    return list(db.session.scalars(open_ones().where(Recruitment.project_id == project.id)
                                   .order_by(Recruitment.signup_until, Recruitment.id)).all())


def of_project(project: Project) -> list[Recruitment]:
    """All of a project's recruitments, for the units that manage it."""
    return list(db.session.scalars(select(Recruitment).where(Recruitment.project_id == project.id)
                                   .order_by(Recruitment.id.desc())).all())
