"""The signed-in user's notifications: the list, marking them read, following their links."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select, update

from ..auth.access import login_required
from ..errors import NotFound
from ..extensions import db
from ..forms import safe_next
from ..models_base import utcnow
from ..paging import page_of, paging
from .models import Notification

bp = Blueprint("notifications", __name__, url_prefix="/notifications")

PER_PAGE = 20


def unread_count(user) -> int:
    """The bell's number: one COUNT."""
    return db.session.scalar(
        select(func.count()).select_from(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
    )


@bp.get("")
@login_required
def index():
    """One's notifications, newest first; unread ones stand out."""
    mine = select(Notification).where(Notification.user_id == current_user.id).order_by(Notification.id.desc())
    found = page_of(mine, paging(request.args, PER_PAGE, chosen=False), last_page=True)
    return render_template("notifications/index.html", notifications=found.items, page=found.page,
                           pages=found.pages, total=found.total)


@bp.post("/read")
@login_required
def read_all():
    """Mark every notification of mine read."""
    db.session.execute(
        update(Notification)
        .where(Notification.user_id == current_user.id, Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
    db.session.commit()
    flash("已全部标为已读", "success")
    return redirect(url_for(".index"))


@bp.post("/<int:notification_id>/open")
@login_required
def open_one(notification_id: int):
    """Mark one notification read and go where it points (only ever a page of this site)."""
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.user_id != current_user.id:
        raise NotFound("消息不存在")
    if notification.read_at is None:
        notification.read_at = utcnow()
        db.session.commit()
    return redirect(safe_next(notification.link, url_for(".index")))
