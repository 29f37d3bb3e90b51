"""A volunteer's journey on a phone (390×844, touch), through the pages only: a person registers
as a volunteer, finds a recruitment by searching, signs up with a message; the unit admits them
from its list of sign-ups; the volunteer sees 已录用 under 我的报名."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from matchmaker.auth.models import User
from matchmaker.collaborations.queries import today
from matchmaker.extensions import db
from matchmaker.volunteers.recruitments import open_recruitment

from .. import factories
from .journeys import assert_clean, cast, flash, go_by_menu, submit  # noqa: F401 (fixtures)

TITLE = "汾河晚练步道文明引导员"


@pytest.fixture
def screen() -> str:
    return "phone"


@pytest.fixture
def world(app):
    unit = factories.make_user(app, "unit", unit="团市委")
    project_id = factories.make_project(app, unit, title="汾河景区文明引导", district="迎泽区")
    with app.app_context():
        open_recruitment(db.session.get(User, unit.id), project_id, {
            "title": TITLE, "places": 5, "requirements": "身体健康，能站立两小时", "place": "汾河公园南门",
            "starts_on": (today() + timedelta(days=6)).isoformat(),
            "signup_until": (today() + timedelta(days=4)).isoformat()})
    return SimpleNamespace(unit=unit)


def test_a_volunteer_registers_on_a_phone_signs_up_and_is_admitted(world, cast, live_server):  # noqa: F811
    volunteer = cast.enter("volunteer")
    volunteer.goto(live_server)
    go_by_menu(volunteer, "志愿者注册")
    expect(volunteer.locator("#consent-text")).to_contain_text("只向我报名的单位显示")
    volunteer.fill("input[name=name]", "赵志愿")
    volunteer.fill("input[name=phone]", "13612345678")
    volunteer.select_option("select[name=district]", "迎泽区")
    volunteer.fill("input[name=skills]", "引导、急救")
    volunteer.fill("input[name=username]", "zhaozhiyuan")
    volunteer.fill("input[name=password]", "long-enough-pw")
    volunteer.check("input[name=consent]")
    submit(volunteer, volunteer.get_by_role("button", name="注册成为志愿者"))
    expect(flash(volunteer)).to_contain_text("注册成功")

    volunteer.fill("input[name=q]", "引导")
    submit(volunteer, volunteer.get_by_role("button", name="筛选"))
    submit(volunteer, volunteer.get_by_role("link", name=TITLE))
    volunteer.fill("textarea[name=message]", "每天傍晚都在汾河边")
    submit(volunteer, volunteer.get_by_role("button", name="报名", exact=True))
    expect(flash(volunteer)).to_contain_text("报名成功")

    unit = cast.enter_signed_in("unit", world.unit)
    go_by_menu(unit, "志愿者报名")
    row = unit.locator(".signup-row", has_text="赵志愿")
    expect(row).to_contain_text("13612345678")  # the unit signed up with sees the number
    submit(unit, row.get_by_role("button", name="录用"))
    expect(flash(unit)).to_contain_text("已录用")

    go_by_menu(volunteer, "我的报名")
    expect(volunteer.locator(".list-group-item", has_text=TITLE)).to_contain_text("已录用")
    assert_clean(cast.pages)
