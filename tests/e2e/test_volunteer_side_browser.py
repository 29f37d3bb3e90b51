"""The volunteers' side and the pages added with it, as each role sees them, at 1366 and 390 px
in Chromium: insurance, trainings, incentives (a volunteer's and a merchant's), the office's
volunteers and its mail outbox, and the volunteers' own pages. axe-core (WCAG 2.1 A and AA)
finds nothing, with the phone's menu open too; nothing is wider than the screen, nothing cut
off. The pages named in SHOTS are saved into docs/screenshots/<name>-<width>.png."""

from datetime import timedelta
from types import SimpleNamespace

import pytest

from matchmaker.extensions import db
from matchmaker.notifications.models import MailState, Notification, OutboundMail

from .. import records_data as rd
from ..test_execution_helpers import TODAY, running_project
from ..test_incentives import OFFER, as_kind
from ..test_insurance import cover
from ..test_trainings import TRAINING
from .conftest import sign_in
from .page_checks import DOCS, SIZES, keep_screenshot, problems_on

pytest.importorskip("playwright", reason="pip install playwright pytest-playwright (no browser download)")

SHOTS = {"insurance", "trainings", "training", "incentives-volunteer", "incentives-merchant",
         "office-volunteers", "office-mail"}


@pytest.fixture
def world(app, api_as):
    """A running project whose activity 王安妮 and 赵博文 served (6 and 4 h), insured for her
    only (so it is flagged for him); a training she attended; a merchant's incentive she took;
    two mails the mail server refused."""
    unit = api_as("unit")
    project_id = running_project(app, unit.user)
    ann, bob = rd.volunteer(app, "王安妮", "13912345678"), rd.volunteer(app, "赵博文", "13700001111")
    signups = [rd.admit(app, project_id, person) for person in (ann, bob)]
    activity_id = rd.activity(app, unit.user, project_id, held_on=TODAY - timedelta(days=10))
    body = {"records": [{"volunteer_id": ann.profile_id, "hours": 6}, {"volunteer_id": bob.profile_id, "hours": 4}]}
    assert unit.post(f"/api/v1/activities/{activity_id}/attendance", json=body).status_code == 200
    insured = cover(covers_all=False, volunteer_ids=[ann.profile_id],
                    starts_on=(TODAY - timedelta(days=30)).isoformat(), ends_on=(TODAY + timedelta(days=60)).isoformat())
    assert unit.post(f"/api/v1/projects/{project_id}/insurance", json=insured).status_code == 201
    training_id = unit.post("/api/v1/trainings", json=TRAINING).get_json()["id"]
    unit.post(f"/api/v1/trainings/{training_id}/attendees", json={"volunteer_ids": [ann.profile_id]})

    shop = as_kind(app, api_as("sponsor"), "merchant")
    incentive_id = shop.post("/api/v1/incentives", json=OFFER).get_json()["id"]
    assert rd.signed_in(app, ann, api=True).post(f"/api/v1/incentives/{incentive_id}/take").status_code == 201
    refused_mails(app, shop.user.id)
    return SimpleNamespace(unit=unit.user, shop=shop.user, ann=ann, office=api_as("office").user,
                           project_id=project_id, training_id=training_id, signup_id=signups[1])


def refused_mails(app, user_id: int) -> None:
    """Mails the worker gave up on, as it leaves them (no mail server runs in these tests)."""
    refusals = (("您发布的激励回馈“凭码午餐八折”已被领取 1 份", 1, "550 5.1.1 收件人邮箱不存在"),
                ("您的认捐已由项目单位接受，等待市文明办审批", 8, "连接邮件服务器超时（已重试 8 次）"))
    with app.app_context():
        for message, attempts, error in refusals:
            notification = Notification(user_id=user_id, message=message)
            db.session.add(OutboundMail(notification=notification, user_id=user_id, to_address="jinwei@example.cn",
                                        state=MailState.failed, attempts=attempts, last_error=error))
        db.session.commit()


def pages_of(world) -> dict[str, list[tuple[str, str]]]:
    """(name, path) of each role's pages; the name is the screenshot's when it is in SHOTS."""
    return {
        "visitor": [("recruitments", "/recruitments"), ("volunteer-register", "/volunteers/register")],
        "volunteer": [("volunteer-home", "/volunteer"), ("my-hours", "/me/hours"),
                      ("volunteer-profile", "/volunteer/profile"), ("incentives-volunteer", "/incentives")],
        "unit": [("insurance", f"/projects/{world.project_id}/insurance"), ("trainings", "/trainings"),
                 ("training", f"/trainings/{world.training_id}"), ("unit-signups", "/unit/signups"),
                 ("signup", f"/signups/{world.signup_id}")],
        "merchant": [("incentives-merchant", "/sponsor/incentives")],
        "office": [("office-volunteers", "/office/volunteers"), ("office-mail", "/office/mail")],
    }


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("who", ["visitor", "volunteer", "unit", "merchant", "office"])
def test_the_volunteer_side_is_accessible_and_fits(world, live_server, browser, request, who, size):
    context = browser.new_context(viewport=SIZES[size], bypass_csp=True, locale="zh-CN",
                                  **({"is_mobile": True, "has_touch": True} if size == "phone" else {}))
    page = context.new_page()
    user = {"visitor": None, "volunteer": world.ann, "unit": world.unit, "merchant": world.shop,
            "office": world.office}[who]
    if user:
        sign_in(page, live_server, user)
    found = {}
    try:
        for name, path in pages_of(world)[who]:
            response = page.goto(live_server + path)
            assert response.status == 200, path
            if name == "incentives-volunteer":  # the one she took says so instead of offering it again
                assert page.locator("article.incentive .taken-note").count() == 1
                assert page.locator("article.incentive button").count() == 0
            if name in SHOTS:
                DOCS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=DOCS / f"{name}-{SIZES[size]['width']}.png", full_page=True)
            problems = problems_on(page)
            if problems:
                found[path] = problems
                keep_screenshot(page, request, path)
    finally:
        context.close()
    assert not found, "\n".join(f"{path}: {problem}" for path, problems in found.items() for problem in problems)
