"""Two app servers behind one proxy serve one site: `make two-servers` (or
`python -m bench.two_servers`) prints PASS/FAIL lines and exits 1 on any FAIL.

On loopback only: two gunicorns (A and B, ports of their own) on one PostgreSQL (a schema of
this run's own), one Redis (the limits under a key prefix of this run's own; nothing else is
touched, never flushed) and one S3 store (moto, started here), with a small round-robin
reverse proxy in front that adds X-Forwarded-For and -Proto as nginx would. It shows:
- a sign-in through one server is valid on the other (one SECRET_KEY);
- a photo uploaded through A is served through B (shared storage);
- a project published through A shows on B's public list within 2 s (the data's version).

Settings: TWO_SERVERS_DATABASE_URL (else TEST_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/test),
TWO_SERVERS_REDIS_URL (else redis://127.0.0.1:6379/0).
"""

import http.client
import itertools
import logging
import os
import re
import secrets
import signal
import socket
import subprocess  # nosec B404  # starts our own gunicorns and flask commands, no shell
import sys
import threading
import time
from contextlib import ExitStack
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path

import boto3
import redis
import requests
from moto.server import ThreadedMotoServer
from PIL import Image
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PASSWORD = "Two-Servers-2026!qx"  # noqa: S105  # accounts of a throwaway schema
FRESH_WITHIN = 2.0  # seconds: a decision on A shows on B's public list within this


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Proxy(BaseHTTPRequestHandler):
    """Round-robin over the backends; X-Forwarded-For/-Proto as one trusted proxy sends them;
    X-Served-By names the backend that answered (for the checks, not for production)."""

    backends: list[str] = []
    turn = itertools.count()
    protocol_version = "HTTP/1.1"

    def forward(self):
        backend = self.backends[next(self.turn) % len(self.backends)]
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "keep-alive")}
        headers["X-Forwarded-For"] = self.client_address[0]
        headers["X-Forwarded-Proto"] = "http"
        host, port = backend.rsplit(":", 1)
        upstream = http.client.HTTPConnection(host, int(port), timeout=60)
        try:
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            answer = upstream.getresponse()
            data = answer.read()
        finally:
            upstream.close()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in ("connection", "transfer-encoding", "content-length"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Served-By", backend)
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PATCH = do_DELETE = do_HEAD = forward

    def log_message(self, *args):  # quiet
        pass


class Site:
    """Everything the two servers share, set up for this run and removed after it."""

    def __init__(self, stack: ExitStack, workdir: Path):
        self.stack, self.workdir = stack, workdir
        base = (os.environ.get("TWO_SERVERS_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
                or "postgresql://postgres@127.0.0.1:5432/test")
        self.base_url = base.replace("postgresql://", "postgresql+psycopg://", 1) if base.startswith("postgresql://") else base
        self.schema = f"two_servers_{os.getpid()}"
        self.database_url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{self.schema}"
        self.redis_url = os.environ.get("TWO_SERVERS_REDIS_URL", "redis://127.0.0.1:6379/0")
        self.prefix = f"two-servers-{os.getpid()}"
        self.secret_key = secrets.token_hex(32)

    def start(self) -> dict:
        self.make_schema()
        self.stack.callback(self.drop_redis_keys)
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's server: one line per request
        s3 = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
        s3.start()
        self.stack.callback(s3.stop)
        endpoint = "http://{}:{}".format(*s3.get_host_and_port())
        boto3.client("s3", endpoint_url=endpoint, aws_access_key_id="k", aws_secret_access_key="k",  # noqa: S106  # moto
                     region_name="us-east-1").create_bucket(Bucket="matchmaker-files")
        return {
            "PATH": os.environ["PATH"], "HOME": str(self.workdir), "MATCHMAKER_ENV": "development",
            "DATABASE_URL": self.database_url, "SECRET_KEY": self.secret_key,
            "RATELIMIT_STORAGE_URI": self.redis_url, "RATELIMIT_KEY_PREFIX": self.prefix,
            "STORAGE_URL": "s3://matchmaker-files/site", "STORAGE_ENDPOINT_URL": endpoint,
            "STORAGE_ACCESS_KEY_ID": "k", "STORAGE_SECRET_ACCESS_KEY": "k",
            "UPLOAD_FOLDER": str(self.workdir / "not-shared"), "TRUSTED_PROXIES": "1",
        }

    def make_schema(self):
        engine = create_engine(self.base_url)
        with engine.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {self.schema}"))
        engine.dispose()
        self.stack.callback(self.drop_schema)

    def drop_schema(self):
        engine = create_engine(self.base_url)
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE"))
        engine.dispose()

    def drop_redis_keys(self):
        """Only this run's keys, by their prefix."""
        client = redis.Redis.from_url(self.redis_url, socket_timeout=2)
        for key in client.scan_iter(f"*{self.prefix}*"):
            client.delete(key)


def flask(env: dict, *args: str, stdin: str = "") -> None:
    subprocess.run([str(BIN / "flask"), "--app", "matchmaker", *args], cwd=ROOT, env=env, input=stdin,  # noqa: S603 # nosec B603
                   capture_output=True, text=True, check=True, timeout=300)


def gunicorn(env: dict, port: int, log: Path) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 # nosec B603
        [str(BIN / "gunicorn"), "--preload", "--workers", "2", "--bind", f"127.0.0.1:{port}",
         "--forwarded-allow-ips", "127.0.0.1", "--timeout", "120", "--graceful-timeout", "5", "wsgi:app"],
        cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=20)


def wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn at {url} exited:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if requests.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn at {url} not healthy in {timeout} s")


def start_proxy(stack: ExitStack, backends: list[str]) -> str:
    handler = type("SiteProxy", (Proxy,), {"backends": backends, "turn": itertools.count()})
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    stack.callback(server.server_close)
    stack.callback(server.shutdown)
    return f"http://127.0.0.1:{server.server_address[1]}"


def token(url: str, username: str) -> str:
    answer = requests.post(f"{url}/api/v1/auth/token", json={"username": username, "password": PASSWORD}, timeout=60)
    answer.raise_for_status()
    return answer.json()["token"]


def bearer(value: str) -> dict:
    return {"Authorization": f"Bearer {value}"}


def check_sign_in(proxy: str) -> tuple[bool, str]:
    """Sign in on the page through the proxy; the next requests go to the other server."""
    browser = requests.Session()
    page = browser.get(f"{proxy}/login", timeout=60)
    csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.text) or re.search(
        r'name="csrf_token"[^>]*value="([^"]+)"', page.text)
    signed = browser.post(f"{proxy}/login", data={"username": "unit-a", "password": PASSWORD,
                                                  "csrf_token": csrf.group(1) if csrf else ""},
                          allow_redirects=False, timeout=60)
    if signed.status_code != 302:
        return False, f"sign-in answered {signed.status_code}"
    served = {signed.headers["X-Served-By"]}
    for _ in range(2):
        account = browser.get(f"{proxy}/account", allow_redirects=False, timeout=60)
        served.add(account.headers["X-Served-By"])
        if account.status_code != 200:
            return False, f"/account through {account.headers['X-Served-By']} answered {account.status_code}"
    return len(served) == 2, f"signed in and served by {sorted(served)}"


