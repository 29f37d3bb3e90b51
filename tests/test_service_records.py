"""Attendance and hours (活动记录), star levels (评星定级) and the volunteer's own record, over
the API and the pages: who may record and read, what is refused, how totals follow."""

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from matchmaker.audit.models import AuditEntry
from matchmaker.execution.models import Activity
from matchmaker.extensions import db
from matchmaker.service_records.levels import STAR_LEVELS, level_for, next_level
from matchmaker.service_records.models import Attendance
from matchmaker.volunteers.models import VolunteerProfile

from . import records_data as rd
from .test_execution_helpers import TODAY, count, error, notices, running_project


@pytest.fixture
def world(app, api_as):
    unit = api_as("unit")
    project_id = running_project(app, unit.user)
    ann, bob = rd.volunteer(app, "王安妮"), rd.volunteer(app, "赵博文")
    rd.admit(app, project_id, ann)
    rd.admit(app, project_id, bob)
    return type("World", (), {"unit": unit, "project_id": project_id, "ann": ann, "bob": bob,
                              "activity_id": rd.activity(app, unit.user, project_id)})


def attend(client, activity_id, *records):
    body = {"records": [{"volunteer_id": v, "hours": h} for v, h in records]}
    return client.post(f"/api/v1/activities/{activity_id}/attendance", json=body)


def activity_figures(app, activity_id):
    with app.app_context():
        activity = db.session.get(Activity, activity_id)
        return activity.volunteers, activity.volunteer_hours


def test_star_levels_follow_the_national_thresholds():
    assert [(lv.label, lv.hours) for lv in STAR_LEVELS] == [
        ("一星志愿者", 100), ("二星志愿者", 300), ("三星志愿者", 600), ("四星志愿者", 1000), ("五星志愿者", 1500)]
    assert level_for(Decimal("99.9")).stars == 0 and level_for(100).stars == 1 and level_for(1499).stars == 4
    assert level_for(10_000).stars == 5 and next_level(1500) is None and next_level(0).hours == 100


def test_a_unit_records_hours_and_the_activity_totals_become_their_sum(app, world):
    answer = attend(world.unit, world.activity_id, (world.ann.profile_id, 3), (world.bob.profile_id, "2.5"))
    assert answer.status_code == 200, answer.get_json()
    body = answer.get_json()
    assert {(r["name"], r["hours"]) for r in body["records"]} == {("王安妮", 3.0), ("赵博文", 2.5)}
    assert body["activity"]["volunteers"] == 2 and body["activity"]["volunteer_hours"] == 5.5
    totals = world.unit.get(f"/api/v1/projects/{world.project_id}/activities").get_json()["totals"]
    assert totals["volunteers"] == 2 and totals["volunteer_hours"] == 5.5
    listed = world.unit.get(f"/api/v1/activities/{world.activity_id}/attendance").get_json()
    assert len(listed["records"]) == 2


def test_locking_the_volunteers_changes_nothing_of_theirs(app, world):
    """The day's lock (a no-op UPDATE on SQLite, FOR NO KEY UPDATE on PostgreSQL) leaves the
    profiles as they were: their updated_at still says when the volunteer last edited them."""
    def stamps():
        with app.app_context():
            return db.session.execute(select(VolunteerProfile.id, VolunteerProfile.updated_at)
                                      .order_by(VolunteerProfile.id)).all()

    before = stamps()
    assert attend(world.unit, world.activity_id, (world.ann.profile_id, 3)).status_code == 200
    assert stamps() == before


def test_a_correction_is_audited_before_and_after_and_zero_takes_someone_off(app, world):
    attend(world.unit, world.activity_id, (world.ann.profile_id, 3), (world.bob.profile_id, 2))
    assert attend(world.unit, world.activity_id, (world.ann.profile_id, 4)).status_code == 200
    assert attend(world.unit, world.activity_id, (world.bob.profile_id, 0)).status_code == 200
    assert activity_figures(app, world.activity_id) == (1, Decimal("4.0"))
    with app.app_context():
        changes = [entry.detail["changes"] for entry in db.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "attendance.record").order_by(AuditEntry.id))]
    assert changes[1] == [{"volunteer_id": world.ann.profile_id, "before": "3.0", "after": "4.0"}]
    assert changes[2] == [{"volunteer_id": world.bob.profile_id, "before": "2.0", "after": None}]


@pytest.mark.parametrize(("hours", "words"), [
    (-1, "不能为负数"), (25, "不能超过 24"), ("abc", "应为数字"), ("1.25", "一位小数"), (True, "应为数字")])
def test_bad_hours_are_refused_and_nothing_changes(app, world, hours, words):
    before = activity_figures(app, world.activity_id)
    answer = attend(world.unit, world.activity_id, (world.ann.profile_id, 2), (world.bob.profile_id, hours))
    assert answer.status_code == 422 and words in error(answer)["message"]
    assert count(app, Attendance) == 0 and activity_figures(app, world.activity_id) == before


