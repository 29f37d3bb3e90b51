"""The mail outbox with its worker as production runs it: `flask mail work` processes against
a real SMTP server (aiosmtpd) that is stopped and restarted, a worker killed mid-delivery, two
workers at once; `flask execution remind` with SMTP down; and what the office sees of mail that
could not be delivered (/office/mail, /api/v1/mail) and its resend."""

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, update

from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.execution.models import ReportReminder
from matchmaker.extensions import db
from matchmaker.notifications import notify
from matchmaker.notifications.models import MailState, OutboundMail

from .test_email_notifications import Inbox, free_port, outbox, work

ROOT = Path(__file__).resolve().parents[1]
UNIT_EMAIL = "minzheng@example.cn"


class HeldInbox(Inbox):
    """An inbox that can hold a client in the middle of its conversation (at RCPT, before any
    mail is handed over), and says when one is held."""

    def __init__(self):
        super().__init__()
        self.hold, self.held = threading.Event(), threading.Event()
        self.hold.set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if not self.hold.is_set():
            self.held.set()
            await asyncio.get_running_loop().run_in_executor(None, self.hold.wait, 30)
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)


class SmtpServer:
    """A local SMTP server on a fixed port that the test stops and starts again."""

    def __init__(self):
        self.inbox, self.port, self.controller = HeldInbox(), free_port(), None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp():
    server = SmtpServer()
    server.start()
    yield server
    server.inbox.hold.set()
    server.stop()


@pytest.fixture
def app(app, smtp):
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=smtp.port, MAIL_STARTTLS=False, MAIL_TIMEOUT=5,
                      MAIL_FROM="noreply@zyfw.example.cn", MAIL_RETRY_SECONDS=0, MAIL_MAX_ATTEMPTS=3)
    return app


@pytest.fixture
def workers(database_url, smtp, tmp_path):
    """Start `flask mail work` processes (stopped, or killed, by the test or after it)."""
    started = []

    def start(**env) -> subprocess.Popen:
        environment = {
            **os.environ, "DATABASE_URL": database_url, "SECRET_KEY": "test-secret", "MAIL_SERVER": "127.0.0.1",
            "MAIL_PORT": str(smtp.port), "MAIL_STARTTLS": "0", "MAIL_TIMEOUT": "20", "MAIL_POLL_SECONDS": "0.2",
            "MAIL_RETRY_SECONDS": "0.5", "MAIL_LEASE_SECONDS": "3", "MATCHMAKER_ENV": "development", **env,
        }
        log = tmp_path / f"worker-{len(started)}.log"
        process = subprocess.Popen([sys.executable, "-m", "flask", "--app", "matchmaker", "mail", "work"],
                                   cwd=ROOT, env=environment, stdout=log.open("wb"), stderr=subprocess.STDOUT)
        process.log = log
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def queue_mails(app, count: int) -> list[str]:
    """`count` notifications to as many users with an address, committed: their mails are queued."""
    from . import factories

    addresses = []
    for number in range(count):
        user = factories.make_user(app, "sponsor")
        address = f"donor{number}@example.cn"
        with app.app_context():
            db.session.execute(update(User).where(User.id == user.id).values(email=address))
            db.session.commit()
        addresses.append(address)
    with app.app_context():
        users = db.session.scalars(select(User).where(User.email.in_(addresses))).all()
        notify(users, "您的认捐已由单位接受")
        db.session.commit()
    return addresses


def wait_for(condition, timeout: float = 240, process: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        if process is not None and process.poll() is not None:
            pytest.fail(f"the mail worker exited with {process.returncode}:\n{process.log.read_text()}")
        time.sleep(0.1)
    pytest.fail(f"not so after {timeout} s" + (f":\n{process.log.read_text()}" if process else ""))


def states(app) -> Counter:
    return Counter(state for _, state, _ in outbox(app))


def received(smtp) -> Counter:
    return Counter(mail["To"] for mail in smtp.inbox.mails)


# --- the worker as a process -------------------------------------------------------------------

def test_mail_queued_while_the_server_is_down_is_delivered_once_it_is_back(app, smtp, workers):
    smtp.stop()
    addresses = queue_mails(app, 3)
    worker = workers()
    wait_for(lambda: all(tries >= 2 for _, _, tries in outbox(app)), process=worker)  # tried, and tried again
    assert smtp.inbox.mails == [] and states(app) == {"pending": 3}
    smtp.start()
    wait_for(lambda: states(app) == {"sent": 3}, process=worker)
    assert received(smtp) == Counter(addresses)  # each once
    log = worker.log.read_text()
    assert all(f"to {address} (user " in log for address in addresses)  # the log says for whom
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=30) == 0


