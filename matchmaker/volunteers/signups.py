"""Sign-ups (报名) and admission (录用): the only code that creates sign-ups or changes their state.

Steps are taken by workflow's step runner (SIGNUPS, at the end): a guarded UPDATE of the
sign-up's state, the recruitment's admitted count moved by a guarded UPDATE (so admissions
racing each other never exceed the places), a history row, an audit row and notifications,
committed once at the end.
"""

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from .. import audit
from ..auth.models import Role, User
from ..collaborations.queries import today
from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..extensions import db
from ..matches.operations import unit_users
from ..notifications import notify
from ..projects.access import managed_unit_ids, manages
from ..projects.models import Project, ProjectStatus
from ..trainings.operations import check_trained
from ..validation import check_choice, check_text
from ..workflow import Workflow, check, take
from .models import Recruitment, RecruitmentState, Signup, SignupEvent, SignupState, VolunteerProfile
from .profiles import own_profile, words
from .steps import LIVE_STATES, SIGNUP_STEPS, STATE_LABELS


class Full(Conflict):
    code = "recruitment_full"


def sign_up(actor: User, recruitment: Recruitment, data: dict) -> Signup:
    """A volunteer signs up to a recruitment with a message, or is told why not."""
    if actor.role is not Role.volunteer:
        raise Forbidden("只有志愿者可以报名，请以志愿者身份注册")
    profile = own_profile(actor)
    message = check_text(data.get("message"), "message", "报名留言", max_len=500, required=False)
    check_open(recruitment)
    check_fits(profile, recruitment)
    check_trained(profile, recruitment)  # a required training first (trainings/, branch volunteers2)
    live = select(Signup.id).where(Signup.recruitment_id == recruitment.id, Signup.volunteer_id == profile.id,
                                   Signup.state.in_(LIVE_STATES))
    if db.session.scalar(live):
        raise Conflict("您已报名此招募，请等待单位答复", code="already_signed_up")
    recipients = unit_users(recruitment.project)
    signup = Signup(recruitment=recruitment, volunteer=profile, message=message, events=[])
    try:
        db.session.add(signup)
        db.session.flush()
        SIGNUPS.add_history(signup, actor, None, SignupState.applied.value, message)
        audit.record(actor, "signup.apply", signup, recruitment_id=recruitment.id)
        notify(recipients, f"志愿者{profile.name}报名了“{recruitment.title}”", link(signup))
        db.session.commit()
    except IntegrityError:
        db.session.rollback()  # the partial unique index: the same sign-up sent twice at once
        raise Conflict("您已报名此招募，请等待单位答复", code="already_signed_up") from None
    return signup


def check_open(recruitment: Recruitment) -> None:
    if recruitment.state is not RecruitmentState.open or recruitment.project.status is not ProjectStatus.published:
        raise Conflict("该招募已结束，不能报名", code="recruitment_closed")
    if recruitment.signup_until < today():
        raise Conflict(f"报名已于 {recruitment.signup_until.isoformat()} 截止", code="signup_deadline_passed")
    if recruitment.admitted >= recruitment.places:
        raise Full("该招募名额已满")


def check_fits(profile: VolunteerProfile, recruitment: Recruitment) -> None:
    """The recruitment's minimum age and required skills, when it sets them."""
    if recruitment.min_age:
        if profile.birth_year is None:
            raise Invalid(f"该招募要求年满 {recruitment.min_age} 岁，请先在志愿者档案中填写出生年份",
                          field="birth_year")
        if today().year - profile.birth_year < recruitment.min_age:
            raise Conflict(f"该招募要求年满 {recruitment.min_age} 岁", code="too_young")
    missing = [skill for skill in words(recruitment.skills) if skill not in words(profile.skills)]
    if missing:
        raise Conflict(f"该招募需要以下技能：{'、'.join(missing)}（可在志愿者档案中补充）", code="skills_missing")


# --- steps -----------------------------------------------------------------------------

def step_signup(actor: User, signup: Signup, name: str, reason=None) -> Signup:
    """Take one step of the table for this sign-up (workflow's step runner), or refuse it and
    change nothing. Admitting takes a place, withdrawing after admission gives it back."""
    step, reason = check(SIGNUPS, actor, signup, name, reason)
    held_place = signup.state is SignupState.admitted
    take(SIGNUPS, actor, signup, step, reason, also=lambda: move_place(signup.recruitment, step, held_place))
    return signup


def move_place(recruitment: Recruitment, step, held_place: bool) -> None:
    if step.name == "admit":
        take_place(recruitment)
    elif held_place:
        give_back_place(recruitment)


