"""The load benchmark (`make bench`): the app under gunicorn, on SQLite and on PostgreSQL,
with 10,000 published projects and 2,000 sponsors, loaded by wrk.

For each database: a fresh database built by the migrations, the data written in bulk,
gunicorn --preload with 2 workers per core and rate limits off, then each scenario for a
short warm-up and a measured run at 32 connections. It prints a table per database
(requests per second, p50 and p99 latency from wrk's histogram, errors) and checks the
targets: the public list serves at least half as many requests per second as the "hello"
reference, p99 under 150 ms everywhere, no errors. `--strict` exits 1 when a target fails.

    .venv/bin/python -m bench.load [--databases sqlite postgresql] [--seconds 10] ...
"""

import argparse
import dataclasses
import os
import secrets
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import text

from matchmaker import create_app
from matchmaker.extensions import db

from . import cpu, data, databases, report, scenarios, server, wrk

DEFAULT_PG = os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
TOKENS = 32  # sponsors who sign in and take turns in the recommendation and pledge scenarios
# Steps per second the step scenario is prepared for (each waiting pledge is accepted once): the
# work of a pledge, fewer statements, on cores twice as fast as the benchmark's machine's.
STEPS_PER_SECOND = 2000


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("SECRET_KEY", secrets.token_hex(32))  # no instance/secret_key written for us
    folder = Path(tempfile.mkdtemp(prefix="matchmaker-bench-"))
    print(f"machine: {os.cpu_count()} cores; gunicorn workers: {args.workers}; wrk: {args.connections}"
          f" connections, {args.threads} thread(s), {args.seconds:g} s per scenario; logs in {folder}", flush=True)
    failed = False
    for name in args.databases:
        try:
            failed |= not bench_database(name, args, folder)
        except databases.Unavailable as error:
            print(f"\n== {name}: skipped: {error}", flush=True)
            failed = True
    return 1 if failed and args.strict else 0


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--databases", nargs="+", choices=("sqlite", "postgresql"), default=["sqlite", "postgresql"])
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--sponsors", type=int, default=2_000)
    parser.add_argument("--seconds", type=float, default=10, help="measured run per scenario")
    parser.add_argument("--warmup", type=float, default=2, help="unmeasured run before each scenario")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1, help="wrk threads (they share the server's cores)")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    parser.add_argument("--only", nargs="+", metavar="SCENARIO", help="run only these scenarios (hello is kept)")
    parser.add_argument("--pg-admin-url", default=DEFAULT_PG, help="a server where we may create a database")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target fails")
    parser.add_argument("--no-kept-answers", action="store_true",
                        help="render every answer anew (PUBLIC_PAGE_CACHE_SECONDS=0), as right after a decision")
    return parser.parse_args(argv)


def bench_database(name: str, args, folder: Path) -> bool:
    """Build, fill, serve and load one database; print its table; True if every target passed."""
    fresh = databases.fresh_sqlite(folder) if name == "sqlite" else databases.fresh_postgresql(args.pg_admin_url)
    with fresh as url:
        password = secrets.token_urlsafe(16)
        steppable = round(STEPS_PER_SECOND * (args.warmup + args.seconds + 2)) if wanted("step", args.only) else 0
        generated = fill(url, args, password, steppable)
        log = folder / f"gunicorn-{name}.log"
        settings = {"PUBLIC_PAGE_CACHE_SECONDS": "0"} if args.no_kept_answers else {}
        with server.gunicorn(url, args.workers, log, settings) as served:
            users = generated.sponsor_usernames[:TOKENS]
            tokens = [server.api_token(served.base, username, password) for username in users]
            units = {name: server.api_token(served.base, name, password)
                     for name in sorted({name for _, name in generated.step_targets})}
            built = scenarios.build(generated, tokens, step_tokens(generated, units))
            chosen = [s for s in built if wanted(s.name, args.only)]
            backends = server_backends(name, args.pg_admin_url)
            load_before = os.getloadavg()[0]
            results = {s.name: measure(served.base, s, folder / name, args, served.workers, backends) for s in chosen}
            if report.HELLOS_PER_WRITE.keys() & results.keys():
                # The writes' targets are ratios to hello's CPU, which other work on the machine moves
                # from run to run: hello is measured again after them and the two are averaged.
                hello = next(s for s in chosen if s.name == "hello")
                results[report.HELLO_AGAIN] = measure(served.base, hello, folder / name, args, served.workers, backends)
    what = {s.name: s.what for s in chosen} | {report.HELLO_AGAIN: "the same, again after the others"}
    # Other work on the machine takes cores from the server: say how busy it was.
    kept = ", no kept answers" if args.no_kept_answers else ""
    print(f"\n== {name}: {args.projects} projects, {args.sponsors} sponsors{kept}"
          f" (load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after) ==")
    print(report.table(results, what))
    verdicts = report.verdicts(results, args.connections)
    for verdict in verdicts:
        print(verdict.line())
    sys.stdout.flush()
    return all(v.passed for v in verdicts)


