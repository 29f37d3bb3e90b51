"""A readable audit log: Chinese labels for every action the code writes, details as
field: before → after (only what changed), every export logged; a published plan's changes
told to its sponsors."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

import matchmaker
from matchmaker.audit.describe import ACTION_LABELS, describe
from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.collaborations.steps import COLLABORATION_STEPS
from matchmaker.execution.models import ReportKind
from matchmaker.extensions import db
from matchmaker.matches.steps import MATCH_STEPS
from matchmaker.models_base import NeedKind
from matchmaker.office.exports import LISTINGS
from matchmaker.projects.operations import PROJECT_STEPS
from matchmaker.sponsors.models import SponsorKind
from matchmaker.volunteers.steps import SIGNUP_STEPS

from . import factories
from . import records_data as rd
from .match_pages import make_parties, pledged, step, text, unread
from .test_execution_helpers import TODAY, running_project


def every_action() -> set[str]:
    """Every action the operations can write (the f-strings' parts come from these tables)."""
    return {
        *(f"project.{name}" for name in PROJECT_STEPS), *(f"match.{name}" for name in MATCH_STEPS),
        *(f"collaboration.{name}" for name in COLLABORATION_STEPS), *(f"report.{k.value}" for k in ReportKind),
        *(f"export.{what}" for what in LISTINGS), "export.scorecards",
        *(f"session.{verb}.{kind}" for verb in ("open", "close") for kind in ("web", "api")), "session.refused",
        "project.create", "project.update", "project.rate", "match.submit", "collaboration.request",
        "collaboration.remind", "report.answer", "report.overdue", "summary.submit", "activity.record",
        "activity.photo", "unit.create", "profile.update", *(f"user.{what}" for what in (
            "create", "register", "activate", "deactivate", "password_reset", "password_change", "email")),
        "project.cover", "mail.resend", "export.volunteer_hours", "volunteer.register", "volunteer.update",
        "volunteer.close", "recruitment.open", "recruitment.close", "signup.apply",
        *(f"signup.{name}" for name in SIGNUP_STEPS),
        "attendance.record", "training.record", "training.attendees", "training.require", "incentive.post",
        "incentive.take", "incentive.redeem", "insurance.record", "insurance.city",
    }


def written_actions() -> set[str]:
    """The actions the code's audit.record(...) calls name, as far as a literal shows them (an
    f-string's literal start, e.g. "session.open.")."""
    found = set()
    for path in Path(matchmaker.__file__).parent.rglob("*.py"):
        for action in re.findall(r'audit\.record\([^,]+,\s*f?"([a-z_.{}]+)"', path.read_text()):
            found.add(action.partition("{")[0])
    return found


def test_every_action_written_is_in_the_table():
    known = every_action()
    unknown = {a for a in written_actions() if a not in known and not any(k.startswith(a) for k in known)}
    assert unknown == set()


def test_every_action_has_a_chinese_label():
    missing = every_action() - set(ACTION_LABELS)
    assert missing == set()


def test_details_read_as_before_and_after():
    lines = describe({"from_state": "published", "to_state": "closed", "reason": "场地取消",
                      "changes": {"title": ["旧名", "新名"], "funding": ["5,000 元", "8,000 元"]},
                      "outstanding": True, "kind": "pledge"}, "project.close")
    assert describe({"from_state": "submitted", "to_state": "accepted"}, "match.accept")[0] == (
        "状态", "待单位确认 → 待文明办审批")
    assert describe({"from_state": "submitted", "to_state": "published"}, "project.publish")[0] == ("状态", "待审核 → 已发布")
    assert lines == [("状态", "已发布 → 已关闭"), ("项目名称", "旧名 → 新名"), ("项目资金保障", "5,000 元 → 8,000 元"),
                     ("理由", "场地取消"), ("优秀项目", "是"), ("类型", "认捐")]


def test_an_edit_records_only_what_changed(app, login_as):
    parties = make_parties(app, login_as)
    patch = parties.unit.post(f"/projects/{parties.project_id}/edit", data=edit_form(app, parties.project_id,
                                                                                     title="社区老人健康义诊"))
    assert patch.status_code == 302, text(patch)
    with app.app_context():
        entry = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "project.update")).one()
        assert entry.detail["changes"] == {"title": ["社区老年人健康义诊", "社区老人健康义诊"]}
    page = text(parties.office.get("/office/audit?action=project.update"))
    assert "修改项目" in page and "项目名称：</span>社区老年人健康义诊 → 社区老人健康义诊" in page
    assert "服务对象" not in page and "project.update" not in page.split("<tbody>")[1]


