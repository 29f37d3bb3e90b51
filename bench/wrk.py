"""Running wrk on one scenario and reading its figures."""

import json
import shutil
import subprocess  # nosec B404  # runs wrk, no shell
from dataclasses import dataclass
from pathlib import Path

from .scenarios import Scenario

SCRIPT = Path(__file__).with_name("requests.lua")
MARK = "BENCH_JSON "


@dataclass(frozen=True)
class Figures:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    non_2xx: int
    socket_errors: int
    used: int = 0  # how far into the scenario's list of requests the run got (Scenario.once)
    cpu_ms: float = 0.0  # the server's CPU time per request (bench/cpu.py), filled in by the caller
    db_cpu_ms: float = 0.0  # the part of it spent by the database's own processes (PostgreSQL)
    ran_out: bool = False  # a Scenario.once asked more than its list holds (so asked some twice)

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def errors(self) -> int:
        return self.non_2xx + self.socket_errors


def wrk_path() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise RuntimeError("wrk is not installed: `apt-get install -y wrk` (make bench does it)")
    return path


def run(base: str, scenario: Scenario, folder: Path, *, seconds: float, connections: int,
        threads: int) -> Figures:
    """Load the server with this scenario's requests for `seconds` and return wrk's figures."""
    requests_file = folder / f"{scenario.name}.requests"
    requests_file.write_text("".join(request.line() + "\n" for request in scenario.requests), encoding="utf-8")
    command = [
        wrk_path(), "--threads", str(threads), "--connections", str(connections),
        "--duration", f"{max(1, round(seconds))}s", "--timeout", "10s", "--latency",
        "--script", str(SCRIPT), base, "--", str(requests_file),
        *(("once", str(threads)) if scenario.once else ()),
    ]
    finished = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603  # nosec B603
    (folder / f"{scenario.name}.wrk.txt").write_text(finished.stdout + finished.stderr, encoding="utf-8")
    return parse(finished.stdout)


def parse(output: str) -> Figures:
    line = next((line for line in output.splitlines() if line.startswith(MARK)), None)
    if line is None:
        raise RuntimeError(f"wrk printed no figures:\n{output}")
    raw = json.loads(line[len(MARK):])
    return Figures(
        requests=raw["requests"],
        seconds=raw["duration_us"] / 1e6,
        p50_ms=raw["p50_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000,
        non_2xx=raw["non_2xx"],
        socket_errors=raw["connect"] + raw["read"] + raw["write"] + raw["timeout"],
        used=raw["used"],
    )
