"""The pages this part of issue 13 changed, in Chromium at 1366 and 390 px: a claimed project,
an expired one, the plan form with every mistake shown, the readable audit log. Nothing runs
off the side; screenshots go to the test's temporary folder, SCREENSHOTS_DIR when set."""

from datetime import UTC, datetime

import pytest
import time_machine

from .. import factories
from ..match_pages import make_parties, pledged, step
from ..test_projects_pages import PLAN_FORM
from .conftest import sign_in

pytest.importorskip("playwright", reason="pip install playwright pytest-playwright (no browser download)")

OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


@pytest.fixture(params=[1366, 390], ids=lambda width: f"{width}px")
def screen(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    page = context.new_page()
    page.width = request.param
    yield page
    context.close()


def test_claimed_project_plan_form_and_audit_log_fit(app, login_as, live_server, screen, tmp_path):
    parties = make_parties(app, login_as)
    claim = parties.sponsor.post(f"/projects/{parties.project_id}/claim", data={"message": "整体支持"})
    match_id = int(claim.headers["Location"].rsplit("/", 1)[1])
    step(parties.unit, match_id, "accept")
    step(parties.office, match_id, "approve")
    pledged(parties, "300", client=login_as("sponsor"))
    other = factories.make_user(app, "sponsor")
    sign_in(screen, live_server, other)
    screen.goto(f"{live_server}/projects/{parties.project_id}")
    assert screen.locator(".status-claimed").first.is_visible() and screen.locator(".claim-closed").is_visible()
    assert screen.evaluate(OVERFLOW) <= 0
    screen.screenshot(path=str(tmp_path / f"claimed-{screen.width}.png"), full_page=True)

    unit = factories.make_user(app, "unit")
    sign_in(screen, live_server, unit)
    screen.goto(f"{live_server}/projects/new")
    for name, value in {**PLAN_FORM, "title": "", "contact_phone": "hello", "volunteers_needed": "-5",
                        "needs-1-quantity": "1.5"}.items():
        if name in ("category", "district") or name.endswith("-kind"):
            screen.select_option(f"[name='{name}']", value)
        else:
            screen.fill(f"[name='{name}']", value)
    with screen.expect_navigation():
        screen.click("main form button[type=submit]")
    assert screen.locator(".invalid-feedback").count() == 4
    assert screen.evaluate(OVERFLOW) <= 0
    screen.screenshot(path=str(tmp_path / f"plan-form-{screen.width}.png"), full_page=True)

    office = factories.make_user(app, "office")
    sign_in(screen, live_server, office)
    screen.goto(f"{live_server}/office/audit")
    assert screen.locator(".audit-detail").count() > 0
    screen.screenshot(path=str(tmp_path / f"audit-{screen.width}.png"), full_page=True)


def test_an_expired_project_fits(app, login_as, live_server, screen, tmp_path):
    unit = factories.make_user(app, "unit")
    project_id = factories.make_project(app, unit)
    with time_machine.travel(datetime(2028, 1, 2, 4, tzinfo=UTC)):
        screen.goto(f"{live_server}/projects/{project_id}")
        assert screen.locator(".status-expired").is_visible() and screen.locator(".expired-note").is_visible()
        assert screen.evaluate(OVERFLOW) <= 0
        screen.screenshot(path=str(tmp_path / f"expired-{screen.width}.png"), full_page=True)
        screen.goto(f"{live_server}/projects")
        assert screen.locator(".status-expired").count() == 1
