"""Collaboration requests as the API shows them, with their history."""

from ..catalog.models import Unit
from ..workflow import history_json
from .models import Collaboration
from .queries import is_overdue
from .steps import ASK_LABELS, STATE_LABELS


def unit_json(unit: Unit) -> dict:
    return {"id": unit.id, "name": unit.name, "parent_id": unit.parent_id}


def collaboration_json(collaboration: Collaboration, history: bool = False) -> dict:
    project = collaboration.project
    body = {
        "id": collaboration.id,
        "state": collaboration.state.value,
        "state_label": STATE_LABELS[collaboration.state.value],
        "overdue": is_overdue(collaboration),
        "project": {"id": project.id, "title": project.title},
        "from_unit": unit_json(collaboration.from_unit),
        "to_unit": unit_json(collaboration.to_unit),
        "ask": collaboration.ask.value,
        "ask_label": ASK_LABELS[collaboration.ask.value],
        "due_on": collaboration.due_on.isoformat(),
        "message": collaboration.message,
        "created_at": collaboration.created_at.isoformat(),
        "updated_at": collaboration.updated_at.isoformat(),
    }
    if history:
        body["history"] = history_json(collaboration.events)
    return body
