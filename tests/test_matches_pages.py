"""The pages of matches: pledging and claiming by form, the lists, one match and its steps."""

import re

import pytest
from sqlalchemy import event

from matchmaker.extensions import db
from matchmaker.matches.steps import MATCH_STEPS, STATE_LABELS

from . import factories
from .match_pages import (
    age,
    approved_quantity,
    bell,
    flashes,
    history_length,
    make_parties,
    match_count,
    pledge,
    pledged,
    state_of,
    step,
    text,
    unread,
)


@pytest.fixture
def parties(app, login_as):
    return make_parties(app, login_as)


def test_the_whole_journey_on_pages(app, parties):
    """Sponsor pledges, unit accepts, office approves in the queue, unit confirms receipt."""
    # The unit and the office were already told about the plan's review and publication.
    unit_bell, office_bell = bell(parties.unit), bell(parties.office)
    assert bell(parties.sponsor) == 0
    page = pledge(parties, "2500.5", follow=True)
    body = text(page)
    assert "已提交，等待项目单位确认" in body and "待单位确认" in body
    assert "药品与耗材经费" in body and "2,500.50 元" in body and "一点心意" in body
    match_id = int(re.search(r"/matches/(\d+)/withdraw", body).group(1))
    assert bell(parties.unit) == unit_bell + 1
    assert "认捐“社区老年人健康义诊”" in unread(app, parties.unit.user.id)[-1]

    incoming = text(parties.unit.get("/matches"))
    assert "认领认捐申请" in incoming and "社区老年人健康义诊" in incoming and "爱心企业" in incoming
    assert ">接受</button>" in text(parties.unit.get(f"/matches/{match_id}"))
    accepted = text(step(parties.unit, match_id, "accept", follow=True))
    assert "操作成功，当前状态：待文明办审批" in accepted
    assert bell(parties.sponsor) == 1 and bell(parties.office) == office_bell + 1

    queue = text(parties.office.get("/office/queue"))
    assert f'name="match_ids" value="{match_id}"' in queue
    approved = parties.office.post("/office/queue/approve", data={"match_ids": [str(match_id)]}, follow_redirects=True)
    assert "已批准 1 项" in text(approved)
    assert approved_quantity(app, parties.money) == 250050
    assert bell(parties.unit) == unit_bell + 2 and bell(parties.sponsor) == 2

    done = text(step(parties.unit, match_id, "fulfil", follow=True))
    assert "当前状态：已到位" in done
    assert bell(parties.sponsor) == 3 and "感谢您的爱心" in unread(app, parties.sponsor.user.id)[-1]
    history = text(parties.sponsor.get(f"/matches/{match_id}"))
    for change in ("（提交） → 待单位确认", "待单位确认 → 待文明办审批", "待文明办审批 → 已批准", "已批准 → 已到位"):
        assert change in history
    assert "此对接已结束，无需操作" in history
    assert state_of(app, match_id) == "fulfilled" and history_length(app, match_id) == 4


def test_a_claim_by_form_and_no_twin(app, parties):
    response = parties.sponsor.post(f"/projects/{parties.project_id}/claim", data={"message": "整体认领"})
    assert response.status_code == 302 and "/matches/" in response.headers["Location"]
    page = text(parties.sponsor.get(response.headers["Location"]))
    assert "认领：社区老年人健康义诊" in page and "整个项目" in page and "整体认领" in page
    again = parties.sponsor.post(f"/projects/{parties.project_id}/claim", data={"message": ""})
    assert again.headers["Location"].endswith(f"/projects/{parties.project_id}")
    assert flashes(parties.sponsor) == ["您已提交过对此项目的认领，请等待处理"]
    assert match_count(app) == 1


def test_a_form_resubmitted_with_its_key_makes_one_match(app, parties):
    data = {"need_id": parties.money, "quantity": "50", "idempotency_key": "form-7f3a"}
    first = parties.sponsor.post(f"/projects/{parties.project_id}/pledge", data=data)
    again = parties.sponsor.post(f"/projects/{parties.project_id}/pledge", data=data)
    assert first.headers["Location"] == again.headers["Location"] and match_count(app) == 1


BAD_PLEDGES = [
    ("money", "0", "认捐数量应大于 0"),
    ("money", "-1", "认捐数量应大于 0"),
    ("money", "abc", "认捐数量应为金额数字"),
    ("money", "0.001", "认捐数量最多精确到分（两位小数）"),
    ("money", "", "认捐数量应为金额数字"),
    ("money", "10000.01", "认捐数量超过该需求的剩余数量（剩余 10,000 元）"),
    ("goods", "1.5", "认捐数量应为整数"),
    ("goods", "abc", "认捐数量应为整数"),
    ("goods", "0", "认捐数量至少为 1"),
    ("goods", "-1", "认捐数量不能为负数"),
    ("goods", "11", "认捐数量超过该需求的剩余数量（剩余 10 台）"),
]


