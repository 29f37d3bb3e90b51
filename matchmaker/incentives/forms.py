"""The incentive form. Fields are plain text: the operations check the values."""

from wtforms import SelectField, StringField, TextAreaField

from ..forms import Form, options
from ..matches.forms import typed_number
from ..service_records.levels import NO_LEVEL, STAR_LEVELS


class IncentiveForm(Form):
    title = StringField("激励内容", render_kw={"maxlength": 60, "placeholder": "例如：凭码午餐八折"})
    description = TextAreaField("使用说明", render_kw={"rows": 3, "maxlength": 1000})
    min_stars = SelectField("最低星级", choices=options([("0", "不限星级"), *((str(lv.stars), lv.label + "及以上")
                                                                          for lv in STAR_LEVELS)]),
                            validate_choice=False, default=str(NO_LEVEL.stars))
    min_hours = StringField("最低服务时长（小时）", default="0", render_kw={"inputmode": "decimal"})
    quantity = StringField("提供数量（份）", render_kw={"type": "number", "min": 1, "inputmode": "numeric"})
    valid_until = StringField("有效期至", render_kw={"type": "date"})

    def to_data(self) -> dict:
        return {
            "title": self.title.data, "description": self.description.data,
            "min_stars": typed_number(self.min_stars.data), "min_hours": (self.min_hours.data or "0").strip(),
            "quantity": typed_number(self.quantity.data), "valid_until": self.valid_until.data,
        }


class RedeemForm(Form):
    code = StringField("兑换码", render_kw={"maxlength": 14, "autocomplete": "off", "autocapitalize": "characters"})
