"""Volunteers: the `volunteer` role, their profiles, units' recruitments on projects and
volunteers' sign-ups (with their history).

The role's column gets longer and its CHECK learns the new value (on SQLite by editing the
table's schema text in place: see rewrite_user_schema).

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0009'
branch_labels = None
depends_on = None

OLD_ROLES = ('office', 'unit', 'sponsor')
NEW_ROLES = ('office', 'unit', 'sponsor', 'volunteer')
LIVE_SIGNUP = "state IN ('applied', 'admitted')"


def in_list(roles: tuple[str, ...]) -> str:
    return "role IN (" + ", ".join(f"'{r}'" for r in roles) + ")"


def change_roles(old: tuple[str, ...], new: tuple[str, ...]) -> None:
    """A longer role column whose CHECK names the new roles."""
    length = max(map(len, new))
    if op.get_bind().dialect.name == 'sqlite':
        rewrite_user_schema({
            f"role VARCHAR({max(map(len, old))}) NOT NULL": f"role VARCHAR({length}) NOT NULL",
            in_list(old): in_list(new),
        })
    else:
        op.drop_constraint(op.f('ck_user_role'), 'user', type_='check')
        op.alter_column('user', 'role', type_=sa.String(length=length), existing_nullable=False)
        op.create_check_constraint(op.f('ck_user_role'), 'user', sa.text(in_list(new)))


def rewrite_user_schema(replacements: dict[str, str]) -> None:
    """Edit `user`'s CREATE TABLE text in place, SQLite's own procedure for changing a CHECK
    (sqlite.org/lang_altertable.html, "other kinds of table schema changes").

    Rebuilding the table (Alembic's batch mode) is not possible here: every other table points at
    `user`, and dropping it with foreign keys on counts a violation per row that points at it,
    which putting the rows back under the same ids does not undo. Only widened here: a longer
    VARCHAR (SQLite stores text the same) and a CHECK every existing row already meets.
    """
    bind = op.get_bind()
    sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'user'").scalar()
    for old, new in replacements.items():
        if sql.count(old) != 1:
            raise RuntimeError(f"user's schema has not exactly one {old!r}: {sql}")
        sql = sql.replace(old, new)
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'user'", (sql,))
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade():
    change_roles(OLD_ROLES, NEW_ROLES)

    op.create_table('volunteer_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=11), nullable=False),
    sa.Column('district', sa.String(length=10), nullable=False),
    sa.Column('skills', sa.String(length=200), nullable=False),
    sa.Column('availability', sa.String(length=100), nullable=False),
    sa.Column('interests', sa.String(length=200), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('consent_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("closed_at IS NOT NULL OR phone <> ''", name=op.f('ck_volunteer_profile_phone_unless_closed')),
    sa.ForeignKeyConstraint(['user_id'], ['user.id'], name=op.f('fk_volunteer_profile_user_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_profile')),
    sa.UniqueConstraint('user_id', name=op.f('uq_volunteer_profile_user_id'))
    )

    op.create_table('recruitment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('need_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('requirements', sa.Text(), nullable=False),
    sa.Column('skills', sa.String(length=200), nullable=False),
    sa.Column('min_age', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('signup_until', sa.Date(), nullable=False),
    sa.Column('state', sa.Enum('open', 'closed', name='recruitment_state', native_enum=False,
                               create_constraint=True, length=6), nullable=False),
    sa.Column('admitted', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('places >= 1', name=op.f('ck_recruitment_places_positive')),
    sa.CheckConstraint('admitted >= 0 AND admitted <= places', name=op.f('ck_recruitment_admitted_within_places')),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_recruitment_ends_after_start')),
    sa.CheckConstraint('min_age IS NULL OR (min_age >= 0 AND min_age <= 100)', name=op.f('ck_recruitment_min_age_range')),
    sa.ForeignKeyConstraint(['created_by_id'], ['user.id'], name=op.f('fk_recruitment_created_by_id_user')),
    sa.ForeignKeyConstraint(['need_id'], ['need.id'], name=op.f('fk_recruitment_need_id_need')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_recruitment_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recruitment'))
    )
    with op.batch_alter_table('recruitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recruitment_project_id'), ['project_id'], unique=False)
        batch_op.create_index('ix_recruitment_state_signup_until', ['state', 'signup_until'], unique=False)

    op.create_table('signup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recruitment_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('state', sa.Enum('applied', 'admitted', 'declined', 'withdrawn', name='signup_state',
                               native_enum=False, create_constraint=True, length=9), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['recruitment_id'], ['recruitment.id'], name=op.f('fk_signup_recruitment_id_recruitment')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer_profile.id'], name=op.f('fk_signup_volunteer_id_volunteer_profile')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signup'))
    )
    with op.batch_alter_table('signup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signup_recruitment_id'), ['recruitment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signup_volunteer_id'), ['volunteer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_signup_state'), ['state'], unique=False)
        batch_op.create_index('uq_signup_one_live', ['recruitment_id', 'volunteer_id'], unique=True,
                              sqlite_where=sa.text(LIVE_SIGNUP), postgresql_where=sa.text(LIVE_SIGNUP))

    op.create_table('signup_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('signup_id', sa.Integer(), nullable=False),
    sa.Column('from_state', sa.String(length=10), nullable=True),
    sa.Column('to_state', sa.String(length=10), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['user.id'], name=op.f('fk_signup_event_actor_id_user')),
    sa.ForeignKeyConstraint(['signup_id'], ['signup.id'], name=op.f('fk_signup_event_signup_id_signup')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signup_event'))
    )
    with op.batch_alter_table('signup_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signup_event_signup_id'), ['signup_id'], unique=False)


def downgrade():
    op.drop_table('signup_event')
    op.drop_table('signup')
    op.drop_table('recruitment')
    op.drop_table('volunteer_profile')
    op.execute("DELETE FROM auth_session WHERE user_id IN (SELECT id FROM \"user\" WHERE role = 'volunteer')")
    op.execute("UPDATE \"user\" SET active = false, role = 'sponsor' WHERE role = 'volunteer'")
    change_roles(NEW_ROLES, OLD_ROLES)
