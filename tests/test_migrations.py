"""The migrations build the schema the models describe: no drift, on SQLite and PostgreSQL."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from matchmaker.extensions import db


def test_migrated_schema_matches_the_models(app):
    with app.app_context(), db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, db.metadata)
    assert differences == []


def test_named_check_constraints_survive_the_migrations(app):
    """Batch rebuilds on SQLite drop unnamed CHECKs; ours are named and must be there."""
    from sqlalchemy import inspect

    with app.app_context():
        checks = {c["name"] for c in inspect(db.engine).get_check_constraints("need")}
    assert {"ck_need_quantity_positive", "ck_need_approved_within_quantity"} <= checks


def test_migration_0007_fills_project_history_from_the_audit_log(tmp_path):
    """A plan's steps taken before 0007 are in the audit log: the migration derives the same
    history rows the step runner writes now (its own SQLite file, so the run's database stays
    at the head whatever happens here)."""
    import flask_migrate
    from sqlalchemy import select

    from matchmaker import create_app
    from matchmaker.auth.models import User
    from matchmaker.catalog.seed import seed_programmes
    from matchmaker.projects.models import ProjectEvent
    from matchmaker.projects.operations import create_project, step_project

    from . import factories
    from .conftest import settings

    app = create_app(settings(f"sqlite:///{tmp_path}/history.sqlite"))
    with app.app_context():
        flask_migrate.upgrade()
        seed_programmes()
    unit, office = factories.make_user(app, "unit"), factories.make_user(app, "office")
    with app.app_context():
        actor, clerk = db.session.get(User, unit.id), db.session.get(User, office.id)
        project = create_project(actor, factories.PROJECT)
        step_project(actor, project, "submit")
        step_project(clerk, project, "return", "请补充预算")
        step_project(actor, project, "submit")
        step_project(clerk, project, "publish")
        rows = select(ProjectEvent.project_id, ProjectEvent.from_state, ProjectEvent.to_state,
                      ProjectEvent.actor_id, ProjectEvent.reason, ProjectEvent.at).order_by(ProjectEvent.id)
        written = db.session.execute(rows).all()
        assert len(written) == 5
        db.session.remove()
        flask_migrate.downgrade(revision="0006")
        flask_migrate.upgrade()
        derived = db.session.execute(rows).all()
        assert [row[:5] for row in derived] == [row[:5] for row in written]
        # The time is the audit row's, written in the same transaction as the step.
        assert all(abs((d.at - w.at).total_seconds()) < 1 for d, w in zip(derived, written, strict=True))
        db.engine.dispose()
