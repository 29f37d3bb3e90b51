"""Helpers shared by the tests of volunteers' records (attendance, hours, certificates,
incentives); no tests here. Volunteers, recruitments and admissions are written as rows
(the sign-up journey itself is tested on branch volunteers); activities through the operation."""

import itertools
from datetime import date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import select

from matchmaker.auth.models import Role, User
from matchmaker.execution.operations import record_activity
from matchmaker.extensions import db
from matchmaker.projects.models import Project
from matchmaker.volunteers.models import Recruitment, Signup, SignupState, VolunteerProfile

from . import factories
from .test_execution_helpers import TODAY

_numbers = itertools.count(1)


def volunteer(app, name: str = "李小红", phone: str = "13800000000") -> SimpleNamespace:
    """A volunteer account with its profile."""
    username = f"vol-rec{next(_numbers)}"
    with app.app_context():
        user = User(username=username, password_hash=factories.password_hash(), role=Role.volunteer,
                    display_name=name)
        user.volunteer = VolunteerProfile(name=name, phone=phone, district="小店区", skills="急救",
                                          consent_at=datetime(2026, 1, 1))
        db.session.add(user)
        db.session.commit()
        return SimpleNamespace(id=user.id, profile_id=user.volunteer.id, username=username,
                               password=factories.PASSWORD, role="volunteer", name=name)


def admit(app, project_id: int, person: SimpleNamespace, state: str = "admitted") -> int:
    """`person` signed up to the project's recruitment (made on first use) and is in `state`."""
    with app.app_context():
        recruitment = db.session.scalar(select(Recruitment).where(Recruitment.project_id == project_id))
        if recruitment is None:
            project = db.session.get(Project, project_id)
            recruitment = Recruitment(project_id=project_id, title="义诊志愿者", places=50, admitted=0,
                                      starts_on=project.start_on,
                                      ends_on=project.end_on, signup_until=project.end_on)
            db.session.add(recruitment)
        signup = Signup(recruitment=recruitment, volunteer_id=person.profile_id, state=SignupState(state))
        db.session.add(signup)
        if state == "admitted":
            recruitment.admitted += 1
        db.session.commit()
        return signup.id


def activity(app, unit_user, project_id: int, held_on: date | None = None, place: str = "坪阳社区活动室") -> int:
    held_on = held_on or TODAY - timedelta(days=10)
    with app.app_context():
        actor = db.session.get(User, unit_user.id)
        done = record_activity(actor, db.session.get(Project, project_id), {
            "held_on": held_on.isoformat(), "place": place, "volunteers": 3, "volunteer_hours": 9,
            "people_served": 30})
        return done.id


def signed_in(app, person: SimpleNamespace, *, api: bool):
    """A client for `person`: a Bearer token (api) or a session through the login form."""
    client = app.test_client()
    if api:
        answer = client.post("/api/v1/auth/token", json={"username": person.username, "password": person.password})
        assert answer.status_code == 200, answer.get_data(as_text=True)
        client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {answer.get_json()['token']}"
    else:
        answer = client.post("/login", data={"username": person.username, "password": person.password})
        assert answer.status_code == 302, answer.get_data(as_text=True)
    client.user = person
    return client
