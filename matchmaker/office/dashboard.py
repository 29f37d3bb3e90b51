"""数据看板: the office's figures as charts and a league table, and the lists behind them.

Every figure carries the link of its list (`/office/lists/<what>?…`), built from the same
filters that computed it, so a click shows exactly the records counted. The page embeds
the chart data as JSON; static/js/dashboard.js draws it with ECharts from static/.
"""

from datetime import UTC, datetime
from functools import partial

from flask import render_template, request, url_for

from ..auth.access import office_required
from ..extensions import db
from ..matches.steps import STATE_LABELS
from ..models_base import NEED_KIND_LABELS, NeedKind
from ..paging import page_of, paging
from ..projects.models import PROJECT_STATUS_LABELS, ProjectStatus
from ..projects.quantities import yuan
from ..sponsors.models import SPONSOR_KIND_LABELS, SponsorKind
from . import bp, stats
from .filters import BEIJING, CHOICES, Filters, describe, parse_filters
from .listings import LISTINGS, cell_text
from .volunteer_figures import volunteer_figures

PER_PAGE = 50
FUNNEL = (("accepted", "单位接受"), ("approved", "文明办批准"), ("fulfilled", "已到位"))
STOPS = ("submitted", "declined", "withdrawn", "accepted", "rejected", "approved", "cancelled")
DROPS = frozenset({"declined", "withdrawn", "rejected", "cancelled"})  # the rest still wait for someone


@bp.get("/dashboard")
@office_required
def dashboard():
    """The figures of projects, needs, sponsors and matches, with their lists one click away."""
    filters = parse_filters(request.args, "dashboard")
    drill = partial(list_link, filters)
    programmes = stats.programme_figures(filters)
    units = [dict(row) for row in db.session.execute(stats.unit_figures(filters)).mappings()]
    return render_template(
        "office/dashboard.html", filters=filters, drill=drill, totals=totals(programmes, drill),
        league=stats.league(programmes, units), data=chart_data(filters, programmes, drill),
        volunteers=volunteer_figures(),
    )


@bp.get("/lists/<any(projects, needs, matches, contributions, activities, units):what>")
@office_required
def drill_down(what: str):
    """The list behind a figure, filtered as the figure was, a page at a time, with its export."""
    listing, filters = LISTINGS[what], parse_filters(request.args, what)
    statement = listing.statement(filters)
    found = page_of(statement, paging(request.args, PER_PAGE, chosen=False), rows=True, last_page=True)
    return render_template(
        "office/dashboard_list.html", listing=listing, rows=found.items, total=found.total, page=found.page,
        pages=found.pages,
        columns=[c for c in listing.columns if c.on_page], filters=filters, words=describe(filters, what),
        choices=CHOICES[what], cell_text=cell_text, what=what,
    )


def list_link(filters: Filters, what: str, **changes) -> str:
    """The drill-down list of `what` under the page's filters, narrowed by `changes`."""
    return url_for("office.drill_down", what=what, **filters.args(**changes))


def totals(programmes: list[dict], drill) -> list[tuple[str, str, str]]:
    """The headline figures: (label, figure, link)."""
    summed = {name: sum(p[name] for p in programmes) for name in stats.FIGURES}
    return [
        ("项目", f"{summed['projects']:,}", drill("projects")),
        ("已公开项目", f"{summed['public_projects']:,}", drill("projects", status="public")),
        ("认领认捐已批准", f"{summed['live_matches']:,}", drill("matches", status="live")),
        ("其中已到位", f"{summed['fulfilled']:,}", drill("matches", status="fulfilled")),
        ("筹集资金（元）", f"{yuan(summed['money']):,}", drill("contributions", kind="money")),
        ("活动（次）", f"{summed['activities']:,}", drill("activities")),
    ]


# --- what static/js/dashboard.js draws: series whose points carry their list's link ----------

