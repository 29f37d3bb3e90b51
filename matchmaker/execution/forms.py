"""The forms of running a project. Fields are plain text: the operations check the values,
so pages and the API refuse the same things with the same words."""

from flask_wtf.file import FileField
from wtforms import BooleanField, SelectField, StringField, TextAreaField

from ..forms import Form, options
from ..matches.forms import typed_number
from .models import REPORT_KIND_LABELS


class ActivityForm(Form):
    held_on = StringField("活动日期", render_kw={"type": "date"})
    place = StringField("活动地点", render_kw={"maxlength": 100})
    volunteers = StringField("参与志愿者人数", render_kw={"type": "number", "min": 1, "inputmode": "numeric"})
    volunteer_hours = StringField(
        "志愿服务总时长（小时）", render_kw={"inputmode": "decimal"},
        description="全体志愿者时长之和，例如 10 人各服务 2 小时填 20",
    )
    people_served = StringField("服务人次", render_kw={"type": "number", "min": 0, "inputmode": "numeric"})
    notes = TextAreaField("活动情况", render_kw={"rows": 4, "maxlength": 2000})

    def to_data(self) -> dict:
        return {
            "held_on": self.held_on.data, "place": self.place.data, "notes": self.notes.data,
            "volunteers": typed_number(self.volunteers.data),
            "people_served": typed_number(self.people_served.data),
            "volunteer_hours": (self.volunteer_hours.data or "").strip() or None,
        }


class PhotoForm(Form):
    photo = FileField("活动照片", render_kw={"accept": "image/jpeg,image/png,image/webp"})


class ReportForm(Form):
    kind = SelectField("报告类型", choices=options((k.value, v) for k, v in REPORT_KIND_LABELS.items()),
                       validate_choice=False)
    body = TextAreaField("报告内容", render_kw={"rows": 6, "maxlength": 5000},
                         description="困难问题将送交牵头单位答复")


class AnswerForm(Form):
    answer = TextAreaField("答复", render_kw={"rows": 3, "maxlength": 5000})


class SummaryForm(Form):
    goals_met = TextAreaField("目标完成情况", render_kw={"rows": 4, "maxlength": 5000},
                              description="对照项目方案的服务对象、开展次数和服务时长")
    resources_used = TextAreaField("资源接收与使用情况", render_kw={"rows": 4, "maxlength": 5000},
                                   description="收到的资金、物资等用在了哪里，爱心方将看到这一部分")
    lessons = TextAreaField("经验与不足", render_kw={"rows": 4, "maxlength": 5000})
    confirm_unmet = BooleanField("我已知晓上述未完成的部分，仍要完成项目（完成后不能撤回）")


class RatingForm(Form):
    # No star chosen for the clerk: a rating is a decision, not a default to forget to change.
    stars = SelectField("星级", choices=options([("", "请选择星级"), *((str(n), f"{'★' * n}（{n} 星）") for n in range(5, 0, -1))]),
                        validate_choice=False)
    comment = TextAreaField("评价意见", render_kw={"rows": 4, "maxlength": 2000})
    outstanding = BooleanField("评为优秀项目（在“志愿成效”页公开展示，须四星及以上）")

    def to_data(self) -> dict:
        return {"stars": typed_number(self.stars.data), "comment": self.comment.data,
                "outstanding": bool(self.outstanding.data)}
