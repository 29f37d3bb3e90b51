"""Trainings as the API shows them."""

from .models import Training
from .operations import TrainingLine


def training_json(training: Training, attendees: list | None = None) -> dict:
    body = {"id": training.id, "unit": {"id": training.unit_id, "name": training.unit.name},
            "topic": training.topic, "held_on": training.held_on.isoformat(), "hours": float(training.hours),
            "trainer": training.trainer}
    if attendees is not None:
        body["volunteer_ids"] = [a.volunteer_id for a in attendees]
    return body


def line_json(line: TrainingLine) -> dict:
    return {"held_on": line.held_on.isoformat(), "topic": line.topic, "unit": line.unit, "hours": float(line.hours)}
