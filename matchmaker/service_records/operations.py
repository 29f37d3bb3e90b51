"""Recording who served at an activity and for how long: the only writer of Attendance.

One call takes the unit's whole list for an activity: new people are added, changed hours
are corrections (audited before → after), hours 0 takes a person off the list. The
activity's head count and hours then become the sums of its records, so every total built
on activities (project pages, scorecards, programme figures) counts the confirmed hours.
"""

from decimal import Decimal

from sqlalchemy import func, select, update

from .. import audit
from ..auth.models import User
from ..errors import Invalid
from ..execution.checks import MAX_HOURS_PER_VOLUNTEER, check_hours
from ..execution.models import Activity
from ..execution.operations import check_running
from ..extensions import db
from ..notifications import notify
from ..validation import check_id
from ..volunteers.models import VolunteerProfile
from .levels import level_for
from .models import Attendance
from .queries import admitted_volunteers, total_hours

MAX_RECORDS = 500  # one activity's list; larger events are recorded in several calls


def record_attendance(actor: User, activity: Activity, data: dict) -> list[Attendance]:
    """Set the hours of the volunteers listed for this activity; refuse the whole list on any error."""
    check_running(actor, activity.project, "登记志愿者服务时长")
    wanted = clean_records(data.get("records"))
    lock_volunteers(list(wanted))
    people = check_admitted(activity, wanted)
    check_day_limit(activity, wanted, people)
    existing = {row.volunteer_id: row for row in db.session.scalars(
        select(Attendance).where(Attendance.activity_id == activity.id)
        .execution_options(populate_existing=True))}  # as they are now, not as a page read them before the lock
    levels_before = {vid: level_for(total_hours(vid)) for vid in wanted}
    changes = apply(actor, activity, wanted, existing)
    if not changes:
        return list(existing.values())
    db.session.flush()
    resum(activity)
    audit.record(actor, "attendance.record", activity, project_id=activity.project_id, changes=changes)
    tell_new_levels(activity, people, levels_before)
    db.session.commit()
    return db.session.scalars(select(Attendance).where(Attendance.activity_id == activity.id)
                              .order_by(Attendance.id)).all()


def clean_records(records) -> dict[int, Decimal]:
    """{volunteer id: hours} from [{"volunteer_id", "hours"}], each checked."""
    if not isinstance(records, list) or not records:
        raise Invalid("请至少填写一名志愿者的服务时长", field="records")
    if len(records) > MAX_RECORDS:
        raise Invalid(f"一次最多登记 {MAX_RECORDS} 名志愿者", field="records")
    wanted: dict[int, Decimal] = {}
    for record in records:
        if not isinstance(record, dict):
            raise Invalid("每条记录应包含 volunteer_id 和 hours", field="records")
        volunteer_id = check_id(record.get("volunteer_id"), "volunteer_id", "志愿者编号")
        hours = check_hours(record.get("hours"), "hours", "服务时长（小时）", high=24)
        if hours > MAX_HOURS_PER_VOLUNTEER:
            raise Invalid(f"一名志愿者一次活动的服务时长不能超过 {MAX_HOURS_PER_VOLUNTEER} 小时", field="hours")
        if volunteer_id in wanted:
            raise Invalid("同一名志愿者在列表中出现了两次", field="records")
        wanted[volunteer_id] = hours
    return wanted


def lock_volunteers(volunteer_ids: list[int]) -> None:
    """Hold the listed volunteers until this transaction ends, before their day is summed.

    The day's limit is a sum over every activity, so no single row can guard it: two units
    recording one person at the same instant would each read the day without the other's
    hours. Whoever records a volunteer takes that volunteer's row first, so the second waits
    for the first to commit and then sums a day that includes it. PostgreSQL locks the rows
    (FOR NO KEY UPDATE, in id order so that two lists never wait on each other); SQLite has no
    row locks but one writer at a time, and a writer takes its turn at its first write
    (database.WritersTakeTurns), so there the lock is a write that changes nothing.
    """
    ids = sorted(volunteer_ids)
    if db.session.get_bind().dialect.name == "sqlite":
        db.session.execute(update(VolunteerProfile).where(VolunteerProfile.id.in_(ids))
                           .values(updated_at=VolunteerProfile.updated_at)
                           .execution_options(synchronize_session=False))
    else:
        db.session.execute(select(VolunteerProfile.id).where(VolunteerProfile.id.in_(ids))
                           .order_by(VolunteerProfile.id).with_for_update(key_share=True))


