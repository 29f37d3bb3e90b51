from wtforms import PasswordField, SelectField, StringField

from ..auth.models import ROLE_LABELS, Role
from ..forms import Form, options
from ..projects.forms import number


class CreateUserForm(Form):
    role = SelectField("角色", choices=options((r.value, ROLE_LABELS[r]) for r in (Role.unit, Role.office)))
    unit = SelectField("所属单位（单位账号必选）", choices=[])
    username = StringField("用户名", render_kw={"maxlength": 40})
    display_name = StringField("显示名称（可选）", render_kw={"maxlength": 60})
    password = PasswordField("初始密码（至少 8 位）", render_kw={"autocomplete": "new-password"})


class ResetPasswordForm(Form):
    password = PasswordField("新密码", render_kw={"autocomplete": "new-password"})


class CreateUnitForm(Form):
    """A new lead unit (with its programme) or branch (with its lead unit); catalog.operations checks it."""

    kind = SelectField("单位类型", choices=options([("lead", "牵头单位"), ("branch", "下属组织")]),
                       validate_choice=False)
    name = StringField("单位名称", render_kw={"maxlength": 60})
    category = SelectField("项目类别（牵头单位必选）", validate_choice=False)
    parent_id = SelectField("上级牵头单位（下属组织必选）", validate_choice=False)
    district = SelectField("所在区县", validate_choice=False)
    contact = StringField("联系人及电话（可选）", render_kw={"maxlength": 60})

    def to_data(self) -> dict:
        return {
            "kind": self.kind.data, "name": self.name.data, "district": self.district.data,
            "contact": self.contact.data, "category": number(self.category.data),
            "parent_id": number(self.parent_id.data),
        }
