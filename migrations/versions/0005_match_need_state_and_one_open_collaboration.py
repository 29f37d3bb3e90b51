"""Two indexes: a need's pledges by state (the progress bars read them on every page), and at
most one open collaboration request per project and asked unit (two identical requests sent at
the same instant could both be created).

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

OPEN = "state IN ('requested', 'accepted')"


def upgrade():
    with op.batch_alter_table('match', schema=None) as batch_op:
        batch_op.drop_index('ix_match_need_id')
        batch_op.create_index('ix_match_need_state', ['need_id', 'state'], unique=False)
    with op.batch_alter_table('collaboration', schema=None) as batch_op:
        batch_op.create_index('uq_collaboration_one_open', ['project_id', 'to_unit_id'], unique=True,
                              sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))


def downgrade():
    with op.batch_alter_table('collaboration', schema=None) as batch_op:
        batch_op.drop_index('uq_collaboration_one_open')
    with op.batch_alter_table('match', schema=None) as batch_op:
        batch_op.drop_index('ix_match_need_state')
        batch_op.create_index('ix_match_need_id', ['need_id'], unique=False)
