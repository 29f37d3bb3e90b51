"""A volunteer's account and profile: registration with consent, edits, their own data, closing.

Personal information (PIPL): only what the notice's work needs, with consent; never in audit
rows (which keep that something changed, not the phone number); closed accounts keep their
records for the units' totals, anonymised.
"""

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from .. import audit
from ..auth.models import Role, User
from ..auth.operations import USERNAME_TAKEN, check_username_form, check_username_free, revoke_all_sessions
from ..auth.passwords import hash_password
from ..auth.policy import check_new_password
from ..errors import Conflict, Forbidden, Invalid
from ..extensions import db
from ..models_base import DISTRICTS, utcnow
from ..validation import check_choice, check_int, check_text
from .models import CLOSED_NAME, Signup, VolunteerProfile

MOBILE = re.compile(r"1[3-9]\d{9}")  # an 11-digit mainland mobile number
WORD_SPLIT = re.compile(r"[、,，;；\s]+")

# What consent covers, shown where it is given (pages and docs/volunteers.md).
CONSENT_TEXT = (
    "我同意太原市志愿服务对接平台为志愿者招募、报名录用、服务记录和证明之需，"
    "收集和使用我的姓名、手机号、所在区县、技能和服务时间。手机号只向我报名的单位显示，"
    "其他人看到的是隐去中间四位的号码；我可以随时下载我的数据或注销账号"
    "（注销后服务记录匿名保留，以便单位的统计不变）。"
)


def check_phone(value) -> str:
    phone = check_text(value, "phone", "手机号", max_len=20)
    phone = phone.replace(" ", "").replace("-", "").removeprefix("+86")
    if not MOBILE.fullmatch(phone):
        raise Invalid("请填写有效的 11 位手机号，如 13800000000", field="phone")
    return phone


def check_words(value, field: str, label: str, *, max_len: int = 200, required: bool = False) -> str:
    """A list of short words (技能、兴趣…), from a list or from text separated by 、 or commas."""
    if isinstance(value, list):
        if not all(isinstance(word, str) for word in value):
            raise Invalid(f"{label}应为文字", field=field)
        value = "、".join(value)
    text = check_text(value, field, label, max_len=max_len, required=required)
    words = [word for word in WORD_SPLIT.split(text) if word]
    return "、".join(dict.fromkeys(words))


def words(text: str) -> list[str]:
    return [word for word in text.split("、") if word]


def check_birth_year(value) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    this_year = date.today().year
    return check_int(value, "birth_year", "出生年份", low=this_year - 100, high=this_year - 5)


def profile_fields(data: dict) -> dict:
    """The profile's fields from a form or a JSON body, checked."""
    return {
        "name": check_text(data.get("name"), "name", "真实姓名", max_len=30),
        "phone": check_phone(data.get("phone")),
        "district": check_choice(data.get("district"), DISTRICTS, "district", "所在区县"),
        "skills": check_words(data.get("skills"), "skills", "技能特长"),
        "availability": check_text(data.get("availability"), "availability", "可服务时间", max_len=100,
                                   required=False),
        "interests": check_words(data.get("interests"), "interests", "感兴趣的服务"),
        "birth_year": check_birth_year(data.get("birth_year")),
    }


def register_volunteer(data: dict) -> User:
    """Self-registration: an account with the volunteer role and its profile, given consent."""
    if data.get("consent") is not True:
        raise Invalid("请阅读并同意个人信息的收集和使用", field="consent")
    fields = profile_fields(data)
    # As for sponsors (auth.operations.register_sponsor): whether the name is taken is told
    # last, to a registration complete and acceptable in every other way.
    username = check_username_form(data.get("username"))
    password_hash = hash_password(check_new_password(data.get("password"), username=username))
    check_username_free(username)
    user = User(username=username, password_hash=password_hash, role=Role.volunteer, display_name=fields["name"])
    user.volunteer = VolunteerProfile(consent_at=utcnow(), **fields)
    db.session.add(user)
    try:
        db.session.flush()
    except IntegrityError:  # the same name registered a moment ago by another request
        db.session.rollback()
        raise Conflict(USERNAME_TAKEN, field="username", code="username_taken") from None
    audit.record(user, "volunteer.register", user.volunteer, district=fields["district"])
    db.session.commit()
    return user


def own_profile(user) -> VolunteerProfile:
    if not user.is_authenticated or user.role is not Role.volunteer or user.volunteer is None:
        raise Forbidden("只有志愿者有志愿者档案")
    return user.volunteer


def update_profile(user: User, data: dict) -> VolunteerProfile:
    profile = own_profile(user)
    fields = profile_fields({**profile_json(profile, phone=profile.phone), **data})
    changed = sorted(name for name, value in fields.items() if getattr(profile, name) != value)
    for name, value in fields.items():
        setattr(profile, name, value)
    user.display_name = profile.name
    if changed:
        audit.record(user, "volunteer.update", profile, fields=changed)  # which fields, not their values
    db.session.commit()
    return profile


def profile_json(profile: VolunteerProfile, *, phone: str | None = None) -> dict:
    """The profile as its owner or a unit sees it; `phone` is what this reader may see of it."""
    return {
        "id": profile.id,
        "name": profile.name,
        "phone": profile.masked_phone if phone is None else phone,
        "district": profile.district,
        "skills": words(profile.skills),
        "availability": profile.availability,
        "interests": words(profile.interests),
        "birth_year": profile.birth_year,
        "closed": profile.closed,
    }


def export_data(user: User) -> dict:
    """Everything the platform keeps about this volunteer, for them to download (PIPL)."""
    profile = own_profile(user)
    signups = db.session.scalars(select(Signup).where(Signup.volunteer_id == profile.id).order_by(Signup.id)).all()
    return {
        "account": {"username": user.username, "email": user.email, "role": user.role.value,
                    "created_at": user.created_at.isoformat()},
        "profile": {**profile_json(profile, phone=profile.phone), "consent_at": profile.consent_at.isoformat()},
        "signups": [
            {"id": s.id, "recruitment": s.recruitment.title, "project": s.recruitment.project.title,
             "unit": s.recruitment.project.unit.name, "state": s.state.value, "message": s.message,
             "reason": s.reason, "created_at": s.created_at.isoformat()}
            for s in signups
        ],
        "exported_at": utcnow().isoformat(),
    }


def close_account(user: User) -> None:
    """Close the account: sign-in refused from now on, personal data wiped, records kept.

    Open sign-ups are withdrawn first (through the step table), so no unit waits for or counts
    on someone who left.
    """
    from .signups import withdraw_all  # signups imports this module

    profile = own_profile(user)
    if profile.closed:
        raise Conflict("账号已注销", code="already_closed")
    withdraw_all(user, profile)
    profile.name, profile.phone, profile.skills, profile.availability = CLOSED_NAME, "", "", ""
    profile.interests, profile.birth_year, profile.closed_at = "", None, utcnow()
    user.display_name, user.email, user.active = CLOSED_NAME, "", False
    user.username = f"closed-{user.id}"  # a username can name a person too; it is free again
    revoke_all_sessions(user)
    audit.record(user, "volunteer.close", profile)
    db.session.commit()

