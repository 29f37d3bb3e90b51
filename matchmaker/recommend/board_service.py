"""The seam between the database and recruitments.py: open recruitments into one board per
process, kept under the data's version (freshness.py) like the projects' index."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..execution.checks import beijing_today
from ..extensions import db
from ..freshness import index_version
from ..projects.models import Project, ProjectStatus
from ..volunteers.models import Recruitment, RecruitmentState, Signup, SignupState, VolunteerProfile
from .docs import Result
from .recruitments import RecruitmentBoard, RecruitmentDoc, VolunteerDoc
from .tokens import TokenCache


@dataclass
class BoardHolder:
    board: RecruitmentBoard | None = None
    version: tuple | None = None
    cache: TokenCache = field(default_factory=TokenCache)
    lock: threading.Lock = field(default_factory=threading.Lock)


def holder() -> BoardHolder:
    return current_app.extensions.setdefault("recruitment_board", BoardHolder())


def call_doc(recruitment: Recruitment) -> RecruitmentDoc:
    project = recruitment.project
    return RecruitmentDoc(
        id=recruitment.id, title=recruitment.title, skills=recruitment.skills, requirements=recruitment.requirements,
        project=" ".join((project.title, project.service_target, project.service_type)), district=project.district,
        starts_on=recruitment.starts_on, ends_on=recruitment.ends_on, signup_until=recruitment.signup_until,
        remaining=recruitment.remaining,
    )


def volunteer_doc(profile: VolunteerProfile) -> VolunteerDoc:
    return VolunteerDoc(id=profile.id, skills=profile.skills, interests=profile.interests,
                        district=profile.district, availability=profile.availability)


def current_board() -> RecruitmentBoard:
    """This process's board, rebuilt first if the data's version moved since it was built
    (a sign-up admitted or a call closed writes an audit row, so it moves the version)."""
    state = holder()
    version = index_version()
    if state.board is not None and state.version == version:
        return state.board
    with state.lock:
        if state.board is None or state.version != version:
            state.board = RecruitmentBoard.build(load_calls(), cache=state.cache, today=beijing_today)
            state.version = version
        return state.board


def load_calls() -> list[RecruitmentDoc]:
    rows = db.session.scalars(
        select(Recruitment)
        .join(Recruitment.project)
        .where(Recruitment.state == RecruitmentState.open, Recruitment.signup_until >= beijing_today(),
               Project.status == ProjectStatus.published)
        .options(joinedload(Recruitment.project))
    )
    return [call_doc(recruitment) for recruitment in rows]


def recruitments_for(profile: VolunteerProfile, limit: int = 10) -> list[tuple[Recruitment, Result]]:
    """Open recruitments for a volunteer, best first, leaving out those they already signed up to."""
    mine = set(db.session.scalars(select(Signup.recruitment_id).where(
        Signup.volunteer_id == profile.id, Signup.state.in_((SignupState.applied, SignupState.admitted)))))
    results = [r for r in current_board().recommend(volunteer_doc(profile), limit=limit + len(mine)) if r.id not in mine]
    results = results[:limit]
    if not results:
        return []
    found = db.session.scalars(
        select(Recruitment).where(Recruitment.id.in_([r.id for r in results]))
        .options(joinedload(Recruitment.project).joinedload(Project.unit),
                 joinedload(Recruitment.project).joinedload(Project.category))
    ).unique().all()
    by_id = {recruitment.id: recruitment for recruitment in found}
    return [(by_id[r.id], r) for r in results if r.id in by_id]
