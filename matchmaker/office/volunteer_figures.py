"""The volunteers' side of the dashboard (notice 二(二)1): recruitment, service hours and
insurance, in one query per figure, each linked to where it is seen in full."""

from dataclasses import dataclass

from flask import url_for
from sqlalchemy import distinct, func, select

from ..execution.checks import beijing_today
from ..extensions import db
from ..insurance.models import Insurance
from ..insurance.operations import uncovered_activities
from ..service_records.models import Attendance
from ..volunteers.models import Recruitment, RecruitmentState, Signup, VolunteerProfile


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    link: str | None


def volunteer_figures() -> list[Figure]:
    today = beijing_today()
    open_calls = select(func.count(), func.coalesce(func.sum(Recruitment.places - Recruitment.admitted), 0)).where(
        Recruitment.state == RecruitmentState.open, Recruitment.signup_until >= today)
    calls, places_left = db.session.execute(open_calls).one()
    admitted = db.session.scalar(select(func.coalesce(func.sum(Recruitment.admitted), 0)))
    signups = db.session.scalar(select(func.count(Signup.id)))
    people = db.session.scalar(select(func.count(VolunteerProfile.id)).where(VolunteerProfile.closed_at.is_(None)))
    hours = db.session.scalar(select(func.coalesce(func.sum(Attendance.hours), 0)))
    insured = db.session.scalar(select(func.count(distinct(Insurance.project_id))))
    uncovered = len(uncovered_activities(limit=10_000))
    volunteers_page = url_for("office.volunteers_page")
    return [
        Figure("正在招募", f"{calls:,}", url_for("volunteers.recruitments")),
        Figure("尚余名额", f"{int(places_left):,}", url_for("volunteers.recruitments")),
        Figure("报名（人次）", f"{signups:,}", None),
        Figure("已录用（人次）", f"{int(admitted):,}", None),
        Figure("注册志愿者", f"{people:,}", volunteers_page),
        Figure("确认服务时长（小时）", f"{hours:,}", volunteers_page),
        Figure("已投保项目", f"{insured:,}", None),
        Figure("未覆盖保险的活动", f"{uncovered:,}", url_for("office.queue")),
    ]
