"""The mail outbox: each email copy of a notification is a row written in the notification's
transaction and delivered by `flask mail work`, so mail survives an SMTP server that is down
and a worker that is killed (notifications/outbox.py).

Revision ID: 0009
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'outbound_mail',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('notification_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('to_address', sa.String(length=254), nullable=False),
        sa.Column('url', sa.String(length=500), nullable=False),
        sa.Column('state', sa.Enum('pending', 'sent', 'failed', name='mail_state', native_enum=False,
                                   create_constraint=True, length=7), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('due_at', sa.DateTime(), nullable=False),
        sa.Column('lease_until', sa.DateTime(), nullable=True),
        sa.Column('last_error', sa.String(length=300), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['notification_id'], ['notification.id'],
                                name=op.f('fk_outbound_mail_notification_id_notification')),
        sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_outbound_mail_user_id_user')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_outbound_mail')),
    )
    with op.batch_alter_table('outbound_mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbound_mail_notification_id'), ['notification_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbound_mail_user_id'), ['user_id'], unique=False)
        batch_op.create_index('ix_outbound_mail_state_due_at', ['state', 'due_at'], unique=False)


def downgrade():
    op.drop_table('outbound_mail')