def chart_data(filters: Filters, programmes: list[dict], drill) -> dict:
    numbers = [p["number"] for p in programmes]
    return {
        "programmes": [f"{p['number']} {short_name(p['name'])}" for p in programmes],
        "projects": project_series(filters, numbers, drill),
        "needs": need_series(filters, numbers, drill),
        "sponsors": sponsor_series(filters, drill),
        "funnel": funnel_series(filters, drill),
        "trend": trend_series(filters, drill),
    }


def short_name(name: str) -> str:
    """邻里守望社区志愿服务项目 → 邻里守望社区: the axis of a phone has little room."""
    for suffix in ("志愿服务项目", "行动项目", "项目"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def point(value, link: str, tip: str = "") -> dict:
    return {"value": value, "link": link, **({"tip": tip} if tip else {})}


def project_series(filters: Filters, numbers: list[int], drill) -> list[dict]:
    counts = stats.project_counts(filters)
    return [
        {"name": PROJECT_STATUS_LABELS[status], "data": [
            point(counts.get(n, {}).get(status.value, 0), drill("projects", category=n, status=status.value))
            for n in numbers
        ]}
        for status in ProjectStatus
    ]


def need_series(filters: Filters, numbers: list[int], drill) -> list[dict]:
    met = stats.needs_met(filters)
    series = []
    for kind in stats.CHARTED_NEEDS:
        data = []
        for n in numbers:
            figures = met.get(n, {}).get(kind.value)
            link = drill("needs", category=n, kind=kind.value, status="public")
            data.append(point(round(figures["share"] * 100, 1), link, need_tip(kind, figures))
                        if figures else point(None, link))
        series.append({"name": NEED_KIND_LABELS[kind], "data": data})
    return series


def need_tip(kind: NeedKind, figures: dict) -> str:
    if kind is NeedKind.money:
        return f"资金：已批准 {yuan(figures['approved']):,} 元 / 需求 {yuan(figures['asked']):,} 元"
    if kind is NeedKind.volunteers:
        return f"志愿者：已批准 {figures['approved']:,} 人 / 需求 {figures['asked']:,} 人"
    return f"物资：{figures['needs']} 项需求，平均完成 {figures['share'] * 100:.0f}%"


def sponsor_series(filters: Filters, drill) -> dict:
    by_kind = stats.contributions_by_sponsor_kind(filters)
    empty = {"matches": 0, "money": 0}
    return {
        "kinds": [SPONSOR_KIND_LABELS[k] for k in SponsorKind],
        "matches": [point(by_kind.get(k.value, empty)["matches"], drill("contributions", sponsor_kind=k.value))
                    for k in SponsorKind],
        "money": [point(yuan(by_kind.get(k.value, empty)["money"]),
                        drill("contributions", sponsor_kind=k.value, kind="money")) for k in SponsorKind],
    }


def funnel_series(filters: Filters, drill) -> dict:
    figures = stats.funnel(filters)
    reached, now = figures["reached"], figures["now"]
    stages = [{"name": "提交认领认捐", **point(sum(now.values()), drill("matches"))}]
    stages += [{"name": label, **point(reached.get(state, 0), drill("matches", reached=state))}
               for state, label in FUNNEL]
    stops = [{"name": STATE_LABELS[state], "dropped": state in DROPS,
              **point(now.get(state, 0), drill("matches", status=state))} for state in STOPS]
    return {"stages": stages, "stops": stops}


def trend_series(filters: Filters, drill) -> dict:
    today = (datetime.now(UTC) + BEIJING).date()
    figures = stats.trend(filters, today)
    months = figures["months"]

    def series(name: str, key: str, what: str, **changes) -> dict:
        return {"name": name, "data": [
            point(figures[key][i], drill(what, date_from=m.first, date_to=m.last, **changes))
            for i, m in enumerate(months)
        ]}

    return {
        "months": [m.label for m in months],
        "series": [
            series("新建项目", "projects", "projects"),
            series("提交认领认捐", "matches", "matches"),
            series("其中获批准", "approved", "matches", reached="approved"),
            series("其中已到位", "fulfilled", "matches", reached="fulfilled"),
        ],
    }
