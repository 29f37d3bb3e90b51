"""Append-only rows (appended.py): on PostgreSQL they wait for the commit and go together; a
rollback takes them back with the rest, on both databases."""

from sqlalchemy import func, select

from matchmaker import audit
from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db


def count(action: str) -> int:
    return db.session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action))


def test_rows_appended_before_a_rollback_are_never_written(app):
    with app.app_context():
        audit.record(None, "test.refused")
        db.session.rollback()  # a refusal after the rows were appended
        audit.record(None, "test.kept")
        db.session.commit()  # the next commit of the same session writes only its own rows
        assert count("test.refused") == 0 and count("test.kept") == 1


def test_rows_appended_together_are_all_written_at_the_commit(app):
    with app.app_context():
        for number in range(3):
            audit.record(None, "test.together", number=number)
        db.session.commit()
        details = db.session.scalars(select(AuditEntry.detail).where(AuditEntry.action == "test.together")).all()
        # One commit's rows may take their ids in any order on PostgreSQL (appended.py).
        assert sorted(detail["number"] for detail in details) == [0, 1, 2]
