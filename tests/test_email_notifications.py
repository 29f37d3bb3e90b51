"""Email copies of notifications, delivered to a real SMTP server on 127.0.0.1 (aiosmtpd), and
the email address that receives them: /account, PATCH /api/v1/me, registration.

A step writes its mails into the outbox in its own transaction; `delivered()` runs the mail
worker's delivery (notifications/outbox.py, what `flask mail work` repeats) in this process
until nothing is due, then reads what the server received: "no mail" is never a guess about
timing. The worker as a process, killed and restarted, is in test_mail_outbox.py.
"""

import asyncio
import logging
import os
import re
import socket
import subprocess
import sys
import threading
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from matchmaker import config
from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.models_base import utcnow
from matchmaker.notifications import notify
from matchmaker.notifications.models import MailState, Notification, OutboundMail
from matchmaker.notifications.outbox import deliver_due

from . import factories
from .test_auth import REGISTRATION, count_users

PREFIX = "【志愿服务对接平台】"
UNIT_EMAIL = "minzheng@example.cn"


class Inbox:
    """What the local SMTP server accepted. Clearing `open` holds every DATA answer back;
    addresses in `refuse` are refused for good (550) at RCPT."""

    def __init__(self):
        self.mails = []
        self.open = threading.Event()
        self.open.set()
        self.refuse = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        await asyncio.get_running_loop().run_in_executor(None, self.open.wait, 10)
        mail = message_from_bytes(envelope.content, policy=policy.default)
        mail.envelope_to = envelope.rcpt_tos
        self.mails.append(mail)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def inbox():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    inbox.port = controller.port
    yield inbox
    inbox.open.set()
    controller.stop()


@pytest.fixture
def app(app, inbox):
    """The suite's app, sending to the local server (plain SMTP: it has no certificate); a
    failed try is due again at once, so that retries need no waiting."""
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=inbox.port, MAIL_STARTTLS=False, MAIL_TIMEOUT=5,
                      MAIL_FROM="noreply@zyfw.example.cn", MAIL_RETRY_SECONDS=0, MAIL_MAX_ATTEMPTS=3)
    return app


def work(app) -> list:
    """Run the mail worker's delivery until nothing is due; what each round did."""
    rounds = []
    with app.app_context():
        while (outcome := deliver_due()).tried:
            rounds.append(outcome)
    return rounds


def delivered(app, inbox) -> list:
    """Every mail the server has accepted, once the worker has delivered what is due."""
    work(app)
    return inbox.mails


def outbox(app) -> list[tuple[str, str, int]]:
    """(address, state, tries) of every mail in the outbox, oldest first."""
    with app.app_context():
        rows = db.session.execute(select(OutboundMail.to_address, OutboundMail.state, OutboundMail.attempts)
                                  .order_by(OutboundMail.id)).all()
    return [(address, MailState(state).value, tries) for address, state, tries in rows]


def body(mail) -> str:
    return mail.get_content()


@pytest.fixture
def world(app, api_as):
    """A published project of 市民政局 (two unit accounts: one with an email, one without),
    a sponsor with an email, and the office (no email)."""
    unit, quiet_unit, sponsor, office = api_as("unit"), api_as("unit"), api_as("sponsor"), api_as("office")
    project_id = factories.make_project(app, unit.user)  # before the addresses: its publication mails nobody
    assert unit.patch("/api/v1/me", json={"email": UNIT_EMAIL}).status_code == 200
    assert sponsor.patch("/api/v1/me", json={"email": "donor@example.cn"}).status_code == 200
    money = unit.get(f"/api/v1/projects/{project_id}").get_json()["needs"][0]["id"]
    return type("World", (), dict(unit=unit, quiet_unit=quiet_unit, sponsor=sponsor, office=office,
                                  project_id=project_id, money=money))


def pledge(world, quantity=100):
    return world.sponsor.post("/api/v1/matches", json={"project_id": world.project_id, "kind": "pledge",
                                                       "need_id": world.money, "quantity": quantity})


def notifications_of(app, user_id: int) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Notification).where(Notification.user_id == user_id))


# --- sending -----------------------------------------------------------------------------------

