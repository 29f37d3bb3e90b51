"""An index for the public catalogue's order (status, published_at, id): the project list
no longer sorts every project on each page.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index('ix_project_catalogue_order', ['status', 'published_at', 'id'], unique=False)


def downgrade():
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index('ix_project_catalogue_order')
