"""Races for volunteers' places against a real gunicorn with four workers: many admissions to
one recruitment at once never admit more than its places; one volunteer's identical sign-ups
sent at once make one sign-up."""

from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from matchmaker.auth.models import User
from matchmaker.collaborations.queries import today
from matchmaker.extensions import db
from matchmaker.volunteers.models import Recruitment, Signup, SignupEvent, SignupState
from matchmaker.volunteers.recruitments import open_recruitment
from matchmaker.volunteers.signups import sign_up

from .. import factories
from .conftest import race

PLACES, RACERS = 10, 60


def recruitment(app, unit, places: int) -> int:
    project_id = factories.make_project(app, unit)
    with app.app_context():
        body = {"title": "赛会引导员", "places": places, "starts_on": (today() + timedelta(days=9)).isoformat(),
                "signup_until": (today() + timedelta(days=7)).isoformat()}
        return open_recruitment(db.session.get(User, unit.id), project_id, body).id


def test_concurrent_admissions_never_exceed_the_places(app, live_server):
    unit = factories.make_user(app, "unit")
    recruitment_id = recruitment(app, unit, PLACES)
    volunteers = [factories.make_user(app, "volunteer") for _ in range(RACERS)]
    with app.app_context():
        found = db.session.get(Recruitment, recruitment_id)
        signup_ids = [sign_up(db.session.get(User, v.id), found, {}).id for v in volunteers]
    token = live_server.token(unit)

    answers = race(
        (lambda signup_id=signup_id: live_server.call("POST", f"/api/v1/signups/{signup_id}/admit", token))
        for signup_id in signup_ids
    )

    statuses = Counter(answer.status for answer in answers)
    assert statuses == {200: PLACES, 409: RACERS - PLACES}, (statuses, live_server.log_tail())
    assert {a.body["error"]["code"] for a in answers if a.status == 409} == {"recruitment_full"}
    with app.app_context():
        assert db.session.get(Recruitment, recruitment_id).admitted == PLACES
        states = Counter(db.session.scalars(select(Signup.state).where(Signup.recruitment_id == recruitment_id)))
        assert states == {SignupState.admitted: PLACES, SignupState.applied: RACERS - PLACES}
        # A refused admission left no history row behind: one row per sign-up, plus one per admission.
        assert db.session.scalar(select(func.count()).select_from(SignupEvent)) == RACERS + PLACES


def test_one_volunteers_identical_sign_ups_sent_at_once_make_one(app, live_server):
    unit, volunteer = factories.make_user(app, "unit"), factories.make_user(app, "volunteer")
    recruitment_id = recruitment(app, unit, 5)
    token = live_server.token(volunteer)

    answers = race(
        (lambda: live_server.call("POST", f"/api/v1/recruitments/{recruitment_id}/signups", token,
                                  json={"message": "同时点了好几下"}))
        for _ in range(20)
    )

    assert Counter(a.status for a in answers) == {201: 1, 409: 19}, live_server.log_tail()
    assert {a.body["error"]["code"] for a in answers if a.status == 409} == {"already_signed_up"}
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Signup)) == 1
