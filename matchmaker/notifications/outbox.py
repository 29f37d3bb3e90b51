"""The mail outbox: email copies of notifications, written in the notification's own
transaction and delivered by a worker (`flask mail work`, cli.py).

- Written with the notification: a step that is refused and rolled back mails nobody, and a
  step that commits has its mail in the database, whatever happens to SMTP or to the process
  afterwards. `flask execution remind` counts a reminder as sent when its mail is queued.
- Claimed with a lease: a worker sets `lease_until` on the rows it takes (a guarded UPDATE;
  on PostgreSQL the candidates are read with FOR UPDATE SKIP LOCKED so that workers do not
  queue behind each other; on SQLite the writers' lock serialises the claims). A worker
  killed mid-delivery leaves its rows leased; when the lease runs out another run takes them.
- Retried with backoff: a try that fails (server down, a temporary refusal) is due again after
  MAIL_RETRY_SECONDS, doubling up to an hour; after MAIL_MAX_ATTEMPTS tries, or at a
  permanent refusal (5xx), the mail is `failed`: the office sees it (/office/mail, GET
  /api/v1/mail) with its recipient and can resend it.
- Once: each mail's lease is renewed just before it is sent (a mail whose lease ran out while
  a slow batch went on is another worker's, and skipped), and it is marked sent right after
  the server accepts it. Only a worker killed between those two moments can send it again;
  both copies then have the same Message-ID.
"""

import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import joinedload

from .. import audit
from ..errors import Conflict, NotFound
from ..extensions import db
from ..models_base import utcnow
from ..paging import Page, Paging, page_of
from . import email
from .models import MailState, Notification, OutboundMail

BATCH = 10  # mails claimed, and sent over one connection, at a time
LONGEST_WAIT = 3600  # seconds between tries, at most


def wanted(user) -> bool:
    """Whether this user's notifications are copied by email: SMTP configured, an address, active."""
    return bool(current_app.config["MAIL_SERVER"] and user.email and user.active)


def queue(notification_id: int, user, link: str) -> None:
    """An email copy of this notification for its user (wanted() said yes), in the caller's transaction."""
    db.session.add(OutboundMail(notification_id=notification_id, user_id=user.id, to_address=user.email,
                                url=email.absolute(link)))


@dataclass
class Claimed:
    id: int
    to_address: str
    message: str
    url: str
    attempts: int
    created_at: datetime
    user_id: int


@dataclass
class Outcome:
    sent: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def tried(self) -> int:
        return self.sent + self.retried + self.failed


def deliver_due(stopping=lambda: False) -> Outcome:
    """Claim the mails that are due and send them; `stopping()` is asked between mails."""
    lease = claim()
    outcome = Outcome()
    if lease is None:
        return outcome
    claimed_until, mails = lease
    config = current_app.config
    unsent, in_hand = list(mails), None
    try:
        with email.connect(config) as smtp:
            while unsent and not stopping():
                mail = unsent.pop(0)
                until = renew(mail, claimed_until)
                if until is None:  # this worker was too slow: the lease ran out and the mail is another's
                    continue
                in_hand = (mail, until)
                try:
                    smtp.send_message(email.compose(
                        config["MAIL_FROM"], mail.to_address, mail.message, mail.url,
                        email.message_id(config["MAIL_FROM"], mail.id, f"{mail.created_at:%Y%m%d%H%M%S}"),
                    ))
                except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as refusal:
                    in_hand = None
                    failed(mail, until, describe(refusal), permanent=refusal_code(refusal) >= 500, outcome=outcome)
                    continue
                in_hand = None
                mark_sent(mail, until)
                outcome.sent += 1
    except (OSError, smtplib.SMTPException) as error:  # the server is down, slow, or broke off
        if in_hand:
            failed(*in_hand, describe(error), permanent=False, outcome=outcome)
        for mail in unsent:
            failed(mail, claimed_until, describe(error), permanent=False, outcome=outcome)
        unsent = []
    release(unsent, claimed_until)  # asked to stop: the rest are due again at once, for the next worker
    return outcome


def claim() -> tuple[datetime, list[Claimed]] | None:
    """Lease up to BATCH due mails to this worker; commits, so the lease holds while it sends."""
    now = utcnow()
    free = or_(OutboundMail.lease_until.is_(None), OutboundMail.lease_until < now)
    due = (OutboundMail.state == MailState.pending) & (OutboundMail.due_at <= now) & free
    candidates = db.session.scalars(
        select(OutboundMail.id).where(due).order_by(OutboundMail.id).limit(BATCH).with_for_update(skip_locked=True)
    ).all()
    until = now + timedelta(seconds=current_app.config["MAIL_LEASE_SECONDS"])
    mine = []
    for mail_id in candidates:  # guarded: on SQLite another worker may have read the same candidates
        taken = db.session.execute(
            update(OutboundMail).where(OutboundMail.id == mail_id, due)
            .values(lease_until=until, attempts=OutboundMail.attempts + 1)
        )
        if taken.rowcount == 1:
            mine.append(mail_id)
    rows = db.session.execute(
        select(OutboundMail.id, OutboundMail.to_address, Notification.message, OutboundMail.url,
               OutboundMail.attempts, OutboundMail.created_at, OutboundMail.user_id)
        .join(Notification, Notification.id == OutboundMail.notification_id)
        .where(OutboundMail.id.in_(mine)).order_by(OutboundMail.id)
    ).all() if mine else []
    db.session.commit()
    return (until, [Claimed(*row) for row in rows]) if rows else None


