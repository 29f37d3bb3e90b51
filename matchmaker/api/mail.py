"""The mail outbox for the office over the API: undeliverable mail and its resend."""

from flask import jsonify, request
from flask_login import current_user

from ..auth.access import office_required
from ..extensions import db
from ..notifications import outbox
from ..notifications.models import OutboundMail
from ..office.mail import state_arg
from ..paging import paging
from . import bp


def mail_json(mail: OutboundMail) -> dict:
    return {
        "id": mail.id, "state": mail.state.value, "to_address": mail.to_address,
        "user": {"id": mail.user.id, "username": mail.user.username, "name": mail.user.label},
        "message": mail.notification.message, "url": mail.url, "attempts": mail.attempts,
        "last_error": mail.last_error, "created_at": mail.created_at.isoformat(),
        "due_at": mail.due_at.isoformat(), "sent_at": mail.sent_at.isoformat() if mail.sent_at else None,
    }


@bp.get("/mail")
@office_required
def list_mail():
    """The outbox in one state, newest first: failed (the default), pending or sent; page, per_page."""
    found = outbox.listed(state_arg(request.args), paging(request.args, 50))
    return jsonify(found.json([mail_json(m) for m in found.items]))


@bp.post("/mail/<int:mail_id>/resend")
@office_required
def resend_mail(mail_id: int):
    """Send a failed mail again, to its user's current address."""
    mail = outbox.resend(current_user, mail_id)
    db.session.commit()
    return jsonify(mail_json(mail))
