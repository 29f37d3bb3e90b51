"""Command-line tools: `flask seed`, `flask users create`."""

import sys

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import func, select

from .errors import DomainError


@click.command("seed")
@click.option("--demo", is_flag=True, help="Also add demo accounts and about 40 demo projects.")
@click.option("--demo-if-empty", is_flag=True, help="Add the demo data only if there are no accounts yet.")
@with_appcontext
def seed(demo: bool, demo_if_empty: bool) -> None:
    """Load the notice's 26 programmes and 31 lead units (idempotent)."""
    from .auth.models import User
    from .catalog.seed import seed_programmes
    from .extensions import db

    categories, units = seed_programmes()
    click.echo(f"programmes: {categories} added; lead units: {units} added")
    if demo_if_empty and db.session.scalar(select(func.count()).select_from(User)) == 0:
        demo = True
    if demo:
        from .demo import seed_demo

        report = seed_demo(current_app.config["DEMO_PASSWORD"])
        click.echo(f"demo: {report}")


users = AppGroup("users", help="Manage accounts.")


@users.command("create")
@click.argument("username")
@click.option("--role", type=click.Choice(["office", "unit", "sponsor"]), required=True)
@click.option("--unit", "unit_name", help="单位名称, for unit accounts.")
@click.option("--name", "display_name", default="", help="Display name.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create_user_command(username, role, unit_name, display_name, password_stdin) -> None:
    """Create an office, unit or sponsor account."""
    from .auth.operations import create_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = create_user(username, password, role, unit_name=unit_name, display_name=display_name)
    except DomainError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"created {user.role.value} account {user.username} (id {user.id})")
