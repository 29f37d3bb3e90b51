"""Racing hours for one volunteer's day against a real gunicorn with four workers: two units
recording the same person for the same day at the same instant never take them past 24 hours,
and the recordings that would are refused with `over_a_day`."""

from collections import Counter
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from matchmaker.execution.models import Activity
from matchmaker.extensions import db
from matchmaker.service_records.models import Attendance

from .. import factories
from .. import records_data as rd
from ..test_execution_helpers import TODAY, running_project
from .conftest import race

ACTIVITIES_PER_UNIT = 20
HOURS = 3  # 24 / 3: exactly 8 recordings fit in the day, whichever come first
DAY = TODAY - timedelta(days=10)


def day_of(app, profile_id: int) -> tuple[Decimal, int]:
    """The volunteer's recorded hours and records on the raced day."""
    with app.app_context():
        hours, records = db.session.execute(
            select(func.coalesce(func.sum(Attendance.hours), 0), func.count(Attendance.id))
            .join(Attendance.activity).where(Attendance.volunteer_id == profile_id, Activity.held_on == DAY)
        ).one()
        return Decimal(hours), records



def units_with_activities(app, person) -> list[tuple[str, int]]:
    """Two units, each with a project the person was admitted to and activities on DAY:
    (token, activity id) for each activity."""
    calls = []
    for name in ("市民政局", "团市委"):
        unit = factories.make_user(app, "unit", unit=name)
        project_id = running_project(app, unit, title=f"{name}的服务项目")
        rd.admit(app, project_id, person)
        for number in range(ACTIVITIES_PER_UNIT):
            calls.append((unit, rd.activity(app, unit, project_id, held_on=DAY, place=f"第{number}服务点")))
    return calls


def test_two_units_racing_one_volunteers_day_never_pass_24_hours(app, live_server):
    person = rd.volunteer(app, "王安妮")
    activities = units_with_activities(app, person)
    tokens = {unit.id: live_server.token(unit) for unit, _ in activities}
    body = {"records": [{"volunteer_id": person.profile_id, "hours": HOURS}]}

    answers = race(
        (lambda unit=unit, activity_id=activity_id: live_server.call(
            "POST", f"/api/v1/activities/{activity_id}/attendance", tokens[unit.id], json=body))
        for unit, activity_id in activities
    )

    fit = 24 // HOURS
    statuses = Counter(answer.status for answer in answers)
    assert statuses == {200: fit, 422: len(activities) - fit}, (statuses, live_server.log_tail())
    refusals = [a.body["error"] for a in answers if a.status == 422]
    assert {refusal["code"] for refusal in refusals} == {"over_a_day"}
    assert all("超过每天 24 小时" in refusal["message"] for refusal in refusals)
    assert day_of(app, person.profile_id) == (Decimal(24), fit)


def test_one_activity_recorded_at_once_keeps_one_record(app, live_server):
    """The same activity's list sent many times at once (a unit's double clicks, its lead unit
    beside it) leaves one record per person and the activity's sums equal to it."""
    person = rd.volunteer(app, "赵博文")
    unit = factories.make_user(app, "unit")
    project_id = running_project(app, unit)
    rd.admit(app, project_id, person)
    activity_id = rd.activity(app, unit, project_id, held_on=DAY)
    token = live_server.token(unit)

    answers = race(
        (lambda hours=hours: live_server.call(
            "POST", f"/api/v1/activities/{activity_id}/attendance", token,
            json={"records": [{"volunteer_id": person.profile_id, "hours": hours}]}))
        for hours in [2, 4, 6, 8] * 5
    )

    assert Counter(a.status for a in answers) == {200: 20}, live_server.log_tail()
    hours, records = day_of(app, person.profile_id)
    assert records == 1 and hours in {2, 4, 6, 8}
    with app.app_context():
        assert db.session.get(Activity, activity_id).volunteers == 1
        assert db.session.get(Activity, activity_id).volunteer_hours == hours