def check_admitted(activity: Activity, wanted: dict[int, Decimal]) -> dict:
    """Only volunteers admitted to one of the project's recruitments may have hours on it."""
    people = admitted_volunteers(activity.project_id, list(wanted))
    strangers = [vid for vid, hours in wanted.items() if vid not in people and hours > 0]
    if strangers:
        raise Invalid(f"志愿者（编号 {', '.join(map(str, strangers))}）未被录用参加本项目，不能登记服务时长",
                      field="volunteer_id", code="not_admitted")
    return people


def check_day_limit(activity: Activity, wanted: dict[int, Decimal], people: dict) -> None:
    """Nobody serves more than 24 hours in a calendar day, across every activity of every project."""
    elsewhere = dict(db.session.execute(
        select(Attendance.volunteer_id, func.sum(Attendance.hours)).join(Attendance.activity)
        .where(Activity.held_on == activity.held_on, Attendance.activity_id != activity.id,
               Attendance.volunteer_id.in_(list(wanted)))
        .group_by(Attendance.volunteer_id)
    ).all())
    for vid, hours in wanted.items():
        before = Decimal(elsewhere.get(vid) or 0)
        if hours > 0 and before + hours > MAX_HOURS_PER_VOLUNTEER:
            raise Invalid(
                f"{people[vid].name}在 {activity.held_on} 已登记 {before} 小时，再登记 {hours} 小时将超过"
                f"每天 {MAX_HOURS_PER_VOLUNTEER} 小时", field="hours", code="over_a_day")


def apply(actor: User, activity: Activity, wanted: dict[int, Decimal], existing: dict[int, Attendance]) -> list:
    """Add, correct or remove each listed record; the changes as the audit log keeps them."""
    changes = []
    for vid, hours in wanted.items():
        row = existing.get(vid)
        before = row.hours if row is not None else None
        if hours == 0 and row is not None:
            db.session.delete(row)
        elif hours > 0 and row is None:
            db.session.add(Attendance(activity_id=activity.id, volunteer_id=vid, hours=hours, recorded_by_id=actor.id))
        elif hours > 0 and row.hours != hours:
            row.hours, row.recorded_by_id = hours, actor.id
        else:
            continue
        changes.append({"volunteer_id": vid, "before": None if before is None else f"{before:.1f}",
                        "after": f"{hours:.1f}" if hours > 0 else None})
    return changes


def resum(activity: Activity) -> None:
    """The activity's head count and hours become the sums of its records (one statement)."""
    mine = Attendance.activity_id == activity.id
    db.session.execute(
        update(Activity).where(Activity.id == activity.id).values(
            volunteers=select(func.count(Attendance.id)).where(mine).scalar_subquery(),
            volunteer_hours=select(func.coalesce(func.sum(Attendance.hours), 0)).where(mine).scalar_subquery(),
        ).execution_options(synchronize_session=False)
    )
    db.session.expire(activity, ["volunteers", "volunteer_hours"])


def tell_new_levels(activity: Activity, people: dict, before: dict) -> None:
    """A volunteer whose hours reach a new star level is told so."""
    for vid, level in before.items():
        now = level_for(total_hours(vid))
        if now.stars > level.stars and vid in people:
            notify([people[vid].user], f"恭喜！您的志愿服务时长已达到 {now.hours} 小时，获评“{now.label}”",
                   "/me/hours")