def test_raw_codes_are_gone_from_the_page(app, login_as, client):
    office = login_as("office")
    user = factories.make_user(app, "unit")
    client.post("/login", data={"username": user.username, "password": "wrong-password"})
    page = text(office.get("/office/audit"))
    body = page.split("<tbody>")[1]
    assert "登录失败" in body and "session.refused" not in body and "登录网页" in body


def test_the_scorecard_export_is_logged(app, login_as):
    office = login_as("office")
    response = office.get("/office/scorecards.xlsx?year=2026")
    assert response.status_code == 200
    with app.app_context():
        entry = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "export.scorecards")).one()
        assert entry.detail == {"year": 2026} and entry.actor_id == office.user.id
    assert "导出单位考核" in text(office.get("/office/audit?action=export"))


def test_a_refused_export_is_not_logged(app, login_as):
    assert login_as("unit").get("/office/scorecards.xlsx").status_code == 403
    with app.app_context():
        assert db.session.scalars(select(AuditEntry).where(AuditEntry.action == "export.scorecards")).all() == []


# --- a published plan's changes reach its sponsors --------------------------------------------------

def edit_form(app, project_id: int, **changes) -> dict:
    """The edit form as the page fills it, with `changes`."""
    from matchmaker.projects.models import Project

    with app.app_context():
        project = db.session.get(Project, project_id)
        form = {"category": "13", "title": project.title, "service_target": project.service_target,
                "service_type": project.service_type, "service_hours": str(project.service_hours),
                "volunteers_needed": str(project.volunteers_needed), "funding": "5000",
                "sessions_planned": str(project.sessions_planned), "district": project.district,
                "start_on": project.start_on.isoformat(), "end_on": project.end_on.isoformat(),
                "description": project.description, "contact_name": project.contact_name,
                "contact_phone": project.contact_phone}
        for i, need in enumerate(project.needs):
            form.update({f"needs-{i}-need_id": str(need.id), f"needs-{i}-kind": need.kind.value,
                         f"needs-{i}-description": need.description, f"needs-{i}-unit": need.unit,
                         f"needs-{i}-quantity": str(need.quantity // 100 if need.kind.value == "money" else need.quantity)})
    return {**form, **changes}


def test_sponsors_with_live_matches_are_told_of_changed_dates_and_needs(app, login_as):
    parties = make_parties(app, login_as)
    pledged(parties, "300")
    gone = login_as("sponsor")
    withdrawn = pledged(parties, "100", client=gone)
    step(gone, withdrawn, "withdraw")
    before_live, before_gone = len(unread(app, parties.sponsor.user.id)), len(unread(app, gone.user.id))
    response = parties.unit.post(f"/projects/{parties.project_id}/edit", data=edit_form(
        app, parties.project_id, end_on="2027-11-30", **{"needs-1-quantity": "12"}))
    assert response.status_code == 302, text(response)
    assert len(unread(app, parties.sponsor.user.id)) == before_live + 1
    assert len(unread(app, gone.user.id)) == before_gone  # its pledge is withdrawn: nothing of it is live
    notes = text(parties.sponsor.get("/notifications"))
    assert "修改了结束日期、资源需求" in notes
    page = text(parties.office.get(f"/office/audit?action=project.update&target_id={parties.project_id}"))
    assert "结束日期：</span>2027-12-31 → 2027-11-30" in page and "开始日期：" not in page
    assert "物资：血压计 10 台 → 物资：血压计 12 台" in page and "已通知：</span>1" in page


def test_a_change_sponsors_need_not_hear_of_tells_no_one(app, login_as):
    parties = make_parties(app, login_as)
    pledged(parties, "300")
    before = len(unread(app, parties.sponsor.user.id))
    parties.unit.post(f"/projects/{parties.project_id}/edit", data=edit_form(app, parties.project_id,
                                                                              description="每月第一个周六"))
    assert len(unread(app, parties.sponsor.user.id)) == before


@pytest.mark.parametrize("field", ["end_on"])
def test_a_refused_edit_tells_no_one_and_logs_nothing(app, login_as, field):
    parties = make_parties(app, login_as)
    pledged(parties, "300")
    before = len(unread(app, parties.sponsor.user.id))
    page = text(parties.unit.post(f"/projects/{parties.project_id}/edit",
                                  data=edit_form(app, parties.project_id, **{field: "2026-12-31", "start_on": "2027-01-01"})))
    assert "结束日期不能早于开始日期" in page
    assert len(unread(app, parties.sponsor.user.id)) == before
    with app.app_context():
        assert db.session.scalars(select(AuditEntry).where(AuditEntry.action == "project.update")).all() == []


# --- quantities as people read them -----------------------------------------------------------

def test_a_pledges_quantity_reads_in_its_needs_unit():
    pledge = {"kind": "pledge", "quantity": 1_234_550}
    assert ("数量", "12,345.50 元") in describe(pledge, "match.submit", (NeedKind.money, "元"))
    assert ("数量", "30,000 元") in describe({**pledge, "quantity": 3_000_000}, "match.submit", (NeedKind.money, "元"))
    assert ("数量", "1,200 床") in describe({**pledge, "quantity": 1200}, "match.submit", (NeedKind.goods, "床"))


def test_incentives_and_recruitments_count_what_they_count():
    assert describe({"quantity": 1200, "min_stars": 2, "min_hours": "150.0"}, "incentive.post") == [
        ("数量", "1,200 份"), ("最低星级", "2 星"), ("最低服务时长", "150.0 小时")]
    assert describe({"quantity": 5, "min_stars": 0, "min_hours": "0.0"}, "incentive.post")[1:] == [
        ("最低星级", "不限"), ("最低服务时长", "不限")]
    assert describe({"project_id": 3, "places": 1500}, "recruitment.open") == [("项目编号", "3"), ("招募人数", "1,500 人")]


def test_hours_recorded_read_per_volunteer_before_and_after():
    changes = [{"volunteer_id": 12, "before": None, "after": "3.0"}, {"volunteer_id": 13, "before": "2.5", "after": "4.0"},
               {"volunteer_id": 14, "before": "1.0", "after": None}]
    assert describe({"project_id": 7, "changes": changes}, "attendance.record") == [
        ("志愿者 #12", "未登记 → 3.0 小时"), ("志愿者 #13", "2.5 小时 → 4.0 小时"), ("志愿者 #14", "1.0 小时 → 已移除"),
        ("项目编号", "7")]


def test_the_audit_page_shows_pledges_in_yuan_and_in_their_units(app, login_as):
    parties = make_parties(app, login_as)
    pledged(parties, "3000")
    pledged(parties, "3", need=parties.goods)
    page = text(parties.office.get("/office/audit?action=match.submit"))
    body = page.split("<tbody>")[1]
    assert "数量：</span>3,000 元" in body and "数量：</span>3 台" in body
    assert "300000" not in body


def test_the_audit_page_shows_a_money_needs_edit_in_yuan(app, login_as):
    parties = make_parties(app, login_as)
    response = parties.unit.post(f"/projects/{parties.project_id}/edit", data=edit_form(
        app, parties.project_id, **{"needs-0-quantity": "12000"}))
    assert response.status_code == 302, text(response)
    page = text(parties.office.get(f"/office/audit?action=project.update&target_id={parties.project_id}"))
    assert re.search(r"资金：[^<]* 10,000 元 → 资金：[^<]* 12,000 元", page), page.split("<tbody>")[1]


def test_the_audit_page_shows_recorded_hours_and_incentives(app, login_as, api_as):
    unit = api_as("unit")
    project_id = running_project(app, unit.user)
    ann = rd.volunteer(app, "王安妮")
    rd.admit(app, project_id, ann)
    activity_id = rd.activity(app, unit.user, project_id)
    for hours in ("2.5", "3"):
        answer = unit.post(f"/api/v1/activities/{activity_id}/attendance",
                           json={"records": [{"volunteer_id": ann.profile_id, "hours": hours}]})
        assert answer.status_code == 200, answer.get_json()
    merchant = api_as("sponsor")
    with app.app_context():
        db.session.get(User, merchant.user.id).sponsor.kind = SponsorKind.merchant
        db.session.commit()
    posted = merchant.post("/api/v1/incentives", json={"title": "免费午餐", "quantity": 1200, "min_stars": 1,
                                                       "valid_until": (TODAY + timedelta(days=5)).isoformat()})
    assert posted.status_code == 201, posted.get_json()
    office = login_as("office")
    hours_page = text(office.get("/office/audit?action=attendance"))
    assert hours_page.count("登记服务时长") >= 2
    assert f"志愿者 #{ann.profile_id}：</span>未登记 → 2.5 小时" in hours_page
    assert f"志愿者 #{ann.profile_id}：</span>2.5 小时 → 3.0 小时" in hours_page
    incentives = text(office.get("/office/audit?action=incentive")).split("<tbody>")[1]
    assert "数量：</span>1,200 份" in incentives and "最低星级：</span>1 星" in incentives
    assert "最低服务时长：</span>不限" in incentives
