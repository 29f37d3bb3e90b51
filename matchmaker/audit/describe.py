"""The audit log as people read it: Chinese labels for every action and detail, changes as
field: before → after, and quantities as people write them (money in 元 with thousands
separated, goods in their units, hours in 小时). Rows are stored with plain codes and stored
numbers (money in fen); only their reading is here."""

from decimal import Decimal, InvalidOperation

from ..collaborations.steps import ASK_LABELS
from ..collaborations.steps import STATE_LABELS as COLLABORATION_STATES
from ..matches.steps import STATE_LABELS as MATCH_STATES
from ..models_base import NEED_KIND_LABELS, NeedKind
from ..projects.models import PROJECT_STATUS_LABELS
from ..projects.quantities import written

ACTION_LABELS = {
    "user.create": "开通账号", "user.register": "爱心注册", "user.activate": "启用账号",
    "user.deactivate": "停用账号", "user.password_reset": "重置密码", "user.password_change": "修改密码",
    "user.email": "设置通知邮箱",
    "session.open.web": "登录网页", "session.open.api": "获取接口令牌",
    "session.close.web": "退出登录", "session.close.api": "注销接口令牌", "session.refused": "登录失败",
    "unit.create": "新增单位", "profile.update": "更新爱心档案",
    "project.create": "创建项目", "project.update": "修改项目", "project.submit": "提交项目审核",
    "project.publish": "审核发布项目", "project.return": "退回项目", "project.close": "关闭项目",
    "project.complete": "项目完成（提交总结）", "project.rate": "评星定级",
    "match.submit": "提交认领认捐", "match.accept": "接受对接", "match.decline": "婉拒对接",
    "match.approve": "批准对接", "match.reject": "不予批准对接", "match.withdraw": "撤回对接",
    "match.fulfil": "确认到位", "match.cancel": "取消对接",
    "activity.record": "记录活动", "activity.photo": "上传活动照片",
    "report.progress": "上报进展", "report.difficulty": "上报困难", "report.answer": "答复上报",
    "report.overdue": "上报逾期提醒", "summary.submit": "提交项目总结",
    "collaboration.request": "发起交叉合作", "collaboration.accept": "接受合作", "collaboration.decline": "婉拒合作",
    "collaboration.withdraw": "撤回合作", "collaboration.done": "确认合作完成", "collaboration.close": "文明办关闭合作",
    "collaboration.remind": "合作催办",
    "export.projects": "导出项目", "export.needs": "导出需求", "export.matches": "导出对接",
    "export.contributions": "导出爱心贡献", "export.activities": "导出活动记录", "export.units": "导出单位",
    "export.scorecards": "导出单位考核",
    "export.volunteer_hours": "导出志愿者服务时长", "mail.resend": "重发邮件", "project.cover": "上传项目封面",
    "volunteer.register": "志愿者注册", "volunteer.update": "更新志愿者档案", "volunteer.close": "注销志愿者账号",
    "recruitment.open": "发布招募", "recruitment.close": "关闭招募",
    "signup.apply": "报名", "signup.admit": "录用", "signup.decline": "不予录用", "signup.withdraw": "撤回报名",
    "attendance.record": "登记服务时长", "training.record": "记录培训", "training.attendees": "登记参训人员",
    "training.require": "设置招募的培训要求",
    "incentive.post": "发布激励回馈", "incentive.take": "领取激励", "incentive.redeem": "核销激励码",
    "insurance.record": "登记保险", "insurance.city": "赠送市级基础保险",
}

# The names of the details operations write, and of the project fields an edit changes.
DETAIL_LABELS = {
    "title": "项目名称", "category": "项目类别", "service_target": "服务对象", "service_type": "服务类型",
    "service_hours": "服务时长（小时）", "volunteers_needed": "志愿者人数", "funding": "项目资金保障",
    "sessions_planned": "开展次数", "district": "所在区县", "start_on": "开始日期", "end_on": "结束日期",
    "description": "项目简介", "contact_name": "联系人", "contact_phone": "联系电话", "needs": "资源需求",
    "state": "状态", "reason": "理由", "stars": "星级", "outstanding": "优秀项目", "before": "原评定",
    "quantity": "数量", "kind": "类型", "role": "角色", "unit": "单位", "name": "名称", "email": "邮箱",
    "username": "用户名", "created": "新建", "offers": "爱心资源项数", "project_id": "项目编号",
    "activity_id": "活动编号", "size": "大小（字节）", "held_on": "活动日期", "to_unit_id": "受邀单位编号",
    "ask": "合作方式", "due_on": "答复期限", "days": "逾期天数", "filters": "筛选条件", "year": "年度",
    "changes": "修改", "fields": "修改的栏目", "told": "已通知",
    "min_stars": "最低星级", "min_hours": "最低服务时长", "places": "招募人数", "incentive_id": "激励编号",
    "recruitment_id": "招募编号", "training_id": "培训编号", "topic": "培训主题", "added": "新增参训志愿者编号",
    "covers_all": "覆盖全部录用志愿者", "named": "投保志愿者编号", "to": "收件邮箱", "parent": "上级单位",
}

