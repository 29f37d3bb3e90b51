"""Browser journeys: the app served by a real server on 127.0.0.1, driven by Chromium.

The browser is the system's Chromium (apt: chromium, fonts-wqy-microhei) driven through
pytest-playwright; nothing is downloaded. Tests here skip, saying why, when either is missing.
Every request that would leave the machine is aborted and recorded by `offline_page`.
"""

import os
import threading
from urllib.parse import urlsplit

import pytest
from werkzeug.serving import make_server

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without the networking flags Chromium keeps calling home (and is refused here).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


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