def png() -> bytes:
    out = BytesIO()
    Image.new("RGB", (40, 30), (200, 60, 20)).save(out, format="PNG")
    return out.getvalue()


PROJECT = {
    "title": "两台服务器的社区义诊", "category": 13, "district": "小店区", "service_target": "社区老年人",
    "service_type": "健康义诊", "service_hours": 40, "volunteers_needed": 5, "funding": 1000,
    "sessions_planned": 4, "start_on": (date.today() - timedelta(days=30)).isoformat(),
    "end_on": (date.today() + timedelta(days=30)).isoformat(),
    "description": "每月一次为老年人测血压。", "contact_name": "张医生", "contact_phone": "0351-1234567",
    "needs": [{"kind": "money", "description": "药品经费", "quantity": 1000}],
}


def check_publish_and_photo(a: str, b: str, proxy: str) -> list[tuple[str, bool, str]]:
    unit, office = token(a, "unit-a"), token(a, "office-a")
    listed_before = requests.get(f"{b}/api/v1/projects", timeout=60).json()  # B keeps this answer for visitors
    created = requests.post(f"{a}/api/v1/projects", json=PROJECT, headers=bearer(unit), timeout=60)
    if created.status_code != 201:
        return [("project published through A shows on B", False, f"create: {created.status_code} {created.text[:300]}")]
    project_id = created.json()["id"]
    requests.post(f"{a}/api/v1/projects/{project_id}/submit", headers=bearer(unit), timeout=60).raise_for_status()
    published = requests.post(f"{a}/api/v1/projects/{project_id}/publish", headers=bearer(office), timeout=60)
    published.raise_for_status()
    started, seen = time.monotonic(), False
    while time.monotonic() - started < FRESH_WITHIN + 3:
        items = requests.get(f"{b}/api/v1/projects", timeout=60).json()["items"]
        if any(item["id"] == project_id for item in items):
            seen = True
            break
        time.sleep(0.1)
    took = time.monotonic() - started
    results = [("project published through A shows on B's public list within 2 s",
                seen and took <= FRESH_WITHIN and project_id not in [i["id"] for i in listed_before["items"]],
                f"after {took:.2f} s" if seen else "never seen")]

    activity = requests.post(f"{a}/api/v1/projects/{project_id}/activities", headers=bearer(unit), timeout=60, json={
        "held_on": (date.today() - timedelta(days=1)).isoformat(), "place": "坪阳社区活动室", "volunteers": 3,
        "volunteer_hours": 6, "people_served": 20, "notes": ""})
    activity.raise_for_status()
    uploaded = requests.post(f"{a}/api/v1/activities/{activity.json()['id']}/photos", headers=bearer(unit),
                             files={"photo": ("a.png", png(), "image/png")}, timeout=60)
    uploaded.raise_for_status()
    url = uploaded.json()["url"]
    through_b = requests.get(f"{b}{url}", headers=bearer(unit), timeout=60)
    results.append(("photo uploaded through A is served through B", through_b.status_code == 200
                    and through_b.headers.get("Content-Type") == "image/png" and through_b.content[:4] == b"\x89PNG",
                    f"B answered {through_b.status_code} {through_b.headers.get('Content-Type')}"))
    answers = [requests.get(f"{proxy}{url}", headers=bearer(unit), timeout=60) for _ in range(2)]
    results.append(("photo through the proxy, from both servers",
                    all(r.status_code == 200 for r in answers) and len({r.headers["X-Served-By"] for r in answers}) == 2,
                    " ".join(f"{r.headers['X-Served-By']}:{r.status_code}" for r in answers)))
    return results


