"""What every template may use: labels for enums and the menu of the signed-in role."""

from flask import Flask, current_app
from flask_login import current_user

from . import idempotency
from .auth.models import ROLE_LABELS, Role
from .catalog.programmes import PROGRAMMES
from .models_base import DISTRICTS, NEED_KIND_LABELS
from .notifications.views import unread_count
from .sponsors.models import SPONSOR_KIND_LABELS

# The menu: (endpoint, label, who sees it). None means everyone. Entries whose endpoint
# does not exist (a part not built yet) are left out.
NAV = (
    ("catalog.home", "首页", None),
    ("projects.index", "项目大厅", None),
    ("workspace.home", "工作台", {Role.unit, Role.office, Role.sponsor}),
    ("projects.mine", "本单位项目", {Role.unit}),
    ("office.users", "账号管理", {Role.office}),
    ("sponsors.profile", "我的爱心档案", {Role.sponsor}),
    ("matches.index", "我的对接", {Role.sponsor}),
    ("matches.index", "认领认捐", {Role.unit}),
    ("matches.index", "全部对接", {Role.office}),
    ("office.queue", "待办审批", {Role.office}),
    ("office.dashboard", "数据看板", {Role.office}),
    ("office.audit", "审计日志", {Role.office}),
    ("office.units", "单位管理", {Role.office}),
    ("office.mail", "邮件发送", {Role.office}),
    ("collaborations.index", "交叉合作", {Role.unit, Role.office}),
    ("execution.unit_page", "项目执行", {Role.unit}),
    ("execution.office_page", "执行监督", {Role.office}),
    ("execution.my_statement", "捐赠证明", {Role.sponsor}),
    ("incentives.posted", "激励回馈", {Role.sponsor}),
    ("trainings.index", "教育培训", {Role.unit}),
    ("service_records.my_hours", "服务记录", {Role.volunteer}),
    ("incentives.index", "激励回馈", {Role.volunteer}),
    ("execution.outstanding", "志愿成效", None),
    ("volunteers.recruitments", "志愿者招募", None),
    ("volunteers.home", "我的报名", {Role.volunteer}),
    ("volunteers.profile", "志愿者档案", {Role.volunteer}),
    ("volunteers.unit_signups", "志愿者报名", {Role.unit}),
)


def nav_items() -> list[tuple[str, str]]:
    role = current_user.role if current_user.is_authenticated else None
    return [
        (endpoint, label)
        for endpoint, label, roles in NAV
        if endpoint in current_app.view_functions and (roles is None or role in roles)
    ]


def pages_around(page: int, pages: int, reach: int = 2) -> list[int]:
    """The page links a pager shows: the first, the last, and `reach` either side of this one.
    (Computed here: the catalogue has hundreds of pages, and a template loop over all of them
    cost more than the rest of the page.)"""
    middle = range(max(1, page - reach), min(pages, page + reach) + 1)
    return sorted({1, pages, *middle}) if pages > 1 else []


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
