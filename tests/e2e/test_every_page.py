"""Every page, as each role sees it, at 1366 px and at 390 px in Chromium:

- axe-core (WCAG 2.1 A and AA) finds nothing, on a phone with the menu open too;
- nothing is wider than the screen, no table scrolls its right-hand columns out of sight,
  and no cell is squeezed so that it reads one character a line.

When a page fails, its screenshot goes to test-artifacts/<test>/. The public home and the
project list are also saved into docs/screenshots/ at both sizes.
"""

from pathlib import Path

import pytest

from ..office_data import build_city
from .conftest import sign_in
from .journeys import slug

pytest.importorskip("playwright", reason="pip install playwright pytest-playwright (no browser download)")

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZES = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

AXE_RUN = """async () => {
  const result = await axe.run(document, {runOnly: RULES, resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\\n')[1])}));
}""".replace("RULES", str(RULES))

# Wider than the screen; tables whose container scrolls (right-hand columns out of sight);
# cells of three characters or more squeezed narrower than two and a half (one character a line).
LAYOUT = """() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) {
    problems.push('page is ' + document.documentElement.scrollWidth + 'px wide on a ' + width + 'px screen');
  }
  document.querySelectorAll('main *').forEach(el => {
    const style = getComputedStyle(el);
    if (!el.offsetParent || !/(auto|scroll|hidden)/.test(style.overflowX) || el.clientWidth <= 1) return;
    if (el.scrollWidth > el.clientWidth + 2 && el.tagName !== 'CANVAS' && !el.closest('.chart')) {
      problems.push('cut off: ' + el.tagName.toLowerCase() + '.' + el.className + ' ' + el.scrollWidth + '>' + el.clientWidth);
    }
  });
  document.querySelectorAll('main td, main th').forEach(cell => {
    const text = cell.innerText.trim();
    if (!cell.offsetParent || text.length < 3) return;
    const style = getComputedStyle(cell);
    const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (inner < 2.5 * parseFloat(style.fontSize)) {
      problems.push('narrow cell (' + Math.round(inner) + 'px): ' + text.slice(0, 20));
    }
  });
  return problems.slice(0, 10);
}"""


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


def open_menu(page) -> bool:
    toggler = page.locator("nav .navbar-toggler")
    if not toggler.is_visible():
        return False
    toggler.click()
    page.wait_for_selector("#nav.show")
    return True


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
            page.add_script_tag(path=str(AXE))
            problems = [f"axe {v['id']} ({v['impact']}): {v['help']} {v['nodes']}" for v in page.evaluate(AXE_RUN)]
            problems += page.evaluate(LAYOUT)
            if open_menu(page):
                problems += [f"menu open: axe {v['id']}: {v['help']} {v['nodes']}" for v in page.evaluate(AXE_RUN)]
                problems += [f"menu open: {p}" for p in page.evaluate(LAYOUT)]
            if problems:
                found[path] = problems
                folder = request.config.rootpath / "test-artifacts" / slug(request.node.nodeid)
                folder.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=folder / f"{slug(path) or 'home'}.png", full_page=True)
            if who == "visitor" and path in ("/", "/projects"):
                page.goto(live_server + path)
                DOCS.mkdir(parents=True, exist_ok=True)
                name = "home" if path == "/" else "projects"
                page.screenshot(path=DOCS / f"public-{name}-{SIZES[size]['width']}.png", full_page=True)
    finally:
        context.close()
    assert not found, "\n".join(f"{path}: {problem}" for path, problems in found.items() for problem in problems)