def test_a_worker_killed_mid_delivery_loses_nothing_and_sends_nothing_twice(app, smtp, workers):
    addresses = queue_mails(app, 3)
    smtp.inbox.hold.clear()
    first = workers()
    wait_for(smtp.inbox.held.is_set, process=first)  # in the middle of the first mail's conversation
    first.kill()
    first.wait(timeout=10)
    smtp.inbox.hold.set()
    assert smtp.inbox.mails == [] and states(app) == {"pending": 3}  # claimed by the dead worker
    second = workers()
    wait_for(lambda: states(app) == {"sent": 3}, process=second)  # once the dead worker's lease ran out
    assert received(smtp) == Counter(addresses)
    assert len({mail["Message-ID"] for mail in smtp.inbox.mails}) == 3
    assert [tries for _, _, tries in outbox(app)] == [2, 2, 2]


def test_two_workers_deliver_each_mail_once(app, smtp, workers):
    addresses = queue_mails(app, 24)
    one, two = workers(), workers()
    wait_for(lambda: states(app) == {"sent": 24}, process=one)
    assert received(smtp) == Counter(addresses)
    assert two.poll() is None


def test_the_worker_refuses_to_start_without_a_mail_server(app, workers):
    worker = workers(MAIL_SERVER="")
    assert worker.wait(timeout=60) == 1
    assert "MAIL_SERVER is not set" in worker.log.read_text()


# --- reminders -----------------------------------------------------------------------------------

def test_the_reminder_command_with_smtp_down_queues_its_mail_and_it_is_delivered_later(app, smtp, api_as, database_url):
    from .test_execution_helpers import running_project
    from .test_execution_reports import silence

    smtp.stop()
    unit = api_as("unit")
    project_id = running_project(app, unit.user)  # before the address: its publication mails nobody
    assert unit.patch("/api/v1/me", json={"email": UNIT_EMAIL}).status_code == 200
    silence(app, project_id, 40)
    env = {**os.environ, "DATABASE_URL": database_url, "SECRET_KEY": "test-secret", "MAIL_SERVER": "127.0.0.1",
           "MAIL_PORT": str(smtp.port), "MAIL_STARTTLS": "0"}
    run = subprocess.run([sys.executable, "-m", "flask", "--app", "matchmaker", "execution", "remind"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "projects newly overdue: 1" in run.stdout
    with app.app_context():
        assert db.session.scalar(select(ReportReminder.project_id)) == project_id
    assert outbox(app) == [(UNIT_EMAIL, "pending", 0)]  # counted as sent because its mail is queued
    smtp.start()
    work(app)
    assert [m["To"] for m in smtp.inbox.mails] == [UNIT_EMAIL]
    assert "40 天未上报" in smtp.inbox.mails[0]["Subject"]


# --- the office: undeliverable mail and its resend ------------------------------------------------

@pytest.fixture
def failed_mail(app, smtp):
    """A mail the server refused for good (550): failed, with its recipient and the reason."""
    smtp.inbox.refuse.add("donor0@example.cn")
    queue_mails(app, 1)
    work(app)
    with app.app_context():
        mail = db.session.scalar(select(OutboundMail))
        assert mail.state == MailState.failed
        return mail.id


def test_the_office_sees_failed_mail_with_its_recipient_and_resends_it(app, smtp, login_as, failed_mail):
    office = login_as("office")
    assert 'href="/office/mail">邮件发送</a>' in office.get("/").get_data(as_text=True)
    page = office.get("/office/mail").get_data(as_text=True)
    assert "donor0@example.cn" in page and "550" in page and "您的认捐已由单位接受" in page
    assert f'action="/office/mail/{failed_mail}/resend"' in page
    smtp.inbox.refuse.clear()  # the mailbox works again
    response = office.post(f"/office/mail/{failed_mail}/resend", follow_redirects=True)
    assert "已重新排队发送给 donor0@example.cn" in response.get_data(as_text=True)
    assert outbox(app) == [("donor0@example.cn", "pending", 0)]
    work(app)
    assert [m["To"] for m in smtp.inbox.mails] == ["donor0@example.cn"]
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "mail.resend"))
        assert (entry.actor_id, entry.target_type, entry.target_id) == (office.user.id, "outboundmail", failed_mail)
        assert entry.detail == {"to": "donor0@example.cn"}
    sent = office.get("/office/mail?state=sent").get_data(as_text=True)
    assert "donor0@example.cn" in sent and "/resend" not in sent


