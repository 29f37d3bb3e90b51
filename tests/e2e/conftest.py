"""Browser journeys: the app served by a real server on 127.0.0.1, driven by Chromium.

The browser is the system's Chromium (apt: chromium, fonts-wqy-microhei) driven through
pytest-playwright; nothing is downloaded. Tests here skip, saying why, when either is missing.
Every request that would leave the machine is aborted and recorded by `offline_page`.
"""

import os
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from werkzeug.serving import make_server

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without the networking flags Chromium keeps calling home (and is refused here).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


HERE = Path(__file__).resolve().parent
# The browser journeys that `make test` runs again on PostgreSQL, as (file, test, variant):
# the two workflows done end to end through the real forms (a pledge from registration to the
# export; a volunteer from registration to admission), once each. Every other browser test, and
# the other screen size of these, runs in the SQLite pass only (marked one_database): what it
# proves is what Chromium draws and does (layout at each width, accessibility, menus, charts
# drawn offline), the same whatever database served the page. The database's side of every
# page and step is proven on both databases by the test-client tests (test_route_census opens
# every page as every role; the workflow, race and query tests).
ON_BOTH_DATABASES = [
    ("test_journeys.py", "test_pledge_from_registration_to_export", "desktop"),
    ("test_volunteer_browser.py", "test_a_volunteer_registers_on_a_phone_signs_up_and_is_admitted", ""),
]


def pytest_collection_modifyitems(config, items):
    """Mark the browser tests not in ON_BOTH_DATABASES one_database; an entry that names no
    collected test (renamed?) stops the run rather than quietly leaving PostgreSQL untested."""
    browser_items = [item for item in items if HERE in item.path.parents]
    kept = {entry: False for entry in ON_BOTH_DATABASES}
    for item in browser_items:
        variants = getattr(item, "callspec", None) and item.callspec.id.split("-")
        entry = next((e for e in ON_BOTH_DATABASES if (item.path.name, item.originalname) == e[:2]
                      and (not e[2] or e[2] in (variants or []))), None)
        if entry:
            kept[entry] = True
        else:
            item.add_marker(pytest.mark.one_database)
    collected_files = {item.path.name for item in browser_items}
    lost = [entry for entry, found in kept.items() if not found and entry[0] in collected_files]
    if lost:
        raise pytest.UsageError(f"tests/e2e/conftest.py ON_BOTH_DATABASES names tests not collected: {lost}")


@pytest.fixture(scope="session")
def browser_type_launch_args():
    """pytest-playwright's launch settings: the system's Chromium, headless, quiet."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei")
    return {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture
def live_server(app):
    """The test app (on the test database) served by werkzeug on a free port of 127.0.0.1."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def offline_page(page):
    """A page whose requests may only go to 127.0.0.1; any other is aborted and listed in
    `page.outside`. Page errors (uncaught exceptions) are listed in `page.errors`."""
    page.outside, page.errors = [], []

    def guard(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    return page


def sign_in(page, base_url: str, user) -> None:
    """Through the real login form, as a person would."""
    page.goto(f"{base_url}/login")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", user.password)
    with page.expect_navigation():
        page.click("main form button[type=submit]")