def renew(mail: Claimed, until: datetime) -> datetime | None:
    """A fresh lease on this mail before it is sent, so that a slow batch never sends a mail
    whose lease has run out (another worker may have claimed it): None if it has."""
    fresh = utcnow() + timedelta(seconds=current_app.config["MAIL_LEASE_SECONDS"])
    kept = db.session.execute(mine(mail, until).values(lease_until=fresh)).rowcount == 1
    db.session.commit()
    return fresh if kept else None


def mine(mail: Claimed, until: datetime):
    """Only while the lease is still this worker's: after it ran out, another may hold the row."""
    return update(OutboundMail).where(OutboundMail.id == mail.id, OutboundMail.lease_until == until)


def mark_sent(mail: Claimed, until: datetime) -> None:
    db.session.execute(mine(mail, until).values(state=MailState.sent, sent_at=utcnow(), lease_until=None,
                                                last_error=""))
    db.session.commit()


def failed(mail: Claimed, until: datetime, error: str, *, permanent: bool, outcome: Outcome) -> None:
    """Due again after a wait that doubles with each try, or given up."""
    config = current_app.config
    give_up = permanent or mail.attempts >= config["MAIL_MAX_ATTEMPTS"]
    wait = min(config["MAIL_RETRY_SECONDS"] * 2 ** (mail.attempts - 1), LONGEST_WAIT)
    db.session.execute(mine(mail, until).values(
        state=MailState.failed if give_up else MailState.pending, lease_until=None, last_error=error[:300],
        due_at=utcnow() + timedelta(seconds=wait),
    ))
    db.session.commit()
    log = current_app.logger
    if give_up:
        outcome.failed += 1
        log.error("mail %d to %s (user %d) not delivered after %d tries, given up (the office can resend it "
                  "at /office/mail): %s", mail.id, mail.to_address, mail.user_id, mail.attempts, error)
    else:
        outcome.retried += 1
        log.warning("mail %d to %s (user %d) not delivered (try %d of %d), tried again in %d s: %s",
                    mail.id, mail.to_address, mail.user_id, mail.attempts, config["MAIL_MAX_ATTEMPTS"], wait, error)


def release(mails: list[Claimed], until: datetime) -> None:
    """Give back mails claimed but not tried: due at once, the try not counted."""
    for mail in mails:
        db.session.execute(mine(mail, until).values(lease_until=None, attempts=OutboundMail.attempts - 1))
    if mails:
        db.session.commit()


def refusal_code(refusal: smtplib.SMTPException) -> int:
    if isinstance(refusal, smtplib.SMTPRecipientsRefused):
        return min(code for code, _ in refusal.recipients.values())
    return refusal.smtp_code


def describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}".replace("\n", " ")


def resend(actor, mail_id: int) -> OutboundMail:
    """The office sends a failed mail again, to the user's current address (they may have
    corrected it since); audited. The caller commits."""
    mail = db.session.get(OutboundMail, mail_id)
    if mail is None:
        raise NotFound("邮件不存在")
    if mail.state != MailState.failed:
        raise Conflict("只有发送失败的邮件可以重发")
    if not mail.user.email or not mail.user.active:
        raise Conflict("该用户已没有可用的电子邮箱，无法重发")
    taken = db.session.execute(
        update(OutboundMail).where(OutboundMail.id == mail.id, OutboundMail.state == MailState.failed)
        .values(state=MailState.pending, attempts=0, due_at=utcnow(), lease_until=None, to_address=mail.user.email)
    )
    if taken.rowcount != 1:  # someone resent it in between
        raise Conflict("只有发送失败的邮件可以重发")
    audit.record(actor, "mail.resend", mail, to=mail.user.email)
    db.session.refresh(mail)
    return mail


def listed(state: MailState, asked: Paging, *, last_page: bool = False) -> Page:
    """One page of the outbox in a state, newest first, with the users; `last_page`: past the
    end, the last page (for people)."""
    statement = (select(OutboundMail).where(OutboundMail.state == state)
                 .options(joinedload(OutboundMail.user), joinedload(OutboundMail.notification))
                 .order_by(OutboundMail.id.desc()))
    return page_of(statement, asked, last_page=last_page)


def counts() -> dict[MailState, int]:
    rows = db.session.execute(select(OutboundMail.state, func.count()).group_by(OutboundMail.state))
    found = {MailState(state): count for state, count in rows}
    return {state: found.get(state, 0) for state in MailState}
