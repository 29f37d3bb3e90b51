"""Overseeing running projects: a unit's own page, the office's page of flags, and the
yearly scorecards of units (考核) with their Excel export."""

from flask import render_template, request, send_file
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import audit
from ..auth.access import office_required, role_required
from ..auth.models import Role
from ..catalog.models import Unit
from ..errors import Forbidden, NotFound
from ..extensions import db
from ..projects.access import managed_unit_ids
from ..projects.models import PROJECT_STATUS_LABELS, Project, ProjectStatus
from ..validation import int_arg
from . import assessment, exports, queries
from .access import RUNNING
from .checks import beijing_today
from .models import Activity, Rating
from .scorecard import PART_LABELS, TARGETS, WEIGHTS
from .views import bp

FIRST_YEAR = 2018  # the notice's year: there is nothing to assess before it


@bp.get("/unit/execution")
@role_required(Role.unit)
def unit_page():
    """This unit's running projects with their flags, and the difficulties waiting for an answer."""
    unit_ids = managed_unit_ids(current_user)
    mine = Project.unit_id.in_(unit_ids)
    running = db.session.scalars(
        select(Project).where(mine, Project.status.in_(RUNNING))
        .options(selectinload(Project.unit)).order_by(Project.end_on, Project.id)
    ).all()
    return render_template(
        "execution/unit.html", running=running, totals=queries.totals(mine),
        per_project=queries.totals_by(Activity.project_id, mine),
        overdue={row.project.id: row for row in queries.overdue_projects(mine)},
        difficulties=queries.unanswered_difficulties(mine), is_lead=current_user.unit.is_lead,
        today=beijing_today(), labels=PROJECT_STATUS_LABELS,
    )


@bp.get("/office/execution")
@office_required
def office_page():
    """Projects silent too long, difficulties not answered, completed projects not yet rated."""
    unrated = db.session.scalars(
        select(Project).outerjoin(Rating, Rating.project_id == Project.id)
        .where(Project.status == ProjectStatus.completed, Rating.id.is_(None))
        .options(selectinload(Project.unit)).order_by(Project.updated_at)
    ).all()
    return render_template(
        "execution/office.html", overdue=queries.overdue_projects(),
        difficulties=queries.unanswered_difficulties(), unrated=unrated, totals=queries.totals(),
    )


def year_arg() -> int:
    this_year = beijing_today().year
    return int_arg(request.args, "year", "年份", this_year, low=FIRST_YEAR, high=this_year)


@bp.get("/office/scorecards")
@office_required
def scorecards():
    """Every unit's scorecard for a year, best first, with the weights that made it."""
    year = year_arg()
    return render_template(
        "execution/scorecards.html", year=year, cards=assessment.scorecards(year), weights=WEIGHTS,
        targets=TARGETS, part_labels=PART_LABELS, years=range(beijing_today().year, FIRST_YEAR - 1, -1),
    )


@bp.get("/office/scorecards.xlsx")
@office_required
def scorecards_export():
    """The year's scorecards as an Excel workbook; every export is in the audit log."""
    year = year_arg()
    workbook = exports.scorecards_workbook(year, assessment.scorecards(year))
    audit.record(current_user, "export.scorecards", None, year=year)
    db.session.commit()
    return send_file(
        workbook, as_attachment=True,
        download_name=f"单位考核-{year}.xlsx",
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def assessed_unit(unit_id: int, user) -> Unit:
    """The unit if it exists; only the office, the unit itself and its lead unit may see its card."""
    unit = db.session.get(Unit, unit_id)
    if unit is None:
        raise NotFound("单位不存在")
    if user.role is not Role.office and unit.id not in managed_unit_ids(user):
        raise Forbidden("只能查看本单位及下属组织的考核")
    return unit


@bp.get("/scorecards/<int:unit_id>")
@role_required(Role.office, Role.unit)
def scorecard(unit_id: int):
    """One unit's scorecard: each part, its weight, and the facts it came from."""
    unit, year = assessed_unit(unit_id, current_user), year_arg()
    return render_template(
        "execution/scorecard.html", unit=unit, year=year, card=assessment.unit_scorecard(unit, year),
        weights=WEIGHTS, part_labels=PART_LABELS, years=range(beijing_today().year, FIRST_YEAR - 1, -1),
    )
