"""Checks of what a unit reports about an activity, in the project's own terms."""

from datetime import date, timedelta
from decimal import Decimal

from ..errors import Invalid
from ..models_base import utcnow
from ..projects.models import Project
from ..validation import check_date, check_int, check_text, plain_decimal

BEIJING = timedelta(hours=8)  # stored times are naive UTC; Taiyuan keeps one zone, no DST
# An activity is recorded per day, so nobody can have served more than a day's hours in it.
MAX_HOURS_PER_VOLUNTEER = 24
MAX_VOLUNTEERS = 100_000


def beijing_today() -> date:
    return (utcnow() + BEIJING).date()


def check_hours(value, field: str, label: str, *, high: int) -> Decimal:
    """A number of hours, not negative, to one decimal place (志愿服务时长 1.5 小时)."""
    hours = plain_decimal(value, field, label, high=Decimal(high))
    if hours < 0:
        raise Invalid(f"{label}不能为负数", field=field)
    if hours != hours.quantize(Decimal("0.1")):
        raise Invalid(f"{label}最多保留一位小数", field=field)
    return hours


def check_held_on(value, project: Project) -> date:
    held_on = check_date(value, "held_on", "活动日期")
    if held_on > beijing_today():
        raise Invalid("活动日期不能晚于今天", field="held_on")
    if not project.start_on <= held_on <= project.end_on:
        raise Invalid(f"活动日期应在项目期间（{project.start_on} 至 {project.end_on}）内", field="held_on")
    return held_on


def clean_activity(data: dict, project: Project) -> dict:
    """The checked fields of an activity record; refuses what the day could not hold."""
    volunteers = check_int(data.get("volunteers"), "volunteers", "参与志愿者人数", low=1, high=MAX_VOLUNTEERS)
    # Bounded before it is rounded or multiplied: 1e30 hours once crashed the rounding.
    hours = check_hours(data.get("volunteer_hours"), "volunteer_hours", "志愿服务总时长（小时）",
                        high=MAX_VOLUNTEERS * MAX_HOURS_PER_VOLUNTEER)
    if hours > volunteers * MAX_HOURS_PER_VOLUNTEER:
        raise Invalid(
            f"志愿服务总时长不能超过 参与人数 × {MAX_HOURS_PER_VOLUNTEER} 小时"
            f"（{volunteers} 人最多 {volunteers * MAX_HOURS_PER_VOLUNTEER} 小时）",
            field="volunteer_hours",
        )
    return {
        "held_on": check_held_on(data.get("held_on"), project),
        "place": check_text(data.get("place"), "place", "活动地点", max_len=100),
        "volunteers": volunteers,
        "volunteer_hours": hours,
        "people_served": check_int(data.get("people_served"), "people_served", "服务人次", high=10_000_000),
        "notes": check_text(data.get("notes"), "notes", "活动情况", max_len=2000, required=False),
    }
