"""`flask execution remind`: tell units, and the office, which projects are overdue with their
reports. Meant to run daily (cron); each silence is reminded of once, however often it runs."""

import click
from flask.cli import AppGroup
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from .. import audit
from ..extensions import db
from ..matches.operations import office_users, unit_users
from ..notifications import notify
from .models import ReportReminder
from .queries import overdue_projects

execution_cli = AppGroup("execution", help="Running projects.")


@execution_cli.command("remind")
def remind_command() -> None:
    """Notify units and the office of projects that have not reported for REPORT_OVERDUE_DAYS."""
    click.echo(f"projects newly overdue: {send_reminders()}")


def send_reminders() -> int:
    overdue = overdue_projects()
    reminded = set(db.session.execute(
        select(ReportReminder.project_id, ReportReminder.due_since)
        .where(ReportReminder.project_id.in_([row.project.id for row in overdue]))
    ).all())
    fresh = [row for row in overdue if (row.project.id, row.since) not in reminded]
    for row in fresh:
        project = row.project
        db.session.add(ReportReminder(project_id=project.id, due_since=row.since))
        audit.record(None, "report.overdue", project, days=row.days)
        notify(unit_users(project), f"项目“{project.title}”已 {row.days} 天未上报进展情况，请及时上报",
               f"/projects/{project.id}/reports/new")
    if fresh:
        notify(office_users(), f"{len(fresh)} 个项目超过规定天数未上报进展，请督促", "/office/execution")
    try:
        db.session.commit()
    except IntegrityError:  # another run reminded of the same silences first
        db.session.rollback()
        return 0
    return len(fresh)
