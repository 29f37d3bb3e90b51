"""Speed of the recommender on synthetic catalogues of growing size.

Per size: index build time cold (tokenizing everything) and from cached tokens, the
latency of a full sponsor recommendation (tokenizing the sponsor, scoring, structured
fit, top-k, reasons) as p50/p99, the memory of the index's arrays, and the text score
alone computed two ways: from the query terms' postings (what the engine does) and as a
bare sparse matrix product over the whole matrix (for comparison).

Wall time counts the waits of a machine shared with other work; the CPU time of this process
(``time.process_time``) does not, so the build from cached tokens and the recommendation are
given in both, with the load average while they ran.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from . import synthetic
from .engine import Index
from .tokens import TokenCache, forget_query_tokens

WARM_UP_QUERIES = 5


@dataclass(frozen=True)
class BenchRow:
    projects: int
    build_cold_s: float
    build_cached_s: float
    build_cached_cpu_s: float
    recommend_p50_ms: float
    recommend_p99_ms: float
    recommend_cpu_p50_ms: float
    recommend_cpu_p99_ms: float
    postings_p50_ms: float
    product_p50_ms: float
    product_p99_ms: float
    index_mib: float
    cache_mib: float
    load: float  # the 1-minute load average at the end


def run(sizes: Iterable[int], queries: int = 200, report: Callable[[str], None] = print) -> list[BenchRow]:
    sponsors = synthetic.sponsors(queries + WARM_UP_QUERIES)
    rows = []
    for size in sizes:
        report(f"… {size} projects: generating and indexing")
        rows.append(bench_one(size, sponsors))
    return rows


def bench_one(size: int, sponsors: Sequence) -> BenchRow:
    projects = synthetic.projects(size)
    cache = TokenCache()
    cold, _ = _timed(lambda: Index.build(projects, cache))
    cpu_start = time.process_time()
    cached, index = _timed(lambda: Index.build(projects, cache))
    cached_cpu = time.process_time() - cpu_start
    warm_up, timed = sponsors[:WARM_UP_QUERIES], sponsors[WARM_UP_QUERIES:]
    for sponsor in warm_up:
        index.recommend(sponsor)
    recommend, recommend_cpu = zip(*(_fresh_recommendation_ms(index, sponsor) for sponsor in timed), strict=True)
    vectors = [index.sponsor_query(sponsor) for sponsor in timed]
    postings = [_timed(lambda v=v: index.text.scores(v))[0] * 1000 for v in vectors]
    product = [_timed(lambda v=v: index.text.scores_by_product(v))[0] * 1000 for v in vectors]
    return BenchRow(
        projects=size, build_cold_s=cold, build_cached_s=cached, build_cached_cpu_s=cached_cpu,
        recommend_p50_ms=_percentile(recommend, 50), recommend_p99_ms=_percentile(recommend, 99),
        recommend_cpu_p50_ms=_percentile(recommend_cpu, 50), recommend_cpu_p99_ms=_percentile(recommend_cpu, 99),
        postings_p50_ms=_percentile(postings, 50),
        product_p50_ms=_percentile(product, 50), product_p99_ms=_percentile(product, 99),
        index_mib=index.nbytes() / 2**20,
        cache_mib=cache.nbytes() / 2**20,
        load=os.getloadavg()[0],
    )


def _fresh_recommendation_ms(index: Index, sponsor) -> tuple[float, float]:
    """Wall and CPU milliseconds of one recommendation."""
    forget_query_tokens()  # measure the sponsor's tokenizing and reading too, as on a first visit
    index.reader.forget()
    cpu_start = time.process_time()
    seconds, _ = _timed(lambda: index.recommend(sponsor, limit=10))
    return seconds * 1000, (time.process_time() - cpu_start) * 1000


def _timed(work: Callable):
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def _percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else 0.0


def format_table(rows: Sequence[BenchRow]) -> str:
    header = (
        f"{'projects':>9} {'build cold':>11} {'build cached':>13} {'(cpu)':>7} {'rec p50':>8} {'rec p99':>8} "
        f"{'cpu p50':>8} {'cpu p99':>8} {'postings p50':>13} {'product p50':>12} {'product p99':>12} "
        f"{'index':>9} {'tokens':>9} {'load':>5}"
    )
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(
            f"{r.projects:>9} {r.build_cold_s:>10.2f}s {r.build_cached_s:>12.2f}s {r.build_cached_cpu_s:>6.2f}s "
            f"{r.recommend_p50_ms:>6.2f}ms {r.recommend_p99_ms:>6.2f}ms {r.recommend_cpu_p50_ms:>6.2f}ms "
            f"{r.recommend_cpu_p99_ms:>6.2f}ms {r.postings_p50_ms:>11.2f}ms {r.product_p50_ms:>10.2f}ms "
            f"{r.product_p99_ms:>10.2f}ms {r.index_mib:>6.1f}MiB {r.cache_mib:>6.1f}MiB {r.load:>5.1f}"
        )
    lines.append("rec = a full recommendation (tokenize sponsor, score, fit, top 10, reasons), wall time; cpu = the "
                 "same in this process's CPU time (no waits for a shared core); (cpu) = the cached build's CPU time; "
                 "postings/product = the text score alone, from the query terms' postings or as a bare sparse matrix "
                 "product; index = the index's arrays; tokens = the token cache's ids; load = 1-minute load average.")
    return "\n".join(lines)
