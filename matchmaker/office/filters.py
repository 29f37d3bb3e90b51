"""One set of filters for the office's figures, the lists behind them and the exports.

The dashboard, its drill-down lists and the Excel exports all select through these
conditions, so a number on a chart, the list behind it and the spreadsheet agree.
Dates are Taiyuan's calendar days; stored times are naive UTC, so a day starts at 16:00
UTC of the day before.
"""

from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, or_, select

from ..catalog.models import Category, Unit
from ..errors import Invalid
from ..execution.models import Activity
from ..extensions import db
from ..matches.models import Match, MatchEvent, MatchKind, MatchState
from ..matches.steps import STATE_LABELS
from ..models_base import DISTRICTS, NEED_KIND_LABELS
from ..projects.models import PROJECT_STATUS_LABELS, Project, ProjectStatus
from ..sponsors.models import SPONSOR_KIND_LABELS, SponsorKind
from ..validation import MAX_ID, check_choice, check_date, check_text, int_arg

BEIJING = timedelta(hours=8)  # China keeps one zone and no daylight saving
PUBLIC = (ProjectStatus.published, ProjectStatus.closed, ProjectStatus.completed)
LIVE = (MatchState.approved, MatchState.fulfilled)  # what counts as a contribution

# Pseudo-states naming several states at once, so a figure such as "已公开的项目" has a list.
GROUPS = {"public": PUBLIC, "live": LIVE}
PROJECT_STATUSES = {"public": "已公开（已发布、已关闭或已完成）", **{s.value: PROJECT_STATUS_LABELS[s] for s in ProjectStatus}}
MATCH_STATES = {"live": "已批准或已到位", **STATE_LABELS}
NEED_KINDS = {k.value: v for k, v in NEED_KIND_LABELS.items()}
SPONSOR_KINDS = {k.value: v for k, v in SPONSOR_KIND_LABELS.items()}

# What each list may be filtered by, beyond programme, district, unit and dates.
CHOICES = {
    "projects": {"status": PROJECT_STATUSES},
    "needs": {"status": PROJECT_STATUSES, "kind": NEED_KINDS},
    "matches": {"status": MATCH_STATES, "kind": {MatchKind.claim.value: "认领", MatchKind.pledge.value: "认捐"},
                "sponsor_kind": SPONSOR_KINDS, "reached": STATE_LABELS},
    "contributions": {"status": {s.value: STATE_LABELS[s.value] for s in LIVE}, "kind": NEED_KINDS,
                      "sponsor_kind": SPONSOR_KINDS},
    "activities": {},
    "units": {},
    "dashboard": {},
}
CHOICE_LABELS = {"status": "状态", "kind": "类型", "sponsor_kind": "爱心主体类型", "reached": "环节"}


@dataclass(frozen=True)
class Filters:
    category: int | None = None  # programme number, 1-26
    district: str = ""  # the project's district
    unit: int | None = None  # a unit, with its branches when it is a lead unit
    status: str = ""  # project status, or match state (see CHOICES)
    kind: str = ""  # need kind, or claim/pledge
    sponsor_kind: str = ""
    reached: str = ""  # matches that ever reached this state (the funnel)
    date_from: date | None = None  # created (activities: held) on or after, Taiyuan time
    date_to: date | None = None  # … on or before

    def args(self, **changes) -> dict:
        """The filters (with `changes`) as query-string arguments, for links and exports."""
        values = {**asdict(self), **changes}
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items() if v not in (None, "")}


