"""What waits for each role, as sections of items with links. Plain data, so the page and
the API (`GET /api/v1/workspace`) show the same things."""

from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..auth.models import Role, User
from ..collaborations.queries import collaborations_for
from ..execution.queries import days_waiting, overdue_projects, unanswered_difficulties
from ..extensions import db
from ..matches.models import Match, MatchKind, MatchState
from ..matches.operations import matches_for
from ..office.queue import overdue_elsewhere
from ..projects.access import managed_unit_ids
from ..projects.models import Project, ProjectStatus
from ..recommend import service as recommender

KIND_LABELS = {MatchKind.claim: "认领", MatchKind.pledge: "认捐"}
SHOWN = 10  # items per section; the section links to the whole list


@dataclass(frozen=True)
class Item:
    text: str
    link: str
    note: str = ""  # how long it has waited, or why it is here


@dataclass
class Section:
    key: str
    title: str
    link: str  # where the whole list is
    items: list[Item] = field(default_factory=list)
    total: int | None = None  # when more than the items shown
    empty: str = "暂无"
    urgent: bool = True  # its items wait for this user (a red count), or are only offered

    @property
    def count(self) -> int:
        return self.total if self.total is not None else len(self.items)

    def as_json(self) -> dict:
        return {**asdict(self), "count": self.count}


def count(statement) -> int:
    return db.session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))


def match_items(statement, shown: int = SHOWN) -> list[Item]:
    rows = db.session.scalars(
        statement.options(selectinload(Match.project), selectinload(Match.sponsor), selectinload(Match.need)).limit(shown)
    ).all()
    return [Item(f"{m.sponsor.name}{KIND_LABELS[m.kind]}“{m.project.title}”", f"/matches/{m.id}",
                 waited(m.updated_at)) for m in rows]


def waited(moment) -> str:
    days = days_waiting(moment)
    return "今天" if days < 1 else f"已等待 {days} 天"


# --- a unit --------------------------------------------------------------------------------

def unit_sections(user: User) -> list[Section]:
    units = managed_unit_ids(user) or [-1]
    to_answer = matches_for(user, MatchState.submitted.value).order_by(None).order_by(Match.updated_at)
    to_fulfil = matches_for(user, MatchState.approved.value).order_by(None).order_by(Match.updated_at)
    incoming = collaborations_for(user, state="requested", direction="incoming")
    returned = (select(Project).where(Project.unit_id.in_(units), Project.status == ProjectStatus.draft,
                                      Project.return_reason != "").order_by(Project.updated_at.desc()))
    difficulties = [r for r in unanswered_difficulties(Project.unit_id.in_(units))
                    if r.project.unit.lead.id == user.unit_id]  # the lead unit answers them
    silent = overdue_projects(Project.unit_id.in_(units))
    return [
        Section("matches", "待答复的认领认捐", "/matches?state=submitted",
                match_items(to_answer), count(to_answer), "没有等待答复的认领或认捐"),
        Section("fulfil", "待确认到位", "/matches?state=approved",
                match_items(to_fulfil), count(to_fulfil), "没有等待确认到位的对接"),
        Section("difficulties", "待答复的困难问题", "/unit/execution",
                [Item(f"“{r.project.title}”：{r.body[:40]}", f"/projects/{r.project_id}/execution#report-{r.id}",
                      waited(r.created_at)) for r in difficulties[:SHOWN]], len(difficulties),
                "没有待答复的困难问题"),
        Section("reports", "应上报进展", "/unit/execution",
                [Item(f"“{o.project.title}”", f"/projects/{o.project.id}/reports/new", f"已 {o.days} 天未上报")
                 for o in silent[:SHOWN]], len(silent), "各项目都已按时上报"),
        Section("collaborations", "收到的合作邀请", "/collaborations?direction=incoming&state=requested",
                [Item(f"{c.from_unit.name}：{c.project.title}", f"/collaborations/{c.id}", f"请于 {c.due_on} 前答复")
                 for c in db.session.scalars(incoming.limit(SHOWN))], count(incoming), "没有待答复的合作邀请"),
        Section("returned", "被退回修改的项目", "/unit/projects",
                [Item(f"“{p.title}”：{p.return_reason}", f"/projects/{p.id}/edit")
                 for p in db.session.scalars(returned.limit(SHOWN))], count(returned), "没有被退回的项目"),
    ]


# --- the office ----------------------------------------------------------------------------

