from wtforms import EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Length

from ..forms import Form, options
from ..models_base import DISTRICTS
from ..sponsors.models import SPONSOR_KIND_LABELS

EMAIL_HINT = "通知会同时发送到该邮箱；留空则不发送邮件"


class LoginForm(Form):
    username = StringField("用户名", validators=[DataRequired("请填写用户名"), Length(max=40)])
    password = PasswordField("密码", validators=[DataRequired("请填写密码"), Length(max=128)])


class RegisterForm(Form):
    kind = SelectField("主体类型", choices=options((k.value, v) for k, v in SPONSOR_KIND_LABELS.items()),
                       validate_choice=False)
    name = StringField("单位或个人名称", render_kw={"maxlength": 60})
    district = SelectField("所在区县", choices=options([("", "不限")] + [(d, d) for d in DISTRICTS]),
                           validate_choice=False)
    contact_phone = StringField("联系电话", render_kw={"maxlength": 20})
    email = EmailField("电子邮箱（选填）", description=EMAIL_HINT, render_kw={"maxlength": 254, "autocomplete": "email"})
    username = StringField("用户名", render_kw={"maxlength": 40, "autocomplete": "username"})
    password = PasswordField("密码（至少 8 位）", render_kw={"autocomplete": "new-password"})


class PasswordForm(Form):
    old_password = PasswordField("原密码", render_kw={"autocomplete": "current-password"})
    new_password = PasswordField("新密码（至少 8 位）", render_kw={"autocomplete": "new-password"})


class EmailForm(Form):
    email = EmailField("电子邮箱", description=EMAIL_HINT, render_kw={"maxlength": 254, "autocomplete": "email"})
