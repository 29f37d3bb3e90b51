"""Operations on projects and needs: the only code that writes them.

Pages and the API hand in plain values (a form's data or a JSON body); every check lives
here, so both refuse the same things with the same words.
"""

from sqlalchemy import select

from .. import audit, idempotency
from ..auth.models import Role, User
from ..catalog.models import Category, Unit
from ..errors import Conflict, Errors, Forbidden, Invalid
from ..extensions import db
from ..matches.models import Match, MatchState
from ..models_base import DISTRICTS, NEED_KIND_LABELS, NeedKind, local_today, utcnow
from ..notifications import notify
from ..sponsors.models import SponsorProfile
from ..validation import check_choice, check_date, check_id, check_int, check_phone, check_text, check_yuan
from ..workflow import Step, Workflow, table, take_step
from .access import managed_unit_ids, manages
from .models import PROJECT_STATUS_LABELS, Need, Project, ProjectEvent, ProjectStatus
from .quantities import parse_quantity, written

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
    "contact_phone": lambda v: check_phone(v, "contact_phone", "联系电话"),
}

PROJECT_STEPS = table(
    Step("submit", frozenset({"draft"}), "submitted", "unit", label="提交审核"),
    Step("publish", frozenset({"submitted"}), "published", "office", label="审核发布"),
    Step("return", frozenset({"submitted"}), "draft", "office", needs_reason=True, label="退回修改"),
    Step("close", frozenset({"published"}), "closed", "unit_or_office", label="关闭项目"),
    # Taken only with the closing summary, by execution.closing.submit_summary.
    Step("complete", frozenset({"published", "closed"}), "completed", "unit", label="提交总结"),
)


def clean_project(data: dict, *, partial: bool = False, errors: Errors | None = None) -> dict:
    """Checked values of the plan's fields; with `partial`, only of those present. Every field
    is checked, and every refusal raised together (or gathered into `errors`)."""
    own = errors is None
    errors = errors or Errors()
    clean = {}
    for field, check in PROJECT_FIELDS.items():
        if field in data or not partial:
            clean[field] = errors.check(check, data.get(field))
    if "category" in data or not partial:
        clean["category"] = errors.check(category_by_number, data.get("category"))
    if own:
        errors.raise_any()
    return clean


def category_by_number(number) -> Category:
    number = check_int(number, "category", "项目类别", low=1, high=26)
    return db.session.scalar(select(Category).where(Category.number == number))


def clean_need(data, index: int, errors: Errors) -> dict:
    """One need's checked values; each box's refusal is named `needs.<index>.<box>`."""
    at, row = f"needs.{index}", f"第 {index + 1} 项需求"
    if not isinstance(data, dict):
        errors.add(Invalid(f"{row}格式有误", field=at))
        return {}
    kind = errors.check(check_choice, data.get("kind"), NeedKind, f"{at}.kind", f"{row}的类型")
    unit = "元" if kind is NeedKind.money else errors.check(
        check_text, data.get("unit"), f"{at}.unit", f"{row}的计量单位", max_len=10
    )
    quantity = None
    if kind is not None:
        quantity = errors.check(parse_quantity, kind, data.get("quantity"), f"{at}.quantity", f"{row}的数量")
    return {
        "id": data.get("id"),
        "kind": kind,
        "description": errors.check(check_text, data.get("description"), f"{at}.description", f"{row}的说明",
                                    max_len=200),
        "quantity": quantity,
        "unit": unit,
        "deadline": errors.check(check_date, data.get("deadline"), f"{at}.deadline", f"{row}的截止日期",
                                 required=False),
    }


def clean_needs(rows, errors: Errors | None = None) -> list[dict]:
    """A project always states at least one need: that is what sponsors come for."""
    own = errors is None
    errors = errors or Errors()
    clean = []
    if not isinstance(rows, list):
        errors.add(Invalid("需求应为列表", field="needs"))
    elif not rows:
        errors.add(Invalid("请至少填写一项资源需求", field="needs"))
    elif len(rows) > MAX_NEEDS:
        errors.add(Invalid(f"一个项目最多 {MAX_NEEDS} 项需求", field="needs"))
    else:
        clean = [clean_need(row, i, errors) for i, row in enumerate(rows)]
    if own:
        errors.raise_any()
    return clean


def check_plan(data: dict, current: Project | None = None) -> tuple[dict, list[dict] | None]:
    """The plan's fields and needs checked together, so that one answer names every mistake;
    an edit (`current`) checks only the fields it is given, against the plan's other values."""
    errors = Errors()
    fields = clean_project(data, partial=current is not None, errors=errors)
    needs = clean_needs(data.get("needs"), errors) if "needs" in data or current is None else None
    check_period(fields, needs, current, errors)
    errors.raise_any()
    return fields, needs


