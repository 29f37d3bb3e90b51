"""An email address per account, where notifications are copied when SMTP is configured
(empty: no email).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email', sa.String(length=254), server_default='', nullable=False))


def downgrade():
    # SQLite drops the column in place (3.35+): rebuilding `user` would break the foreign keys
    # of every table that points at it.
    with op.batch_alter_table('user', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('email')
