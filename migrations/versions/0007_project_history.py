"""Projects get a history of their steps, as matches and collaborations have (project_event),
filled from the audit rows of the steps already taken; an Idempotency-Key remembers a hash of
the request it answered (idempotency_key.request_hash), so a key reused with another body is
refused instead of answered with the first record.

Revision ID: 0007
Revises: 0006
"""
import json

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

audit_entry = sa.table(
    'audit_entry', sa.column('id', sa.Integer), sa.column('at', sa.DateTime), sa.column('actor_id', sa.Integer),
    sa.column('action', sa.String), sa.column('target_type', sa.String), sa.column('target_id', sa.Integer),
    sa.column('detail', sa.Text),
)
project_event = sa.table(
    'project_event', sa.column('project_id', sa.Integer), sa.column('from_state', sa.String),
    sa.column('to_state', sa.String), sa.column('actor_id', sa.Integer), sa.column('at', sa.DateTime),
    sa.column('reason', sa.String),
)
STEPS = ('project.create', 'project.submit', 'project.publish', 'project.return', 'project.close', 'project.complete')


def upgrade():
    op.create_table('project_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('from_state', sa.String(length=10), nullable=True),
    sa.Column('to_state', sa.String(length=10), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['user.id'], name=op.f('fk_project_event_actor_id_user')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_event_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_event'))
    )
    with op.batch_alter_table('project_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_event_project_id'), ['project_id'], unique=False)
    with op.batch_alter_table('idempotency_key', schema=None) as batch_op:
        batch_op.add_column(sa.Column('request_hash', sa.String(length=64), nullable=True))
    backfill()


def backfill():
    """Every step already taken is in the audit log, with its actor, time, states and reason."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(audit_entry.c.at, audit_entry.c.actor_id, audit_entry.c.action, audit_entry.c.target_id,
                  audit_entry.c.detail)
        .where(audit_entry.c.target_type == 'project', audit_entry.c.action.in_(STEPS),
               audit_entry.c.actor_id.is_not(None), audit_entry.c.target_id.is_not(None))
        .order_by(audit_entry.c.id)
    )
    events = []
    for at, actor_id, action, project_id, detail in rows:
        detail = json.loads(detail) if isinstance(detail, str) else (detail or {})
        created = action == 'project.create'
        events.append({
            'project_id': project_id, 'actor_id': actor_id, 'at': at,
            'from_state': None if created else detail.get('from_state'),
            'to_state': 'draft' if created else detail.get('to_state'),
            'reason': (detail.get('reason') or '')[:500],
        })
    events = [event for event in events if event['to_state']]
    if events:
        op.bulk_insert(project_event, events)


def downgrade():
    with op.batch_alter_table('idempotency_key', schema=None) as batch_op:
        batch_op.drop_column('request_hash')
    with op.batch_alter_table('project_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_event_project_id'))
    op.drop_table('project_event')
