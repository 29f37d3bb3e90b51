"""The volunteer's records in Chromium at phone and laptop size: the unit records hours on
the attendance sheet, the volunteer sees hours and level, takes an incentive, and the
certificate's code checks out on the public page. Nothing overflows sideways.
Screenshots go to SCREENSHOT_DIR (default: pytest's tmp folder)."""

import os
from datetime import timedelta

import pytest

from .. import factories
from .. import records_data as rd
from ..test_execution_helpers import TODAY, running_project
from .journeys import sign_in

SIZES = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1366, "height": 900}}
OVERFLOW = "document.documentElement.scrollWidth > document.documentElement.clientWidth"


def shoot(page, folder, name: str) -> None:
    page.screenshot(path=os.path.join(folder, f"{name}.png"), full_page=True)
    assert not page.evaluate(OVERFLOW), f"{name} scrolls sideways"


@pytest.mark.parametrize("size", SIZES)
def test_hours_level_incentive_and_a_checked_certificate(app, live_server, offline_page, browser, tmp_path, size):
    folder = os.environ.get("SCREENSHOT_DIR", str(tmp_path))
    page = offline_page
    page.set_viewport_size(SIZES[size])
    unit = factories.make_user(app, "unit")
    project_id = running_project(app, unit)
    ann = rd.volunteer(app, "王安妮")
    rd.admit(app, project_id, ann)
    activity_id = rd.activity(app, unit, project_id, held_on=TODAY - timedelta(days=3))

    sign_in(page, live_server, unit)
    page.goto(f"{live_server}/activities/{activity_id}/attendance")
    page.fill(f"#hours-{ann.profile_id}", "6.5")
    shoot(page, folder, f"attendance-{size}")
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    assert "服务时长已登记" in page.content()

    merchant = factories.make_user(app, "sponsor")
    with app.app_context():
        from matchmaker.auth.models import User
        from matchmaker.extensions import db
        from matchmaker.incentives.operations import post_incentive
        from matchmaker.sponsors.models import SponsorKind

        user = db.session.get(User, merchant.id)
        user.sponsor.kind = SponsorKind.merchant
        db.session.commit()
        post_incentive(user, {"title": "凭码午餐八折", "quantity": 5, "min_hours": 5,
                              "valid_until": (TODAY + timedelta(days=9)).isoformat()})

    page.context.clear_cookies()
    sign_in(page, live_server, ann)
    page.goto(f"{live_server}/me/hours")
    assert "6.5 小时" in page.inner_text("#total-hours")
    shoot(page, folder, f"my-hours-{size}")
    page.goto(f"{live_server}/incentives")
    with page.expect_navigation():
        page.click("article.incentive button[type=submit]")
    assert "领取成功" in page.content()
    shoot(page, folder, f"incentives-{size}")

    with page.expect_download() as download:
        page.evaluate("window.location.href = '/me/certificate.pdf'")
    assert download.value.suggested_filename.endswith(".pdf")
    with app.app_context():
        from sqlalchemy import select

        from matchmaker.extensions import db
        from matchmaker.verification.models import Verification

        code = db.session.scalar(select(Verification.code))
    page.context.clear_cookies()
    page.goto(f"{live_server}/verify/{code}")
    assert "核验通过" in page.content() and "王**" in page.content() and "王安妮" not in page.content()
    shoot(page, folder, f"verify-{size}")
    assert page.outside == [] and page.errors == []
