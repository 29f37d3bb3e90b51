"""Operations on units: the office creates lead units and their branches.

Like every operation it checks everything first, so a refusal changes nothing, then
writes the unit and its audit row and commits once.
"""

from sqlalchemy import func, select

from .. import audit, idempotency
from ..auth.models import Role, User
from ..errors import Conflict, Forbidden, Invalid
from ..extensions import db
from ..models_base import DISTRICTS
from ..validation import check_choice, check_id, check_int, check_text
from .models import Category, Unit

UNIT_KINDS = {"lead": "牵头单位", "branch": "下属组织"}


def create_unit(actor: User, data: dict, once=None) -> Unit:
    """A lead unit of a programme, or a branch of a lead unit (which shares its programme)."""
    if actor.role is not Role.office:
        raise Forbidden("只有市文明办可以新增单位")
    kind = check_choice(data.get("kind"), UNIT_KINDS, "kind", "单位类型（牵头单位或下属组织）")
    name = check_unit_name(data.get("name"))
    district = check_text(data.get("district"), "district", "所在区县", max_len=10, required=False)
    if district and district not in DISTRICTS:
        raise Invalid("请选择太原市的区县", field="district")
    contact = check_text(data.get("contact"), "contact", "联系人及电话", max_len=60, required=False)
    if kind == "lead":
        unit = Unit(name=name, category=programme(data.get("category")), district=district, contact=contact)
    else:
        parent = lead_unit(data.get("parent_id"))
        unit = Unit(name=name, parent=parent, category_id=parent.category_id, district=district, contact=contact)
    db.session.add(unit)
    db.session.flush()
    idempotency.keep(once, unit)
    audit.record(actor, "unit.create", unit, name=name, kind=kind, category=unit.category.number,
                 parent=unit.parent.name if unit.parent else None)
    db.session.commit()
    return unit


def check_unit_name(value) -> str:
    name = check_text(value, "name", "单位名称", max_len=60)
    # Names are how people (and the account form) pick a unit: two alike would be confused.
    taken = db.session.scalar(select(Unit.id).where(func.lower(Unit.name) == name.lower()))
    if taken:
        raise Conflict("已有同名单位", field="name", code="unit_name_taken")
    return name


def programme(number) -> Category:
    if number in (None, ""):
        raise Invalid("请选择项目类别", field="category")
    number = check_int(number, "category", "项目类别", low=1, high=26)
    category = db.session.scalar(select(Category).where(Category.number == number))
    if category is None:
        raise Invalid("没有这个项目类别", field="category")
    return category


def lead_unit(unit_id) -> Unit:
    """The parent of a new branch: it must exist and be a lead unit (branches do not nest)."""
    if unit_id in (None, ""):
        raise Invalid("请选择上级牵头单位", field="parent_id")
    unit_id = check_id(unit_id, "parent_id", "上级牵头单位")
    parent = db.session.get(Unit, unit_id)
    if parent is None:
        raise Invalid("请选择一个已存在的牵头单位", field="parent_id")
    if not parent.is_lead:
        raise Invalid("下属组织只能隶属于牵头单位，不能再设下级", field="parent_id")
    return parent
