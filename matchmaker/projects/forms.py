"""The project plan form. It only collects text; projects.operations checks every value,
so the page and the API refuse the same things with the same words."""

from wtforms import FieldList, FormField, HiddenField, SelectField, StringField, TextAreaField

from ..forms import Form, options
from ..models_base import DISTRICTS, NEED_KIND_LABELS

NEED_ROWS = 5


class NeedForm(Form):
    class Meta:
        csrf = False  # a row inside the project form, which carries the token

    need_id = HiddenField()  # set for needs that already exist
    kind = SelectField("类型", choices=options([("", "—")] + [(k.value, v) for k, v in NEED_KIND_LABELS.items()]),
                       validate_choice=False)
    description = StringField("需求说明", render_kw={"maxlength": 200})
    quantity = StringField("数量（资金按元）", render_kw={"inputmode": "decimal"})
    unit = StringField("单位", render_kw={"maxlength": 10, "placeholder": "件、人、小时…"})
    deadline = StringField("截止日期", render_kw={"type": "date"})

    def is_filled(self) -> bool:
        return bool((self.description.data or "").strip() or (self.quantity.data or "").strip())


class ProjectForm(Form):
    category = SelectField("项目类别", validate_choice=False)
    unit_id = SelectField("所属单位", validate_choice=False)
    title = StringField("项目名称", render_kw={"maxlength": 60})
    service_target = StringField("服务对象", render_kw={"maxlength": 100})
    service_type = StringField("服务类型", render_kw={"maxlength": 40})
    service_hours = StringField("服务时长（小时）", render_kw={"type": "number", "min": 0})
    volunteers_needed = StringField("志愿者人数", render_kw={"type": "number", "min": 0})
    funding = StringField("项目资金保障（元）", render_kw={"inputmode": "decimal"})
    sessions_planned = StringField("开展次数", render_kw={"type": "number", "min": 1})
    district = SelectField("所在区县", choices=options([("", "请选择")] + [(d, d) for d in DISTRICTS]),
                           validate_choice=False)
    start_on = StringField("开始日期", render_kw={"type": "date"})
    end_on = StringField("结束日期", render_kw={"type": "date"})
    description = TextAreaField("项目简介", render_kw={"rows": 5, "maxlength": 5000})
    contact_name = StringField("联系人", render_kw={"maxlength": 30})
    contact_phone = StringField("联系电话", render_kw={"maxlength": 20})
    needs = FieldList(FormField(NeedForm), min_entries=NEED_ROWS)

    def filled_rows(self) -> list[NeedForm]:
        """The need rows sent: blank ones are left out (their index is the one errors name)."""
        return [entry.form for entry in self.needs if entry.form.is_filled()]

    def to_data(self) -> dict:
        """The values as projects.operations takes them: numbers where people typed digits."""
        data = {name: number(getattr(self, name).data) for name in PLAIN_FIELDS}
        data["category"] = number(self.category.data)
        data["unit_id"] = number(self.unit_id.data) if self.unit_id.data else None
        data["needs"] = [
            {**row.data, "id": number(row.need_id.data) or None, "quantity": number(row.quantity.data)}
            for row in self.filled_rows()
        ]
        return data


PLAIN_FIELDS = (
    "title", "service_target", "service_type", "service_hours", "volunteers_needed", "funding",
    "sessions_planned", "district", "start_on", "end_on", "description", "contact_name", "contact_phone",
)


def number(value):
    """Digits typed into a box (with a minus, maybe) become an int; anything else is left for
    the checks to refuse, each with its own words ("不能为负数", "应为整数")."""
    text = (value or "").strip() if isinstance(value, str) else value
    digits = text.removeprefix("-") if isinstance(text, str) else ""
    return int(text) if digits.isascii() and digits.isdigit() else text