def test_a_pledge_mails_the_unit_with_an_address_and_nobody_else(app, world, inbox):
    told = notifications_of(app, world.quiet_unit.user.id)
    response = pledge(world)
    assert response.status_code == 201
    match_id = response.get_json()["id"]
    assert inbox.mails == [] and outbox(app) == [(UNIT_EMAIL, "pending", 0)]  # queued with the step, not sent
    mails = delivered(app, inbox)
    assert len(mails) == 1
    mail = mails[0]
    assert mail.envelope_to == [UNIT_EMAIL] and mail["To"] == UNIT_EMAIL
    assert mail["From"] == "noreply@zyfw.example.cn"
    assert mail["Subject"].startswith(PREFIX) and "认捐“社区老年人健康义诊”" in mail["Subject"]
    assert mail.get_content_charset() == "utf-8"
    assert re.fullmatch(r"<outbox\.\d+\.\d{14}@zyfw\.example\.cn>", mail["Message-ID"])
    assert f"查看详情：http://localhost/matches/{match_id}" in body(mail)
    assert "认捐“社区老年人健康义诊”" in body(mail)
    assert outbox(app) == [(UNIT_EMAIL, "sent", 1)]
    assert delivered(app, inbox) == [mail]  # sent once: another round finds nothing due
    # the unit account without an address was told in the app all the same
    assert notifications_of(app, world.quiet_unit.user.id) == told + 1


def test_links_use_site_url_when_set(app, world, inbox):
    app.config["SITE_URL"] = "https://zyfw.example.cn/"
    match_id = pledge(world).get_json()["id"]
    assert f"https://zyfw.example.cn/matches/{match_id}" in body(delivered(app, inbox)[0])


def test_each_step_mails_the_parties_with_an_address(app, world, inbox):
    match_id = pledge(world).get_json()["id"]
    assert [m.envelope_to for m in delivered(app, inbox)] == [[UNIT_EMAIL]]
    assert world.unit.post(f"/api/v1/matches/{match_id}/accept").status_code == 200
    accepted = delivered(app, inbox)[1:]
    assert [m.envelope_to for m in accepted] == [["donor@example.cn"]]  # and the office, which has no address
    assert accepted[0]["Subject"].endswith("单位已接受，待文明办审批")
    assert world.office.post(f"/api/v1/matches/{match_id}/approve").status_code == 200
    approved = delivered(app, inbox)[2:]
    assert sorted(m["To"] for m in approved) == ["donor@example.cn", UNIT_EMAIL]
    assert all(m["Subject"].endswith("文明办已批准") for m in approved)


def test_without_mail_server_nothing_is_queued(app, world, inbox):
    app.config["MAIL_SERVER"] = ""
    before = notifications_of(app, world.unit.user.id)
    assert pledge(world).status_code == 201
    assert outbox(app) == []
    assert notifications_of(app, world.unit.user.id) == before + 1  # the bell still rings
    app.config["MAIL_SERVER"] = "127.0.0.1"  # the same step with SMTP configured does send
    assert pledge(world).status_code == 201
    assert [m.envelope_to for m in delivered(app, inbox)] == [[UNIT_EMAIL]]


@pytest.mark.parametrize(("who", "step", "status"), [
    ("sponsor", "accept", 403),  # only the unit accepts
    ("office", "accept", 403),
    ("unit", "fulfil", 409),  # not from 'submitted'
])
def test_a_refused_step_sends_nothing(app, world, inbox, who, step, status):
    match_id = pledge(world).get_json()["id"]
    assert len(delivered(app, inbox)) == 1  # the pledge itself was mailed: delivery works
    response = getattr(world, who).post(f"/api/v1/matches/{match_id}/{step}")
    assert response.status_code == status
    assert len(delivered(app, inbox)) == 1 and len(outbox(app)) == 1


@pytest.mark.parametrize("end", ["rollback", "close"])
def test_mail_queued_in_a_transaction_that_does_not_commit_is_dropped(app, world, inbox, end):
    """notify() ran, then the transaction was undone: its mail goes with it."""
    with app.app_context():
        user = db.session.get(User, world.unit.user.id)
        notify([user], "撤销的消息")
        getattr(db.session, end)()
        notify([db.session.get(User, world.unit.user.id)], "提交的消息")
        db.session.commit()
    assert [m["Subject"] for m in delivered(app, inbox)] == [PREFIX + "提交的消息"]


COMMAND = """
import sys
from matchmaker import create_app
from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.notifications import notify

with create_app().app_context():
    notify([db.session.get(User, int(sys.argv[1]))], "命令行发出的提醒", "/unit/execution")
    db.session.commit()
"""


