"""Progress and difficulty reports: the unit reports, the lead unit answers; unanswered
difficulties and silent projects are flagged to the unit and the office."""

from datetime import timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from matchmaker.audit.models import AuditEntry
from matchmaker.execution.models import Report, ReportReminder
from matchmaker.execution.reminders import remind_command
from matchmaker.extensions import db
from matchmaker.models_base import utcnow
from matchmaker.projects.models import Project

from . import factories
from .test_execution_helpers import count, error, give, notices, parties, running_project


@pytest.fixture
def system(app, api_as):
    """A lead unit (市民政局) with a branch that runs a project, and the office."""
    factories.make_branch(app, "坪阳社区志愿服务站", "市民政局")
    branch, lead = api_as("unit", unit="坪阳社区志愿服务站"), api_as("unit", unit="市民政局")
    office = api_as("office")
    project_id = running_project(app, branch.user)
    return type("System", (), dict(branch=branch, lead=lead, office=office, project_id=project_id))


def report(client, project_id, kind="difficulty", body="社区活动室冬季无暖气，老人不便前来"):
    return client.post(f"/api/v1/projects/{project_id}/reports", json={"kind": kind, "body": body})


def test_a_difficulty_goes_to_the_lead_unit_which_answers_it(app, system):
    created = report(system.branch, system.project_id)
    assert created.status_code == 201
    body = created.get_json()
    assert body["kind"] == "difficulty" and body["answer"] is None
    assert any("上报了困难问题" in m for m in notices(app, system.lead.user))
    answered = system.lead.post(f"/api/v1/reports/{body['id']}/answer", json={"answer": "已协调街道借用会议室"})
    assert answered.status_code == 200
    assert answered.get_json()["answer"] == "已协调街道借用会议室" and answered.get_json()["answered_at"]
    assert any("已得到牵头单位答复" in m for m in notices(app, system.branch.user))
    listed = system.branch.get(f"/api/v1/projects/{system.project_id}/reports").get_json()["items"]
    assert listed[0]["answer"] == "已协调街道借用会议室"
    assert count(app, AuditEntry, AuditEntry.action == "report.answer") == 1


def test_a_progress_report_is_recorded_and_told_to_the_lead(app, system):
    created = report(system.branch, system.project_id, kind="progress", body="本月开展两次义诊")
    assert created.status_code == 201 and created.get_json()["kind_label"] == "进展情况"
    assert any("上报了进展情况" in m for m in notices(app, system.lead.user))


@pytest.mark.parametrize(("body", "field", "words"), [
    ({"kind": "complaint", "body": "x"}, "kind", "报告类型"),
    ({"body": "x"}, "kind", "报告类型"),
    ({"kind": "progress", "body": "   "}, "body", "请填写报告内容"),
    ({"kind": "progress", "body": "字" * 5001}, "body", "不能超过 5000"),
    ({"kind": "progress", "body": 12}, "body", "应为文字"),
])
def test_bad_reports_are_refused(app, system, body, field, words):
    response = system.branch.post(f"/api/v1/projects/{system.project_id}/reports", json=body)
    assert response.status_code == 422
    assert error(response)["field"] == field and words in error(response)["message"]
    assert count(app, Report) == 0


def test_reports_on_another_units_project_are_refused(app, system, api_as):
    other = api_as("unit", unit="市教育局")
    assert report(other, system.project_id).status_code == 403
    for role in ("office", "sponsor"):
        assert report(api_as(role), system.project_id).status_code == 403
    draft = running_project(app, system.branch.user, status="draft")
    assert report(other, draft).status_code == 404
    assert report(system.branch, draft).status_code == 409
    assert count(app, Report) == 0


