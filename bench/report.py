"""The benchmark's table per database and its targets, each PASS or FAIL."""

from dataclasses import dataclass

from .wrk import Figures

LIST_SHARE_OF_HELLO = 0.5  # the public list serves at least half the reference's requests per second
P99_LIMIT_MS = 150.0
# A write costs at most this many hellos of CPU (server CPU per request over hello's, same run):
# a ratio, so that it holds on a machine of any speed.
HELLOS_PER_WRITE = {"pledge": 8.0, "step": 8.0}
HELLO_AGAIN = "hello²"  # hello measured once more after the writes; the ratios use the mean of both


@dataclass(frozen=True)
class Verdict:
    passed: bool
    text: str

    def line(self) -> str:
        return f"{'PASS' if self.passed else 'FAIL'}  {self.text}"


def table(results: dict[str, Figures], what: dict[str, str]) -> str:
    lines = [f"{'scenario':<10} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7}"
             f" {'cpu ms/req':>10} {'of it db':>8}  request"]
    for name, figures in results.items():
        lines.append(
            f"{name:<10} {figures.per_second:>8.1f} {figures.p50_ms:>8.1f} {figures.p99_ms:>8.1f}"
            f" {figures.max_ms:>8.1f} {figures.errors:>7} {figures.cpu_ms:>10.2f} {figures.db_cpu_ms:>8.2f}  {what[name]}"
        )
    return "\n".join(lines)


def verdicts(results: dict[str, Figures], connections: int) -> list[Verdict]:
    checks = []
    if "hello" in results and "list" in results:
        share = results["list"].per_second / max(results["hello"].per_second, 1e-9)
        checks.append(Verdict(share >= LIST_SHARE_OF_HELLO,
                              f"list/hello throughput {share:.2f} (target ≥ {LIST_SHARE_OF_HELLO:.2f})"))
    hello_cpu = hello_cpu_ms(results)
    for name, limit in HELLOS_PER_WRITE.items():
        if hello_cpu and name in results:
            hellos = results[name].cpu_ms / hello_cpu
            checks.append(Verdict(hellos <= limit, f"{name} CPU {hellos:.1f} hellos"
                                  f" ({results[name].cpu_ms:.2f} / {hello_cpu:.2f} ms; target ≤ {limit:g})"))
    worst = max(results, key=lambda name: results[name].p99_ms)
    checks.append(Verdict(
        results[worst].p99_ms < P99_LIMIT_MS,
        f"p99 < {P99_LIMIT_MS:.0f} ms at {connections} connections in every scenario"
        f" (worst: {worst} {results[worst].p99_ms:.1f} ms)",
    ))
    failing = {name: f.errors for name, f in results.items() if f.errors}
    checks.append(Verdict(not failing, "no errors" + (f" (errors: {failing})" if failing else "")))
    ran_out = [name for name, f in results.items() if f.ran_out]
    if ran_out:
        checks.append(Verdict(False, f"prepared records enough for the run: {', '.join(ran_out)} ran out"
                                     " (bench/load.py STEPS_PER_SECOND)"))
    silent = [name for name, f in results.items() if not f.requests]
    if silent:
        checks.append(Verdict(False, f"no answer at all within the run: {', '.join(silent)}"))
    return checks


def hello_cpu_ms(results: dict[str, Figures]) -> float | None:
    """Hello's CPU per request: the mean of its runs before and after the others, when both ran."""
    runs = [results[name].cpu_ms for name in ("hello", HELLO_AGAIN) if name in results]
    return sum(runs) / len(runs) if runs and min(runs) > 0 else None
