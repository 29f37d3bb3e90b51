"""Service records as the API shows them."""

from decimal import Decimal

from .levels import StarLevel
from .models import Attendance
from .queries import ServiceLine


def level_json(level: StarLevel) -> dict:
    return {"stars": level.stars, "label": level.label, "hours": level.hours}


def attendance_json(row: Attendance) -> dict:
    return {"volunteer_id": row.volunteer_id, "name": row.volunteer.name, "hours": float(row.hours),
            "recorded_at": row.recorded_at.isoformat(), "updated_at": row.updated_at.isoformat()}


def line_json(line: ServiceLine) -> dict:
    return {"held_on": line.held_on.isoformat(), "project_id": line.project_id, "project": line.project,
            "unit": line.unit, "place": line.place, "hours": float(line.hours)}


def hours_json(total: Decimal, level: StarLevel, next_level: StarLevel | None, lines: list[ServiceLine]) -> dict:
    return {"total_hours": float(total), "star_level": level_json(level),
            "next_level": level_json(next_level) if next_level else None,
            "records": [line_json(line) for line in lines]}
