"""CPU time the server spends per request, read from /proc.

Other work on the machine (a test run beside the benchmark, say) steals wall-clock time,
so requests per second and latency drop with it; the CPU seconds the gunicorn workers and
the database's backends spend on our requests do not. Dividing them by the requests
served gives a cost per request that stays meaningful on a busy machine.
"""

import os
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def stat_fields(pid: int) -> list[str]:
    """/proc/<pid>/stat from field 3 (state) on; the name in parentheses may hold spaces."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return []


def cpu_seconds(pid: int) -> float:
    fields = stat_fields(pid)
    return (int(fields[11]) + int(fields[12])) / TICKS if fields else 0.0  # utime + stime


def children(parent: int) -> list[int]:
    pids = [int(name) for name in os.listdir("/proc") if name.isdigit()]
    return [pid for pid in pids if (fields := stat_fields(pid)) and int(fields[1]) == parent]


def snapshot(pids: list[int]) -> dict[int, float]:
    return {pid: cpu_seconds(pid) for pid in pids}


def spent(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds used between two snapshots; a process new in `after` counts from zero."""
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())