@pytest.mark.parametrize("body", [{}, {"records": []}, {"records": "x"}, {"records": [1]},
                                  {"records": [{"volunteer_id": "a", "hours": 1}]}])
def test_malformed_lists_are_refused(app, world, body):
    answer = world.unit.post(f"/api/v1/activities/{world.activity_id}/attendance", json=body)
    assert answer.status_code == 422 and count(app, Attendance) == 0


def test_the_same_volunteer_twice_in_one_list_is_refused(app, world):
    answer = attend(world.unit, world.activity_id, (world.ann.profile_id, 2), (world.ann.profile_id, 3))
    assert answer.status_code == 422 and "两次" in error(answer)["message"] and count(app, Attendance) == 0


@pytest.mark.parametrize("state", ["applied", "declined", "withdrawn", None])
def test_only_admitted_volunteers_get_hours(app, world, state):
    stranger = rd.volunteer(app, "钱不录")
    if state:
        rd.admit(app, world.project_id, stranger, state=state)
    answer = attend(world.unit, world.activity_id, (world.ann.profile_id, 2), (stranger.profile_id, 2))
    assert answer.status_code == 422 and error(answer)["code"] == "not_admitted"
    assert "未被录用" in error(answer)["message"] and count(app, Attendance) == 0


def test_admitted_to_another_project_is_not_enough(app, world):
    other = running_project(app, world.unit.user, title="另一个项目")
    carol = rd.volunteer(app, "孙卡罗")
    rd.admit(app, other, carol)
    answer = attend(world.unit, world.activity_id, (carol.profile_id, 2))
    assert answer.status_code == 422 and error(answer)["code"] == "not_admitted"


def test_at_most_24_hours_a_day_across_activities_and_projects(app, world):
    other = running_project(app, world.unit.user, title="另一个项目")
    rd.admit(app, other, world.ann)
    same_day = rd.activity(app, world.unit.user, other, held_on=TODAY - timedelta(days=10), place="晋祠")
    next_day = rd.activity(app, world.unit.user, other, held_on=TODAY - timedelta(days=9), place="晋祠")
    assert attend(world.unit, world.activity_id, (world.ann.profile_id, 20)).status_code == 200
    refused = attend(world.unit, same_day, (world.ann.profile_id, "4.5"))
    assert refused.status_code == 422 and error(refused)["code"] == "over_a_day"
    assert "已登记 20.0 小时" in error(refused)["message"]
    assert attend(world.unit, same_day, (world.ann.profile_id, 4)).status_code == 200
    assert attend(world.unit, next_day, (world.ann.profile_id, 24)).status_code == 200
    # a correction upward counts the day as it would then be
    assert attend(world.unit, world.activity_id, (world.ann.profile_id, 21)).status_code == 422
    assert count(app, Attendance) == 3


def test_another_units_activity_is_refused(app, world, api_as):
    stranger = api_as("unit", unit="团市委")
    answer = attend(stranger, world.activity_id, (world.ann.profile_id, 2))
    assert answer.status_code == 403 and count(app, Attendance) == 0
    assert stranger.get(f"/api/v1/activities/{world.activity_id}/attendance").status_code == 403


@pytest.mark.parametrize("role", ["sponsor", "office"])
def test_wrong_roles_cannot_record(app, world, api_as, role):
    answer = attend(api_as(role), world.activity_id, (world.ann.profile_id, 2))
    assert answer.status_code == 403 and count(app, Attendance) == 0


def test_volunteers_and_strangers_cannot_record_or_read_attendance(app, world, client):
    volunteer = rd.signed_in(app, world.ann, api=True)
    assert attend(volunteer, world.activity_id, (world.ann.profile_id, 2)).status_code == 403
    assert volunteer.get(f"/api/v1/activities/{world.activity_id}/attendance").status_code == 403
    assert attend(client, world.activity_id, (world.ann.profile_id, 2)).status_code == 401
    assert count(app, Attendance) == 0


def test_a_missing_activity_is_404(app, world):
    assert attend(world.unit, 999_999, (world.ann.profile_id, 2)).status_code == 404


def test_a_volunteer_reads_only_their_own_hours(app, world):
    attend(world.unit, world.activity_id, (world.ann.profile_id, 3), (world.bob.profile_id, 5))
    mine = rd.signed_in(app, world.ann, api=True).get("/api/v1/me/hours").get_json()
    assert mine["total_hours"] == 3.0 and mine["star_level"]["stars"] == 0
    assert [(r["project_id"], r["hours"]) for r in mine["records"]] == [(world.project_id, 3.0)]
    assert mine["next_level"]["hours"] == 100
    assert world.unit.get("/api/v1/me/hours").status_code == 403