def test_a_command_that_exits_right_after_its_commit_leaves_its_mail_queued(app, world, inbox, database_url):
    """`flask execution remind` notifies and ends: its mail is in the outbox, for the worker.
    Outside a request only SITE_URL can make the link whole."""
    env = {**os.environ, "DATABASE_URL": database_url, "SECRET_KEY": "test-secret", "MAIL_SERVER": "127.0.0.1",
           "MAIL_PORT": str(inbox.port), "MAIL_STARTTLS": "0", "SITE_URL": "https://zyfw.example.cn"}
    subprocess.run([sys.executable, "-c", COMMAND, str(world.unit.user.id)], env=env, check=True, timeout=120)
    assert inbox.mails == [] and outbox(app) == [(UNIT_EMAIL, "pending", 0)]
    mails = delivered(app, inbox)
    assert [m["Subject"] for m in mails] == [PREFIX + "命令行发出的提醒"]
    assert "https://zyfw.example.cn/unit/execution" in body(mails[0])


def test_the_request_never_waits_for_the_server(app, world, inbox):
    inbox.open.clear()  # the server takes mail but does not answer: a step must not notice
    assert pledge(world).status_code == 201
    assert inbox.mails == [] and outbox(app) == [(UNIT_EMAIL, "pending", 0)]
    inbox.open.set()
    assert len(delivered(app, inbox)) == 1


def test_a_server_that_is_down_breaks_nothing_is_logged_with_the_recipient_and_retried(app, world, inbox, caplog):
    port = app.config["MAIL_PORT"]
    app.config["MAIL_PORT"] = free_port()  # nothing listens there
    app.config["MAIL_MAX_ATTEMPTS"] = 5
    response = pledge(world)
    assert response.status_code == 201
    with caplog.at_level(logging.WARNING, logger=app.logger.name), app.app_context():
        outcome = deliver_due()
    assert (outcome.sent, outcome.retried, outcome.failed) == (0, 1, 0)
    assert inbox.mails == [] and outbox(app) == [(UNIT_EMAIL, "pending", 1)]
    line = next(r.getMessage() for r in caplog.records if r.name == app.logger.name)
    assert f"to {UNIT_EMAIL} (user {world.unit.user.id}) not delivered (try 1 of 5)" in line
    assert "ConnectionRefusedError" in line
    assert world.sponsor.get(f"/api/v1/matches/{response.get_json()['id']}").get_json()["state"] == "submitted"
    app.config["MAIL_PORT"] = port  # the server is back: the same mail goes, once
    assert [m["To"] for m in delivered(app, inbox)] == [UNIT_EMAIL]
    assert outbox(app) == [(UNIT_EMAIL, "sent", 2)]


def test_a_failed_try_waits_longer_each_time(app, world, inbox):
    app.config.update(MAIL_PORT=free_port(), MAIL_RETRY_SECONDS=60, MAIL_MAX_ATTEMPTS=5)
    pledge(world)
    waits = []
    with app.app_context():
        for _ in range(3):
            mail = db.session.scalar(select(OutboundMail))
            db.session.execute(OutboundMail.__table__.update().values(due_at=mail.created_at))  # due now
            db.session.commit()
            before = utcnow()
            assert deliver_due().retried == 1
            db.session.expire_all()
            waits.append(round((db.session.scalar(select(OutboundMail.due_at)) - before).total_seconds() / 60))
            assert deliver_due().tried == 0  # not due before its wait is over
    assert waits == [1, 2, 4]


def test_starttls_is_required_when_asked_so_nothing_goes_in_clear(app, world, inbox, caplog):
    app.config["MAIL_STARTTLS"] = True  # the default; this server offers no STARTTLS
    with caplog.at_level(logging.WARNING, logger=app.logger.name):
        assert pledge(world).status_code == 201
        assert delivered(app, inbox) == []
    assert outbox(app) == [(UNIT_EMAIL, "failed", 3)]
    assert any("STARTTLS" in r.getMessage() and UNIT_EMAIL in r.getMessage() for r in caplog.records)


