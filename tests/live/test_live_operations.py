"""gunicorn as gunicorn.conf.py sets it up: an access line per request with its request id, and
with LOG_FORMAT=json every line of the log (gunicorn's own, the app's, the access log) a JSON
object a log collector can read."""

import json
import time

import pytest
import requests

# Log lines, the same whichever database the site reads.
pytestmark = pytest.mark.one_database


def test_json_logs_with_request_ids_from_every_part(app, start_live_server):
    server = start_live_server(LOG_FORMAT="json")
    sent = requests.get(f"{server.url}/projects", timeout=30)
    missing = requests.get(f"{server.url}/nothing-here", timeout=30)
    assert sent.status_code == 200 and missing.status_code == 404
    ids = {sent.headers["X-Request-ID"], missing.headers["X-Request-ID"]}
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not all(i in server.log.read_text() for i in ids):
        time.sleep(0.2)
    entries = [json.loads(line) for line in server.log.read_text().splitlines() if line.strip()]
    access = {e["request_id"]: e for e in entries if e["logger"] == "access"}
    assert ids <= access.keys()
    assert access[missing.headers["X-Request-ID"]]["status"] == "404"
    assert access[sent.headers["X-Request-ID"]]["path"] == "/projects"
    assert any(e["logger"] == "gunicorn.error" and "Booting worker" in e["message"] for e in entries)
