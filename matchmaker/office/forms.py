from wtforms import PasswordField, SelectField, StringField

from ..auth.models import ROLE_LABELS, Role
from ..forms import Form, options


class CreateUserForm(Form):
    role = SelectField("角色", choices=options((r.value, ROLE_LABELS[r]) for r in (Role.unit, Role.office)))
    unit = SelectField("所属单位（单位账号必选）", choices=[])
    username = StringField("用户名", render_kw={"maxlength": 40})
    display_name = StringField("显示名称（可选）", render_kw={"maxlength": 60})
    password = PasswordField("初始密码（至少 8 位）", render_kw={"autocomplete": "new-password"})


class ResetPasswordForm(Form):
    password = PasswordField("新密码", render_kw={"autocomplete": "new-password"})
