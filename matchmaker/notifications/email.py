"""Notifications copied by email, sent once the transaction that made them has committed.

notify() hands its messages to queue(): when SMTP is configured (MAIL_SERVER), those for
users with an address wait in the session (`session.info`) until the commit.

- Why after the commit: a step that is refused and rolled back must tell nobody anything,
  and a sent mail cannot be taken back. Any other end of the transaction drops them.
- Why a thread: an SMTP server may be slow or down, and nobody's click should wait for it.
  One daemon thread per commit sends with a timeout; failures go to the app's log and
  never reach the request, whose step has already succeeded.
"""

import atexit
import smtplib
import ssl
import threading
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from functools import partial

from flask import current_app, has_request_context, request
from sqlalchemy import event

SUBJECT_PREFIX = "【志愿服务对接平台】"
FOOTER = ("——\n此邮件由太原市志愿服务项目对接平台自动发送，请勿直接回复。\n"
          "如不想再收到邮件，请登录平台，在“账号设置”中清空电子邮箱。")
PENDING = "pending_emails"  # key in session.info: [(address, message, url), …]
THREAD_NAME = "matchmaker-mail"


def send_after_commit(session) -> None:
    """Hook the session once (the factory may run many times in one process)."""
    if not event.contains(session, "after_commit", send_pending):
        event.listen(session, "after_commit", send_pending)
        event.listen(session, "after_transaction_end", drop_pending)
        atexit.register(wait_for_mail)  # a command (`flask execution remind`) ends right after its commit


def queue(session, users, message: str, link: str) -> None:
    """Keep an email per user with an address, for when this transaction commits."""
    if not current_app.config["MAIL_SERVER"]:
        return
    addresses = sorted({user.email for user in users if user.email and user.active})
    if addresses:
        url = absolute(link)
        session.info.setdefault(PENDING, []).extend((address, message, url) for address in addresses)


def absolute(link: str) -> str:
    """The link as a whole URL (SITE_URL, else this request's address), or "" if neither is known."""
    base = current_app.config["SITE_URL"] or (request.url_root if has_request_context() else "")
    return base.rstrip("/") + link if link.startswith("/") and base else ""


def send_pending(session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint was released; the transaction goes on
    mails = session.info.pop(PENDING, None)
    if mails:
        app = current_app._get_current_object()
        threading.Thread(target=deliver, args=(app, mails), name=THREAD_NAME, daemon=True).start()


def drop_pending(session, transaction) -> None:
    if transaction.parent is None:  # rolled back or closed without a commit: nothing happened
        session.info.pop(PENDING, None)


def deliver(app, mails: list[tuple[str, str, str]]) -> None:
    """Send the mails over one SMTP connection (in the mail thread); log, never raise."""
    config = app.config
    tls = ssl.create_default_context()  # certificates checked, also by SMTP_SSL
    connect = partial(smtplib.SMTP_SSL, context=tls) if config["MAIL_SSL"] else smtplib.SMTP
    try:
        with connect(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=config["MAIL_TIMEOUT"]) as smtp:
            if config["MAIL_STARTTLS"] and not config["MAIL_SSL"]:
                smtp.starttls(context=tls)
            if config["MAIL_USERNAME"]:
                smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
            for address, message, url in mails:
                try:
                    smtp.send_message(compose(config["MAIL_FROM"], address, message, url))
                except smtplib.SMTPRecipientsRefused:
                    app.logger.warning("Email notification refused by the server for %s", address)
    except Exception:  # the top of a thread: whatever went wrong, the log is where it can be seen
        app.logger.exception("Email notifications not sent (%d, via %s:%s)",
                             len(mails), config["MAIL_SERVER"], config["MAIL_PORT"])


def compose(sender: str, address: str, message: str, url: str) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = SUBJECT_PREFIX + " ".join(message.split())
    mail["From"], mail["To"] = sender, address
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rpartition("@")[2] or "localhost")
    details = f"查看详情：{url}" if url else "请登录平台查看详情。"
    mail.set_content(f"{message}\n\n{details}\n\n{FOOTER}\n", cte="base64")  # UTF-8, safe for any server
    return mail


def wait_for_mail(timeout: float = 10.0) -> None:
    """Wait for the mail threads still sending (tests, or a shutdown that should not lose mail)."""
    for thread in threading.enumerate():
        if thread.name == THREAD_NAME:
            thread.join(timeout)
