"""Projects and needs as the API shows them: money in yuan, dates as ISO strings."""

from ..workflow import history_json
from .models import PROJECT_STATUS_LABELS, Need, Project
from .quantities import shown, yuan


def need_json(need: Need, pending: int = 0) -> dict:
    return {
        "id": need.id,
        "kind": need.kind.value,
        "description": need.description,
        "quantity": shown(need.kind, need.quantity),
        "unit": need.unit,
        "deadline": need.deadline.isoformat() if need.deadline else None,
        "approved_quantity": shown(need.kind, need.approved_quantity),
        "pending_quantity": shown(need.kind, pending),
        "remaining": shown(need.kind, need.remaining),
    }


def project_json(project: Project, pending: dict[int, int] | None = None, history: bool = False) -> dict:
    pending = pending or {}
    body = {
        "id": project.id,
        "title": project.title,
        "status": project.status.value,
        "status_label": PROJECT_STATUS_LABELS[project.status],
        "category": {"number": project.category.number, "name": project.category.name},
        "unit": {"id": project.unit.id, "name": project.unit.name},
        "district": project.district,
        "service_target": project.service_target,
        "service_type": project.service_type,
        "service_hours": project.service_hours,
        "volunteers_needed": project.volunteers_needed,
        "funding": yuan(project.funding),
        "sessions_planned": project.sessions_planned,
        "start_on": project.start_on.isoformat(),
        "end_on": project.end_on.isoformat(),
        "description": project.description,
        "contact_name": project.contact_name,
        "contact_phone": project.contact_phone,
        "return_reason": project.return_reason,
        "published_at": project.published_at.isoformat() if project.published_at else None,
        "needs": [need_json(need, pending.get(need.id, 0)) for need in project.needs],
    }
    if history:  # for its units and the office (access.sees_history)
        body["history"] = history_json(project.events)
    return body