# Counts an action writes as plain numbers, and what they count ("30 份").
COUNTED = {
    "incentive.post": {"quantity": "份", "min_stars": "星", "min_hours": "小时"},
    "recruitment.open": {"places": "人"},
}
NO_MINIMUM = {"min_stars", "min_hours"}  # 0 asks nothing of the volunteer

# What a pledge's quantity is measured in: the need's kind and unit (money is stored in fen).
Measure = tuple[NeedKind, str]

# Each record's own words for its states, by the action's first part ("project.publish").
STATE_LABELS = {"project": {s.value: label for s, label in PROJECT_STATUS_LABELS.items()}, "match": MATCH_STATES,
                "collaboration": COLLABORATION_STATES}
VALUE_LABELS = {"kind": {**{k.value: v for k, v in NEED_KIND_LABELS.items()}, "claim": "认领", "pledge": "认捐"},
                "ask": ASK_LABELS}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def shown(value) -> str:
    if value is True:
        return "是"
    if value is False:
        return "否"
    if value in (None, ""):
        return "（空）"
    if isinstance(value, list):
        return "、".join(shown(v) for v in value) or "（无）"
    if isinstance(value, dict):
        return "，".join(f"{DETAIL_LABELS.get(k, k)}={shown(v)}" for k, v in value.items())
    return str(value)


def number(value) -> str | None:
    """A stored count or hours with thousands separated ("1,200", "2.5"); None if not a number."""
    try:
        found = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return f"{found:,}" if found.is_finite() and not isinstance(value, bool) else None


def counted(key: str, value, unit: str) -> str:
    figure = number(value)
    if figure is None:
        return shown(value)
    if key in NO_MINIMUM and Decimal(str(value)) == 0:
        return "不限"
    return f"{figure} {unit}"


def quantity(value, measure: Measure | None) -> str:
    """A pledge's quantity in its need's unit: fen become 元 with thousands separated."""
    if measure is None or not isinstance(value, int) or isinstance(value, bool):
        return shown(value)
    kind, unit = measure
    return f"{written(kind, value)} {unit}"


def hours(value, missing: str) -> str:
    return f"{value} 小时" if value not in (None, "") else missing


def attendance_lines(changes: list) -> list[tuple[str, str]]:
    """A recording's changes, one line per volunteer: hours before → after."""
    return [(f"志愿者 #{change.get('volunteer_id')}",
             f"{hours(change.get('before'), '未登记')} → {hours(change.get('after'), '已移除')}")
            for change in changes if isinstance(change, dict)]


def describe(detail: dict | None, action: str = "", measure: Measure | None = None) -> list[tuple[str, str]]:
    """(label, text) pairs of an entry's details, in Chinese; a change as before → after.
    `measure`: the kind and unit of the pledge's need, for a match entry's quantity."""
    detail = dict(detail or {})
    lines = []
    if "from_state" in detail or "to_state" in detail:
        states = STATE_LABELS.get(action.partition(".")[0], {})
        before, after = detail.pop("from_state", None), detail.pop("to_state", None)
        lines.append(("状态", f"{states.get(before, before or '—')} → {states.get(after, after)}"))
    changes = detail.pop("changes", None) or {}
    if isinstance(changes, list):  # attendance.record: a list of volunteers' hours
        lines.extend(attendance_lines(changes))
    else:
        for field, (before, after) in changes.items():
            lines.append((DETAIL_LABELS.get(field, field), f"{shown(before)} → {shown(after)}"))
    units = COUNTED.get(action, {})
    for key, value in detail.items():
        if value in (None, "", [], {}):
            continue
        label = DETAIL_LABELS.get(key, key)
        if key in units:
            lines.append((label, counted(key, value, units[key])))
            continue
        if key == "quantity" and action.startswith("match."):
            lines.append((label, quantity(value, measure)))
            continue
        if key == "fields" and isinstance(value, list):
            value = [DETAIL_LABELS.get(v, v) for v in value]
        elif key in VALUE_LABELS and isinstance(value, str):
            value = VALUE_LABELS[key].get(value, value)
        lines.append((label, shown(value)))
    return lines
