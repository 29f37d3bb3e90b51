"""Experiment: with the learned reader in the engine, are the fit weights still where they should be?

The weights of ``weights.py`` that join the text score to the fits (``resource``, ``cause``,
``cause_and_resource``) were chosen before the reader, which now reads more causes and resources
than the lists did. Each tagged set ``j`` is scored with a reader trained on the other sets only
(its leave-one-out reader, as ``bench/learned_reader.py`` measures it), under every setting of
the grid; then for each set ``k`` left out, the setting best on the mean of the other sets is
scored on ``k``, against the weights as they stand. The dev set and set 2 (never tagged) are
scored with the reader trained on every set, under the setting best on all of them.

    .venv/bin/python -m bench.reader_weights --sets 3 4 5 6 7 8 9 10 11 12 13   # about 10 minutes
    .venv/bin/python -m bench.reader_weights --sets 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 \
        --grid own_district_read=0,0.05,0.1,0.2,0.4   # any weights, the others as they stand
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
from collections.abc import Iterable

import numpy as np

from bench.learned_reader import DATA, OTHER_SETS, load_tagged, trained_on
from matchmaker.recommend import evaluation
from matchmaker.recommend.engine import Index
from matchmaker.recommend.learned import Reader
from matchmaker.recommend.tokens import TokenCache
from matchmaker.recommend.weights import DEFAULT_WEIGHTS, Weights

GRID = {"resource": (0.05, 0.1, 0.15), "cause_and_resource": (0.2, 0.3, 0.4, 0.5), "cause": (0.0, 0.05, 0.1)}


def settings(grid: dict[str, tuple[float, ...]]) -> list[Weights]:
    """Every point of the grid; each axis holds the weight as it stands too."""
    axes = {name: tuple(sorted({*values, getattr(DEFAULT_WEIGHTS, name)})) for name, values in grid.items()}
    return [dataclasses.replace(DEFAULT_WEIGHTS, **dict(zip(axes, values, strict=True)))
            for values in itertools.product(*axes.values())]


def parsed_grid(axes: list[str] | None) -> dict[str, tuple[float, ...]]:
    """``--grid own_district_read=0,0.1,0.2``: the axes to search instead of GRID's."""
    if not axes:
        return GRID
    grid = {}
    for axis in axes:
        name, _, values = axis.partition("=")
        if not hasattr(DEFAULT_WEIGHTS, name):
            raise SystemExit(f"no weight {name!r}")
        grid[name] = tuple(float(value) for value in values.split(","))
    return grid


def scored(dataset: evaluation.Dataset, reader: Reader, grid: list[Weights]) -> list[evaluation.Scores]:
    cache = TokenCache()  # one per set: its tokens and readings are read once for the whole grid
    found = []
    for weights in grid:
        index = Index.build(dataset.projects, cache, weights, reader=reader)
        found.append(evaluation.score(lambda s, k, i=index: [r.id for r in i.recommend(s, limit=k)], dataset, 10))
    return found


def _name(weights: Weights, axes: Iterable[str]) -> str:
    return " ".join(f"{name} {getattr(weights, name)}" for name in axes)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, nargs="+", default=(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13))
    parser.add_argument("--grid", nargs="+", metavar="WEIGHT=V1,V2", help="search these weights instead")
    args = parser.parse_args(argv)
    sets = tuple(args.sets)
    axes = parsed_grid(args.grid)
    grid = settings(axes)
    default = grid.index(DEFAULT_WEIGHTS)
    tagged = {n: load_tagged(n) for n in sets}
    ndcg = np.zeros((len(grid), len(sets)))
    recall = np.zeros_like(ndcg)
    for column, n in enumerate(sets):
        reader = trained_on(tagged[m] for m in sets if m != n)
        found = scored(evaluation.load_dataset(DATA / f"recsys_set{n}.json"), reader, grid)
        ndcg[:, column] = [s.ndcg for s in found]
        recall[:, column] = [s.recall for s in found]
        best = int(np.argmax(ndcg[:, column]))
        print(f"set {n}: as they stand {ndcg[default, column]:.3f}, best in sample {ndcg[best, column]:.3f} "
              f"({_name(grid[best], axes)})", flush=True)
    gains, recall_gains = [], []
    for column, n in enumerate(sets):
        others = [c for c in range(len(sets)) if c != column]
        chosen = int(np.argmax(ndcg[:, others].mean(axis=1)))
        gains.append(ndcg[chosen, column] - ndcg[default, column])
        recall_gains.append(recall[chosen, column] - recall[default, column])
        print(f"left out set {n}: chosen {_name(grid[chosen], axes)}: NDCG@10 {ndcg[default, column]:.3f} → "
              f"{ndcg[chosen, column]:.3f} ({gains[-1]:+.3f}), Recall@10 {recall_gains[-1]:+.3f}")
    print(f"LOSO mean: NDCG@10 {np.mean(gains):+.4f} (worst {min(gains):+.4f}), Recall@10 {np.mean(recall_gains):+.4f}")
    chosen = int(np.argmax(ndcg.mean(axis=1)))
    print(f"best on all: {_name(grid[chosen], axes)}, mean {ndcg[chosen].mean():.4f} against {ndcg[default].mean():.4f}")
    reader = trained_on(tagged.values())
    for name, path in OTHER_SETS.items():
        found = scored(evaluation.load_dataset(path), reader, [grid[default], grid[chosen]])
        print(f"{name}: {found[0].ndcg:.3f} → {found[1].ndcg:.3f}")


if __name__ == "__main__":
    sys.exit(main())
