"""The audit log is append-only in the database too: a trigger refuses UPDATE and DELETE on
audit_entry, whoever sends them (the app refuses them already, in office/audit_log.py; this
also stops a script or a console). Removing rows on purpose takes dropping the trigger or, on
PostgreSQL, TRUNCATE: the privilege to keep from the role the app runs as.

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

MESSAGE = "audit_entry is append-only"


def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{MESSAGE}: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$
        """)
        op.execute("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
                   "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()")
    else:
        for change in ("update", "delete"):
            op.execute(f"CREATE TRIGGER audit_entry_no_{change} BEFORE {change.upper()} ON audit_entry "
                       f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_entry_append_only ON audit_entry")
        op.execute("DROP FUNCTION audit_entry_append_only()")
    else:
        for change in ("update", "delete"):
            op.execute(f"DROP TRIGGER audit_entry_no_{change}")