def office_sections(user: User) -> list[Section]:
    plans = select(Project).where(Project.status == ProjectStatus.submitted).order_by(Project.updated_at)
    approvals = select(Match).where(Match.state == MatchState.accepted).order_by(Match.updated_at)
    late = overdue_elsewhere()
    overdue = (
        [Item(f"合作邀请逾期：{c.from_unit.name} → {c.to_unit.name}", f"/collaborations/{c.id}",
              f"应于 {c.due_on} 前答复") for c in late["overdue_collaborations"]]
        + [Item(f"困难问题未答复：“{r.project.title}”", f"/projects/{r.project_id}/execution#report-{r.id}",
                waited(r.created_at)) for r in late["unanswered_reports"]]
        + [Item(f"长期未上报：“{o.project.title}”", f"/projects/{o.project.id}/execution", f"已 {o.days} 天")
           for o in late["silent_projects"]]
        + [Item(f"对接停滞：“{m.project.title}”（{m.sponsor.name}）", f"/matches/{m.id}", waited(m.updated_at))
           for m in late["stuck_matches"]]
    )
    return [
        Section("approvals", "待批准的对接", "/office/queue", match_items(approvals), count(approvals),
                "没有待批准的对接"),
        Section("plans", "待审核的项目计划", "/office/queue",
                [Item(f"“{p.title}”（{p.unit.name}）", f"/projects/{p.id}", waited(p.updated_at))
                 for p in db.session.scalars(plans.options(selectinload(Project.unit)).limit(SHOWN))],
                count(plans), "没有待审核的项目计划"),
        Section("overdue", "逾期事项", "/office/queue", overdue[:SHOWN], len(overdue), "没有逾期事项"),
    ]


# --- a sponsor -----------------------------------------------------------------------------

# What a profile should say for recommendations to fit: (attribute, what is missing).
PROFILE_PARTS = (
    ("interests", "关注方向（例如：助老、环保、儿童）"),
    ("district", "所在区县"),
    ("contact_name", "联系人"),
    ("contact_phone", "联系电话"),
    ("offers", "可提供的爱心资源"),
)


def missing_from_profile(user: User) -> list[str]:
    profile = user.sponsor
    if profile is None:
        return [label for _, label in PROFILE_PARTS]
    return [label for name, label in PROFILE_PARTS if not getattr(profile, name)]


def is_new_sponsor(user: User) -> bool:
    """A sponsor who has told nothing of what it cares for or can give: recommendations would be blind."""
    profile = user.sponsor
    return profile is None or not (profile.interests or profile.offers)


def sponsor_sections(user: User) -> list[Section]:
    profile = user.sponsor
    live = [MatchState.submitted, MatchState.accepted, MatchState.approved]
    mine = matches_for(user).where(Match.state.in_(live))
    recommended = recommender.recommend_for(profile, limit=5) if profile else []
    missing = missing_from_profile(user)
    profile_section = Section("profile", "爱心档案待完善" if missing else "爱心档案", "/sponsor/profile",
                              [Item(f"请填写{label}", "/sponsor/profile") for label in missing],
                              empty="爱心档案已完整，可随时修改")
    sections = [
        Section("recommended", "为您推荐", "/projects",
                [Item(project.title, f"/projects/{project.id}", "；".join(result.reasons[:2]))
                 for project, result in recommended], empty="暂时没有合适的推荐", urgent=False),
        Section("matches", "进行中的对接", "/matches",
                [Item(f"{KIND_LABELS[m.kind]}“{m.project.title}”", f"/matches/{m.id}", MATCH_STATE_NOTES[m.state])
                 for m in db.session.scalars(mine.options(selectinload(Match.project)).limit(SHOWN))],
                count(mine), "暂无进行中的对接", urgent=False),
    ]
    # What is missing first: it is what makes the recommendations fit.
    return [profile_section, *sections] if missing else [*sections, profile_section]


MATCH_STATE_NOTES = {
    MatchState.submitted: "等待项目单位答复",
    MatchState.accepted: "等待文明办批准",
    MatchState.approved: "已批准，等待单位确认到位",
}

SECTIONS = {Role.unit: unit_sections, Role.office: office_sections, Role.sponsor: sponsor_sections}


def sections_for(user: User) -> list[Section] | None:
    """The workspace of this user's role; None for a role that has its own page elsewhere."""
    build = SECTIONS.get(user.role)
    return build(user) if build else None
