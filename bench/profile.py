"""What a request costs, looked at from inside: the benchmark's write scenarios (and hello, the
reference) sent through Flask's test client in this process, on a fresh benchmark database.

For each scenario: CPU ms per request (this process, plus on PostgreSQL the CPU of its
backends, read from /proc) in hellos, measured in rounds beside hello; SQL statements per
request with the text of each one of the last request; and cProfile's costliest functions,
with its own time summed by package. No gunicorn, no network:
what is left is the app's own work and the database's.

    .venv/bin/python -m bench.profile [--database sqlite|postgresql] [--requests 300] [--rounds 3] [--only pledge step]
"""

import argparse
import cProfile
import gc
import io
import itertools
import os
import pstats
import secrets
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import event

from matchmaker import create_app
from matchmaker.extensions import db

from . import cpu, databases, scenarios
from .load import DEFAULT_PG, TOKENS, fill, step_tokens

WARM = 20  # requests before measuring: imports, compiled statements, the first connection
SORT = os.environ.get("PROFILE_SORT", "cumulative")  # or tottime


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("SECRET_KEY", secrets.token_hex(32))
    folder = Path(tempfile.mkdtemp(prefix="matchmaker-profile-"))
    fresh = databases.fresh_sqlite(folder) if args.database == "sqlite" else databases.fresh_postgresql(args.pg_admin_url)
    with fresh as url:
        password = secrets.token_urlsafe(16)
        args.seconds, args.warmup = 0, 0
        rounds = args.rounds
        generated = fill(url, args, password, steppable=len(args.only) * (rounds + 1) * args.requests + 2 * WARM)
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "RATELIMIT_ENABLED": False})
        client = app.test_client()
        tokens = [token(client, name, password) for name in generated.sponsor_usernames[:TOKENS]]
        units = {name: token(client, name, password) for name in {name for _, name in generated.step_targets}}
        chosen = {s.name: s for s in scenarios.build(generated, tokens, step_tokens(generated, units))}
        backends = (lambda: databases.backend_pids(args.pg_admin_url)) if args.database == "postgresql" else list
        # Each scenario's requests in one endless row, so that a step is never asked twice.
        requests = {name: itertools.cycle(chosen[name].requests) for name in ["hello", *args.only]}
        for name in requests:
            for _ in range(WARM):
                send(client, next(requests[name]))
        # As wsgi.py does in gunicorn's master: what setting up left behind is not scanned by every
        # collection (here the generated data; there the recommender's index).
        gc.collect()
        gc.freeze()
        # Rounds of hello then each scenario: the machine's other work slows them alike, and the
        # ratio of each round is read, not of the whole run.
        ratios: dict[str, list[float]] = {name: [] for name in args.only}
        for number in range(rounds):
            hello = run(client, requests["hello"], args.requests, backends)
            for name in args.only:
                spent = run(client, requests[name], args.requests, backends, name if number == 0 else None)
                ratios[name].append(spent / hello)
            print(f"round {number + 1}: hello {hello:.3f} CPU ms/req; "
                  + ", ".join(f"{name} {ratios[name][-1]:.1f} hellos" for name in args.only), flush=True)
        for name in args.only:
            print(f"== {name}: {statistics.median(ratios[name]):.1f} hellos (median of {rounds} rounds)")
        if args.top:
            for name in ["hello", *args.only]:
                print(f"\n-- {name} under cProfile")
                profiled(name, client, requests[name], args.requests, args.top)
        with app.app_context():
            db.engine.dispose()
    return 0


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--sponsors", type=int, default=2_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--only", nargs="+", default=["pledge", "step"], metavar="SCENARIO")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of hello then each scenario")
    parser.add_argument("--top", type=int, default=30, help="functions shown from cProfile (0: none)")
    parser.add_argument("--pg-admin-url", default=DEFAULT_PG)
    return parser.parse_args(argv)


