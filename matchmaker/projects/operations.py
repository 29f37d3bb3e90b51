"""Operations on projects and needs: the only code that writes them.

Pages and the API hand in plain values (a form's data or a JSON body); every check lives
here, so both refuse the same things with the same words.
"""

from sqlalchemy import select

from .. import audit
from ..auth.models import Role, User
from ..catalog.models import Category, Unit
from ..errors import Conflict, Forbidden, Invalid
from ..extensions import db
from ..matches.models import Match, MatchState
from ..models_base import DISTRICTS, NeedKind, utcnow
from ..notifications import notify
from ..validation import check_choice, check_date, check_id, check_int, check_text, check_yuan
from ..workflow import Step, Workflow, table, take_step
from .access import managed_unit_ids, manages
from .models import PROJECT_STATUS_LABELS, Need, Project, ProjectEvent, ProjectStatus
from .quantities import parse_quantity

MAX_NEEDS = 20

# field: (label, check) for every plain field of a project plan (notice 二(二)1 and ours).
PROJECT_FIELDS = {
    "title": lambda v: check_text(v, "title", "项目名称", max_len=60),
    "service_target": lambda v: check_text(v, "service_target", "服务对象", max_len=100),
    "service_type": lambda v: check_text(v, "service_type", "服务类型", max_len=40),
    "service_hours": lambda v: check_int(v, "service_hours", "服务时长（小时）", high=1_000_000),
    "volunteers_needed": lambda v: check_int(v, "volunteers_needed", "志愿者人数", high=1_000_000),
    "funding": lambda v: check_yuan(v if v not in (None, "") else 0, "funding", "项目资金保障", positive=False),
    "sessions_planned": lambda v: check_int(v, "sessions_planned", "开展次数", low=1, high=100_000),
    "district": lambda v: check_choice(v, DISTRICTS, "district", "区县"),
    "start_on": lambda v: check_date(v, "start_on", "开始日期"),
    "end_on": lambda v: check_date(v, "end_on", "结束日期"),
    "description": lambda v: check_text(v, "description", "项目简介", max_len=5000, required=False),
    "contact_name": lambda v: check_text(v, "contact_name", "联系人", max_len=30, required=False),
    "contact_phone": lambda v: check_text(v, "contact_phone", "联系电话", max_len=20, required=False),
}

PROJECT_STEPS = table(
    Step("submit", frozenset({"draft"}), "submitted", "unit", label="提交审核"),
    Step("publish", frozenset({"submitted"}), "published", "office", label="审核发布"),
    Step("return", frozenset({"submitted"}), "draft", "office", needs_reason=True, label="退回修改"),
    Step("close", frozenset({"published"}), "closed", "unit_or_office", label="关闭项目"),
    # Taken only with the closing summary, by execution.closing.submit_summary.
    Step("complete", frozenset({"published", "closed"}), "completed", "unit", label="提交总结"),
)


def clean_project(data: dict, *, partial: bool = False) -> dict:
    """Checked values of the plan's fields; with `partial`, only of those present."""
    clean = {}
    for field, check in PROJECT_FIELDS.items():
        if field in data or not partial:
            clean[field] = check(data.get(field))
    if "category" in data or not partial:
        clean["category"] = category_by_number(data.get("category"))
    return clean


def category_by_number(number) -> Category:
    number = check_int(number, "category", "项目类别", low=1, high=26)
    return db.session.scalar(select(Category).where(Category.number == number))


def clean_need(data, index: int) -> dict:
    if not isinstance(data, dict):
        raise Invalid(f"第 {index + 1} 项需求格式有误", field="needs")
    kind = check_choice(data.get("kind"), NeedKind, "needs", f"第 {index + 1} 项需求的类型")
    unit = "元" if kind is NeedKind.money else check_text(
        data.get("unit"), "needs", f"第 {index + 1} 项需求的计量单位", max_len=10
    )
    return {
        "id": data.get("id"),
        "kind": kind,
        "description": check_text(data.get("description"), "needs", f"第 {index + 1} 项需求的说明", max_len=200),
        "quantity": parse_quantity(kind, data.get("quantity"), "needs", f"第 {index + 1} 项需求的数量"),
        "unit": unit,
        "deadline": check_date(data.get("deadline"), "needs", f"第 {index + 1} 项需求的截止日期", required=False),
    }


def clean_needs(rows) -> list[dict]:
    """A project always states at least one need: that is what sponsors come for."""
    if not isinstance(rows, list):
        raise Invalid("需求应为列表", field="needs")
    if not rows:
        raise Invalid("请至少填写一项资源需求", field="needs")
    if len(rows) > MAX_NEEDS:
        raise Invalid(f"一个项目最多 {MAX_NEEDS} 项需求", field="needs")
    return [clean_need(row, i) for i, row in enumerate(rows)]


def check_dates(project: Project) -> None:
    if project.end_on < project.start_on:
        raise Invalid("结束日期不能早于开始日期", field="end_on")


