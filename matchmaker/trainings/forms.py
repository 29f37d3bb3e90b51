"""The training form. Fields are plain text: the operations check the values."""

from wtforms import StringField

from ..forms import Form


class TrainingForm(Form):
    topic = StringField("培训主题", render_kw={"maxlength": 100})
    held_on = StringField("培训日期", render_kw={"type": "date"})
    hours = StringField("学时（小时）", render_kw={"inputmode": "decimal"})
    trainer = StringField("授课人", render_kw={"maxlength": 60})

    def to_data(self) -> dict:
        return {"topic": self.topic.data, "held_on": self.held_on.data, "trainer": self.trainer.data,
                "hours": (self.hours.data or "").strip() or None}