@pytest.mark.parametrize(("need", "quantity", "message"), BAD_PLEDGES)
def test_bad_pledges_go_back_to_the_project_with_the_reason(app, parties, need, quantity, message):
    response = pledge(parties, quantity, need=getattr(parties, need))
    assert response.status_code == 302
    assert response.headers["Location"].split("#")[0].endswith(f"/projects/{parties.project_id}")
    assert flashes(parties.sponsor) == [message]
    assert match_count(app) == 0


def test_need_of_another_project_or_none_is_refused(app, parties):
    other = factories.make_project(app, parties.unit.user, title="另一个项目")
    assert pledge(parties, "10", project_id=other).status_code == 302  # money need of this project
    assert flashes(parties.sponsor) == ["该需求不属于此项目"]
    parties.sponsor.post(f"/projects/{parties.project_id}/pledge", data={"need_id": "", "quantity": "10"})
    assert flashes(parties.sponsor) == ["需求应为整数"]
    assert match_count(app) == 0


def test_unpublished_project_cannot_be_pledged(app, parties):
    draft = factories.make_project(app, parties.unit.user, status="draft")
    response = parties.sponsor.post(f"/projects/{draft}/claim", data={})
    assert response.headers["Location"].endswith(f"/projects/{draft}")
    assert flashes(parties.sponsor) == ["项目不存在或尚未发布"]


PAGES = [
    ("post", "/projects/1/pledge"), ("post", "/projects/1/claim"), ("get", "/matches"),
    ("get", "/matches/1"), ("post", "/matches/1/accept"),
]


@pytest.mark.parametrize(("method", "path"), PAGES)
def test_anonymous_is_sent_to_login(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["unit", "office"])
@pytest.mark.parametrize("kind", ["pledge", "claim"])
def test_only_sponsors_pledge_or_claim(app, parties, login_as, role, kind):
    response = login_as(role).post(f"/projects/{parties.project_id}/{kind}", data={"need_id": parties.money, "quantity": "1"})
    assert response.status_code == 403 and "您无权执行此操作" in text(response)
    assert match_count(app) == 0


@pytest.mark.parametrize("stranger", [("sponsor", {}), ("unit", {"unit": "市教育局"})])
def test_strangers_get_404_and_change_nothing(app, parties, login_as, stranger):
    match_id = pledged(parties)
    client = login_as(stranger[0], **stranger[1])
    page = client.get(f"/matches/{match_id}")
    assert page.status_code == 404 and "对接记录不存在" in text(page)
    for name in ("accept", "withdraw"):
        assert step(client, match_id, name).status_code == 404
    assert state_of(app, match_id) == "submitted" and history_length(app, match_id) == 1
    assert "社区老年人健康义诊" not in text(client.get("/matches"))


# How to bring a match to each state through the pages, and who takes each step.
PATHS = {
    "submitted": [],
    "accepted": [("unit", "accept")],
    "declined": [("unit", "decline")],
    "approved": [("unit", "accept"), ("office", "approve")],
    "rejected": [("unit", "accept"), ("office", "reject")],
    "fulfilled": [("unit", "accept"), ("office", "approve"), ("unit", "fulfil")],
    "withdrawn": [("sponsor", "withdraw")],
    "cancelled": [("unit", "accept"), ("office", "approve"), ("office", "cancel")],
}
REFUSED = [(state, name) for state in PATHS for name, s in MATCH_STEPS.items() if state not in s.sources]


def bring_to(parties, match_id: int, state: str) -> None:
    for actor, name in PATHS[state]:
        step(getattr(parties, actor), match_id, name, "理由")
        assert flashes(getattr(parties, actor))[0].startswith("操作成功")


# One test per state tries every step refused from it in turn: a refused step changes nothing.
@pytest.mark.parametrize("state", list(PATHS))
def test_a_step_not_allowed_shows_why_and_changes_nothing(app, parties, state):
    match_id = pledged(parties, "10")
    bring_to(parties, match_id, state)
    events, need = history_length(app, match_id), approved_quantity(app, parties.money)
    for name in [name for refused_from, name in REFUSED if refused_from == state]:
        actor = getattr(parties, MATCH_STEPS[name].actor)
        page = step(actor, match_id, name, "理由", follow=True)
        assert f"当前状态为“{STATE_LABELS[state]}”，不能执行“{MATCH_STEPS[name].label}”" in text(page), name
        assert state_of(app, match_id) == state and history_length(app, match_id) == events, name
        assert approved_quantity(app, parties.money) == need, name