def test_only_the_lead_unit_answers(app, system, api_as):
    report_id = report(system.branch, system.project_id).get_json()["id"]
    path = f"/api/v1/reports/{report_id}/answer"
    refused = system.branch.post(path, json={"answer": "自己答复"})
    assert refused.status_code == 403 and "牵头单位" in error(refused)["message"]
    assert api_as("unit", unit="市教育局").post(path, json={"answer": "x"}).status_code == 404
    assert system.office.post(path, json={"answer": "x"}).status_code == 403  # units answer; the office oversees
    assert api_as("sponsor").post(path, json={"answer": "x"}).status_code == 403
    assert system.lead.post("/api/v1/reports/999999/answer", json={"answer": "x"}).status_code == 404
    with app.app_context():
        assert db.session.get(Report, report_id).answered_at is None


def test_an_answer_is_given_once_and_only_to_difficulties(app, system):
    difficulty = report(system.branch, system.project_id).get_json()["id"]
    progress = report(system.branch, system.project_id, kind="progress").get_json()["id"]
    empty = system.lead.post(f"/api/v1/reports/{difficulty}/answer", json={"answer": " "})
    assert empty.status_code == 422 and error(empty)["field"] == "answer"
    assert system.lead.post(f"/api/v1/reports/{difficulty}/answer", json={"answer": "第一次"}).status_code == 200
    again = system.lead.post(f"/api/v1/reports/{difficulty}/answer", json={"answer": "第二次"})
    assert again.status_code == 409 and error(again)["code"] == "already_answered"
    not_needed = system.lead.post(f"/api/v1/reports/{progress}/answer", json={"answer": "收到"})
    assert not_needed.status_code == 409 and error(not_needed)["code"] == "not_a_difficulty"
    with app.app_context():
        assert db.session.get(Report, difficulty).answer == "第一次"
        assert db.session.get(Report, progress).answered_at is None


def test_a_lead_units_own_project_is_answered_by_itself(app, api_as):
    lead = api_as("unit", unit="市教育局")
    project_id = running_project(app, lead.user)
    report_id = report(lead, project_id).get_json()["id"]
    assert lead.post(f"/api/v1/reports/{report_id}/answer", json={"answer": "已安排"}).status_code == 200


def test_a_sponsor_reads_the_reports_of_a_project_it_gave_to(app, system, api_as):
    report(system.branch, system.project_id, kind="progress")
    sponsor = api_as("sponsor")
    path = f"/api/v1/projects/{system.project_id}/reports"
    assert sponsor.get(path).status_code == 403
    give(app, system.project_id, sponsor.user, system.branch.user, system.office.user)
    assert len(sponsor.get(path).get_json()["items"]) == 1


# --- flags -------------------------------------------------------------------------------------

def test_unanswered_difficulties_are_flagged_to_the_lead_and_the_office(app, system, login_as):
    report(system.branch, system.project_id, body="缺少血压计")
    office = login_as("office").get("/office/execution").get_data(as_text=True)
    assert "缺少血压计" in office and "坪阳社区志愿服务站 → 市民政局" in office
    lead_page = login_as("unit", unit="市民政局").get("/unit/execution").get_data(as_text=True)
    assert "待答复的困难问题" in lead_page
    branch_page = login_as("unit", unit="坪阳社区志愿服务站").get("/unit/execution").get_data(as_text=True)
    assert "等待牵头单位答复的困难问题" in branch_page


def silence(app, project_id: int, days: int) -> None:
    """Make the project look published, and last reported, `days` ago."""
    with app.app_context():
        then = utcnow() - timedelta(days=days)
        db.session.execute(update(Project).where(Project.id == project_id).values(published_at=then))
        db.session.execute(update(Report).where(Report.project_id == project_id).values(created_at=then))
        db.session.commit()


def test_a_silent_project_is_flagged_and_a_report_clears_the_flag(app, system, login_as):
    silence(app, system.project_id, 31)
    office = login_as("office")
    assert "31 天未上报" in office.get("/office/execution").get_data(as_text=True)
    branch = login_as("unit", unit="坪阳社区志愿服务站")
    assert "31 天未上报" in branch.get("/unit/execution").get_data(as_text=True)
    assert "已 31 天未上报" in branch.get(f"/projects/{system.project_id}/execution").get_data(as_text=True)
    report(system.branch, system.project_id, kind="progress")
    assert "天未上报</span>" not in office.get("/office/execution").get_data(as_text=True)


