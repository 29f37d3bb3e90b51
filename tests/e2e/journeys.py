"""What the browser journeys share: the people (each in a browser context of its own, so each
has its own session, at the journey's screen size), the way a person moves through the menu,
and screenshots of every page when a journey fails.

Every page is kept offline as `offline_page` in conftest.py keeps its one page: a request to
anywhere but 127.0.0.1 is aborted and listed in `page.outside`. `page.errors` lists uncaught
script errors, console errors (a missing script or stylesheet shows there) and server errors.
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytest.importorskip("playwright", reason="pip install playwright pytest-playwright (no browser download)")

from playwright.sync_api import expect  # noqa: E402

from .conftest import sign_in  # noqa: E402

SCREENS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    # An ordinary phone: the navbar collapses behind its toggler, forms stack.
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True,
              "device_scale_factor": 2},
}


class Cast:
    """The people of one journey. `enter(who)` gives a signed-out page of its own."""

    def __init__(self, browser, base_url: str, screen: str):
        self.browser, self.base_url, self.screen = browser, base_url, screen
        self.contexts, self.pages = [], {}

    def enter(self, who: str):
        context = self.browser.new_context(locale="zh-CN", timezone_id="Asia/Shanghai", **SCREENS[self.screen])
        self.contexts.append(context)
        page = context.new_page()
        keep_offline(page, who)
        self.pages[who] = page
        return page

    def enter_signed_in(self, who: str, user):
        page = self.enter(who)
        sign_in(page, self.base_url, user)
        return page

    def close(self) -> None:
        for context in self.contexts:
            context.close()


def keep_offline(page, who: str) -> None:
    page.outside, page.errors = [], []

    def guard(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("pageerror", lambda error: page.errors.append(f"{who}: {error}"))
    page.on("console", lambda message: message.type == "error" and page.errors.append(f"{who}: {message.text}"))
    page.on("response", lambda response: response.status >= 500 and page.errors.append(
        f"{who}: {response.status} {response.url}"))


@pytest.fixture(params=list(SCREENS))
def screen(request) -> str:
    return request.param


@pytest.fixture
def cast(browser, live_server, screen, request):
    """The journey's people; when the journey fails, a full-page screenshot of where each of
    them stood goes to test-artifacts/<test>/<who>.png (kept by CI, ignored by git)."""
    people = Cast(browser, live_server, screen)
    yield people
    report = getattr(request.node, "rep_call", None)  # set by pytest-playwright's report hook
    if report is None or report.failed:
        save_screenshots(people.pages, request.config.rootpath / "test-artifacts" / slug(request.node.nodeid))
    people.close()


def save_screenshots(pages: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, (who, page) in enumerate(pages.items(), start=1):
        page.screenshot(path=folder / f"{number}-{who}.png", full_page=True, timeout=10_000)


def slug(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.ASCII).strip("-")


def go_by_menu(page, label: str) -> None:
    """Open a menu entry as a person does; on a phone the menu is folded behind its toggler."""
    menu = page.locator("#nav")
    toggler = page.locator("nav .navbar-toggler")
    if toggler.is_visible():
        expect(menu).to_be_hidden()
        toggler.click()
        # Unfolded, not unfolding: a click while Bootstrap's transition runs can be lost.
        expect(menu).to_have_class(re.compile(r"\bshow\b"))
    link = menu.get_by_role("link", name=label, exact=True)
    if not link.is_visible():  # an entry of a group: open its dropdown first
        # Its link is hidden until the dropdown opens, and a role query skips hidden elements.
        hidden_link = page.get_by_role("link", name=label, exact=True, include_hidden=True)  # inside the dropdown
        menu.locator(".dropdown", has=hidden_link).locator(".dropdown-toggle").click()
    with page.expect_navigation():
        link.click()


def submit(page, button) -> None:
    """Press a form's button and wait for the page that answers it."""
    with page.expect_navigation():
        button.click()


def flash(page):
    """The message the last step left at the top of the page."""
    return page.locator("main > .alert")


def assert_clean(pages: dict) -> None:
    """Nothing left the machine and nothing broke, on any page of the journey."""
    for who, page in pages.items():
        assert page.outside == [], who
        assert page.errors == [], who