def test_after_the_last_try_the_mail_is_failed_and_logged_as_an_error(app, world, inbox, caplog):
    app.config["MAIL_PORT"] = free_port()
    pledge(world)
    with caplog.at_level(logging.WARNING, logger=app.logger.name):
        rounds = work(app)
    assert [(r.retried, r.failed) for r in rounds] == [(1, 0), (1, 0), (0, 1)]
    assert outbox(app) == [(UNIT_EMAIL, "failed", 3)]
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "given up" in errors[0] and UNIT_EMAIL in errors[0]


def test_a_mailbox_the_server_refuses_for_good_is_failed_at_once_and_the_rest_go(app, world, inbox):
    inbox.refuse.add(UNIT_EMAIL)
    match_id = pledge(world).get_json()["id"]
    world.unit.post(f"/api/v1/matches/{match_id}/accept")  # mails the sponsor
    assert [m["To"] for m in delivered(app, inbox)] == ["donor@example.cn"]
    assert outbox(app) == [(UNIT_EMAIL, "failed", 1), ("donor@example.cn", "sent", 1)]


def test_the_worker_claims_a_mail_once_until_its_lease_runs_out(app, world, inbox):
    """A claimed mail is another worker's until its lease ends (a worker killed mid-delivery
    leaves it so); then it is claimed again."""
    from matchmaker.notifications.outbox import claim

    pledge(world)
    with app.app_context():
        first = claim()
        assert first is not None and claim() is None  # leased: nobody else takes it
        db.session.execute(OutboundMail.__table__.update().values(lease_until=first[0].replace(year=2000)))
        db.session.commit()
        assert deliver_due().sent == 1
    assert len(inbox.mails) == 1 and outbox(app) == [(UNIT_EMAIL, "sent", 2)]


def test_mail_settings_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SECRET_KEY", "x")
    for name in ("MAIL_SERVER", "MAIL_PORT", "MAIL_STARTTLS", "MAIL_SSL", "MAIL_FROM", "MAIL_USERNAME", "SITE_URL"):
        monkeypatch.delenv(name, raising=False)
    defaults = config.load(str(tmp_path))
    assert (defaults["MAIL_SERVER"], defaults["MAIL_PORT"], defaults["MAIL_STARTTLS"], defaults["MAIL_SSL"]) == (
        "", 25, True, False)
    monkeypatch.setenv("MAIL_SERVER", "smtp.example.cn")
    monkeypatch.setenv("MAIL_PORT", "465")
    monkeypatch.setenv("MAIL_SSL", "1")
    monkeypatch.setenv("MAIL_STARTTLS", "0")
    monkeypatch.setenv("MAIL_USERNAME", "zyfw@example.cn")
    monkeypatch.setenv("MAIL_TIMEOUT", "3")
    monkeypatch.setenv("MAIL_MAX_ATTEMPTS", "4")
    monkeypatch.setenv("MAIL_LEASE_SECONDS", "60")
    settings = config.load(str(tmp_path))
    assert settings["MAIL_PORT"] == 465 and settings["MAIL_SSL"] and not settings["MAIL_STARTTLS"]
    assert (settings["MAIL_MAX_ATTEMPTS"], settings["MAIL_LEASE_SECONDS"], settings["MAIL_RETRY_SECONDS"]) == (4, 60, 30)
    assert settings["MAIL_FROM"] == "zyfw@example.cn" and settings["MAIL_TIMEOUT"] == 3.0


# --- the address: 账号设置 -----------------------------------------------------------------------

def email_of(app, user_id: int) -> str:
    with app.app_context():
        return db.session.get(User, user_id).email


def test_the_account_page_shows_who_one_is_and_is_in_the_menu(app, login_as):
    client = login_as("unit")
    page = client.get("/account").get_data(as_text=True)
    assert client.user.username in page and "牵头单位/下属组织" in page and "市民政局" in page
    assert "通知会同时发送到该邮箱；留空则不发送邮件" in page and 'href="/account/password"' in page
    assert 'href="/account">账号设置</a>' in client.get("/").get_data(as_text=True)


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get("/account")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["office", "unit", "sponsor"])
def test_setting_an_email_on_the_page(app, login_as, role):
    client = login_as(role)
    response = client.post("/account", data={"email": "  someone@example.cn "}, follow_redirects=True)
    assert "已保存：通知会同时发送到 someone@example.cn" in response.get_data(as_text=True)
    assert email_of(app, client.user.id) == "someone@example.cn"
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "user.email"))
        assert (entry.actor_id, entry.target_id, entry.detail) == (client.user.id, client.user.id,
                                                                  {"email": "someone@example.cn"})


