"""The office's approval queue: plans waiting for publication, matches approved in bulk."""

import re
from datetime import timedelta

import pytest

from matchmaker.extensions import db
from matchmaker.projects.models import Project

from . import factories
from .match_pages import (
    age,
    approved_quantity,
    flashes,
    history_length,
    make_parties,
    pledged,
    state_of,
    step,
    text,
    unread,
)

QUEUE_PAGES = [("get", "/office/queue"), ("post", "/office/queue/approve"), ("post", "/office/queue/reject")]


@pytest.fixture
def parties(app, login_as):
    return make_parties(app, login_as)


def accepted(parties, quantity="10", **kwargs) -> int:
    match_id = pledged(parties, quantity, **kwargs)
    step(parties.unit, match_id, "accept")
    flashes(parties.unit)
    return match_id


def decide(parties, verb: str, ids, reason=None):
    data = {"match_ids": [str(i) for i in ids]}
    if reason is not None:
        data["reason"] = reason
    return parties.office.post(f"/office/queue/{verb}", data=data, follow_redirects=True)


@pytest.mark.parametrize(("method", "path"), QUEUE_PAGES)
def test_anonymous_is_sent_to_login(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["unit", "sponsor"])
@pytest.mark.parametrize(("method", "path"), QUEUE_PAGES)
def test_other_roles_are_refused(login_as, role, method, path):
    response = getattr(login_as(role), method)(path)
    assert response.status_code == 403 and "您无权执行此操作" in text(response)


def test_the_queue_shows_what_waits_for_the_office(app, parties, login_as):
    plan = factories.make_project(app, parties.unit.user, status="submitted", title="待审核的助学项目")
    factories.make_project(app, parties.unit.user, status="draft", title="还是草稿的项目")
    waiting = accepted(parties)
    submitted = pledged(parties, "20")
    page = text(parties.office.get("/office/queue"))
    assert "待发布的项目方案" in page and "待审批的认领认捐" in page
    assert "待审核的助学项目" in page and f'href="/projects/{plan}"' in page and "还是草稿的项目" not in page
    assert f'name="match_ids" value="{waiting}"' in page and f'value="{submitted}"' not in page
    assert "药品与耗材经费" in page and "10 元" in page and "爱心企业" in page
    assert "批准所选" in page and "不予批准所选" in page and not re.search(r"等待 \d+ 天", page)


def test_stale_items_are_flagged(app, parties):
    plan = factories.make_project(app, parties.unit.user, status="submitted", title="等了很久的方案")
    with app.app_context():
        project = db.session.get(Project, plan)
        project.updated_at -= timedelta(days=6, minutes=1)
        db.session.commit()
    match_id = accepted(parties)
    age(app, match_id, 4)
    page = text(parties.office.get("/office/queue"))
    assert "等待 6 天" in page and "等待 4 天" in page


def test_bulk_approval_goes_on_past_refusals(app, parties, login_as):
    """Two pledges of 6 to a need of 10: the second is refused, the others are approved."""
    first = accepted(parties, "6", need=parties.goods)
    second = accepted(parties, "6", need=parties.goods, client=login_as("sponsor"))
    money = accepted(parties, "100")
    not_yet = pledged(parties, "5")
    page = text(decide(parties, "approve", [first, second, 999999, not_yet, money, first]))
    assert "已批准 2 项，3 项未能处理" in page
    assert f"对接 #{second}（社区老年人健康义诊）：批准后将超过该需求的数量，不能批准" in page
    assert "对接 #999999：对接记录不存在" in page
    assert f"对接 #{not_yet}（社区老年人健康义诊）：当前状态为“待单位确认”，不能执行“批准”" in page
    assert [state_of(app, i) for i in (first, second, money, not_yet)] == ["approved", "accepted", "approved", "submitted"]
    assert approved_quantity(app, parties.goods) == 6 and approved_quantity(app, parties.money) == 10000
    assert history_length(app, second) == 2
    assert "文明办已批准" in unread(app, parties.sponsor.user.id)[-1]


def test_bulk_rejection_needs_a_reason(app, parties):
    ids = [accepted(parties), accepted(parties)]
    for reason in (None, "  "):
        page = text(decide(parties, "reject", ids, reason))
        assert "“不予批准”需要填写理由" in page
        assert [state_of(app, i) for i in ids] == ["accepted", "accepted"]
    page = text(decide(parties, "reject", ids, "资助方资质材料不全"))
    assert "已不予批准 2 项" in page
    assert [state_of(app, i) for i in ids] == ["rejected", "rejected"]
    assert "文明办未批准（资助方资质材料不全）" in unread(app, parties.sponsor.user.id)[-1]
    assert "资助方资质材料不全" in text(parties.unit.get(f"/matches/{ids[0]}"))


@pytest.mark.parametrize("verb", ["approve", "reject"])
def test_nothing_ticked(parties, verb):
    page = text(decide(parties, verb, [], "理由"))
    assert "请先勾选要处理的对接" in page


def test_many_refusals_are_summed_up(parties):
    page = text(decide(parties, "approve", range(900001, 900008)))
    assert "已批准 0 项，7 项未能处理" in page
    assert page.count("对接记录不存在") == 5 and "另有 2 项未能处理" in page


def test_the_queue_lists_what_is_overdue_elsewhere(app, login_as):
    """Stuck matches, overdue collaboration requests, unanswered difficulties, silent projects."""
    from datetime import timedelta

    from matchmaker.extensions import db
    from matchmaker.matches.models import Match
    from matchmaker.models_base import utcnow

    from . import factories

    unit, sponsor, office = login_as("unit"), login_as("sponsor"), login_as("office")
    project_id = factories.make_project(app, unit.user, title="社区老年人健康义诊")
    page = office.get("/office/queue").get_data(as_text=True)
    assert "逾期待办" in page and "没有停滞的对接。" in page
    sponsor.post(f"/projects/{project_id}/claim", data={"message": "想认领"})
    with app.app_context():
        match = db.session.scalars(db.select(Match)).one()
        match.updated_at = utcnow() - timedelta(days=30)
        db.session.commit()
    page = office.get("/office/queue").get_data(as_text=True)
    assert "停滞的对接" in page and "社区老年人健康义诊" in page and "没有停滞的对接。" not in page
    assert login_as("unit").get("/office/queue").status_code == 403
