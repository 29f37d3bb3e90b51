"""Recruitments and sign-ups as the API shows them. Phone numbers only to those with the right."""

from ..workflow import history_json
from .models import Recruitment, Signup
from .profiles import profile_json, words
from .recruitments import is_taking_signups
from .signups import may_see_phone
from .steps import RECRUITMENT_STATE_LABELS, STATE_LABELS


def recruitment_json(recruitment: Recruitment) -> dict:
    project = recruitment.project
    return {
        "id": recruitment.id,
        "title": recruitment.title,
        "project": {"id": project.id, "title": project.title, "district": project.district,
                    "category": project.category.number, "unit": project.unit.name},
        "need_id": recruitment.need_id,
        "places": recruitment.places,
        "admitted": recruitment.admitted,
        "remaining": recruitment.remaining,
        "requirements": recruitment.requirements,
        "skills": words(recruitment.skills),
        "min_age": recruitment.min_age,
        "place": recruitment.place,
        "starts_on": recruitment.starts_on.isoformat(),
        "ends_on": recruitment.ends_on.isoformat(),
        "signup_until": recruitment.signup_until.isoformat(),
        "state": recruitment.state.value,
        "state_label": RECRUITMENT_STATE_LABELS[recruitment.state.value],
        "taking_signups": is_taking_signups(recruitment),
    }


def signup_json(signup: Signup, viewer, *, history: bool = False) -> dict:
    phone = signup.volunteer.phone if may_see_phone(viewer, signup) else None
    body = {
        "id": signup.id,
        "state": signup.state.value,
        "state_label": STATE_LABELS[signup.state.value],
        "message": signup.message,
        "reason": signup.reason,
        "created_at": signup.created_at.isoformat(),
        "recruitment": {"id": signup.recruitment.id, "title": signup.recruitment.title,
                        "project_id": signup.recruitment.project_id},
        "volunteer": profile_json(signup.volunteer, phone=phone),
    }
    if history:
        body["history"] = history_json(signup.events)
    return body
