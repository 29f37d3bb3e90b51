"""The app served as in production: gunicorn --preload, sync workers, rate limits off."""

import json
import os
import secrets
import signal
import socket
import subprocess  # nosec B404  # starts our own gunicorn, no shell
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import cpu

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 180  # seconds: the master builds the recommender's index before it forks


@dataclass(frozen=True)
class Served:
    base: str  # http://127.0.0.1:<port>
    master: int  # gunicorn's master process

    def workers(self) -> list[int]:
        return cpu.children(self.master)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(database_url: str, workers: int, log: Path, settings: dict | None = None):
    """Serve wsgi:app on a free local port, with these settings in its environment; yields it
    once /healthz answers."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "RATELIMIT_ENABLED": "0",  # the login limits would refuse a load test's sign-ins
        "SECRET_KEY": secrets.token_hex(32),
        "GUNICORN_ACCESS_LOG": "",  # a line per request would be part of what is measured
        **(settings or {}),
    }
    command = [
        str(Path(sys.executable).with_name("gunicorn")), "--preload", "--workers", str(workers),
        "--bind", f"127.0.0.1:{port}", "--backlog", "2048", "--log-level", "warning", "wsgi:app",
    ]
    with log.open("ab") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)  # noqa: S603  # nosec B603
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process, log)
        yield Served(base, process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_healthy(base: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}; see {log}")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=5) as answer:  # noqa: S310  # nosec B310
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"gunicorn did not answer /healthz within {START_TIMEOUT} s; see {log}")


def api_token(base: str, username: str, password: str) -> str:
    """Sign in through the real API, as a client would."""
    body = json.dumps({"username": username, "password": password}).encode()
    request = urllib.request.Request(  # noqa: S310  # nosec B310  # our own local server
        f"{base}/api/v1/auth/token", data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310  # nosec B310
        return json.load(answer)["token"]
