"""Who takes part in a collaboration request, and who may see it.

The asking side is whoever manages the project (projects.access.manages). The asked side is
the asked unit's accounts and, when the asked unit is a branch, its lead unit's, which
answers for its branches. The office sees everything. Everybody else gets a 404, so ids
reveal nothing; a party who sees a request but may not take a step gets a 403.
"""

from ..auth.models import Role
from ..errors import Forbidden, NotFound
from ..extensions import db
from ..projects.access import manages
from .models import Collaboration

PARTY_NAMES = {"asker": "发起合作的项目单位", "asked": "受邀单位", "office": "市文明办"}


def is_asked(user, collaboration: Collaboration) -> bool:
    to_unit = collaboration.to_unit
    return (
        user.is_authenticated
        and user.role is Role.unit
        and user.unit_id in (to_unit.id, to_unit.parent_id)
    )


def is_asker(user, collaboration: Collaboration) -> bool:
    return manages(user, collaboration.project)


def is_office(user) -> bool:
    return user.is_authenticated and user.role is Role.office


def is_party(user, collaboration: Collaboration) -> bool:
    return is_office(user) or is_asker(user, collaboration) or is_asked(user, collaboration)


def visible_collaboration(collaboration_id: int, user) -> Collaboration:
    """The request if this user takes part in it (or is the office); 404 otherwise."""
    collaboration = db.session.get(Collaboration, collaboration_id)
    if collaboration is None or not is_party(user, collaboration):
        raise NotFound("合作记录不存在")
    return collaboration


def may_act_as(user, collaboration: Collaboration, party: str) -> bool:
    return {
        "asker": is_asker,
        "asked": is_asked,
        "office": lambda u, _c: is_office(u),
    }[party](user, collaboration)


def check_actor(user, collaboration: Collaboration, step) -> None:
    if not may_act_as(user, collaboration, step.actor):
        raise Forbidden(f"只有{PARTY_NAMES[step.actor]}可以“{step.label}”")