def run(workdir: Path) -> list[tuple[str, bool, str]]:
    """Set everything up, run the checks, take everything down; the checks' results."""
    with ExitStack() as stack:
        site = Site(stack, workdir)
        env = site.start()
        flask(env, "db", "upgrade")
        flask(env, "seed")
        flask(env, "users", "create", "unit-a", "--role", "unit", "--unit", "市民政局", "--password-stdin", stdin=PASSWORD)
        flask(env, "users", "create", "office-a", "--role", "office", "--password-stdin", stdin=PASSWORD)
        servers = []
        for name in ("a", "b"):
            port, log = free_port(), workdir / f"gunicorn-{name}.log"
            process = gunicorn(env, port, log)
            stack.callback(stop, process)
            servers.append((f"http://127.0.0.1:{port}", process, log))
        for url, process, log in servers:
            wait_healthy(url, process, log)
        (a, _, _), (b, _, _) = servers
        proxy = start_proxy(stack, [a.removeprefix("http://"), b.removeprefix("http://")])
        ok, detail = check_sign_in(proxy)
        return [("a sign-in through one server is valid on the other", ok, detail),
                *check_publish_and_photo(a, b, proxy)]


def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="two-servers-") as workdir:
        try:
            results = run(Path(workdir))
        except Exception as error:  # set-up failed: say so as a FAIL line, not a traceback only
            print(f"FAIL set-up: {error}")
            return 1
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'} {name} ({detail})")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