def owning_unit(actor: User, unit_id) -> Unit:
    """The unit a new project belongs to: the actor's own, or one of its branches."""
    if unit_id in (None, ""):
        return actor.unit
    if check_id(unit_id, "unit_id", "所属单位") not in managed_unit_ids(actor):
        raise Forbidden("只能为本单位或下属组织创建项目", field="unit_id")
    return db.session.get(Unit, unit_id)


def create_project(actor: User, data: dict) -> Project:
    """A unit drafts a project plan with its needs."""
    if actor.role is not Role.unit:
        raise Forbidden("只有牵头单位或下属组织可以创建项目")
    fields, needs = clean_project(data), clean_needs(data.get("needs"))
    project = Project(unit=owning_unit(actor, data.get("unit_id")), created_by=actor, **fields)
    check_dates(project)
    project.needs = [Need(**{k: v for k, v in need.items() if k != "id"}) for need in needs]
    db.session.add(project)
    db.session.flush()
    PROJECTS.add_history(project, actor, None, ProjectStatus.draft.value)
    audit.record(actor, "project.create", project, title=project.title)
    db.session.commit()
    return project


def update_project(actor: User, project: Project, data: dict) -> Project:
    """Edit a plan. Needs given with an id are changed, without one added; a draft's
    needs left out are removed. A published need never drops below what is approved."""
    if project.status not in (ProjectStatus.draft, ProjectStatus.published):
        raise Conflict(f"“{PROJECT_STATUS_LABELS[project.status]}”状态的项目不能修改", code="step_not_allowed")
    for field, value in clean_project(data, partial=True).items():
        setattr(project, field, value)
    check_dates(project)
    if "needs" in data:
        apply_needs(project, clean_needs(data["needs"]))
    project.updated_at = utcnow()  # needs live in their own rows; the recommender watches this
    audit.record(actor, "project.update", project, fields=sorted(data))
    db.session.commit()
    return project


def apply_needs(project: Project, rows: list[dict]) -> None:
    current = {need.id: need for need in project.needs}
    kept = set()
    for row in rows:
        need_id = row.pop("id")
        if need_id is None:
            project.needs.append(Need(**row))
            continue
        need = current.get(need_id) if isinstance(need_id, int) else None
        if need is None:
            raise Invalid(f"需求 {need_id} 不属于此项目", field="needs")
        if row["kind"] is not need.kind and need.approved_quantity:
            raise Conflict("已有认捐的需求不能更改类型", field="needs")
        if row["quantity"] < need.approved_quantity:
            raise Conflict("需求数量不能少于已批准的认捐数量", field="needs")
        for field, value in row.items():
            setattr(need, field, value)
        kept.add(need_id)
    if project.status is ProjectStatus.draft:
        for need_id, need in current.items():
            if need_id not in kept:
                project.needs.remove(need)


def step_project(actor: User, project: Project, name: str, reason=None) -> Project:
    """Move a plan along: submit (unit), publish or return (office), close."""
    take_step(PROJECTS, actor, project, name, reason)
    return project


def refuse_with_waiting_matches(actor: User, project: Project, step: Step) -> None:
    if step.name in ("close", "complete") and has_waiting_matches(project):
        raise Conflict(f"仍有待处理的认领或认捐，请先处理后再{step.label}", code="matches_waiting")


def step_values(project: Project, step: Step, reason: str) -> dict:
    """What a step sets beside the status, in the same guarded UPDATE."""
    values = {"return_reason": reason if step.name == "return" else ""}
    if step.name == "publish":
        values["published_at"] = utcnow()
    return values


def has_waiting_matches(project: Project) -> bool:
    waiting = select(Match.id).where(
        Match.project_id == project.id, Match.state.in_([MatchState.submitted, MatchState.accepted])
    )
    return db.session.scalar(waiting.limit(1)) is not None


def check_actor(actor: User, project: Project, step: Step) -> None:
    allowed = {
        "unit": manages(actor, project),
        "office": actor.role is Role.office,
        "unit_or_office": manages(actor, project) or actor.role is Role.office,
    }[step.actor]
    if not allowed:
        raise Forbidden(f"您无权对此项目执行“{step.label}”")


def tell_about_step(project: Project, step: Step, reason: str) -> None:
    link = f"/projects/{project.id}"
    if step.name == "submit":
        office = db.session.scalars(select(User).where(User.role == Role.office, User.active)).all()
        notify(office, f"新项目待审核：{project.title}", link)
    elif step.name in ("publish", "return"):
        units = db.session.scalars(select(User).where(User.unit_id.in_([project.unit_id, project.unit.parent_id]))).all()
        text = "已审核发布" if step.name == "publish" else f"被退回修改：{reason}"
        notify(units, f"项目“{project.title}”{text}", link)


PROJECTS = Workflow(
    name="project", steps=PROJECT_STEPS, labels=PROJECT_STATUS_LABELS, history=ProjectEvent, history_of="project",
    stale_message="该项目刚刚已被处理，请刷新后重试", check_actor=check_actor, refuse=refuse_with_waiting_matches,
    values=step_values, tell=tell_about_step, state_column="status",
)
