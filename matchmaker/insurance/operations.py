"""Recording insurance cover and finding who served uncovered: the only writer of Insurance."""

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, or_, select

from .. import audit
from ..auth.models import Role, User
from ..errors import Conflict, Forbidden, Invalid
from ..execution.checks import beijing_today
from ..execution.models import Activity, Rating
from ..extensions import db
from ..projects.access import manages
from ..projects.models import Project
from ..service_records.models import Attendance
from ..service_records.queries import admitted_volunteers
from ..validation import check_date, check_id, check_text
from .models import Insurance, InsuredVolunteer

CITY_INSURER = "太原市文明办（市级基本保险）"


def record_cover(actor: User, project: Project, data: dict) -> Insurance:
    """A unit records the project's cover: insurer, policy, period, all admitted or named volunteers."""
    if not manages(actor, project):
        raise Forbidden("只有项目所属单位可以登记保险")
    starts_on = check_date(data.get("starts_on"), "starts_on", "保险起始日期")
    ends_on = check_date(data.get("ends_on"), "ends_on", "保险截止日期")
    if ends_on < starts_on:
        raise Invalid("保险截止日期不能早于起始日期", field="ends_on")
    covers_all = data.get("covers_all", True)
    if not isinstance(covers_all, bool):
        raise Invalid("请选择是否覆盖全部录用志愿者", field="covers_all")
    named = [] if covers_all else named_volunteers(project, data.get("volunteer_ids"))
    cover = Insurance(project_id=project.id, starts_on=starts_on, ends_on=ends_on, covers_all=covers_all,
                      created_by_id=actor.id,
                      insurer=check_text(data.get("insurer"), "insurer", "保险公司", max_len=60),
                      policy_number=check_text(data.get("policy_number"), "policy_number", "保单号", max_len=40))
    cover.named = [InsuredVolunteer(volunteer_id=vid) for vid in named]
    db.session.add(cover)
    db.session.flush()
    audit.record(actor, "insurance.record", cover, project_id=project.id, covers_all=covers_all, named=named)
    db.session.commit()
    return cover


def named_volunteers(project: Project, ids) -> list[int]:
    if not isinstance(ids, list) or not ids:
        raise Invalid("请列出保险覆盖的志愿者", field="volunteer_ids")
    wanted = list(dict.fromkeys(check_id(v, "volunteer_ids", "志愿者编号") for v in ids))
    admitted = admitted_volunteers(project.id, wanted)
    strangers = [v for v in wanted if v not in admitted]
    if strangers:
        raise Invalid(f"志愿者（编号 {', '.join(map(str, strangers))}）未被录用参加本项目", field="volunteer_ids")
    return wanted


def grant_city_cover(actor: User, project: Project) -> Insurance:
    """The office gives an outstanding project the city's basic insurance (二(二)5), once."""
    if actor.role is not Role.office:
        raise Forbidden("只有市文明办可以给予市级基本保险")
    outstanding = db.session.scalar(select(Rating.id).where(Rating.project_id == project.id, Rating.outstanding))
    if outstanding is None:
        raise Conflict("只有评为优秀的项目可以获得市级基本保险", code="not_outstanding")
    if db.session.scalar(select(Insurance.id).where(Insurance.project_id == project.id, Insurance.by_city)):
        raise Conflict("该项目已获得市级基本保险", code="already_insured_by_city")
    today = beijing_today()
    cover = Insurance(project_id=project.id, insurer=CITY_INSURER, policy_number=f"CITY-{today.year}-{project.id}",
                      starts_on=today, ends_on=today + timedelta(days=365), covers_all=True, by_city=True,
                      created_by_id=actor.id)
    db.session.add(cover)
    db.session.flush()
    audit.record(actor, "insurance.city", cover, project_id=project.id)
    db.session.commit()
    return cover


def covers(project_id: int) -> list[Insurance]:
    return db.session.scalars(select(Insurance).where(Insurance.project_id == project_id)
                              .order_by(Insurance.starts_on.desc(), Insurance.id.desc())).all()


@dataclass(frozen=True)
class Uncovered:
    activity: Activity
    people: int  # volunteers recorded at it without cover on its date


def uncovered_activities(*where, limit: int = 200) -> list[Uncovered]:
    """Activities with volunteers no cover of the project named (or covered all) on the day."""
    named = (select(InsuredVolunteer.id)
             .where(InsuredVolunteer.insurance_id == Insurance.id, InsuredVolunteer.volunteer_id == Attendance.volunteer_id)
             .correlate(Insurance, Attendance).exists())
    covering = (select(Insurance.id)
                .where(Insurance.project_id == Activity.project_id, Insurance.starts_on <= Activity.held_on,
                       Insurance.ends_on >= Activity.held_on, or_(Insurance.covers_all, named))
                .correlate(Activity, Attendance).exists())
    rows = db.session.execute(
        select(Activity, func.count(Attendance.id)).join(Attendance, Attendance.activity_id == Activity.id)
        .join(Activity.project).where(~covering, *where).group_by(Activity.id)
        .order_by(Activity.held_on.desc(), Activity.id.desc()).limit(limit)
    ).all()
    return [Uncovered(activity, people) for activity, people in rows]
