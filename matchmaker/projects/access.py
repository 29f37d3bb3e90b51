"""Who may see and who may manage a project.

Published, closed and completed projects are public. Drafts and plans under review are
seen only by the units that manage them and by the office. A unit manages its own
projects and, if it is a lead unit, its branches' projects; nobody else edits them.
"""

import functools

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.orm import joinedload

from ..auth.models import Role
from ..catalog.models import Unit
from ..errors import Forbidden, NotFound
from ..extensions import db
from .models import Project, ProjectStatus

PUBLIC_STATUSES = (ProjectStatus.published, ProjectStatus.closed, ProjectStatus.completed)


def managed_unit_ids(user) -> list[int]:
    """The unit a unit account speaks for, and that unit's branches."""
    if not user.is_authenticated or user.role is not Role.unit:
        return []
    branches = db.session.scalars(select(Unit.id).where(Unit.parent_id == user.unit_id)).all()
    return [user.unit_id, *branches]


def manages(user, project: Project) -> bool:
    return (
        user.is_authenticated
        and user.role is Role.unit
        and user.unit_id in (project.unit_id, project.unit.parent_id)
    )


def sees_history(user, project: Project) -> bool:
    """A plan's history (who submitted, published or returned it, and why) is for its units
    and the office, as the return reason is."""
    return manages(user, project) or (user.is_authenticated and user.role is Role.office)


def can_see(user, project: Project) -> bool:
    if project.status in PUBLIC_STATUSES:
        return True
    return user.is_authenticated and (user.role is Role.office or manages(user, project))


WITH_UNIT = joinedload(Project.unit)  # built once: loader options cost as much to build as to run


def visible_project(project_id: int, user, *loads) -> Project:
    """The project if this user may see it; otherwise 404, so its existence is not revealed.
    `loads`: loader options for the relations the caller will show, read with it."""
    return visible_project_with(project_id, user, None, *loads)[0]


def visible_project_with(project_id: int, user, also, *loads) -> tuple[Project, object]:
    """visible_project, and the value of the column `also` read in the same query (None when
    `also` is None)."""
    row = db.session.execute(project_by_id(loads, also), {"project_id": project_id}).unique().one_or_none()
    if row is None or not can_see(user, row[0]):
        raise NotFound("项目不存在或尚未发布")
    return row[0], (row[1] if also is not None else None)


@functools.lru_cache(maxsize=64)
def project_by_id(loads: tuple, also=None) -> Select:
    """The SELECT of a project by :project_id with its unit (who manages it is read from it),
    `loads` and `also`, built once per set of them: `session.get` built the statement and its
    cache key anew on every call, a fifth of what reading the project cost."""
    statement = select(Project).where(Project.id == bindparam("project_id")).options(WITH_UNIT, *loads)
    return statement if also is None else statement.add_columns(also)


def managed_project(project_id: int, user) -> Project:
    """The project if this user's unit manages it: 404 if unseen, 403 if seen but not theirs."""
    project = visible_project(project_id, user)
    if not manages(user, project):
        raise Forbidden("只有项目所属单位及其牵头单位可以管理此项目")
    return project


def visible_to(user):
    """A WHERE clause selecting the projects this user may see."""
    public = Project.status.in_(PUBLIC_STATUSES)
    if user.is_authenticated and user.role is Role.office:
        return Project.id.is_not(None)
    units = managed_unit_ids(user)
    return or_(public, Project.unit_id.in_(units)) if units else public
