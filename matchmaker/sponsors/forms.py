"""The profile page's form. It only collects text: sponsors.operations checks every value,
so the page and the API refuse the same things with the same words."""

from wtforms import FieldList, FormField, SelectField, StringField, TextAreaField

from ..forms import Form, options
from ..models_base import DISTRICTS, NEED_KIND_LABELS
from ..projects.forms import number
from .models import SPONSOR_KIND_LABELS
from .operations import MAX_OFFERS

OFFER_ROWS = 5
PLAIN_FIELDS = ("kind", "name", "district", "industry", "interests", "contact_name", "contact_phone")


class OfferForm(Form):
    """One row of 爱心资源; a row left wholly blank is ignored."""

    class Meta:
        csrf = False  # a row inside the profile form, which carries the token

    kind = SelectField("类型", choices=options([("", "—")] + [(k.value, v) for k, v in NEED_KIND_LABELS.items()]),
                       validate_choice=False)
    quantity = StringField("数量", render_kw={"inputmode": "decimal", "maxlength": 14})
    unit = StringField("单位", render_kw={"maxlength": 10, "placeholder": "箱、人、次…"})
    available_until = StringField("可提供至", render_kw={"type": "date"})
    description = StringField("说明", render_kw={"maxlength": 200, "placeholder": "如：每月提供 200 箱饮用水"})

    def is_blank(self) -> bool:
        return not any((field.data or "").strip() for field in self)


class ProfileForm(Form):
    kind = SelectField("主体类型", choices=options((k.value, v) for k, v in SPONSOR_KIND_LABELS.items()),
                       validate_choice=False)
    name = StringField("单位或个人名称", render_kw={"maxlength": 60})
    district = SelectField("所在区县", choices=options([("", "不限")] + [(d, d) for d in DISTRICTS]),
                           validate_choice=False)
    industry = StringField("所属行业", render_kw={"maxlength": 40, "placeholder": "如：医药零售、法律服务"})
    interests = TextAreaField(
        "关注领域与意愿", description="想支持哪些人群、哪类服务，写得越具体，推荐越准",
        render_kw={"maxlength": 2000, "rows": 4},
    )
    contact_name = StringField("联系人", render_kw={"maxlength": 30})
    contact_phone = StringField("联系电话", render_kw={"maxlength": 20, "inputmode": "tel"})
    offers = FieldList(FormField(OfferForm), min_entries=OFFER_ROWS, max_entries=MAX_OFFERS)

    def filled_rows(self) -> list[OfferForm]:
        return [entry.form for entry in self.offers if not entry.form.is_blank()]

    def to_data(self) -> dict:
        """The values as save_profile takes them: numbers where people typed digits."""
        data = {name: getattr(self, name).data for name in PLAIN_FIELDS}
        data["offers"] = [
            {**row.data, "quantity": number(row.quantity.data)} for row in self.filled_rows()
        ]
        return data
