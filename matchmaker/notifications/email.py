"""How a notification looks as an email, and the SMTP connection it leaves by.

Which mails exist, and when they are sent, is the outbox's business (outbox.py).
"""

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from functools import partial

from flask import current_app, has_request_context, request

SUBJECT_PREFIX = "【志愿服务对接平台】"
FOOTER = ("——\n此邮件由太原市志愿服务项目对接平台自动发送，请勿直接回复。\n"
          "如不想再收到邮件，请登录平台，在“账号设置”中清空电子邮箱。")


def absolute(link: str) -> str:
    """The link as a whole URL (SITE_URL, else this request's address), or "" if neither is known."""
    base = current_app.config["SITE_URL"] or (request.url_root if has_request_context() else "")
    return base.rstrip("/") + link if link.startswith("/") and base else ""


def connect(config) -> smtplib.SMTP:
    """An SMTP connection as the settings ask: TLS from the first byte, or STARTTLS (required
    when asked, so nothing goes in clear), then a login if there is a user name."""
    tls = ssl.create_default_context()  # certificates checked, also by SMTP_SSL
    opener = partial(smtplib.SMTP_SSL, context=tls) if config["MAIL_SSL"] else smtplib.SMTP
    smtp = opener(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=config["MAIL_TIMEOUT"])
    try:
        if config["MAIL_STARTTLS"] and not config["MAIL_SSL"]:
            smtp.starttls(context=tls)
        if config["MAIL_USERNAME"]:
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
    except BaseException:
        smtp.close()
        raise
    return smtp


def compose(sender: str, address: str, message: str, url: str, message_id: str) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = SUBJECT_PREFIX + " ".join(message.split())
    mail["From"], mail["To"] = sender, address
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = message_id
    details = f"查看详情：{url}" if url else "请登录平台查看详情。"
    mail.set_content(f"{message}\n\n{details}\n\n{FOOTER}\n", cte="base64")  # UTF-8, safe for any server
    return mail


def message_id(sender: str, outbox_id: int, created: str) -> str:
    """The same Message-ID at every try of one outbox row: should a try be repeated after the
    server accepted it (a worker killed in between), mail programs see the same message."""
    domain = parseaddr(sender)[1].rpartition("@")[2] or "localhost"
    return f"<outbox.{outbox_id}.{created}@{domain}>"
