"""Helpers shared by every form: a submission run through its operation, and the operation's
refusal shown on the field it concerns."""

from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

from flask import flash
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms.fields.choices import SelectChoice

from . import idempotency
from .errors import DomainError
from .extensions import db
from .validation import BAD_TEXT

T = TypeVar("T")


class Form(FlaskForm):
    """The base of every form: WTForms' own messages in Chinese, CSRF from Flask-WTF, and no
    field that holds control characters (validation.BAD_TEXT), whatever the view does next."""

    class Meta:
        locales = ("zh",)

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        return refuse_bad_text(self) and valid


def refuse_bad_text(form) -> bool:
    """Mark every text field (nested ones too) that holds what no field accepts."""
    clean = True
    for field in form:
        if field.type == "FormField":
            clean = refuse_bad_text(field.form) and clean
        elif field.type == "FieldList":
            for entry in field.entries:
                clean = (refuse_bad_text(entry.form) if entry.type == "FormField"
                         else check_field_text(entry)) and clean
        else:
            clean = check_field_text(field) and clean
    return clean


def check_field_text(field) -> bool:
    values = field.data if isinstance(field.data, list) else [field.data]
    if any(isinstance(value, str) and BAD_TEXT.search(value) for value in values):
        field.errors = [*field.errors, f"{field.label.text}含有无效字符"]
        return False
    return True


def submit(
    form: FlaskForm, operation: Callable[..., T], show: Callable[[FlaskForm, DomainError], object] | None = None,
    *, creates: type | None = None,
) -> tuple[bool, T | None]:
    """Run the operation on a valid submission of the form: (True, what it returned) when done.

    (False, None) when the form was not sent, not valid, or the operation refused; a refusal is
    rolled back, so nothing the operation began is kept, and shown on the form (by `show`, else
    on the field it names). The view then shows the form again.

    A form that `creates` a record carries a key (`{{ form_key() }}` in its template): the
    operation is then called with the key to keep (idempotency.keep), and a second submission
    of the same form returns the first record instead of making a twin.
    """
    if not form.validate_on_submit():
        return False, None
    try:
        if creates is not None:
            body = {name: value for name, value in form.data.items() if name != "csrf_token"}
            return True, idempotency.create_once(current_user, idempotency.form_key(), body, creates, operation)[0]
        return True, operation()
    except DomainError as error:
        db.session.rollback()
        (show or show_error)(form, error)
        return False, None


def show_error(form: FlaskForm, error: DomainError) -> None:
    """Put each message under the field it names (`needs.2.quantity`: a box of the third row
    sent), or at the top of the page; when several fields are at fault, say so at the top too."""
    placed = 0
    for path, message in (error.fields or {error.field or "": error.message}).items():
        box = field_at(form, path)
        if box is None:
            flash(message, "danger")
            continue
        box.errors = [*box.errors, message]
        placed += 1
    if placed > 1:
        flash(f"有 {placed} 处需要修改，请查看标红的栏目", "danger")


def field_at(form: FlaskForm, path: str):
    """The input box a path names, or None. A row's index counts the rows the form sent (its
    `filled_rows()`, when it leaves blank rows out), as the operation saw them."""
    name, _, rest = path.partition(".")
    box = getattr(form, name, None) if name else None
    if box is None or not hasattr(box, "type"):
        return None
    if box.type == "FieldList":
        index, _, rest = rest.partition(".")
        rows = form.filled_rows() if hasattr(form, "filled_rows") else [entry.form for entry in box.entries]
        if not index.isdigit() or int(index) >= len(rows) or not rest:
            return None
        return field_at(rows[int(index)], rest)
    return None if rest or box.type == "FormField" else box


def safe_next(target: str | None, default: str) -> str:
    """Only ever redirect to a path on this site, never to another host."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else default


def options(pairs) -> list[SelectChoice]:
    """(value, label) pairs as the options of a SelectField."""
    return [SelectChoice(value, label) for value, label in pairs]


class ConfirmForm(Form):
    """A form with only the CSRF token, for one-button actions."""
