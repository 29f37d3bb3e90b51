"""The forms of claims, pledges and steps. Fields are plain text: the operations check the
values, so pages and the API refuse the same things with the same words."""

import re

from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField

WHOLE_NUMBER = re.compile(r"-?[0-9]{1,18}")


class ClaimForm(FlaskForm):
    """认领: the whole project. The project page may render it; it posts to matches.claim."""

    message = TextAreaField("留言（可选）", render_kw={"maxlength": 1000, "rows": 2})


class PledgeForm(ClaimForm):
    """认捐: a quantity (yuan for money, decimals allowed) toward one need of the project."""

    need_id = StringField("需求")
    quantity = StringField("认捐数量", render_kw={"inputmode": "decimal"})


class ReasonForm(FlaskForm):
    """One step of a match; the reason is required for 婉拒, 不予批准 and 取消."""

    reason = TextAreaField("理由", render_kw={"maxlength": 500, "rows": 2})


def typed_number(text: str | None):
    """A whole number typed as text becomes a number; anything else goes on as typed,
    for the operation to refuse with a clear message ("abc", "0.001", "")."""
    text = (text or "").strip()
    return int(text) if WHOLE_NUMBER.fullmatch(text) else text or None


def pledge_data(project_id: int, form: PledgeForm) -> dict:
    return {
        "project_id": project_id, "kind": "pledge", "message": form.message.data,
        "need_id": typed_number(form.need_id.data), "quantity": typed_number(form.quantity.data),
    }


def claim_data(project_id: int, form: ClaimForm) -> dict:
    return {"project_id": project_id, "kind": "claim", "message": form.message.data}