@pytest.mark.parametrize(("email", "message"), [
    ("not-an-email", "请填写有效的电子邮箱"),
    ("name@localhost", "请填写有效的电子邮箱"),
    ("两个@example.cn", "请填写有效的电子邮箱"),
    ("a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".cn", "电子邮箱不能超过 254 个字符"),
])
def test_a_bad_email_is_refused_next_to_the_field_and_changes_nothing(app, login_as, email, message):
    client = login_as("sponsor")
    client.post("/account", data={"email": "kept@example.cn"})
    response = client.post("/account", data={"email": email})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert re.search(r'is-invalid[^>]*>\s*<div class="invalid-feedback d-block"[^>]*>' + re.escape(message), page)
    assert email_of(app, client.user.id) == "kept@example.cn"


def test_an_empty_email_turns_mail_off(app, login_as):
    client = login_as("unit")
    client.post("/account", data={"email": "unit@example.cn"})
    response = client.post("/account", data={"email": ""}, follow_redirects=True)
    assert "不再发送邮件通知" in response.get_data(as_text=True)
    assert email_of(app, client.user.id) == ""


def test_the_account_form_needs_its_csrf_token(app, login_as):
    client = login_as("sponsor")
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post("/account", data={"email": "forged@example.cn"})
    assert response.status_code == 400 and email_of(app, client.user.id) == ""
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', client.get("/account").get_data(as_text=True))
    response = client.post("/account", data={"email": "mine@example.cn", "csrf_token": token.group(1)})
    assert response.status_code == 302 and email_of(app, client.user.id) == "mine@example.cn"


# --- the address: the API ------------------------------------------------------------------------

def test_patch_me_sets_and_clears_the_email(app, api_as):
    client = api_as("unit")
    response = client.patch("/api/v1/me", json={"email": " unit@example.cn "})
    assert response.status_code == 200 and response.get_json()["user"]["email"] == "unit@example.cn"
    assert client.get("/api/v1/me").get_json()["user"]["email"] == "unit@example.cn"
    assert client.patch("/api/v1/me", json={}).get_json()["user"]["email"] == "unit@example.cn"
    assert client.patch("/api/v1/me", json={"email": ""}).get_json()["user"]["email"] == ""
    assert email_of(app, client.user.id) == ""


@pytest.mark.parametrize("email", ["not-an-email", "a@b", 42, None, "x" * 250 + "@a.cn"])
def test_patch_me_refuses_a_bad_email(app, api_as, email):
    client = api_as("sponsor")
    client.patch("/api/v1/me", json={"email": "kept@example.cn"})
    response = client.patch("/api/v1/me", json={"email": email})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "invalid" and error["field"] == "email" and "电子邮箱" in error["message"]
    assert email_of(app, client.user.id) == "kept@example.cn"


def test_patch_me_needs_a_token(app, client):
    response = client.patch("/api/v1/me", json={"email": "a@example.cn"})
    assert response.status_code == 401 and response.get_json()["error"]["code"] == "unauthorized"


# --- the address: registration --------------------------------------------------------------------

def test_registration_on_the_page_takes_an_optional_email(app, client):
    assert client.post("/register", data={**REGISTRATION, "email": "laowang@example.cn"}).status_code == 302
    with app.app_context():
        assert db.session.scalar(select(User.email).where(User.username == "laowang")) == "laowang@example.cn"


def test_registration_on_the_page_refuses_a_bad_email_and_creates_nothing(app, client):
    before = count_users(app)
    response = client.post("/register", data={**REGISTRATION, "email": "laowang@"})
    assert response.status_code == 200 and "请填写有效的电子邮箱" in response.get_data(as_text=True)
    assert count_users(app) == before


def test_registration_over_the_api_takes_an_optional_email(app, client):
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "email": "laowang@example.cn"})
    assert response.status_code == 201 and response.get_json()["user"]["email"] == "laowang@example.cn"
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "username": "laoli"})
    assert response.status_code == 201 and response.get_json()["user"]["email"] == ""


@pytest.mark.parametrize("email", ["laowang@", None, 7])
def test_registration_over_the_api_refuses_a_bad_email_and_creates_nothing(app, client, email):
    before = count_users(app)
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "email": email})
    assert response.status_code == 422 and response.get_json()["error"]["field"] == "email"
    assert count_users(app) == before
