"""A cover picture per project: the stored name of the image its unit uploaded (checked and
re-encoded like activity photos); empty: none.

Revision ID: 0011
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cover', sa.String(length=40), server_default='', nullable=False))


def downgrade():
    # In place (SQLite 3.35+): rebuilding `project` would break the foreign keys pointing at it.
    with op.batch_alter_table('project', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('cover')
