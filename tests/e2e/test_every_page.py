"""Every page, as each role sees it, at 1366 px and at 390 px in Chromium:

- axe-core (WCAG 2.1 A and AA) finds nothing, on a phone with the menu open too;
- nothing is wider than the screen, no table scrolls its right-hand columns out of sight,
  and no cell is squeezed so that it reads one character a line.

When a page fails, its screenshot goes to test-artifacts/<test>/. The public home and the
project list are also saved into docs/screenshots/ at both sizes.
"""

import pytest

from ..office_data import build_city
from .conftest import sign_in
from .page_checks import DOCS, SIZES, keep_screenshot, problems_on

pytest.importorskip("playwright", reason="pip install playwright pytest-playwright (no browser download)")


def pages_of(city) -> dict[str, list[str]]:
    neighbours, clinic = city.projects["邻里"], city.projects["义诊"]
    return {
        "visitor": ["/", "/projects", "/projects?sort=deadline", f"/projects/{neighbours}", "/categories/6",
                    "/honour", "/honour/programmes", "/honour/sponsors", "/login", "/register"],
        "sponsor": ["/matches", f"/matches/{city.matches['m1']}", "/sponsor/profile", "/sponsor/statement",
                    "/notifications", "/account", "/account/password"],
        "unit": ["/unit/projects", "/projects/new", f"/projects/{neighbours}/edit", f"/projects/{neighbours}",
                 "/matches", "/collaborations", "/unit/execution", f"/projects/{neighbours}/execution"],
        "office": ["/office/queue", "/office/dashboard", "/office/audit", "/office/units", "/office/users",
                   "/office/execution", "/office/scorecards", f"/scorecards/{city.branch_id}", "/matches",
                   "/office/lists/matches?status=live", "/collaborations", f"/projects/{clinic}"],
    }


@pytest.fixture
def city(app):
    return build_city(app)


def people(city) -> dict:
    return {"visitor": None, "sponsor": city.sponsors["enterprise"], "unit": city.minzheng, "office": city.office}


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("who", ["visitor", "sponsor", "unit", "office"])
def test_every_page_is_accessible_and_fits(city, live_server, browser, request, who, size):
    context = browser.new_context(viewport=SIZES[size], bypass_csp=True, locale="zh-CN",
                                  **({"is_mobile": True, "has_touch": True} if size == "phone" else {}))
    page = context.new_page()
    user = people(city)[who]
    if user:
        sign_in(page, live_server, user)
    found = {}
    try:
        for path in pages_of(city)[who]:
            response = page.goto(live_server + path)
            assert response.status == 200, path
            problems = problems_on(page)
            if problems:
                found[path] = problems
                keep_screenshot(page, request, path)
            if who == "visitor" and path in ("/", "/projects"):
                page.goto(live_server + path)
                DOCS.mkdir(parents=True, exist_ok=True)
                name = "home" if path == "/" else "projects"
                page.screenshot(path=DOCS / f"public-{name}-{SIZES[size]['width']}.png", full_page=True)
    finally:
        context.close()
    assert not found, "\n".join(f"{path}: {problem}" for path, problems in found.items() for problem in problems)
