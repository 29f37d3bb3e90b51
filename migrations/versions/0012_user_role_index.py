"""An index on user.role: a step tells "the office" by a clause on role (matches' TOLD), and
without an index PostgreSQL read every account (volunteers included) to find the few office
ones, on every accept, approve and cancel.

Revision ID: 0012
Revises: 0011
"""
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index('ix_user_role', 'user', ['role'])


def downgrade():
    op.drop_index('ix_user_role', table_name='user')