@pytest.mark.parametrize(
    ("state", "name", "wrong", "message"),
    [
        ("submitted", "accept", "sponsor", "只有项目所属单位可以“接受”"),
        ("submitted", "withdraw", "unit", "只有提出对接的爱心方可以“撤回”"),
        ("accepted", "approve", "unit", "只有市文明办可以“批准”"),
        ("approved", "fulfil", "office", "只有项目所属单位可以“确认到位”"),
    ],
)
def test_the_wrong_party_is_told_who_may(app, parties, state, name, wrong, message):
    match_id = pledged(parties, "10")
    bring_to(parties, match_id, state)
    assert message in text(step(getattr(parties, wrong), match_id, name, "理由", follow=True))
    assert state_of(app, match_id) == state


@pytest.mark.parametrize(("state", "name"), [("submitted", "decline"), ("accepted", "reject"), ("approved", "cancel")])
@pytest.mark.parametrize("reason", [None, "   "])
def test_steps_that_need_a_reason_refuse_without_one(app, parties, state, name, reason):
    match_id = pledged(parties, "10")
    bring_to(parties, match_id, state)
    page = step(getattr(parties, MATCH_STEPS[name].actor), match_id, name, reason, follow=True)
    assert f"“{MATCH_STEPS[name].label}”需要填写理由" in text(page)
    assert state_of(app, match_id) == state


def test_a_reason_is_kept_and_told(app, parties):
    match_id = pledged(parties, "10")
    step(parties.unit, match_id, "decline", "本期物资已筹齐")
    page = text(parties.sponsor.get(f"/matches/{match_id}"))
    assert "单位已婉拒" in page and "本期物资已筹齐" in page
    assert "单位已婉拒（本期物资已筹齐）" in unread(app, parties.sponsor.user.id)[0]


def buttons(page) -> list[str]:
    return [b for b in re.findall(r'type="submit">([^<]+)</button>', text(page)) if b != "退出登录"]


@pytest.mark.parametrize("state", list(PATHS))
@pytest.mark.parametrize("role", ["sponsor", "unit", "office"])
def test_each_party_sees_the_buttons_it_may_press_now(app, parties, state, role):
    match_id = pledged(parties, "10")
    bring_to(parties, match_id, state)
    expected = [s.label for s in MATCH_STEPS.values() if state in s.sources and s.actor == role]
    page = getattr(parties, role).get(f"/matches/{match_id}")
    assert buttons(page) == expected
    assert STATE_LABELS[state] in text(page)
    if any(MATCH_STEPS[n].needs_reason for n, s in MATCH_STEPS.items() if s.label in expected):
        assert "的理由（必填）" in text(page)


def test_lists_tabs_and_pages(app, parties, login_as):
    ids = [pledged(parties, "1") for _ in range(22)]
    step(parties.unit, ids[0], "accept")
    other = login_as("sponsor")
    pledged(parties, "1", client=other)
    mine = text(parties.sponsor.get("/matches"))
    assert "我的对接" in mine and "第 1 / 2 页，共 22 条" in mine and mine.count('href="/matches/') == 20
    assert text(parties.sponsor.get("/matches?page=2")).count('href="/matches/') == 2
    accepted = text(parties.sponsor.get("/matches?state=accepted"))
    assert accepted.count('href="/matches/') == 1 and "待文明办审批" in accepted
    assert "没有处于“已批准”的对接" in text(parties.sponsor.get("/matches?state=approved"))
    assert "第 1 / 2 页，共 23 条" in text(parties.unit.get("/matches"))
    assert "全部对接" in text(parties.office.get("/matches"))
    assert parties.office.get("/matches?state=nonsense").status_code == 422
    assert "您还没有认领或认捐过项目" in text(login_as("sponsor").get("/matches"))
    assert "社区老年人健康义诊" not in text(login_as("unit", unit="市教育局").get("/matches"))


def test_waiting_too_long_is_flagged(app, parties):
    waiting, old_enough, finished = pledged(parties, "1"), pledged(parties, "1"), pledged(parties, "1")
    step(parties.unit, finished, "decline", "不需要")
    age(app, waiting, 5)
    age(app, old_enough, 3)  # exactly MATCH_STALE_DAYS: not yet
    age(app, finished, 9)
    page = text(parties.unit.get("/matches"))
    assert page.count("等待 5 天") == 1 and "等待 3 天" not in page and "等待 9 天" not in page
    assert "等待 5 天" in text(parties.unit.get(f"/matches/{waiting}"))


def test_the_list_does_not_query_per_row(app, parties):
    def statements(path):
        seen = []
        with app.app_context():
            engine = db.engine

        def count(conn, cursor, statement, *args):
            seen.append(statement)

        event.listen(engine, "before_cursor_execute", count)
        try:
            assert parties.office.get(path).status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return seen

    pledged(parties, "1")
    few = len(statements("/matches"))
    for _ in range(8):
        pledged(parties, "1", client=None)
    many = statements("/matches")
    assert len(many) == few
    assert sum("FROM notification" in s for s in many) == 1  # the bell: one COUNT