def test_sponsors_read_the_record_without_the_overdue_flag(app, system, api_as, login_as):
    sponsor = login_as("sponsor")
    give(app, system.project_id, sponsor.user, system.branch.user, system.office.user)
    silence(app, system.project_id, 31)
    page = sponsor.get(f"/projects/{system.project_id}/execution")
    assert page.status_code == 200 and "天未上报" not in page.get_data(as_text=True)


def test_a_project_reported_within_the_limit_is_not_flagged(app, system, login_as):
    silence(app, system.project_id, 29)
    assert "天未上报</span>" not in login_as("office").get("/office/execution").get_data(as_text=True)


def test_the_limit_is_configurable(make_app, app, system):
    silence(app, system.project_id, 8)
    strict = make_app(REPORT_OVERDUE_DAYS=7)
    with strict.app_context():
        from matchmaker.execution.queries import overdue_projects

        assert [row.project.id for row in overdue_projects()] == [system.project_id]


def test_the_reminder_command_tells_each_silence_once(app, system):
    silence(app, system.project_id, 40)
    runner = CliRunner()
    with app.app_context():
        first = runner.invoke(remind_command)
        assert "projects newly overdue: 1" in first.output
        assert "projects newly overdue: 0" in runner.invoke(remind_command).output
    assert any("40 天未上报" in m for m in notices(app, system.branch.user))
    assert any("1 个项目超过规定天数未上报" in m for m in notices(app, system.office.user))
    assert count(app, ReportReminder) == 1
    report(system.branch, system.project_id, kind="progress")
    silence(app, system.project_id, 35)  # a new silence after the new report
    with app.app_context():
        assert "projects newly overdue: 1" in runner.invoke(remind_command).output
    assert count(app, ReportReminder) == 2


# --- pages ---------------------------------------------------------------------------------------

def test_reporting_and_answering_on_the_pages(app, login_as):
    factories.make_branch(app, "坪阳社区志愿服务站", "市民政局")
    branch, lead = login_as("unit", unit="坪阳社区志愿服务站"), login_as("unit", unit="市民政局")
    project_id = running_project(app, branch.user)
    form = branch.get(f"/projects/{project_id}/reports/new?kind=difficulty").get_data(as_text=True)
    assert 'selected value="difficulty"' in form
    refused = branch.post(f"/projects/{project_id}/reports/new", data={"kind": "difficulty", "body": ""})
    assert "请填写报告内容" in refused.get_data(as_text=True)
    branch.post(f"/projects/{project_id}/reports/new", data={"kind": "difficulty", "body": "缺少场地"})
    page = lead.get(f"/projects/{project_id}/execution").get_data(as_text=True)
    assert "缺少场地" in page and "提交答复" in page and "待牵头单位答复" in page
    assert "提交答复" not in branch.get(f"/projects/{project_id}/execution").get_data(as_text=True)
    with app.app_context():
        report_id = db.session.scalar(select(Report.id))
    lead.post(f"/reports/{report_id}/answer", data={"answer": "借用街道会议室"})
    answered = branch.get(f"/projects/{project_id}/execution").get_data(as_text=True)
    assert "借用街道会议室" in answered and "待牵头单位答复" not in answered
    again = lead.post(f"/reports/{report_id}/answer", data={"answer": "再答"}, follow_redirects=True)
    assert "该问题已经答复过了" in again.get_data(as_text=True)


def test_the_report_form_is_for_the_projects_units(app, login_as):
    unit = login_as("unit")
    project_id = running_project(app, unit.user)
    assert login_as("unit", unit="市教育局").get(f"/projects/{project_id}/reports/new").status_code == 403
    assert login_as("sponsor").get(f"/projects/{project_id}/reports/new").status_code == 403


def test_parties_helper_gives_a_running_project(app, api_as):
    p = parties(app, api_as)
    assert report(p.unit, p.project_id, kind="progress").status_code == 201
