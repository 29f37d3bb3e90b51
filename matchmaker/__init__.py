"""Matchmaker: where Taiyuan's volunteer projects meet the people who can support them."""

from pathlib import Path

from flask import Flask

from . import config, logs, routing
from .extensions import compress, csrf, db, limiter, log_limiter_warnings, login_manager, migrate

ROOT = Path(__file__).resolve().parent.parent


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        instance_path=str(ROOT / "instance"),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    app.config.from_mapping(config.load(app.instance_path, overrides))
    logs.configure(app)  # first: the request id is then known to every later hook

    register_extensions(app)
    routing.register_converters(app)  # before any route is added
    register_blueprints(app)
    register_cli(app)
    register_error_handlers(app)
    register_template_helpers(app)
    return app


def register_extensions(app: Flask) -> None:
    from . import database, models  # noqa: F401  (the whole schema, for Alembic)

    db.init_app(app)
    database.tune_connections(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    login_manager.init_app(app)
    from .security import register_security  # proxies, if any; HTTPS required before any check; headers

    register_security(app)
    csrf.init_app(app)
    limiter.init_app(app)  # Redis unreachable: memory per worker, one warning (auth/throttle.py)
    log_limiter_warnings()
    compress.init_app(app)
    from .static_files import serve_static_files  # WhiteNoise: versioned names, a year's cache

    serve_static_files(app)
    from .inputs import register_input_checks  # JSON bounded, no invalid text in any input

    register_input_checks(app)


def register_blueprints(app: Flask) -> None:
    from . import api, health, office
    from .auth import views as auth
    from .catalog import views as catalog
    from .collaborations import views as collaborations
    from .execution import views as execution
    from .incentives import views as incentives
    from .insurance import views as insurance
    from .matches import views as matches
    from .notifications import views as notifications
    from .projects import views as projects
    from .service_records import views as service_records
    from .sponsors import views as sponsors
    from .trainings import views as trainings
    from .verification import views as verification
    from .volunteers import views as volunteers
    from .workspace import bp as workspace

    for blueprint in (catalog.bp, auth.bp, projects.bp, office.bp, sponsors.bp, matches.bp, notifications.bp,
                      collaborations.bp, execution.bp, volunteers.bp, service_records.bp, incentives.bp, trainings.bp,
                      insurance.bp, verification.bp, workspace, health.bp, api.bp):
        app.register_blueprint(blueprint)
    csrf.exempt(api.bp)  # bearer tokens only; see auth.access


def register_cli(app: Flask) -> None:
    from .cli import seed, users
    from .execution.reminders import execution_cli
    from .notifications.cli import mail_cli
    from .recommend.cli import recommend

    for command in (seed, users, recommend, execution_cli, mail_cli):
        app.cli.add_command(command)
    from .backup import backup  # `flask backup DEST` (SQLite)
    from .health import health_command

    app.cli.add_command(backup)
    app.cli.add_command(health_command)


def register_error_handlers(app: Flask) -> None:
    from .errors import register_error_handlers as register

    register(app)


def register_template_helpers(app: Flask) -> None:
    from .templating import register

    register(app)
