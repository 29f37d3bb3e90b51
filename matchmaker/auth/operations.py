"""Account operations: the only code that creates users, sessions and tokens.

Each validates, changes, audits and commits once; views and the API call these.
"""

import re
import secrets
from datetime import timedelta

from flask import current_app, has_request_context, request
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from .. import audit
from ..catalog.models import Unit
from ..errors import Conflict, Invalid
from ..extensions import db
from ..models_base import DISTRICTS, utcnow
from ..sponsors.models import SponsorKind, SponsorProfile
from ..validation import check_email, check_phone, check_text
from .models import AuthSession, Role, User
from .passwords import hash_password, verify_password
from .policy import check_new_password

USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9_.-]{3,40}$")
API_TOKEN_LIFETIME = timedelta(days=30)


USERNAME_TAKEN = "该用户名已被使用"


def check_username_form(username) -> str:
    username = check_text(username, "username", "用户名", max_len=40)
    if not USERNAME_PATTERN.match(username):
        raise Invalid("用户名只能由 3-40 位字母、数字、下划线、点或减号组成", field="username")
    return username


def check_username_free(username: str) -> None:
    taken = db.session.scalar(select(User.id).where(func.lower(User.username) == username.lower()))
    if taken:
        raise Conflict(USERNAME_TAKEN, field="username", code="username_taken")


def check_username(username) -> str:
    username = check_username_form(username)
    check_username_free(username)
    return username


def check_password(password, field: str = "password", *, username: str = "") -> str:
    """A password a person may choose: the policy (auth/policy.py) under the name other
    packages call it by (volunteers' registration). Pass the username when there is one."""
    return check_new_password(password, username=username, field=field)


def find_user(username: str) -> User | None:
    if not isinstance(username, str):
        return None
    return db.session.scalar(
        select(User).where(func.lower(User.username) == username.strip().lower())
    )


def authenticate(username, password) -> User | None:
    """The user for these credentials, or None; unknown users cost the same as wrong passwords.
    A refusal is audited (who was tried, from where), so guessing leaves a trace."""
    user = find_user(username) if isinstance(username, str) else None
    ok = verify_password(user.password_hash if user else None, password if isinstance(password, str) else "")
    if ok and user is not None and user.active:
        return user
    tried = username.strip()[:40] if isinstance(username, str) else ""
    audit.record(None, "session.refused", user, username=tried)
    db.session.commit()
    return None


def create_user(username, password, role, *, unit_name=None, display_name="", actor=None) -> User:
    """Create an office, unit or sponsor account (office staff, the CLI, or registration)."""
    username = check_username(username)
    password = check_new_password(password, username=username)
    try:
        role = Role(role)
    except ValueError:
        raise Invalid("未知的角色", field="role") from None
    unit = None
    if role is Role.unit:
        unit = db.session.scalar(select(Unit).where(Unit.name == (unit_name or "").strip()))
        if unit is None:
            raise Invalid("请选择一个已存在的单位", field="unit")
    elif unit_name:
        raise Invalid("只有单位账号可以关联单位", field="unit")
    display_name = check_text(display_name, "display_name", "显示名称", max_len=60, required=False)
    user = User(
        username=username,
        password_hash=hash_password(password),
        role=role,
        unit=unit,
        display_name=display_name or (unit.name if unit else ""),
    )
    db.session.add(user)
    db.session.flush()
    audit.record(actor or user, "user.create", user, role=role.value, unit=unit.name if unit else None)
    db.session.commit()
    return user


def register_sponsor(username, password, kind, name, *, district="", contact_phone="", email="") -> User:
    """Self-registration of a sponsor: an account and its profile, in one transaction.

    Whether the username is taken is asked last, after every other field and the password
    passed and the password was hashed: a taken name is told only to a complete, acceptable
    registration, and takes as long to answer as a new account (registration is throttled too).
    """
    try:
        kind = SponsorKind(kind)
    except ValueError:
        raise Invalid("请选择爱心主体类型", field="kind") from None
    name = check_text(name, "name", "名称", max_len=60)
    district = check_text(district, "district", "所在区县", max_len=10, required=False)
    if district and district not in DISTRICTS:
        raise Invalid("请选择太原市的区县", field="district")
    contact_phone = check_phone(contact_phone, "contact_phone", "联系电话")
    email = check_email(email)
    username = check_username_form(username)
    password_hash = hash_password(check_new_password(password, username=username))
    check_username_free(username)
    user = User(username=username, password_hash=password_hash, role=Role.sponsor, display_name=name, email=email)
    user.sponsor = SponsorProfile(kind=kind, name=name, district=district, contact_phone=contact_phone)
    db.session.add(user)
    try:
        db.session.flush()
    except IntegrityError:  # the same name registered a moment ago by another request
        db.session.rollback()
        raise Conflict(USERNAME_TAKEN, field="username", code="username_taken") from None
    audit.record(user, "user.register", user, kind=kind.value, email=email)
    db.session.commit()
    return user