def parse_filters(args, what: str) -> Filters:
    """Filters for list `what` from a query string; anything unknown or out of range is refused."""
    date_from = check_date(args.get("date_from"), "date_from", "开始日期", required=False)
    date_to = check_date(args.get("date_to"), "date_to", "结束日期", required=False)
    if date_from and date_to and date_from > date_to:
        raise Invalid("开始日期不能晚于结束日期", field="date_to")
    district = check_text(args.get("district"), "district", "区县", max_len=10, required=False)
    return Filters(
        category=int_arg(args, "category", "项目类别", high=26),
        district=check_choice(district, DISTRICTS, "district", "区县") if district else "",
        unit=existing_unit(int_arg(args, "unit", "单位", high=MAX_ID)),
        date_from=date_from,
        date_to=date_to,
        **{name: choice(args, name, CHOICES[what].get(name)) for name in CHOICE_LABELS},
    )


def choice(args, name: str, choices: dict | None) -> str:
    label = CHOICE_LABELS[name]
    value = check_text(args.get(name), name, label, max_len=20, required=False)
    if not value:
        return ""
    if choices is None:
        raise Invalid(f"此列表不能按{label}筛选", field=name)
    return check_choice(value, choices, name, label)


def existing_unit(unit_id: int | None) -> int | None:
    if unit_id is not None and db.session.get(Unit, unit_id) is None:
        raise Invalid("没有这个单位", field="unit")
    return unit_id


def describe(f: Filters, what: str) -> list[str]:
    """The filters in words, for the heading of a list."""
    words = []
    if f.category:
        words.append(db.session.scalar(select(Category.name).where(Category.number == f.category)) or "")
    if f.unit:
        words.append(db.session.get(Unit, f.unit).name)
    if f.district:
        words.append(f.district)
    for name in CHOICE_LABELS:
        if value := getattr(f, name):
            prefix = "曾到达：" if name == "reached" else ""
            words.append(prefix + CHOICES[what][name][value])
    if f.date_from or f.date_to:
        words.append(f"{f.date_from or '…'} 至 {f.date_to or '…'}")
    return words


# --- conditions ---------------------------------------------------------------------------

def utc_range(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """The UTC moments bounding Taiyuan's days `first` to `last`, both included."""
    start = datetime.combine(first, time()) - BEIJING if first else None
    end = datetime.combine(last + timedelta(days=1), time()) - BEIJING if last else None
    return start, end


def within(column, first: date | None, last: date | None) -> list:
    """WHERE clauses keeping a stored UTC time within Taiyuan's days `first` to `last`."""
    start, end = utc_range(first, last)
    return [clause for clause in (start and column >= start, end and column < end) if clause is not None]


def held_within(f: Filters) -> list:
    """WHERE clauses keeping an activity within the days (activities have dates, not times)."""
    return [c for c in (f.date_from and Activity.held_on >= f.date_from,
                        f.date_to and Activity.held_on <= f.date_to) if c is not None]


def status_is(column, value: str) -> list:
    """The WHERE clause for `status=value`, pseudo-states included; none when no value."""
    if not value:
        return []
    return [column.in_(GROUPS[value])] if value in GROUPS else [column == value]


def units_of(unit_id: int):
    """A unit and, for a lead unit, its branches: what "the unit's projects" means."""
    return select(Unit.id).where(or_(Unit.id == unit_id, Unit.parent_id == unit_id))


def project_scope(f: Filters) -> list:
    """WHERE clauses on Project for programme, district and unit."""
    conditions = []
    if f.category:
        programme = select(Category.id).where(Category.number == f.category).scalar_subquery()
        conditions.append(Project.category_id == programme)
    if f.district:
        conditions.append(Project.district == f.district)
    if f.unit:
        conditions.append(Project.unit_id.in_(units_of(f.unit)))
    return conditions


def match_scope(f: Filters) -> list:
    """WHERE clauses on Match, which must be joined to its Project."""
    conditions = project_scope(f) + within(Match.created_at, f.date_from, f.date_to)
    if f.sponsor_kind:
        conditions.append(Match.sponsor.has(kind=SponsorKind(f.sponsor_kind)))
    if f.reached:
        conditions.append(exists().where(MatchEvent.match_id == Match.id, MatchEvent.to_state == f.reached))
    return conditions
