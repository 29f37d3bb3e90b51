"""Notifications: the list, marking read, following a link, the bell."""

import pytest
from sqlalchemy import event, select

from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.notifications import notify
from matchmaker.notifications.models import Notification

from .match_pages import bell, flashes, make_parties, pledged, step, text, unread


@pytest.fixture
def parties(app, login_as):
    return make_parties(app, login_as)


def tell(app, user_id: int, message: str, link: str = "") -> int:
    with app.app_context():
        notify([db.session.get(User, user_id)], message, link)
        db.session.commit()
        return db.session.scalar(select(Notification.id).order_by(Notification.id.desc()).limit(1))


@pytest.mark.parametrize(("method", "path"), [("get", "/notifications"), ("post", "/notifications/read"),
                                              ("post", "/notifications/1/open")])
def test_anonymous_is_sent_to_login(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["sponsor", "unit", "office"])
def test_each_role_reads_its_own_newest_first(app, login_as, role):
    client = login_as(role)
    tell(app, client.user.id, "第一条消息")
    tell(app, client.user.id, "第二条消息")
    page = text(client.get("/notifications"))
    assert page.index("第二条消息") < page.index("第一条消息")
    assert page.count('fw-bold') == 2 and page.count(">未读</span>") == 2
    assert bell(client) == 2


def test_opening_marks_read_and_follows_the_link(app, parties):
    match_id = pledged(parties, "10")
    note = parties.unit.get("/notifications")
    assert "爱心企业" in text(note) and "认捐“社区老年人健康义诊”" in text(note)
    before = bell(parties.unit)
    with app.app_context():
        note_id = db.session.scalar(select(Notification.id).where(
            Notification.user_id == parties.unit.user.id, Notification.link == f"/matches/{match_id}"))
    response = parties.unit.post(f"/notifications/{note_id}/open")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/matches/{match_id}")
    assert bell(parties.unit) == before - 1


def test_someone_elses_notification_is_404_and_stays_unread(app, parties):
    note_id = tell(app, parties.sponsor.user.id, "只给爱心方的消息", "/matches")
    for other in (parties.unit, parties.office):
        response = other.post(f"/notifications/{note_id}/open")
        assert response.status_code == 404 and "消息不存在" in text(response)
    assert parties.sponsor.post("/notifications/999999/open").status_code == 404
    assert unread(app, parties.sponsor.user.id) == ["只给爱心方的消息"]
    assert "只给爱心方的消息" not in text(parties.unit.get("/notifications"))


@pytest.mark.parametrize("link", ["https://evil.example/phish", "//evil.example", "/\\evil.example", ""])
def test_links_lead_only_to_this_site(app, parties, link):
    note_id = tell(app, parties.sponsor.user.id, "可疑链接", link)
    response = parties.sponsor.post(f"/notifications/{note_id}/open")
    assert response.status_code == 302 and response.headers["Location"].endswith("/notifications")


def test_mark_all_read_touches_only_mine(app, parties):
    tell(app, parties.sponsor.user.id, "甲")
    tell(app, parties.sponsor.user.id, "乙")
    tell(app, parties.unit.user.id, "丙")
    unit_before = len(unread(app, parties.unit.user.id))
    page = parties.sponsor.post("/notifications/read", follow_redirects=True)
    assert "已全部标为已读" in text(page) and ">未读</span>" not in text(page)
    assert unread(app, parties.sponsor.user.id) == [] and bell(parties.sponsor) == 0
    assert len(unread(app, parties.unit.user.id)) == unit_before


def test_steps_ring_the_right_bells(app, parties):
    match_id = pledged(parties, "10")
    office_before, sponsor_before = bell(parties.office), bell(parties.sponsor)
    step(parties.unit, match_id, "accept")
    flashes(parties.unit)
    assert bell(parties.office) == office_before + 1 and bell(parties.sponsor) == sponsor_before + 1
    step(parties.sponsor, match_id, "withdraw")
    assert "已撤回" in unread(app, parties.unit.user.id)[-1]


def test_the_list_pages(app, login_as):
    client = login_as("sponsor")
    for number in range(25):
        tell(app, client.user.id, f"消息{number:02d}")
    first = text(client.get("/notifications"))
    assert "消息24" in first and "消息05" in first and "消息04" not in first and "第 1 / 2 页，共 25 条" in first
    assert "消息00" in text(client.get("/notifications?page=2"))
    assert "暂无消息" in text(login_as("unit").get("/notifications"))


def test_no_bell_and_no_count_for_the_public(app, client):
    statements = []
    with app.app_context():
        engine = db.engine

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        page = text(client.get("/"))
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert "unread-count" not in page and 'href="/notifications"' not in page
    assert not any("notification" in s for s in statements)