def change_password(user: User, old_password, new_password, *, keep_secret: str | None = None) -> None:
    """Set a new password and end every session and token of this user but `keep_secret`'s."""
    if not verify_password(user.password_hash, old_password if isinstance(old_password, str) else ""):
        raise Invalid("原密码不正确", field="old_password")
    new_password = check_new_password(new_password, username=user.username, field="new_password")
    user.password_hash = hash_password(new_password)
    revoke_all_sessions(user, keep=AuthSession.hash(keep_secret) if keep_secret else None)
    audit.record(user, "user.password_change", user)
    db.session.commit()


def set_email(user: User, email) -> None:
    """Set (or, with "", clear) the address one's notifications are copied to."""
    email = check_email(email)
    if email == user.email:
        return
    user.email = email
    audit.record(user, "user.email", user, email=email)
    db.session.commit()


def set_active(user: User, active: bool, actor: User) -> None:
    """Deactivate (or reactivate) an account; deactivation ends its sessions at once."""
    if user.id == actor.id and not active:
        raise Conflict("不能停用自己的账号")
    user.active = active
    if not active:
        revoke_all_sessions(user)
    audit.record(actor, "user.activate" if active else "user.deactivate", user)
    db.session.commit()


def reset_password(user: User, new_password, actor: User) -> None:
    user.password_hash = hash_password(check_new_password(new_password, username=user.username))
    revoke_all_sessions(user)
    audit.record(actor, "user.password_reset", user)
    db.session.commit()


# --- sessions and tokens -------------------------------------------------------------

def open_session(user: User, kind: str) -> str:
    """Start a browser session or issue an API token; returns the secret, stored only hashed."""
    secret = secrets.token_urlsafe(32)
    ip = (request.remote_addr or "") if has_request_context() else ""
    db.session.add(AuthSession(user=user, kind=kind, secret_hash=AuthSession.hash(secret), ip=ip))
    audit.record(user, f"session.open.{kind}", user)
    db.session.commit()
    return secret


# Every request asks, and most then want the user's unit or sponsor profile: one query, not
# three, and of the session only what decides whether it is live, in the WHERE clause (the
# session's own columns were a third of the columns read and an entity to load on every
# request). Built once: building it and its loader options anew took half the query's CPU time.
LIVE_SESSION = (
    select(User)
    .join(AuthSession, AuthSession.user_id == User.id)
    .where(
        AuthSession.secret_hash == bindparam("secret_hash"),
        AuthSession.kind == bindparam("kind"),
        AuthSession.revoked_at.is_(None),
        AuthSession.created_at > bindparam("opened_after"),
        User.active.is_(True),
    )
    .options(joinedload(User.unit), joinedload(User.sponsor))
)


def session_user(secret: str | None, kind: str) -> User | None:
    """The active user behind a live session or token secret, else None."""
    if not secret:
        return None
    lifetime = API_TOKEN_LIFETIME if kind == "api" else timedelta(
        seconds=current_app.config["PERMANENT_SESSION_LIFETIME"]
    )
    return db.session.scalar(
        LIVE_SESSION, {"secret_hash": AuthSession.hash(secret), "kind": kind, "opened_after": utcnow() - lifetime}
    )


def close_session(secret: str | None) -> None:
    """Sign out (or revoke a token): the row is marked revoked, and the closing audited."""
    row = db.session.scalar(
        select(AuthSession).where(AuthSession.secret_hash == AuthSession.hash(secret), AuthSession.revoked_at.is_(None))
    ) if secret else None
    if row is None:
        return
    row.revoked_at = utcnow()
    audit.record(row.user, f"session.close.{row.kind}", row.user)
    db.session.commit()


def revoke_all_sessions(user: User, keep: str | None = None) -> None:
    statement = update(AuthSession).where(AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None))
    if keep:
        statement = statement.where(AuthSession.secret_hash != keep)
    db.session.execute(statement.values(revoked_at=utcnow()))