def take_place(recruitment: Recruitment) -> None:
    """One more admitted, unless the places are all taken: one guarded UPDATE, whatever the load."""
    taken = db.session.execute(
        update(Recruitment)
        .where(Recruitment.id == recruitment.id, Recruitment.admitted < Recruitment.places)
        .values(admitted=Recruitment.admitted + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if taken != 1:
        raise Full(f"该招募的 {recruitment.places} 个名额已满，不能再录用")
    db.session.expire(recruitment, ["admitted"])


def give_back_place(recruitment: Recruitment) -> None:
    db.session.execute(
        update(Recruitment)
        .where(Recruitment.id == recruitment.id)
        .values(admitted=Recruitment.admitted - 1)
        .execution_options(synchronize_session=False)
    )
    db.session.expire(recruitment, ["admitted"])


def withdraw_all(actor: User, profile: VolunteerProfile) -> None:
    """Withdraw every live sign-up of a volunteer who closes their account, one step each."""
    live = select(Signup).where(Signup.volunteer_id == profile.id, Signup.state.in_(LIVE_STATES))
    for signup in db.session.scalars(live).all():
        step_signup(actor, signup, "withdraw", "志愿者注销了账号")


# --- who ---------------------------------------------------------------------------------

def is_volunteer_of(user, signup: Signup) -> bool:
    return user.is_authenticated and user.role is Role.volunteer and signup.volunteer.user_id == user.id


def is_party(user, signup: Signup) -> bool:
    return is_volunteer_of(user, signup) or manages(user, signup.recruitment.project) or (
        user.is_authenticated and user.role is Role.office)


def visible_signup(signup_id: int, user) -> Signup:
    """The sign-up if this user is a party to it (or the office); 404 otherwise."""
    signup = db.session.get(Signup, signup_id, options=[
        joinedload(Signup.volunteer), joinedload(Signup.recruitment).joinedload(Recruitment.project),
    ])
    if signup is None or not is_party(user, signup):
        raise NotFound("报名记录不存在")
    return signup


def check_actor(actor: User, signup: Signup, step) -> None:
    allowed = {
        "unit": manages(actor, signup.recruitment.project),
        "volunteer": is_volunteer_of(actor, signup),
    }[step.actor]
    if not allowed:
        who = {"unit": "招募项目所属单位", "volunteer": "报名的志愿者本人"}[step.actor]
        raise Forbidden(f"只有{who}可以“{step.label}”")


def may_see_phone(user, signup: Signup) -> bool:
    """The phone number in full: the volunteer, and the units the volunteer signed up with."""
    return is_volunteer_of(user, signup) or manages(user, signup.recruitment.project)


def steps_for(user, signup: Signup) -> list:
    return SIGNUPS.steps_for(user, signup)


# --- telling people ------------------------------------------------------------------------

def link(signup: Signup) -> str:
    return f"/signups/{signup.id}"


def tell_parties(signup: Signup, step, reason: str) -> None:
    title, why = signup.recruitment.title, f"（{reason}）" if reason else ""
    volunteer, units = [signup.volunteer.user], unit_users(signup.recruitment.project)
    users, message = {
        "admit": (volunteer, f"您报名的“{title}”已被录用"),
        "decline": (volunteer, f"您报名的“{title}”未被录用{why}"),
        "withdraw": (units, f"志愿者{signup.volunteer.name}撤回了对“{title}”的报名{why}"),
    }[step.name]
    notify(users, message, link(signup))


def signups_for(user, state: str | None = None):
    """A SELECT of the sign-ups this user is a party to: a volunteer's own, a unit's incoming,
    every one for the office; newest first."""
    statement = select(Signup).order_by(Signup.id.desc())
    if user.role is Role.volunteer:
        statement = statement.join(Signup.volunteer).where(VolunteerProfile.user_id == user.id)
    elif user.role is Role.unit:
        statement = statement.join(Signup.recruitment).join(Recruitment.project).where(
            Project.unit_id.in_(managed_unit_ids(user)))
    elif user.role is not Role.office:
        statement = statement.where(Signup.id.is_(None))
    if state:
        statement = statement.where(Signup.state == check_choice(state, SignupState, "state", "状态"))
    return statement.options(joinedload(Signup.volunteer),
                             joinedload(Signup.recruitment).joinedload(Recruitment.project))


SIGNUPS = Workflow(
    name="signup", steps=SIGNUP_STEPS, labels=STATE_LABELS, history=SignupEvent, history_of="signup",
    stale_message="该报名刚刚已被处理，请刷新后重试", check_actor=check_actor,
    values=lambda signup, step, reason: {"reason": reason},  # the last answer's reason, on the record
    tell=tell_parties,
)
