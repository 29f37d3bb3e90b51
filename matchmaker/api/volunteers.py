"""Volunteers over the API: registration, profile, own data, closing the account; recruitments;
sign-ups and admission. The same operations as the pages (matchmaker/volunteers)."""

from flask import jsonify, request
from flask_login import current_user

from ..auth.access import public, role_required
from ..auth.models import Role
from ..auth.throttle import registration_throttled
from ..pagecache import cached_for_visitors
from ..paging import page_of, paging
from ..volunteers import profiles, recruitments, signups
from ..volunteers.serialize import recruitment_json, signup_json
from ..volunteers.steps import SIGNUP_STEPS
from . import bp
from .auth import user_json
from .body import json_body

SIGNUP_STEP_NAMES = ",".join(sorted(SIGNUP_STEPS))


@bp.post("/volunteers/register")
@public
@registration_throttled
def register_volunteer():
    """Register as a volunteer (real name, mobile, district, skills; consent required)."""
    user = profiles.register_volunteer(json_body())
    return jsonify(user=user_json(user), volunteer=profiles.profile_json(user.volunteer, phone=user.volunteer.phone)), 201


@bp.get("/me/volunteer")
@role_required(Role.volunteer)
def show_volunteer_profile():
    """The signed-in volunteer's profile, phone number in full."""
    profile = profiles.own_profile(current_user)
    return jsonify(profiles.profile_json(profile, phone=profile.phone))


@bp.put("/me/volunteer")
@role_required(Role.volunteer)
def put_volunteer_profile():
    """Change one's profile: name, phone, district, skills, availability, interests, birth_year."""
    profile = profiles.update_profile(current_user, json_body())
    return jsonify(profiles.profile_json(profile, phone=profile.phone))


@bp.get("/me/volunteer/data")
@role_required(Role.volunteer)
def export_volunteer_data():
    """Everything the platform keeps about the signed-in volunteer (download of one's own data)."""
    return jsonify(profiles.export_data(current_user))


@bp.post("/me/volunteer/close")
@role_required(Role.volunteer)
def close_volunteer_account():
    """Close one's volunteer account: personal data wiped, records kept anonymised, tokens ended."""
    profiles.close_account(current_user)
    return "", 204


@bp.post("/projects/<int:project_id>/recruitments")
@role_required(Role.unit)
def create_recruitment(project_id: int):
    """A unit opens a recruitment on one of its published projects."""
    return jsonify(recruitment_json(recruitments.open_recruitment(current_user, project_id, json_body()))), 201


@bp.get("/recruitments")
@public
@cached_for_visitors
def list_recruitments():
    """Open recruitments; filters q, category, district, date (runs that day); paginated."""
    found = recruitments.search_page(recruitments.parse_filters(request.args))
    return jsonify(found.json([recruitment_json(r) for r in found.items]))


@bp.get("/recruitments/<int:recruitment_id>")
@public
@cached_for_visitors
def show_recruitment(recruitment_id: int):
    """One recruitment (of a public project)."""
    return jsonify(recruitment_json(recruitments.visible_recruitment(recruitment_id, current_user)))


@bp.post("/recruitments/<int:recruitment_id>/close")
@role_required(Role.unit)
def close_recruitment(recruitment_id: int):
    """Stop taking sign-ups (the unit)."""
    recruitment = recruitments.visible_recruitment(recruitment_id, current_user)
    return jsonify(recruitment_json(recruitments.close_recruitment(current_user, recruitment)))


@bp.post("/recruitments/<int:recruitment_id>/signups")
@role_required(Role.volunteer)
def create_signup(recruitment_id: int):
    """A volunteer signs up, with an optional message."""
    data = json_body() if request.get_data() else {}
    recruitment = recruitments.visible_recruitment(recruitment_id, current_user)
    return jsonify(signup_json(signups.sign_up(current_user, recruitment, data), current_user)), 201


@bp.get("/signups")
@role_required(Role.volunteer, Role.unit, Role.office)
def list_signups():
    """A volunteer's own sign-ups, a unit's incoming ones, all for the office; filter state; paginated."""
    asked = paging(request.args)
    found = page_of(signups.signups_for(current_user, request.args.get("state") or None), asked)
    return jsonify(found.json([signup_json(s, current_user) for s in found.items]))


@bp.get("/signups/<int:signup_id>")
@role_required(Role.volunteer, Role.unit, Role.office)
def show_signup(signup_id: int):
    """One sign-up with its history."""
    return jsonify(signup_json(signups.visible_signup(signup_id, current_user), current_user, history=True))


@bp.post(f"/signups/<int:signup_id>/<any({SIGNUP_STEP_NAMES}):step>")
@role_required(Role.volunteer, Role.unit)
def step_signup(signup_id: int, step: str):
    """admit or decline (with a reason) by the unit; withdraw by the volunteer."""
    data = json_body() if request.get_data() else {}
    signup = signups.visible_signup(signup_id, current_user)
    signup = signups.step_signup(current_user, signup, step, data.get("reason"))
    return jsonify(signup_json(signup, current_user, history=True))
