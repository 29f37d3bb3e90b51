"""The pages of collaboration requests: the ask form with suggested partners, 我的合作,
one request with its buttons and history, the office's overdue list and reminder, and the
partners on the project's page."""

import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select, update

from matchmaker.catalog.models import Unit
from matchmaker.collaborations import queries
from matchmaker.collaborations.models import Collaboration, CollaborationEvent
from matchmaker.extensions import db
from matchmaker.notifications.models import Notification

from . import factories


def in_days(days: int) -> str:
    return (queries.today() + timedelta(days=days)).isoformat()


def unit_id(app, name: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Unit.id).where(Unit.name == name))


def text(response) -> str:
    return response.get_data(as_text=True)


def flashes(client) -> list[str]:
    """The messages waiting to be shown on the next page (and take them)."""
    with client.session_transaction() as session:
        return [message for _, message in session.pop("_flashes", [])]


def counts(app) -> tuple[int, int, int]:
    with app.app_context():
        return tuple(db.session.scalar(select(func.count()).select_from(model))
                     for model in (Collaboration, CollaborationEvent, Notification))


def state_of(app, collaboration_id: int) -> str:
    with app.app_context():
        return db.session.get(Collaboration, collaboration_id).state.value


@pytest.fixture
def parties(app, login_as):
    """Signed in: 市民政局 (asker, with a published project), 市教育局 (asked), 团市委
    (a stranger), the office and a sponsor."""
    asker, asked = login_as("unit"), login_as("unit", unit="市教育局")
    stranger, office, sponsor = login_as("unit", unit="团市委"), login_as("office"), login_as("sponsor")
    project_id = factories.make_project(app, asker.user)
    for client in (asker, asked, stranger, office, sponsor):
        flashes(client)
    return SimpleNamespace(asker=asker, asked=asked, stranger=stranger, office=office, sponsor=sponsor,
                           project_id=project_id, to_unit_id=unit_id(app, "市教育局"))


def ask(parties, client=None, **changes):
    data = {"to_unit_id": str(parties.to_unit_id), "ask": "venue", "due_on": in_days(7),
            "message": "借用学校礼堂开展两次健康讲座", **changes}
    return (client or parties.asker).post(f"/projects/{parties.project_id}/collaborations/new", data=data)


def asked_id(parties, **changes) -> int:
    response = ask(parties, **changes)
    assert response.status_code == 302, text(response)
    flashes(parties.asker)
    return int(response.headers["Location"].rsplit("/", 1)[1])


def step(client, collaboration_id: int, name: str, reason: str | None = None):
    data = {} if reason is None else {"reason": reason}
    return client.post(f"/collaborations/{collaboration_id}/{name}", data=data)


def make_overdue(app, collaboration_id: int) -> None:
    with app.app_context():
        db.session.execute(update(Collaboration).where(Collaboration.id == collaboration_id)
                           .values(due_on=queries.today() - timedelta(days=3)))
        db.session.commit()


def test_two_units_run_a_collaboration_from_request_to_done(app, parties):
    project_page = text(parties.asker.get(f"/projects/{parties.project_id}"))
    assert f'href="/projects/{parties.project_id}/collaborations/new">邀请单位合作</a>' in project_page
    form = text(parties.asker.get(f"/projects/{parties.project_id}/collaborations/new"))
    assert "邀请其他单位参与合作" in form and f'value="{parties.to_unit_id}">市教育局</option>' in form
    assert f'value="{unit_id(app, "市民政局")}"' not in form  # one's own unit is not offered

    response = ask(parties)
    collaboration_id = int(response.headers["Location"].rsplit("/", 1)[1])
    assert flashes(parties.asker) == ["已向市教育局发出合作邀请"]
    mine = text(parties.asked.get("/collaborations"))
    assert "我的合作" in mine and "社区老年人健康义诊" in mine and ">收到</span>" in mine
    page = text(parties.asked.get(f"/collaborations/{collaboration_id}"))
    assert ">接受</button>" in page and ">婉拒</button>" in page and "借用学校礼堂开展两次健康讲座" in page
    assert ">撤回</button>" not in page

    step(parties.asked, collaboration_id, "accept")
    assert flashes(parties.asked) == ["操作成功，当前状态：已接受"]
    public = text(app.test_client().get(f"/projects/{parties.project_id}"))
    assert "合作单位" in public and re.search(r"<strong>市教育局</strong> · 场地支持", public)

    assert ">确认完成</button>" in text(parties.asker.get(f"/collaborations/{collaboration_id}"))
    step(parties.asker, collaboration_id, "done", "讲座已办完")
    assert flashes(parties.asker) == ["操作成功，当前状态：已完成"]
    finished = text(parties.asked.get(f"/collaborations/{collaboration_id}"))
    for change in ("（发出邀请） → 待对方答复", "待对方答复 → 已接受", "已接受 → 已完成", "讲座已办完"):
        assert change in finished
    assert "此合作已结束，无需操作" in finished
    assert "已完成</span>" in text(app.test_client().get(f"/projects/{parties.project_id}"))


