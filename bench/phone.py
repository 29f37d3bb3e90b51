"""How the pages feel on a slow phone: first paint, DOMContentLoaded and bytes moved.

    .venv/bin/python -m bench.phone [--pages / office:/office/dashboard ...] [--runs 3] [--strict]

Serves the app as `make run` does (gunicorn --preload, demo data, on a fresh SQLite file),
then opens each page in Debian's Chromium on a throttled phone profile through CDP: CPU 4×
slower, 1.6 Mbps down, 750 kbps up, 150 ms latency, a 390×844 screen. Each page is opened
cold (empty cache) and then warm (a second visit, as someone clicking around would): the
warm figures show what versioned, year-long cached static files save. Prints one row per
page and the machine's load average (the CPU throttle multiplies whatever else runs);
--strict exits 1 when a cold first paint is over the budget (1.5 s). A benchmark, not a test:
the figures depend on the machine.
"""

import argparse
import os
import statistics
import subprocess  # nosec B404  # our own flask CLI, fixed arguments
import sys
import tempfile
from pathlib import Path

from .databases import fresh_sqlite, migrate
from .server import ROOT, gunicorn

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PROFILE = {"cpu": 4, "down_kbps": 1600, "up_kbps": 750, "latency_ms": 150}
BUDGET_MS = 1500
DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105  # nosec B105  # the demo accounts' public password

# (who, path): None is a visitor; otherwise a demo account signed in first.
PAGES = [
    (None, "/"), (None, "/projects"), (None, "/projects?sort=deadline"), (None, "/projects/1"),
    (None, "/categories/1"), (None, "/login"), (None, "/honour"),
    ("kangningtang", "/matches"), ("minzheng", "/unit/projects"),
    ("office", "/office/dashboard"), ("office", "/office/audit"), ("office", "/office/queue"),
    ("minzheng", "/workspace"), ("office", "/workspace"), (None, "/recruitments"),
    ("zhangzhiyuan", "/volunteer"), ("zhangzhiyuan", "/me/hours"),
]

# A page that comes from the cache can fire `load` before its first frame is painted: wait for
# the paint entry (up to 10 s) instead of reading it at `load`, when it may not exist yet.
TIMING = """async () => {
  const paint = await new Promise(resolve => {
    const seen = performance.getEntriesByName('first-contentful-paint')[0];
    if (seen) return resolve(seen);
    new PerformanceObserver(list => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve(entry);
    }).observe({type: 'paint', buffered: true});
    setTimeout(() => resolve(null), 10000);
  });
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const moved = nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0);
  const whole = nav.decodedBodySize + resources.reduce((sum, r) => sum + r.decodedBodySize, 0);
  return {fcp: paint ? paint.startTime : null, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
          moved: moved, whole: whole, requests: resources.length + 1};
}"""

IDLE = """() => new Promise(resolve => {
  const twice = () => requestIdleCallback(() => requestIdleCallback(resolve, {timeout: 20000}), {timeout: 20000});
  twice();
})"""


def throttle(page) -> None:
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.clearBrowserCache")  # signing in cached the stylesheet: start cold
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": PROFILE["cpu"]})
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {
        "offline": False, "latency": PROFILE["latency_ms"],
        "downloadThroughput": PROFILE["down_kbps"] * 1000 / 8, "uploadThroughput": PROFILE["up_kbps"] * 1000 / 8,
    })


def sign_in(context, base: str, username: str) -> None:
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", DEMO_PASSWORD)
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    page.close()


def measure(browser, base: str, who: str | None, path: str) -> dict:
    """One cold visit (fresh context: empty cache) and one warm visit of the same page."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    try:
        if who:
            sign_in(context, base, who)
        page = context.new_page()
        throttle(page)
        page.goto(base + path, wait_until="load")
        settle(page)
        cold = page.evaluate(TIMING)
        page.goto(base + path, wait_until="load")
        settle(page)
        warm = page.evaluate(TIMING)
        return {"cold": cold, "warm": warm}
    finally:
        context.close()


def settle(page) -> None:
    """Let the page finish what it does after `load` (the dashboard fetches and draws its charts
    then), as a person reads before clicking on: the bytes moved count those files too, and the
    next visit does not wait for the last one's work."""
    page.wait_for_load_state("networkidle")
    page.evaluate(IDLE)


