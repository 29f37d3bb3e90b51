"""A readable audit log: Chinese labels for every action the code writes, details as
field: before → after (only what changed), every export logged; a published plan's changes
told to its sponsors."""

import pytest
from sqlalchemy import select

from matchmaker.audit.describe import ACTION_LABELS, describe
from matchmaker.audit.models import AuditEntry
from matchmaker.collaborations.steps import COLLABORATION_STEPS
from matchmaker.execution.models import ReportKind
from matchmaker.extensions import db
from matchmaker.matches.steps import MATCH_STEPS
from matchmaker.office.exports import LISTINGS
from matchmaker.projects.operations import PROJECT_STEPS

from . import factories
from .match_pages import make_parties, pledged, step, text, unread


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
    }


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