def token(client, username: str, password: str) -> str:
    answer = client.post("/api/v1/auth/token", json={"username": username, "password": password})
    assert answer.status_code == 200, answer.get_data(as_text=True)  # noqa: S101  # a tool, not a check
    return answer.get_json()["token"]


def run(client, requests, count: int, backends, shown: str | None = None) -> float:
    """Send `count` requests; CPU ms per request (this process and the database's backends).
    With `shown`, print the SQL statements per request and those of the last request."""
    statements: list[list[str]] = []
    with client.application.app_context():
        engine = db.engine

    def counted(_conn, _cursor, statement, *_):
        statements[-1].append(statement)

    pids = backends()
    before, started = cpu.snapshot(pids), time.process_time()
    with listening(engine, counted):
        for _ in range(count):
            statements.append([])
            send(client, next(requests))
    own = time.process_time() - started
    theirs = cpu.spent(before, cpu.snapshot(backends()))
    if shown:
        report(shown, statements, own, theirs, count)
    return 1000 * (own + theirs) / count


def profiled(name: str, client, requests, count: int, top: int) -> None:
    profiler = cProfile.Profile(time.process_time)  # CPU, as the targets are: waiting for the database is not work
    for _ in range(count):
        profiler.enable()
        send(client, next(requests))
        profiler.disable()
    stats = pstats.Stats(profiler)
    if os.environ.get("PROFILE_DUMP"):  # for pstats' print_callers and the like
        stats.dump_stats(f"{os.environ['PROFILE_DUMP']}.{name}")
    by_package = Counter()
    for (path, _, _), (_, _, own, _, _) in stats.stats.items():
        by_package[package(path)] += own
    total = sum(by_package.values())
    print(f"   {stats.total_calls / count:.0f} Python function calls per request (a measure of work that the"
          " machine's other load does not move)")
    print("   own time by package:", ", ".join(f"{name} {100 * spent / total:.0f}%" for name, spent in by_package.most_common(12)))
    out = io.StringIO()
    stats.stream = out
    stats.sort_stats(SORT).print_stats(top)
    print(out.getvalue())


def package(path: str) -> str:
    """site-packages/sqlalchemy/orm/x.py -> sqlalchemy.orm; matchmaker/matches/x.py -> matchmaker.matches."""
    if "site-packages/" in path:
        parts = path.split("site-packages/", 1)[1].split("/")
        return ".".join(parts[:2]) if len(parts) > 2 else parts[0].removesuffix(".py")
    if "/matchmaker/" in path:
        parts = path.split("/matchmaker/", 1)[1].split("/")
        return "matchmaker." + (parts[0].removesuffix(".py") if len(parts) > 1 else parts[0].removesuffix(".py"))
    if path.startswith("<") or path == "~":
        return "builtins (C)"
    return "python stdlib" if "/lib/python" in path else path


def listening(engine, listener):
    class Listening:
        def __enter__(self):
            event.listen(engine, "before_cursor_execute", listener)

        def __exit__(self, *_):
            event.remove(engine, "before_cursor_execute", listener)

    return Listening()


def send(client, request: scenarios.Request):
    headers = {"Authorization": f"Bearer {request.token}"} if request.token else {}
    answer = client.open(request.path, method=request.method, headers=headers,
                         data=request.body.encode() or None, content_type="application/json" if request.body else None)
    if not 200 <= answer.status_code < 300:
        raise RuntimeError(f"{request.method} {request.path}: {answer.status_code} {answer.get_data(as_text=True)}")
    return answer


def report(name: str, statements, own: float, theirs: float, count: int) -> None:
    per_request = Counter(len(s) for s in statements)
    print(f"-- {name}: app {1000 * own / count:.3f} + database backends {1000 * theirs / count:.3f} CPU ms/req;"
          f" statements per request: {dict(sorted(per_request.items()))}")
    for statement in statements[-1]:
        print("   ", " ".join(statement.split())[:int(os.environ.get("PROFILE_WIDTH", 160))])


if __name__ == "__main__":
    sys.exit(main())
