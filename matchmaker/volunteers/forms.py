"""The volunteers' and units' forms. They only carry what was typed: the operations check it,
so pages and the API refuse the same things with the same words."""

from wtforms import (
    BooleanField,
    DateField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import Optional

from ..forms import Form, options
from ..models_base import DISTRICTS

DISTRICT_OPTIONS = options([("", "请选择")] + [(d, d) for d in DISTRICTS])
WORDS_HINT = "用顿号或逗号分隔，如：急救、摄影、手语"


class ProfileForm(Form):
    name = StringField("真实姓名", render_kw={"maxlength": 30, "autocomplete": "name"})
    phone = StringField("手机号", render_kw={"maxlength": 11, "inputmode": "tel", "autocomplete": "tel"})
    district = SelectField("所在区县", choices=DISTRICT_OPTIONS, validate_choice=False)
    skills = StringField("技能特长（选填）", description=WORDS_HINT, render_kw={"maxlength": 200})
    interests = StringField("感兴趣的服务（选填）", description="如：助老、环保、文明交通", render_kw={"maxlength": 200})
    availability = StringField("可服务时间（选填）", description="如：周末、工作日晚上", render_kw={"maxlength": 100})
    birth_year = StringField("出生年份（选填）", description="部分招募有最低年龄要求时需要",
                             render_kw={"maxlength": 4, "inputmode": "numeric"})

    def data_dict(self) -> dict:
        return {name: self[name].data for name in
                ("name", "phone", "district", "skills", "interests", "availability", "birth_year")}


class RegisterForm(ProfileForm):
    username = StringField("用户名", description="3-40 位字母、数字、下划线", render_kw={"maxlength": 40,
                                                                                   "autocomplete": "username"})
    password = PasswordField("密码（至少 8 位）", render_kw={"autocomplete": "new-password"})
    consent = BooleanField("我已阅读并同意上述个人信息的收集和使用")

    def data_dict(self) -> dict:
        return {**super().data_dict(), "username": self.username.data, "password": self.password.data,
                "consent": self.consent.data is True}


class RecruitmentForm(Form):
    title = StringField("招募标题", render_kw={"maxlength": 60})
    places = IntegerField("招募人数", validators=[Optional()], render_kw={"min": 1, "inputmode": "numeric"})
    requirements = TextAreaField("招募要求（选填）", render_kw={"maxlength": 2000, "rows": 3})
    skills = StringField("所需技能（选填）", description="报名者须具备全部所列技能；" + WORDS_HINT,
                         render_kw={"maxlength": 200})
    min_age = IntegerField("最低年龄（选填）", validators=[Optional()], render_kw={"min": 0, "max": 100})
    place = StringField("服务地点（选填）", render_kw={"maxlength": 100})
    starts_on = DateField("开始日期", validators=[Optional()])
    ends_on = DateField("结束日期", validators=[Optional()])
    signup_until = DateField("报名截止日期", validators=[Optional()])
    need_id = SelectField("对应的志愿者需求（选填）", validate_choice=False, choices=[])

    def data_dict(self) -> dict:
        return {name: self[name].data for name in
                ("title", "places", "requirements", "skills", "min_age", "place", "starts_on", "ends_on",
                 "signup_until", "need_id")}


class SignupForm(Form):
    message = TextAreaField("报名留言（选填）", description="如：相关经验、可到岗时间",
                            render_kw={"maxlength": 500, "rows": 3})


class ReasonForm(Form):
    reason = TextAreaField("理由", render_kw={"maxlength": 500, "rows": 2})
