"""Activities, reports, summaries, ratings and scorecards as the API shows them."""

from ..catalog.models import Unit
from .models import REPORT_KIND_LABELS, Activity, ActivityPhoto, Rating, Report, Summary
from .queries import Totals
from .scorecard import PART_LABELS, WEIGHTS, Scorecard


def totals_json(totals: Totals) -> dict:
    return {
        "activities": totals.activities, "volunteers": totals.volunteers,
        "volunteer_hours": float(totals.volunteer_hours), "people_served": totals.people_served,
    }


def activity_json(activity: Activity) -> dict:
    return {
        "id": activity.id,
        "project_id": activity.project_id,
        "held_on": activity.held_on.isoformat(),
        "place": activity.place,
        "volunteers": activity.volunteers,
        "volunteer_hours": float(activity.volunteer_hours),
        "people_served": activity.people_served,
        "notes": activity.notes,
        "photos": [photo_json(photo) for photo in activity.photos],
        "created_at": activity.created_at.isoformat(),
    }


def photo_json(photo: ActivityPhoto) -> dict:
    return {"id": photo.id, "url": f"/api/v1/activities/photos/{photo.id}", "content_type": photo.content_type}


def report_json(report: Report) -> dict:
    return {
        "id": report.id,
        "project_id": report.project_id,
        "kind": report.kind.value,
        "kind_label": REPORT_KIND_LABELS[report.kind],
        "body": report.body,
        "created_at": report.created_at.isoformat(),
        "answer": report.answer or None,
        "answered_by": report.answered_by.label if report.answered_by else None,
        "answered_at": report.answered_at.isoformat() if report.answered_at else None,
    }


def summary_json(summary: Summary, totals: Totals) -> dict:
    return {
        "project_id": summary.project_id,
        "goals_met": summary.goals_met,
        "resources_used": summary.resources_used,
        "lessons": summary.lessons,
        "totals": totals_json(totals),
        "created_at": summary.created_at.isoformat(),
    }


def rating_json(rating: Rating) -> dict:
    return {
        "project_id": rating.project_id,
        "stars": rating.stars,
        "comment": rating.comment,
        "outstanding": rating.outstanding,
        "rated_at": rating.rated_at.isoformat(),
    }


def scorecard_json(unit: Unit, year: int, card: Scorecard) -> dict:
    return {
        "unit": {"id": unit.id, "name": unit.name, "lead": unit.is_lead},
        "year": year,
        **card.as_dict(),
        "weights": {name: {"label": label, "weight": getattr(WEIGHTS, name)} for name, label in PART_LABELS.items()},
    }
