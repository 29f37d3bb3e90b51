"""Email copies that could not be delivered: the office sees who they were for and resends them."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..auth.access import office_required
from ..errors import DomainError
from ..extensions import db
from ..forms import ConfirmForm
from ..notifications import outbox
from ..notifications.models import MAIL_STATE_LABELS, MailState
from ..paging import paging
from ..validation import check_choice
from . import bp

PER_PAGE = 50


def state_arg(args) -> MailState:
    return check_choice(args.get("state") or "failed", MailState, "state", "邮件状态")


@bp.get("/mail")
@office_required
def mail():
    """The outbox by state: failed mails first, with their recipient, error and a resend button."""
    state = state_arg(request.args)
    found = outbox.listed(state, paging(request.args, PER_PAGE, chosen=False), last_page=True)
    return render_template("office/mail.html", state=state, mails=found.items, counts=outbox.counts(),
                           labels=MAIL_STATE_LABELS, page=found.page, pages=found.pages, confirm=ConfirmForm())


@bp.post("/mail/<int:mail_id>/resend")
@office_required
def resend_mail(mail_id: int):
    """Send a failed mail again, to the user's current address."""
    if ConfirmForm().validate_on_submit():
        try:
            sent = outbox.resend(current_user, mail_id)
            db.session.commit()
            flash(f"已重新排队发送给 {sent.to_address}", "success")
        except DomainError as error:
            db.session.rollback()
            if error.status == 404:
                raise
            flash(error.message, "danger")
    return redirect(url_for(".mail"))