def test_a_resend_goes_to_the_users_current_address(app, smtp, api_as, failed_mail):
    with app.app_context():
        user_id = db.session.scalar(select(OutboundMail.user_id))
        db.session.execute(update(User).where(User.id == user_id).values(email="fixed@example.cn"))
        db.session.commit()
    office = api_as("office")
    listed = office.get("/api/v1/mail").get_json()
    assert listed["total"] == 1 and listed["items"][0]["to_address"] == "donor0@example.cn"
    assert listed["items"][0]["state"] == "failed" and "550" in listed["items"][0]["last_error"]
    response = office.post(f"/api/v1/mail/{failed_mail}/resend")
    assert response.status_code == 200
    assert response.get_json()["to_address"] == "fixed@example.cn" and response.get_json()["state"] == "pending"
    work(app)
    assert [m["To"] for m in smtp.inbox.mails] == ["fixed@example.cn"]
    assert office.get("/api/v1/mail?state=sent").get_json()["items"][0]["state"] == "sent"


@pytest.mark.parametrize("role", ["unit", "sponsor"])
def test_only_the_office_sees_and_resends_mail(app, login_as, api_as, failed_mail, role):
    page, api = login_as(role), api_as(role)
    assert page.get("/office/mail").status_code == 403
    assert page.post(f"/office/mail/{failed_mail}/resend").status_code == 403
    assert api.get("/api/v1/mail").status_code == 403
    refused = api.post(f"/api/v1/mail/{failed_mail}/resend")
    assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "forbidden"
    assert outbox(app) == [("donor0@example.cn", "failed", 1)]


def test_anonymous_is_sent_to_sign_in(app, client, failed_mail):
    assert "/login" in client.get("/office/mail").headers["Location"]
    assert client.get("/api/v1/mail").status_code == 401


def test_resending_a_mail_that_is_not_failed_is_refused(app, smtp, login_as, api_as, failed_mail):
    smtp.inbox.refuse.clear()  # a second mail, delivered
    with app.app_context():
        user = db.session.get(User, db.session.scalar(select(OutboundMail.user_id)))
        notify([user], "第二条")
        db.session.commit()
        sent_id = db.session.scalar(select(OutboundMail.id).where(OutboundMail.id != failed_mail))
    assert work(app)
    office, page = api_as("office"), login_as("office")
    refused = office.post(f"/api/v1/mail/{sent_id}/resend")
    assert refused.status_code == 409 and refused.get_json()["error"]["message"] == "只有发送失败的邮件可以重发"
    shown = page.post(f"/office/mail/{sent_id}/resend", follow_redirects=True).get_data(as_text=True)
    assert "只有发送失败的邮件可以重发" in shown
    assert office.post("/api/v1/mail/999999/resend").status_code == 404
    assert page.post("/office/mail/999999/resend").status_code == 404
    assert len(smtp.inbox.mails) == 1 and outbox(app)[0] == ("donor0@example.cn", "failed", 1)
    with app.app_context():
        assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "mail.resend")) is None


def test_a_user_without_an_address_now_cannot_be_resent_to(app, api_as, failed_mail):
    with app.app_context():
        db.session.execute(update(User).values(email=""))
        db.session.commit()
    refused = api_as("office").post(f"/api/v1/mail/{failed_mail}/resend")
    assert refused.status_code == 409 and "没有可用的电子邮箱" in refused.get_json()["error"]["message"]
    assert outbox(app) == [("donor0@example.cn", "failed", 1)]


def test_a_bad_state_is_refused_clearly(app, login_as, api_as):
    bad = api_as("office").get("/api/v1/mail?state=lost")
    assert bad.status_code == 422 and bad.get_json()["error"] == {
        "code": "invalid", "message": "请选择有效的邮件状态", "field": "state"}
    assert "请选择有效的邮件状态" in login_as("office").get("/office/mail?state=lost").get_data(as_text=True)
