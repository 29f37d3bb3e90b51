"""The forms of collaboration requests. Fields are plain: the operations check every value,
so the page and the API refuse the same things with the same words."""

from wtforms import SelectField, StringField, TextAreaField

from ..forms import Form, options
from .operations import MESSAGE_MAX
from .steps import ASK_LABELS


class AskForm(Form):
    """邀请合作: which unit, for what, answered by when, and what exactly is asked."""

    to_unit_id = SelectField("受邀单位", validate_choice=False)
    ask = SelectField("合作内容", choices=options([("", "请选择"), *ASK_LABELS.items()]), validate_choice=False)
    due_on = StringField("答复期限", render_kw={"type": "date"})
    message = TextAreaField(
        "合作说明", description="请写明需要对方提供的具体协助，例如人数、时间、地点",
        render_kw={"maxlength": MESSAGE_MAX, "rows": 4},
    )

    def to_data(self, project_id: int) -> dict:
        return {
            "project_id": project_id, "to_unit_id": self.to_unit_id.data, "ask": self.ask.data,
            "due_on": self.due_on.data, "message": self.message.data,
        }


class StepForm(Form):
    """One step of a request; the reason is required to decline and for the office to close."""

    reason = TextAreaField("理由", render_kw={"maxlength": 500, "rows": 2})


def unit_choices(groups, suggested, excluded: set[int]) -> dict:
    """The asked-unit select: suggested partners first, then every unit by programme."""
    choices = {"": [("", "请选择受邀单位")]}
    if suggested:
        choices["推荐单位"] = [(str(unit.id), unit.name) for unit, _ in suggested]
    for category, units in groups:
        shown = [(str(u.id), u.name if u.is_lead else f"　{u.name}（下属）") for u in units if u.id not in excluded]
        if shown:
            choices[f"{category.number}. {category.name}"] = shown
    return choices
