"""The office's dashboard in a real browser: every chart draws from files served here,
under the strict CSP that is coming, and a click on a chart opens the list behind it."""

import pytest

from ..office_data import build_city
from .conftest import sign_in

pytest.importorskip("playwright", reason="pip install playwright pytest-playwright (no browser download)")

STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)
CHARTS = ["chart-projects", "chart-needs", "chart-funnel", "chart-stops", "chart-sponsors", "chart-trend"]

DRAWN = """() => Array.from(document.querySelectorAll('.chart')).map(element => {
  const chart = echarts.getInstanceByDom(element);
  const canvas = element.querySelector('canvas');
  let inked = 0;
  if (canvas && canvas.width && canvas.height) {
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) inked++; }
  }
  return {id: element.id, series: chart ? chart.getOption().series.length : 0, inked: inked};
})"""

# Where, in the viewport (scrolled to the chart), the bar of "待单位确认" (one match waits for its unit) is drawn.
BAR = """() => {
  const element = document.getElementById('chart-stops');
  element.scrollIntoView({block: 'center', behavior: 'instant'});
  const [x, y] = echarts.getInstanceByDom(element).convertToPixel({seriesIndex: 0}, ['待单位确认', 0.5]);
  const box = element.getBoundingClientRect();
  return {x: box.left + x, y: box.top + y};
}"""


@pytest.fixture
def city(app):
    return build_city(app)


def with_strict_csp(route):
    response = route.fetch()
    route.fulfill(response=response, headers={**response.headers, "content-security-policy": STRICT_CSP})


def test_dashboard_draws_every_chart_offline_and_drills_down(city, live_server, offline_page):
    page = offline_page
    page.add_init_script("window.__violations = [];"
                         "document.addEventListener('securitypolicyviolation', e => window.__violations.push("
                         "e.violatedDirective + ' ' + e.blockedURI));")
    page.route(f"{live_server}/office/**", with_strict_csp)
    sign_in(page, live_server, city.office)
    page.goto(f"{live_server}/office/dashboard")
    page.wait_for_selector("html[data-charts-drawn='6']", timeout=15_000)
    page.wait_for_timeout(600)  # the charts' short entry animation

    drawn = page.evaluate(DRAWN)
    assert [chart["id"] for chart in drawn] == CHARTS
    for chart in drawn:
        assert chart["series"] >= 1 and chart["inked"] > 500, chart  # an instance that has painted
    assert page.evaluate("window.__violations") == []
    assert page.errors == []

    point = page.evaluate(BAR)
    page.mouse.move(point["x"], point["y"])  # the tooltip shows…
    page.wait_for_timeout(300)
    assert page.evaluate("window.__violations") == []  # …without an inline style
    with page.expect_navigation():
        page.mouse.click(point["x"], point["y"])
    assert "/office/lists/matches?status=submitted" in page.url
    assert page.text_content("#list-total") == "1"
    assert page.is_visible("text=社区义诊")
    assert page.outside == []


def test_dashboard_fits_a_phone(city, live_server, offline_page):
    page = offline_page
    page.set_viewport_size({"width": 375, "height": 740})
    sign_in(page, live_server, city.office)
    page.goto(f"{live_server}/office/dashboard")
    page.wait_for_selector("html[data-charts-drawn='6']", timeout=15_000)
    widths = page.evaluate("Array.from(document.querySelectorAll('.chart')).map(e => e.getBoundingClientRect().width)")
    assert all(0 < width <= 375 for width in widths)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # nothing pushes the page sideways
    assert page.outside == [] and page.errors == []