def test_reaching_a_level_tells_the_volunteer_once(app, world):
    days = [rd.activity(app, world.unit.user, world.project_id, held_on=TODAY - timedelta(days=20 + i))
            for i in range(4)]
    for activity_id in days:
        assert attend(world.unit, activity_id, (world.ann.profile_id, 24)).status_code == 200
    assert not [m for m in notices(app, world.ann) if "星" in m]
    assert attend(world.unit, world.activity_id, (world.ann.profile_id, 4)).status_code == 200  # 100 h
    assert attend(world.unit, world.activity_id, (world.ann.profile_id, 5)).status_code == 200  # still 一星
    assert [m for m in notices(app, world.ann) if "星" in m] == ["恭喜！您的志愿服务时长已达到 100 小时，获评“一星志愿者”"]
    mine = rd.signed_in(app, world.ann, api=True).get("/api/v1/me/hours").get_json()
    assert mine["total_hours"] == 101.0 and mine["star_level"]["label"] == "一星志愿者"


def test_a_completed_project_takes_no_more_hours(app, world):
    from .test_execution_helpers import SUMMARY

    assert world.unit.post(f"/api/v1/projects/{world.project_id}/summary", json=SUMMARY).status_code == 201
    answer = attend(world.unit, world.activity_id, (world.ann.profile_id, 2))
    assert answer.status_code == 409 and count(app, Attendance) == 0


# --- pages ----------------------------------------------------------------------------------

@pytest.fixture
def page_world(app, login_as):
    unit = login_as("unit")
    project_id = running_project(app, unit.user)
    ann = rd.volunteer(app, "王安妮")
    rd.admit(app, project_id, ann)
    return type("World", (), {"unit": unit, "project_id": project_id, "ann": ann,
                              "activity_id": rd.activity(app, unit.user, project_id)})


def test_the_attendance_page_lists_admitted_volunteers_and_saves_hours(app, page_world):
    url = f"/activities/{page_world.activity_id}/attendance"
    page = page_world.unit.get(url).get_data(as_text=True)
    assert "王安妮" in page and f'name="hours-{page_world.ann.profile_id}"' in page
    saved = page_world.unit.post(url, data={f"hours-{page_world.ann.profile_id}": "3.5"})
    assert saved.status_code == 302
    assert activity_figures(app, page_world.activity_id) == (1, Decimal("3.5"))
    assert 'value="3.5"' in page_world.unit.get(url).get_data(as_text=True)
    record = page_world.unit.get(f"/projects/{page_world.project_id}/execution").get_data(as_text=True)
    assert "登记志愿者服务时长" in record and "志愿者 1 人 · 3.5 小时" in record


@pytest.mark.parametrize(("typed", "words"), [("-2", "不能为负数"), ("30", "不能超过 24"), ("很多", "应为数字")])
def test_the_attendance_page_refuses_bad_hours_in_chinese(app, page_world, typed, words):
    url = f"/activities/{page_world.activity_id}/attendance"
    page = page_world.unit.post(url, data={f"hours-{page_world.ann.profile_id}": typed})
    assert page.status_code == 200 and words in page.get_data(as_text=True)
    assert f'value="{typed}"' in page.get_data(as_text=True) and count(app, Attendance) == 0


def test_the_attendance_page_is_refused_to_others(app, page_world, login_as):
    url = f"/activities/{page_world.activity_id}/attendance"
    assert login_as("unit", unit="团市委").post(url, data={f"hours-{page_world.ann.profile_id}": "2"}).status_code == 403
    assert login_as("sponsor").get(url).status_code == 403
    assert rd.signed_in(app, page_world.ann, api=False).get(url).status_code == 403
    assert count(app, Attendance) == 0


def test_the_volunteer_page_shows_hours_level_and_thresholds(app, page_world):
    page_world.unit.post(f"/activities/{page_world.activity_id}/attendance",
                         data={f"hours-{page_world.ann.profile_id}": "6"})
    me = rd.signed_in(app, page_world.ann, api=False)
    page = me.get("/me/hours").get_data(as_text=True)
    assert "6.0 小时" in page and "尚未评星" in page and "五星志愿者" in page and "1500 小时" in page
    assert "社区老年人健康义诊" in page and "下载志愿服务记录证明" in page
    assert page_world.unit.get("/me/hours").status_code == 403


# --- the office's export ----------------------------------------------------------------------

def test_the_office_exports_every_volunteers_hours_with_masked_phones(app, world, login_as):
    from io import BytesIO

    from openpyxl import load_workbook

    attend(world.unit, world.activity_id, (world.ann.profile_id, "3.5"))
    office = login_as("office")
    answer = office.get("/office/exports/volunteer-hours.xlsx")
    assert answer.status_code == 200 and answer.mimetype.endswith("spreadsheetml.sheet")
    rows = list(load_workbook(BytesIO(answer.data)).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("志愿者编号", "姓名")
    by_name = {row[1]: row for row in rows[1:]}
    assert by_name["王安妮"][2:] == ("138****0000", "小店区", 3.5, "尚未评星", 1, 1)
    assert by_name["赵博文"][4] == 0
    with app.app_context():
        assert db.session.scalar(select(AuditEntry.action).where(AuditEntry.action == "export.volunteer_hours"))


@pytest.mark.parametrize("role", ["unit", "sponsor"])
def test_only_the_office_exports_hours(app, world, login_as, role):
    assert login_as(role).get("/office/exports/volunteer-hours.xlsx").status_code == 403