def server_backends(name: str, pg_admin_url: str):
    """The database's processes serving the workers, for the CPU count: PostgreSQL's backends."""
    if name != "postgresql":
        return list
    return lambda: databases.backend_pids(pg_admin_url)


def step_tokens(generated: data.Generated, units: dict[str, str]) -> list[str]:
    """For each waiting pledge of the step scenario, the token of the unit that accepts it."""
    return [units[name] for _, name in generated.step_targets]


def wanted(scenario: str, only: list[str] | None) -> bool:
    return only is None or scenario == "hello" or scenario in only


def fill(url: str, args, password: str, steppable: int = 0) -> data.Generated:
    started = time.monotonic()
    databases.migrate(url)
    migrated = time.monotonic()
    app = create_app({"SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        generated = data.generate(args.projects, args.sponsors, password, steppable)
        # Planner statistics, as PostgreSQL's autovacuum would gather within a minute of a bulk
        # load: without them it picks the catalogue index for lookups by id.
        db.session.execute(text("ANALYZE"))
        db.session.commit()
        db.session.remove()
        db.engine.dispose()
    print(f"{url.split(':')[0]}: migrated in {migrated - started:.1f} s, data written in"
          f" {time.monotonic() - migrated:.1f} s", flush=True)
    return generated


def measure(base: str, scenario: scenarios.Scenario, folder: Path, args, workers, backends) -> wrk.Figures:
    """A warm-up run, then the measured one, with the CPU time the server's processes spent on it:
    gunicorn's workers and, on PostgreSQL, the database's backends (also shown on their own)."""

    def processes():
        return workers() + backends()

    folder.mkdir(exist_ok=True)
    options = {"connections": args.connections, "threads": args.threads}
    if args.warmup > 0 and scenario.only_reads:
        ask_each_once(base, scenario)
    if args.warmup > 0:
        warm = wrk.run(base, scenario, folder, seconds=args.warmup, **options)
        if scenario.once:
            # What the warm-up sent (answered or still in flight) is not asked again.
            scenario = dataclasses.replace(scenario, requests=scenario.requests[warm.used:])
    settle(processes)
    before, before_db = cpu.snapshot(processes()), cpu.snapshot(backends())
    figures = wrk.run(base, scenario, folder, seconds=args.seconds, **options)
    # Read at once: what wrk leaves queued is served after it stops, and wrk does not count it.
    spent, spent_db = cpu.spent(before, cpu.snapshot(processes())), cpu.spent(before_db, cpu.snapshot(backends()))
    settle(processes)
    served = max(figures.requests, 1)
    figures = dataclasses.replace(figures, cpu_ms=1000 * spent / served, db_cpu_ms=1000 * spent_db / served,
                                  ran_out=scenario.once and figures.used > len(scenario.requests))
    print(f"  {scenario.name:<10} {figures.per_second:8.1f} req/s  p99 {figures.p99_ms:7.1f} ms"
          f"  cpu {figures.cpu_ms:6.2f} ms/req (database {figures.db_cpu_ms:.2f})  errors {figures.errors}", flush=True)
    return figures


def ask_each_once(base: str, scenario: scenarios.Scenario, connections: int = 4) -> None:
    """Ask each different request of a reading scenario once before its warm-up. The p99 target
    is for kept answers, and a first rendering is what --no-kept-answers measures: 500 of them
    (a project page, a search) did not fit in 2 s of warm-up on a machine half as fast."""

    def ask(request: scenarios.Request) -> None:
        headers = {"Authorization": f"Bearer {request.token}"} if request.token else {}
        asked = urllib.request.Request(base + request.path, headers=headers)  # noqa: S310  # nosec B310
        with urllib.request.urlopen(asked, timeout=30) as answer:  # noqa: S310  # nosec B310  # our own server
            answer.read()

    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(ask, dict.fromkeys(scenario.requests)))


def settle(processes, quiet: float = 0.05, timeout: float = 120) -> None:
    """Wait until the server has served what an earlier run left queued: when wrk stops, gunicorn's
    backlog still holds up to one request per connection. Idle, the processes use no CPU."""
    deadline = time.monotonic() + timeout
    last = cpu.snapshot(processes())
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = cpu.snapshot(processes())
        if cpu.spent(last, now) < quiet:
            return
        last = now


if __name__ == "__main__":
    sys.exit(main())