def check_period(fields: dict, needs: list[dict] | None, current: Project | None, errors: Errors) -> None:
    """限定时间: a plan ends on or after its start and not in the past (an edit that keeps its end
    date is let be), and every need's deadline falls within the plan's period."""
    start = fields.get("start_on") or (current.start_on if current else None)
    end = fields.get("end_on") or (current.end_on if current else None)
    if start and end and end < start:
        errors.add(Invalid("结束日期不能早于开始日期", field="end_on"))
        return
    if fields.get("end_on") and fields["end_on"] < local_today() and (current is None or current.end_on != end):
        errors.add(Invalid(f"结束日期不能早于今天（{local_today()}）", field="end_on"))
    for index, need in enumerate(needs or []):
        deadline = need.get("deadline")
        if deadline and start and end and not start <= deadline <= end:
            errors.add(Invalid(f"第 {index + 1} 项需求的截止日期应在项目期间（{start} 至 {end}）之内",
                               field=f"needs.{index}.deadline"))


def check_dates(project: Project) -> None:
    """The database's own rule too (ends_after_start); check_period says it first, in words."""
    if project.end_on < project.start_on:
        raise Invalid("结束日期不能早于开始日期", field="end_on")


def owning_unit(actor: User, unit_id) -> Unit:
    """The unit a new project belongs to: the actor's own, or one of its branches."""
    if unit_id in (None, ""):
        return actor.unit
    if check_id(unit_id, "unit_id", "所属单位") not in managed_unit_ids(actor):
        raise Forbidden("只能为本单位或下属组织创建项目", field="unit_id")
    return db.session.get(Unit, unit_id)


def create_project(actor: User, data: dict, once=None) -> Project:
    """A unit drafts a project plan with its needs."""
    if actor.role is not Role.unit:
        raise Forbidden("只有牵头单位或下属组织可以创建项目")
    fields, needs = check_plan(data)
    project = Project(unit=owning_unit(actor, data.get("unit_id")), created_by=actor, **fields)
    check_dates(project)
    project.needs = [Need(**{k: v for k, v in need.items() if k != "id"}) for need in needs]
    db.session.add(project)
    db.session.flush()
    idempotency.keep(once, project)
    PROJECTS.add_history(project, actor, None, ProjectStatus.draft.value)
    audit.record(actor, "project.create", project, title=project.title)
    db.session.commit()
    return project


def update_project(actor: User, project: Project, data: dict) -> Project:
    """Edit a plan. Needs given with an id are changed, without one added; a draft's
    needs left out are removed. A published need never drops below what is approved.
    The audit row keeps only what changed, before → after; when a published plan's needs,
    dates or funding change, the sponsors with open or approved matches are told."""
    if project.status not in (ProjectStatus.draft, ProjectStatus.published):
        raise Conflict(f"“{PROJECT_STATUS_LABELS[project.status]}”状态的项目不能修改", code="step_not_allowed")
    before = plan_snapshot(project)
    fields, needs = check_plan(data, current=project)
    for field, value in fields.items():
        setattr(project, field, value)
    check_dates(project)
    if needs is not None:
        apply_needs(project, needs)
    db.session.flush()  # new needs get their ids
    after = plan_snapshot(project)
    changes = {key: [before.get(key), after.get(key)] for key in {**before, **after}
               if before.get(key) != after.get(key)}
    if changes:
        project.updated_at = utcnow()  # needs live in their own rows; the recommender watches this
    told = tell_sponsors_of_change(project, changes) if project.status is ProjectStatus.published else 0
    audit.record(actor, "project.update", project, changes=changes, told=told)
    db.session.commit()
    return project


# What sponsors who gave or mean to give are told of when it changes.
CHANGES_SPONSORS_HEAR_OF = {"start_on": "开始日期", "end_on": "结束日期", "funding": "资金保障"}


def plan_snapshot(project: Project) -> dict:
    """The plan as people read it, field by field, to compare before and after an edit."""
    snapshot = {
        "title": project.title, "category": f"{project.category.number}. {project.category.name}",
        "service_target": project.service_target, "service_type": project.service_type,
        "service_hours": project.service_hours, "volunteers_needed": project.volunteers_needed,
        "funding": f"{written(NeedKind.money, project.funding)} 元", "sessions_planned": project.sessions_planned,
        "district": project.district, "start_on": project.start_on.isoformat(), "end_on": project.end_on.isoformat(),
        "description": project.description, "contact_name": project.contact_name,
        "contact_phone": project.contact_phone,
    }
    for need in project.needs:
        deadline = f"，截止 {need.deadline}" if need.deadline else ""
        snapshot[f"需求 #{need.id}"] = (f"{NEED_KIND_LABELS[need.kind]}：{need.description} "
                                      f"{written(need.kind, need.quantity)} {need.unit}{deadline}")
    return snapshot


def tell_sponsors_of_change(project: Project, changes: dict) -> int:
    """Tell the sponsors with open or approved matches what changed in what they support."""
    what = [label for key, label in CHANGES_SPONSORS_HEAR_OF.items() if key in changes]
    if any(key.startswith("需求 #") for key in changes):
        what.append("资源需求")
    if not what:
        return 0
    live = [MatchState.submitted, MatchState.accepted, MatchState.approved]
    sponsors = db.session.scalars(
        select(User).join(SponsorProfile, SponsorProfile.user_id == User.id).join(Match, Match.sponsor_id == SponsorProfile.id)
        .where(Match.project_id == project.id, Match.state.in_(live)).distinct()
    ).all()
    notify(sponsors, f"您支持的项目“{project.title}”修改了{'、'.join(what)}，请查看", f"/projects/{project.id}")
    return len(sponsors)


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