def test_the_ask_form_suggests_units_whose_work_fits(app, parties, login_as):
    similar = login_as("unit", unit="团市委")
    factories.make_project(app, similar.user, title="青年志愿者社区老年人健康义诊",
                           description="组织青年志愿者为社区老年人测血压、讲解慢病用药。")
    form = text(parties.asker.get(f"/projects/{parties.project_id}/collaborations/new"))
    suggestion = re.search(r'<div class="small mb-3 suggestion">(.*?)</a>', form, re.S).group(1)
    tuanshiwei = unit_id(app, "团市委")
    assert "<strong>团市委</strong>" in suggestion and "关键词" in suggestion
    assert f"to_unit_id={tuanshiwei}" in suggestion
    assert f'<optgroup label="推荐单位"><option value="{tuanshiwei}">团市委</option>' in form
    picked = text(parties.asker.get(f"/projects/{parties.project_id}/collaborations/new?to_unit_id={tuanshiwei}"))
    assert f'<option selected value="{tuanshiwei}">团市委</option>' in picked


BAD_FORMS = [
    ({"due_on": in_days(-1)}, "答复期限不能早于今天"),
    ({"due_on": ""}, "请填写答复期限"),
    ({"to_unit_id": ""}, "请选择受邀单位"),
    ({"to_unit_id": "999999"}, "所选的受邀单位不存在"),
    ({"ask": ""}, "请选择有效的合作内容"),
    ({"message": "请" * 1001}, "合作说明不能超过 1000 个字"),
    ({"message": ""}, "请填写合作说明"),
]


@pytest.mark.parametrize(("changes", "message"), BAD_FORMS)
def test_the_ask_form_shows_what_is_wrong_under_the_field(app, parties, changes, message):
    before = counts(app)
    response = ask(parties, **changes)
    assert response.status_code == 200
    # Under its field, and named by it for screen readers (aria-describedby → the message's id).
    assert re.search(r'<div class="invalid-feedback d-block" id="[\w-]+-error">' + re.escape(message) + "</div>",
                     text(response))
    assert counts(app) == before


def test_asking_ones_own_unit_is_refused_on_the_form(app, parties):
    response = ask(parties, to_unit_id=str(unit_id(app, "市民政局")))
    assert "不能邀请本单位，请选择其他单位" in text(response) and counts(app)[0] == 0


@pytest.mark.parametrize(("who", "project", "status"), [
    ("stranger", "asker's", 403), ("stranger", "asker's draft", 404),
    ("sponsor", "asker's", 403), ("office", "asker's", 403),
])
def test_only_the_projects_units_open_the_ask_form(app, parties, who, project, status):
    project_id = parties.project_id
    if project == "asker's draft":
        project_id = factories.make_project(app, parties.asker.user, status="draft")
    client = getattr(parties, who)
    assert client.get(f"/projects/{project_id}/collaborations/new").status_code == status
    response = client.post(f"/projects/{project_id}/collaborations/new", data={
        "to_unit_id": str(parties.to_unit_id), "ask": "venue", "due_on": in_days(7), "message": "请帮忙"})
    assert response.status_code == status and counts(app)[0] == 0
    assert "邀请单位合作" not in text(client.get(f"/projects/{parties.project_id}"))


def test_an_unpublished_project_sends_its_unit_back(app, parties):
    draft = factories.make_project(app, parties.asker.user, status="draft")
    response = parties.asker.get(f"/projects/{draft}/collaborations/new")
    assert response.headers["Location"].endswith(f"/projects/{draft}")
    assert flashes(parties.asker) == ["只有已发布的项目可以发起交叉合作"]
    assert "邀请单位合作" not in text(parties.asker.get(f"/projects/{draft}"))


@pytest.mark.parametrize(("who", "buttons", "absent"), [
    ("asked", [">接受</button>", ">婉拒</button>"], [">撤回</button>", "催办"]),
    ("asker", [">撤回</button>"], [">接受</button>", "催办"]),
    ("office", [">文明办关闭</button>", "催办（提醒受邀单位答复）"], [">接受</button>", ">撤回</button>"]),
])
def test_each_party_sees_the_buttons_it_may_press(app, parties, who, buttons, absent):
    page = text(getattr(parties, who).get(f"/collaborations/{asked_id(parties)}"))
    assert all(b in page for b in buttons) and not any(a in page for a in absent)


def test_strangers_get_404_and_sponsors_403(app, parties):
    collaboration_id = asked_id(parties)
    before = counts(app)
    page = parties.stranger.get(f"/collaborations/{collaboration_id}")
    assert page.status_code == 404 and "合作记录不存在" in text(page)
    assert step(parties.stranger, collaboration_id, "accept").status_code == 404
    assert "社区老年人健康义诊" not in text(parties.stranger.get("/collaborations"))
    for path in ("/collaborations", f"/collaborations/{collaboration_id}"):
        assert parties.sponsor.get(path).status_code == 403
    assert step(parties.sponsor, collaboration_id, "accept").status_code == 403
    assert counts(app) == before


