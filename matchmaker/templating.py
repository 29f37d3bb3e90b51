"""What every template may use: labels for enums and the menu of the signed-in role."""

from datetime import UTC, date, datetime, timedelta

from flask import Flask, current_app
from flask_login import current_user

from . import idempotency
from .auth.models import ROLE_LABELS, Role
from .catalog.programmes import PROGRAMMES
from .models_base import DISTRICTS, NEED_KIND_LABELS
from .notifications.views import unread_count
from .sponsors.models import SPONSOR_KIND_LABELS

# The menu: (endpoint, label, who sees it, group). None means everyone. Entries whose endpoint
# does not exist (a part not built yet) are left out. Entries of one group fold into a
# dropdown named after it, so the office's dozen entries fit one line at 1366 px.
NAV = (
    ("catalog.home", "首页", None, None),
    ("projects.index", "项目大厅", None, None),
    ("volunteers.recruitments", "志愿者招募", None, None),
    ("workspace.home", "工作台", {Role.unit, Role.office, Role.sponsor}, None),
    ("projects.mine", "本单位项目", {Role.unit}, None),
    ("sponsors.profile", "我的爱心档案", {Role.sponsor}, None),
    ("matches.index", "我的对接", {Role.sponsor}, None),
    ("matches.index", "认领认捐", {Role.unit}, None),
    ("office.queue", "待办审批", {Role.office}, None),
    ("office.dashboard", "数据看板", {Role.office}, None),
    ("matches.index", "全部对接", {Role.office}, "对接与执行"),
    ("collaborations.index", "交叉合作", {Role.office}, "对接与执行"),
    ("execution.office_page", "执行监督", {Role.office}, "对接与执行"),
    ("execution.scorecards", "单位考核", {Role.office}, "对接与执行"),
    ("collaborations.index", "交叉合作", {Role.unit}, None),
    ("execution.unit_page", "项目执行", {Role.unit}, None),
    ("volunteers.unit_signups", "志愿者报名", {Role.unit}, "志愿者"),
    ("trainings.index", "教育培训", {Role.unit}, "志愿者"),
    ("execution.my_statement", "捐赠证明", {Role.sponsor}, None),
    ("incentives.posted", "激励回馈", {Role.sponsor}, None),
    ("volunteers.home", "我的报名", {Role.volunteer}, None),
    ("service_records.my_hours", "服务记录", {Role.volunteer}, None),
    ("incentives.index", "激励回馈", {Role.volunteer}, None),
    ("volunteers.profile", "志愿者档案", {Role.volunteer}, None),
    ("office.units", "单位管理", {Role.office}, "管理"),
    ("office.users", "账号管理", {Role.office}, "管理"),
    ("office.audit", "审计日志", {Role.office}, "管理"),
    ("office.mail", "邮件发送", {Role.office}, "管理"),
    ("execution.outstanding", "志愿成效", None, None),
)


def nav_items() -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    """The signed-in role's menu as (label, endpoint, entries): an entry has an endpoint and
    no entries; a group has entries (endpoint, label) and no endpoint."""
    role = current_user.role if current_user.is_authenticated else None
    items, groups = [], {}
    for endpoint, label, roles, group in NAV:
        if endpoint not in current_app.view_functions or (roles is not None and role not in roles):
            continue
        if group is None:
            items.append((label, endpoint, []))
        elif group in groups:
            groups[group].append((endpoint, label))
        else:
            groups[group] = [(endpoint, label)]
            items.append((group, None, groups[group]))
    return items


def pages_around(page: int, pages: int, reach: int = 2) -> list[int]:
    """The page links a pager shows: the first, the last, and `reach` either side of this one.
    (Computed here: the catalogue has hundreds of pages, and a template loop over all of them
    cost more than the rest of the page.)"""
    middle = range(max(1, page - reach), min(pages, page + reach) + 1)
    return sorted({1, pages, *middle}) if pages > 1 else []


BEIJING = timedelta(hours=8)  # deadlines are Taiyuan's calendar days


def today() -> date:
    return (datetime.now(UTC) + BEIJING).date()


def project_progress(project) -> int:
    """How far a project's needs are met, 0-100: the mean of each need's approved share."""
    if not project.needs:
        return 0
    shares = [min(1, need.approved_quantity / need.quantity) for need in project.needs if need.quantity]
    return int(100 * sum(shares) / len(shares)) if shares else 0


def zip_cells(names, *columns) -> list[tuple]:
    """Rows of a chart's table (office/dashboard.html): each name with its point in every
    series; a point is a dict with its value and, when it has one, the link behind it."""
    names = list(names)
    return [(name, [column[i] for column in columns]) for i, name in enumerate(names)]


# The filter forms' fixed lists, as (value, label) pairs (templates/_filters.html).
PROGRAMME_CHOICES = tuple((number, f"{number}. {name}") for number, name, _ in PROGRAMMES)
DISTRICT_CHOICES = tuple((name, name) for name in DISTRICTS)


def compile_all(app: Flask) -> None:
    """Compile every template in the gunicorn master (--preload), before the workers fork.

    Each worker would otherwise compile a template the first time it shows it: after a
    restart, the first visitors of each worker wait for that (a project page's first
    rendering took 62 ms instead of 26). Compiled here, the workers share them.
    """
    for name in app.jinja_env.list_templates(extensions=["html"]):
        app.jinja_env.get_template(name)


def register(app: Flask) -> None:
    app.add_template_global(pages_around)
    app.add_template_global(idempotency.new_key, "form_key")  # page forms that create something
    app.add_template_filter(zip_cells)
    app.add_template_global(today)
    app.add_template_global(project_progress)
    app.add_template_global(PROGRAMME_CHOICES, "PROGRAMME_CHOICES")
    app.add_template_global(DISTRICT_CHOICES, "DISTRICT_CHOICES")

    @app.context_processor
    def globals_for_templates():
        return {
            "Role": Role,
            "ROLE_LABELS": ROLE_LABELS,
            "NEED_KIND_LABELS": NEED_KIND_LABELS,
            "SPONSOR_KIND_LABELS": SPONSOR_KIND_LABELS,
            "me": current_user,
            "nav_items": nav_items,
            "unread_count": lambda: unread_count(current_user),  # the bell; asked only when shown
        }