def seed(url: str) -> None:
    env = {"DATABASE_URL": url, "DEMO_PASSWORD": DEMO_PASSWORD, "PATH": str(Path(sys.executable).parent)}
    subprocess.run([sys.executable, "-m", "flask", "--app", "matchmaker", "seed", "--demo"],  # noqa: S603  # nosec B603
                   cwd=ROOT, env=env, check=True, capture_output=True)


def median(runs: list[dict], phase: str, key: str) -> float | None:
    """The median over runs, or None when a run has no such figure (a page that never painted)."""
    values = [run[phase][key] for run in runs]
    return None if any(value is None for value in values) else statistics.median(values)


def shown(value: float | None, width: int, scale: float = 1, digits: int = 0) -> str:
    return f"{'—':>{width}}" if value is None else f"{value / scale:>{width}.{digits}f}"


def report(rows: list[tuple[str, str, list[dict]]], load: tuple[float, float]) -> bool:
    print(f"profile: CPU ×{PROFILE['cpu']}, {PROFILE['down_kbps'] / 1000:g} Mbps down, "
          f"{PROFILE['latency_ms']} ms latency, 390×844; median of runs; budget: first paint ≤ {BUDGET_MS} ms")
    print(f"machine: {os.cpu_count()} cores, load average (1 min) {load[0]:.1f} before, {load[1]:.1f} after")
    print(f"{'who':<13} {'page':<26} {'FCP ms':>7} {'DCL ms':>7} {'load ms':>8} {'moved KB':>9} "
          f"{'whole KB':>9} {'req':>4} {'warm FCP':>9} {'warm KB':>8}")
    within = True
    for who, path, runs in rows:
        fcp = median(runs, "cold", "fcp")
        within = within and fcp is not None and fcp <= BUDGET_MS
        print(f"{who or 'visitor':<13} {path:<26} {shown(fcp, 7)} {shown(median(runs, 'cold', 'dcl'), 7)} "
              f"{shown(median(runs, 'cold', 'load'), 8)} {shown(median(runs, 'cold', 'moved'), 9, 1024, 1)} "
              f"{shown(median(runs, 'cold', 'whole'), 9, 1024, 1)} {runs[0]['cold']['requests']:>4} "
              f"{shown(median(runs, 'warm', 'fcp'), 9)} {shown(median(runs, 'warm', 'moved'), 8, 1024, 1)}")
    print("within budget" if within else f"OVER BUDGET: some first paint above {BUDGET_MS} ms (or none measured)")
    return within


def page_of(argument: str) -> tuple[str | None, str]:
    """'/projects' is a visitor's page; 'office:/office/dashboard' the office's."""
    if argument.startswith("/"):
        return None, argument
    who, _, path = argument.partition(":")
    return who, path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", nargs="*", metavar="[WHO:]PATH",
                        help="pages to measure instead of the default set: a path (as a visitor) or "
                             "a demo account and a path, e.g. office:/office/dashboard")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a first paint is over budget")
    args = parser.parse_args(argv)
    pages = [page_of(argument) for argument in args.pages] if args.pages else PAGES

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, fresh_sqlite(Path(folder)) as url:
        migrate(url)
        seed(url)
        with gunicorn(url, 2, Path(folder) / "gunicorn.log", {"STATIC_CACHE_FOLDER": folder}) as served, \
                sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            rows, load_before = [], os.getloadavg()[0]
            for who, path in pages:
                measure(browser, served.base, who, path)  # once unmeasured: the server's first rendering
                rows.append((who, path, [measure(browser, served.base, who, path) for _ in range(args.runs)]))
            browser.close()
    within = report(rows, (load_before, os.getloadavg()[0]))
    return 0 if within or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