@pytest.mark.parametrize(("path", "method"), [
    ("/collaborations", "get"), ("/collaborations/1", "get"), ("/collaborations/1/accept", "post"),
    ("/collaborations/1/remind", "post"), ("/projects/1/collaborations/new", "get"),
])
def test_anonymous_is_sent_to_login(client, path, method):
    response = getattr(client, method)(path)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_refusals_on_the_page_say_why_and_change_nothing(app, parties):
    collaboration_id = asked_id(parties)
    before = counts(app)
    assert step(parties.asked, collaboration_id, "decline").status_code == 302
    assert flashes(parties.asked) == ["“婉拒”需要填写理由"]
    forbidden = step(parties.asker, collaboration_id, "accept")
    assert forbidden.status_code == 403 and "只有受邀单位可以“接受”" in text(forbidden)
    assert step(parties.asker, collaboration_id, "done").status_code == 302
    assert flashes(parties.asker) == ["当前状态为“待对方答复”，不能执行“确认完成”"]
    assert step(parties.asked, collaboration_id, "approve").status_code == 404
    assert counts(app) == before and state_of(app, collaboration_id) == "requested"


def test_my_collaborations_lists_incoming_and_outgoing_with_filters(app, parties):
    outgoing = asked_id(parties)
    theirs = factories.make_project(app, parties.asked.user, title="校园安全宣讲")
    incoming = parties.asked.post(f"/projects/{theirs}/collaborations/new", data={
        "to_unit_id": str(unit_id(app, "市民政局")), "ask": "people", "due_on": in_days(3), "message": "请派社工"})
    assert incoming.status_code == 302
    step(parties.asker, outgoing, "withdraw")

    def rows(query=""):
        page = text(parties.asker.get(f"/collaborations{query}"))
        return re.findall(r'<strong class="title">([^<]+)</strong>', page), page

    titles, page = rows()
    assert titles == ["校园安全宣讲", "社区老年人健康义诊"] and ">收到</span>" in page and ">发出</span>" in page
    assert rows("?direction=incoming")[0] == ["校园安全宣讲"]
    assert rows("?direction=outgoing")[0] == ["社区老年人健康义诊"]
    assert rows("?state=withdrawn")[0] == ["社区老年人健康义诊"]
    assert rows("?state=done")[0] == [] and "没有处于“已完成”的合作邀请" in rows("?state=done")[1]
    bad = parties.asker.get("/collaborations?state=finished")
    assert bad.status_code == 302 and flashes(parties.asker) == ["请选择有效的状态"]


def test_the_office_sees_overdue_requests_and_reminds(app, parties):
    late, on_time = asked_id(parties), asked_id(parties, to_unit_id=str(unit_id(app, "团市委")))
    make_overdue(app, late)
    everything = text(parties.office.get("/collaborations"))
    assert "全部交叉合作" in everything and everything.count("逾期未答复</span>") == 1
    overdue = text(parties.office.get("/collaborations?overdue=1"))
    assert f"/collaborations/{late}" in overdue and f"/collaborations/{on_time}" not in overdue
    assert "逾期未答复</span>" in text(parties.asker.get(f"/collaborations/{late}"))

    asked_before = counts(app)[2]
    parties.office.post(f"/collaborations/{late}/remind")
    assert flashes(parties.office) == ["已提醒市教育局尽快答复"]
    assert counts(app)[2] == asked_before + 1 and state_of(app, late) == "requested"
    assert "最近催办" in text(parties.office.get(f"/collaborations/{late}"))
    parties.office.post(f"/collaborations/{late}/remind")
    assert flashes(parties.office) == ["今天已催办过该合作邀请"] and counts(app)[2] == asked_before + 1
    assert parties.asker.post(f"/collaborations/{late}/remind").status_code == 403

    step(parties.office, late, "close", "逾期未答复，文明办关闭")
    assert flashes(parties.office) == ["操作成功，当前状态：已撤回"]
    assert "逾期未答复</span>" not in text(parties.office.get("/collaborations"))


@pytest.mark.parametrize(("role", "shown"), [("unit", True), ("office", True), ("sponsor", False)])
def test_the_menu_shows_collaborations_to_units_and_the_office(app, login_as, role, shown):
    page = text(login_as(role).get("/"))
    assert ('href="/collaborations">交叉合作</a>' in page) is shown


def test_the_project_page_lists_each_partner_once(app, parties):
    venue = asked_id(parties)
    step(parties.asked, venue, "accept")
    step(parties.asker, venue, "done")
    people = asked_id(parties, ask="people")
    step(parties.asked, people, "accept")
    asked_id(parties, to_unit_id=str(unit_id(app, "团市委")))  # not answered: no partner yet
    page = text(app.test_client().get(f"/projects/{parties.project_id}"))
    partners = re.findall(r'<div class="small mb-1 partner">\s*(.*?)\s*</div>', page, re.S)
    assert partners == ["<strong>市教育局</strong> · 场地支持、人员支持"]  # not all done: no badge
    step(parties.asker, people, "done")
    page = text(app.test_client().get(f"/projects/{parties.project_id}"))
    assert re.search(r"<strong>市教育局</strong> · 场地支持、人员支持\s*<span class=\"badge text-bg-success\">已完成", page)
    assert "团市委" not in page
