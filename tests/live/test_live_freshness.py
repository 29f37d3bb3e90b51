"""One version for everything kept, against gunicorn with four workers sharing their kept answers:
a publication shows in search, in a sponsor's recommendations and among a project's 相似项目
within two seconds on every worker, whichever worker renders first."""

import time
from concurrent.futures import ThreadPoolExecutor

from .. import factories
from ..test_freshness import ELDERLY, NEWCOMER, PHARMACY, SEARCH, readable, sleep_until

ASKED = 8  # requests per view and moment, at once: every worker answers some


def test_a_publication_shows_on_every_worker_within_two_seconds(app, live_server):
    unit, office, sponsor = (factories.make_user(app, role) for role in ("unit", "office", "sponsor"))
    elderly = factories.make_project(app, unit, **ELDERLY)
    newcomer = factories.make_project(app, unit, status="submitted", **NEWCOMER)
    office_token, sponsor_token = live_server.token(office), live_server.token(sponsor)
    assert live_server.call("PUT", "/api/v1/me/profile", sponsor_token, json=PHARMACY).status_code == 200
    views = {"search": (SEARCH, None), "project page (相似项目)": (f"/projects/{elderly}", None),
             "recommendations": ("/api/v1/recommendations", sponsor_token)}

    def titles_missing(label: str) -> list[str]:
        """Ask every view at once, the same address and addresses of their own (so that every
        worker renders some with its own index, not only reads what another kept)."""
        calls = [(name, f"{path}{'&' if '?' in path else '?'}n={i}" if i % 2 else path, token)
                 for name, (path, token) in views.items() for i in range(ASKED)]
        with ThreadPoolExecutor(len(calls)) as pool:
            answers = list(pool.map(lambda call: (call[0], live_server.call("GET", call[1], call[2])), calls))
        assert all(response.status_code == 200 for _, response in answers), live_server.log_tail()
        return sorted({f"{name} {label}" for name, response in answers if NEWCOMER["title"] not in
                       readable(response.text, response.headers["Content-Type"].split(";")[0])})

    assert len(titles_missing("before")) == len(views)  # rendered by every worker and kept
    published = live_server.call("POST", f"/api/v1/projects/{newcomer}/publish", office_token)
    assert published.status_code == 200, published.text
    at = time.monotonic()
    missing = []
    for after in (1.1, 2.0):
        sleep_until(at + after)
        missing += titles_missing(f"{after} s after")
    assert missing == []
