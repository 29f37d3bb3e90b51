"""What the browser tests check on any page, at any size: axe-core's WCAG 2.1 A and AA rules
(again with the phone's menu open), nothing wider than the screen, no table cut off, no cell
squeezed to one character a line, no menu entry broken over two lines. A page that fails has its screenshot kept in test-artifacts/."""

from pathlib import Path

from .journeys import slug

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"  # the documentation's pictures
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

# The menu: no entry's label broken over two lines (at 1366 px the whole menu is one row).
MENU = """() => {
  const links = [...document.querySelectorAll('nav .navbar-nav > li > .nav-link')].filter(a => a.offsetParent);
  const problems = links.filter(a => {
    const style = getComputedStyle(a);
    const inner = a.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return inner > 1.5 * parseFloat(style.lineHeight);
  }).map(a => 'menu entry on two lines: ' + a.innerText.replace(/\\s+/g, ''));
  const bar = document.querySelector('nav.navbar');
  if (window.innerWidth >= 1366 && bar.getBoundingClientRect().height > 64) problems.push('menu on more than one row');
  return problems;
}"""


def open_menu(page) -> bool:
    toggler = page.locator("nav .navbar-toggler")
    if not toggler.is_visible():
        return False
    toggler.click()
    page.wait_for_selector("#nav.show")
    return True


def problems_on(page) -> list[str]:
    """Everything wrong with the page as it stands (it needs a context opened with bypass_csp=True
    for axe's script), then with the phone's menu open."""
    page.add_script_tag(path=str(AXE))
    problems = [f"axe {v['id']} ({v['impact']}): {v['help']} {v['nodes']}" for v in page.evaluate(AXE_RUN)]
    problems += page.evaluate(LAYOUT) + page.evaluate(MENU)
    if open_menu(page):
        problems += [f"menu open: axe {v['id']}: {v['help']} {v['nodes']}" for v in page.evaluate(AXE_RUN)]
        problems += [f"menu open: {p}" for p in page.evaluate(LAYOUT) + page.evaluate(MENU)]
    return problems


def keep_screenshot(page, request, name: str) -> None:
    """A failing page's full screenshot, into test-artifacts/<test>/ (kept by CI, ignored by git)."""
    folder = request.config.rootpath / "test-artifacts" / slug(request.node.nodeid)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=folder / f"{slug(name) or 'home'}.png", full_page=True)
