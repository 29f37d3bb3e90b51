"""工作台 in Chromium at a laptop's and a phone's width: each role lands there after signing in,
nothing runs off the side, an item leads to where it is done. The screenshots are kept in
docs/screenshots/ (workspace-<role>-<width>.png) as the documentation's pictures."""

from pathlib import Path

import pytest

from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.models_base import NeedKind
from matchmaker.sponsors.models import Offer

from .. import factories
from ..match_pages import make_parties, pledged, step
from .conftest import sign_in

pytest.importorskip("playwright", reason="pip install playwright pytest-playwright (no browser download)")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WIDTHS = [1366, 390]
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


@pytest.fixture
def world(app, login_as):
    """A unit with a pledge to answer, one approved to confirm and a plan sent back; the office
    with a match to approve and a plan to vet; a sponsor with a full profile and matches."""
    parties = make_parties(app, login_as)
    pledged(parties, "300")
    approved = pledged(parties, "500")
    step(parties.unit, approved, "accept")
    step(parties.office, approved, "approve")
    waiting = pledged(parties, "800")
    step(parties.unit, waiting, "accept")
    factories.make_project(app, parties.unit.user, status="submitted", title="青少年暑期托管与课业辅导")
    returned = factories.make_project(app, parties.unit.user, status="submitted", title="汾河沿岸垃圾清捡行动")
    parties.office.post(f"/projects/{returned}/step/return", data={"reason": "请写明每次活动的集合地点"})
    factories.make_project(app, parties.unit.user, title="老年人防诈骗知识讲座")
    with app.app_context():
        profile = db.session.get(User, parties.sponsor.user.id).sponsor
        profile.interests, profile.district = "助老 健康 防诈骗", "小店区"
        profile.contact_name, profile.contact_phone = "王经理", "13912345678"
        profile.offers.append(Offer(kind=NeedKind.money, description="公益资金", quantity=2_000_000))
        db.session.commit()
    return parties


@pytest.fixture(params=WIDTHS, ids=lambda width: f"{width}px")
def screen(request, browser):
    context = browser.new_context(viewport={"width": request.param, "height": 900 if request.param > 500 else 844})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.width = request.param
    yield page
    context.close()


@pytest.mark.parametrize("role", ["unit", "office", "sponsor"])
def test_each_role_lands_on_a_workspace_that_fits_the_screen(world, live_server, screen, role):
    user = getattr(world, role).user
    sign_in(screen, live_server, user)
    assert screen.url == f"{live_server}/workspace"
    sections = screen.locator(".workspace-section")
    assert sections.count() >= 3 and screen.locator("a.ws-item").count() >= 1
    assert screen.evaluate(OVERFLOW) <= 0, "the page is wider than the screen"
    narrowest = screen.evaluate("() => Math.min(...Array.from(document.querySelectorAll('a.ws-item'))"
                                ".map(a => a.getBoundingClientRect().width))")
    assert narrowest > 100, "an item is squeezed"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    screen.screenshot(path=str(SCREENSHOTS / f"workspace-{role}-{screen.width}.png"), full_page=True)
    first = screen.locator("a.ws-item").first
    target = first.get_attribute("href")
    with screen.expect_navigation():
        first.click()
    assert screen.url.split("#")[0] == f"{live_server}{target}".split("#")[0]
    assert screen.errors == []


def test_a_new_sponsor_lands_on_its_profile_form(app, live_server, screen):
    sponsor = factories.make_user(app, "sponsor")
    sign_in(screen, live_server, sponsor)
    assert screen.url == f"{live_server}/sponsor/profile"
    assert screen.evaluate(OVERFLOW) <= 0


def test_the_menu_leads_to_the_workspace(world, live_server, screen):
    sign_in(screen, live_server, world.unit.user)
    screen.goto(f"{live_server}/projects")
    if screen.width < 992:
        screen.click(".navbar-toggler")
        screen.wait_for_selector("#nav.show")
    with screen.expect_navigation():
        screen.click("#nav >> text=工作台")
    assert screen.url == f"{live_server}/workspace"


