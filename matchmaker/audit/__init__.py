"""One function writes the audit log, in the caller's transaction; security events are
logged as well, for an operator watching the logs (never a password or a phone number)."""

import logging

from flask import has_request_context, request

from ..appended import append, values_of
from ..models_base import utcnow
from .models import AuditEntry

log = logging.getLogger("matchmaker.security")
INSERT = values_of(AuditEntry.__table__, "at", "actor_id", "action", "target_type", "target_id", "detail", "ip")
SECURITY_EVENTS = {
    "session.refused", "user.create", "user.activate", "user.deactivate", "user.password_reset",
    "user.password_change", "mail.resend",
}


def record(actor, action: str, target=None, **detail) -> None:
    """Write an audit row for `action` on `target` in the caller's transaction; its commit makes
    it stick, its rollback takes it back. `target` must have its id (be flushed) already.

    A plain INSERT, not an object for the session to flush: the log is only ever appended to,
    and the unit of work costs several times the statement (most of a pledge's CPU was flushing);
    on PostgreSQL sent with the transaction's other appended rows (appended.py).
    """
    ip = (request.remote_addr or "") if has_request_context() else ""
    append(INSERT, {
        "at": utcnow(),
        "actor_id": getattr(actor, "id", None),
        "action": action,
        "target_type": type(target).__name__.lower() if target is not None else "",
        "target_id": getattr(target, "id", None),
        "detail": detail,
        "ip": ip,
    })
    if action in SECURITY_EVENTS:
        log_security_event(actor, action, target, ip)


def log_security_event(actor, action: str, target, ip: str) -> None:
    """Who did it, to whom, from where. The names are account names only: a refused sign-in
    names the account it tried when that account exists (whatever else was typed in the name
    field, a password perhaps, is not written down)."""
    level = logging.WARNING if action == "session.refused" else logging.INFO
    about = f"{type(target).__name__.lower()} {getattr(target, 'username', '')}#{getattr(target, 'id', '')}" \
        if target is not None else ("an unknown account" if action == "session.refused" else "-")
    log.log(level, "%s by %s on %s from %s", action, getattr(actor, "username", "-"), about, ip or "-")
