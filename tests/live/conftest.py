"""A real gunicorn with several workers, serving the same test database the `app` fixture
prepares (SQLite file, or this run's PostgreSQL schema), for races and faults that the test
client, one request at a time in one process, can never show."""

import ctypes
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = str(Path(sys.executable).parent / "gunicorn")
WORKERS = 4
SECRET_KEY = "live-test-secret"
PR_SET_PDEATHSIG = 1  # linux/prctl.h


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen
    log: Path

    def workers(self) -> list[int]:
        """The pids of the gunicorn workers (the master's children)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def token(self, user) -> str:
        """A Bearer token, asked for as a client would."""
        response = requests.post(
            f"{self.url}/api/v1/auth/token", json={"username": user.username, "password": user.password}, timeout=60
        )
        assert response.status_code == 200, response.text
        return response.json()["token"]

    def call(self, method: str, path: str, token: str | None = None, **kwargs) -> requests.Response:
        headers = kwargs.pop("headers", {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return requests.request(method, f"{self.url}{path}", headers=headers, timeout=90, **kwargs)

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def die_with_the_test_run() -> None:
    """In the child before gunicorn starts: if pytest is killed (a CI timeout, ^C twice) and
    cannot run its teardown, the kernel sends gunicorn SIGTERM instead of leaving it orphaned."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def start_server(database_url: str, log: Path, **env) -> LiveServer:
    """`gunicorn --preload --workers 4` as production runs it, in its own process group."""
    port = free_port()
    environment = {
        **os.environ, "DATABASE_URL": database_url, "SECRET_KEY": SECRET_KEY, "RATELIMIT_ENABLED": "0",
        "MATCHMAKER_ENV": "development", **env,
    }
    environment.pop("FLASK_DEBUG", None)
    process = subprocess.Popen(
        [GUNICORN, "--preload", "--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}",
         "--timeout", "120", "--graceful-timeout", "5", "wsgi:app"],
        cwd=ROOT, env=environment, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
        preexec_fn=die_with_the_test_run,  # servers start in fixtures, before any test thread
    )
    server = LiveServer(f"http://127.0.0.1:{port}", process, log)
    wait_until_healthy(server)
    return server


def wait_until_healthy(server: LiveServer, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"gunicorn exited with {server.process.returncode}:\n{server.log_tail()}")
        try:
            if requests.get(f"{server.url}/healthz", timeout=5).status_code == 200 and len(server.workers()) == WORKERS:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    stop_server(server)
    pytest.fail(f"gunicorn did not become healthy in {timeout} s:\n{server.log_tail()}")


def stop_server(server: LiveServer) -> None:
    """Stop the master and its workers together: the whole process group."""
    try:
        os.killpg(server.process.pid, signal.SIGTERM)
        server.process.wait(timeout=15)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=15)


@pytest.fixture(scope="session")
def live_server(migrated_database, tmp_path_factory):
    """One gunicorn for the live tests of this run; each test's `app` fixture empties the
    database it serves (between requests, so no worker holds anything open)."""
    server = start_server(migrated_database, tmp_path_factory.mktemp("gunicorn") / "gunicorn.log")
    yield server
    stop_server(server)


@pytest.fixture
def start_live_server(migrated_database, tmp_path):
    """Start a gunicorn with settings of its own (e.g. Redis-shared limits); stopped after the test."""
    servers = []

    def start(**env) -> LiveServer:
        servers.append(start_server(migrated_database, tmp_path / f"gunicorn-{len(servers)}.log", **env))
        return servers[-1]

    yield start
    for server in servers:
        stop_server(server)


@dataclass
class Answer:
    status: int | None  # None: the connection broke (a killed worker, a restarting server)
    body: dict | None
    content_type: str = ""


def race(calls) -> list[Answer]:
    """Run the calls (functions returning a Response) at the same moment, one thread each,
    and return their answers in order."""
    calls = list(calls)
    start = threading.Barrier(len(calls))

    def run(call) -> Answer:
        start.wait(timeout=60)
        try:
            response = call()
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError):
            return Answer(None, None)  # the worker died under it, or the connection was cut
        try:
            body = response.json()
        except ValueError:
            body = None
        return Answer(response.status_code, body, response.headers.get("Content-Type", ""))

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))
