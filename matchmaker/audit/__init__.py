"""One function writes the audit log, in the caller's transaction."""

from flask import has_request_context, request

from ..extensions import db
from .models import AuditEntry


def record(actor, action: str, target=None, **detail) -> AuditEntry:
    """Add an audit row for `action` on `target`; the caller's commit makes it stick."""
    entry = AuditEntry(
        actor_id=getattr(actor, "id", None),
        action=action,
        target_type=type(target).__name__.lower() if target is not None else "",
        target_id=getattr(target, "id", None),
        detail=detail,
        ip=(request.remote_addr or "") if has_request_context() else "",
    )
    db.session.add(entry)
    return entry
