"""Recording trainings and their attendance, and requiring one for a recruitment: the only
writer of these records. `check_trained` is what the sign-up operation calls."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from .. import audit
from ..auth.models import Role, User
from ..catalog.models import Unit
from ..errors import Conflict, Forbidden, Invalid, NotFound
from ..execution.checks import beijing_today, check_hours
from ..extensions import db
from ..projects.access import managed_unit_ids, manages
from ..validation import check_date, check_id, check_text
from ..volunteers.models import Recruitment, VolunteerProfile
from .models import RequiredTraining, Training, TrainingAttendance

MAX_ATTENDEES = 500


def record_training(actor: User, data: dict) -> Training:
    """A unit records a training it held: topic, date, hours, trainer."""
    if actor.role is not Role.unit:
        raise Forbidden("只有单位可以记录教育培训")
    held_on = check_date(data.get("held_on"), "held_on", "培训日期")
    if held_on > beijing_today():
        raise Invalid("培训日期不能晚于今天", field="held_on")
    hours = check_hours(data.get("hours"), "hours", "培训学时（小时）", high=1_000)
    if not 0 < hours <= 24:
        raise Invalid("培训学时应大于 0 且不超过 24 小时", field="hours")
    training = Training(unit_id=actor.unit_id, held_on=held_on, hours=hours, created_by_id=actor.id,
                        topic=check_text(data.get("topic"), "topic", "培训主题", max_len=100),
                        trainer=check_text(data.get("trainer"), "trainer", "授课人", max_len=60))
    db.session.add(training)
    db.session.flush()
    audit.record(actor, "training.record", training, topic=training.topic, held_on=held_on.isoformat())
    db.session.commit()
    return training


def managed_training(training_id: int, user) -> Training:
    """The training if this unit (or its lead unit) holds it: 404 otherwise."""
    training = db.session.get(Training, training_id)
    if training is None or training.unit_id not in managed_unit_ids(user):
        raise NotFound("培训记录不存在")
    return training


def record_attendees(actor: User, training: Training, data: dict) -> list[TrainingAttendance]:
    """Add the volunteers who attended (by volunteer id); those already listed stay."""
    ids = data.get("volunteer_ids")
    if not isinstance(ids, list) or not ids or len(ids) > MAX_ATTENDEES:
        raise Invalid(f"请列出参加培训的志愿者编号（1 到 {MAX_ATTENDEES} 个）", field="volunteer_ids")
    wanted = list(dict.fromkeys(check_id(v, "volunteer_ids", "志愿者编号") for v in ids))
    known = set(db.session.scalars(select(VolunteerProfile.id).where(VolunteerProfile.id.in_(wanted),
                                                                     VolunteerProfile.closed_at.is_(None))))
    missing = [v for v in wanted if v not in known]
    if missing:
        raise Invalid(f"没有编号为 {', '.join(map(str, missing))} 的志愿者", field="volunteer_ids")
    listed = set(db.session.scalars(select(TrainingAttendance.volunteer_id)
                                    .where(TrainingAttendance.training_id == training.id)))
    added = [v for v in wanted if v not in listed]
    for volunteer_id in added:
        db.session.add(TrainingAttendance(training_id=training.id, volunteer_id=volunteer_id))
    if added:
        db.session.flush()
        audit.record(actor, "training.attendees", training, added=added)
    db.session.commit()
    return attendees(training.id)


def require_training(actor: User, recruitment: Recruitment, data: dict) -> RequiredTraining | None:
    """The unit makes a recruitment take sign-ups only from those trained ({"training_id": id | null})."""
    if not manages(actor, recruitment.project):
        raise Forbidden("只有项目所属单位可以设置招募的培训要求")
    current = db.session.scalar(select(RequiredTraining).where(RequiredTraining.recruitment_id == recruitment.id))
    raw = data.get("training_id")
    if raw in (None, ""):
        if current is not None:
            db.session.delete(current)
            audit.record(actor, "training.require", recruitment, training_id=None)
        db.session.commit()
        return None
    training = managed_training(check_id(raw, "training_id", "培训"), actor)
    if current is None:
        current = RequiredTraining(recruitment_id=recruitment.id, training_id=training.id)
        db.session.add(current)
    current.training_id = training.id
    db.session.flush()
    audit.record(actor, "training.require", recruitment, training_id=training.id)
    db.session.commit()
    return current


def check_trained(volunteer: VolunteerProfile, recruitment: Recruitment) -> None:
    """Refuse a sign-up to a recruitment whose required training the volunteer has not attended."""
    required = db.session.scalar(select(RequiredTraining).where(RequiredTraining.recruitment_id == recruitment.id))
    if required is None:
        return
    attended = db.session.scalar(select(TrainingAttendance.id).where(
        TrainingAttendance.training_id == required.training_id, TrainingAttendance.volunteer_id == volunteer.id))
    if attended is None:
        training = required.training
        raise Conflict(f"报名本招募需先参加培训“{training.topic}”（{training.held_on}，{training.unit.name}），"
                       "请参加培训后再报名", code="training_required")


def attendees(training_id: int) -> list[TrainingAttendance]:
    return db.session.scalars(select(TrainingAttendance).where(TrainingAttendance.training_id == training_id)
                              .order_by(TrainingAttendance.id)).all()


def unit_trainings(user) -> list[Training]:
    return db.session.scalars(select(Training).where(Training.unit_id.in_(managed_unit_ids(user)))
                              .order_by(Training.held_on.desc(), Training.id.desc()).limit(200)).all()


@dataclass(frozen=True)
class TrainingLine:
    held_on: date
    topic: str
    unit: str
    hours: Decimal


def training_lines(volunteer_id: int) -> list[TrainingLine]:
    """The trainings a volunteer attended, newest first (listed apart from service hours)."""
    rows = db.session.execute(
        select(Training.held_on, Training.topic, Unit.name, Training.hours)
        .join(TrainingAttendance, TrainingAttendance.training_id == Training.id).join(Training.unit)
        .where(TrainingAttendance.volunteer_id == volunteer_id).order_by(Training.held_on.desc())
    ).all()
    return [TrainingLine(*row) for row in rows]


def unit_volunteers(user) -> list[VolunteerProfile]:
    """Volunteers who signed up to a recruitment of this unit's projects: whom it may list as trained."""
    from ..projects.models import Project
    from ..volunteers.models import Signup

    return db.session.scalars(
        select(VolunteerProfile).join(Signup, Signup.volunteer_id == VolunteerProfile.id)
        .join(Recruitment, Recruitment.id == Signup.recruitment_id).join(Project, Project.id == Recruitment.project_id)
        .where(Project.unit_id.in_(managed_unit_ids(user)), VolunteerProfile.closed_at.is_(None))
        .order_by(VolunteerProfile.name, VolunteerProfile.id).distinct().limit(500)
    ).all()


def unit_recruitments(user) -> list[Recruitment]:
    from ..projects.models import Project

    return db.session.scalars(
        select(Recruitment).join(Project, Project.id == Recruitment.project_id)
        .where(Project.unit_id.in_(managed_unit_ids(user))).order_by(Recruitment.id.desc()).limit(200)
    ).all()


def required_for(recruitment_ids: list[int]) -> dict[int, Training]:
    rows = db.session.scalars(select(RequiredTraining).where(RequiredTraining.recruitment_id.in_(recruitment_ids)))
    return {row.recruitment_id: row.training for row in rows}
