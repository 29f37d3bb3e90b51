"""`flask mail work`: the mail worker, run as a service beside the app servers (outbox.py)."""

import signal
import threading

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy.exc import SQLAlchemyError

from ..errors import Overloaded
from ..extensions import db
from .outbox import deliver_due

mail_cli = AppGroup("mail", help="Email copies of notifications.")


@mail_cli.command("work")
@click.option("--once", is_flag=True, help="Deliver what is due now, then exit (cron, tests).")
def work_command(once: bool) -> None:
    """Deliver the outbox's mails, with retries, until stopped (SIGTERM finishes the mail in hand)."""
    config = current_app.config
    if not config["MAIL_SERVER"]:
        raise click.ClickException("MAIL_SERVER is not set: there is no mail to deliver")
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    log = current_app.logger
    log.info("mail worker started: %s:%s, from %s", config["MAIL_SERVER"], config["MAIL_PORT"], config["MAIL_FROM"])
    while not stop.is_set():
        try:
            outcome = deliver_due(stopping=stop.is_set)
        except (SQLAlchemyError, Overloaded):  # the database is away or busy: wait for it, as for SMTP
            db.session.rollback()
            log.exception("mail worker: the database cannot be used now; trying again in %s s",
                          config["MAIL_POLL_SECONDS"])
            outcome = None
        if outcome and outcome.tried:
            log.info("mail: %d sent, %d to try again, %d given up", outcome.sent, outcome.retried, outcome.failed)
            continue
        if once:
            break
        stop.wait(config["MAIL_POLL_SECONDS"])
    log.info("mail worker stopped")
