"""``flask recommend evaluate|bench``: quality and speed of the recommender.

Plain click commands: neither needs the database nor an app context. The app
registers the group with ``app.cli.add_command(recommend)``; without the app run
``python -m matchmaker.recommend.cli evaluate tests/data/recsys_dev.json``.
"""

from __future__ import annotations

import json

import click

recommend = click.Group("recommend", help="Evaluate and benchmark the project recommender.")


@recommend.command("evaluate")
@click.argument("datasets", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--k", default=10, show_default=True, type=click.IntRange(min=1), help="Cut-off rank.")
def evaluate_command(datasets: tuple[str, ...], as_json: bool, k: int) -> None:
    """NDCG@k, MRR@k and Recall@k of the engine, of the engine with its word lists alone
    (without the learned reader) and of two baselines on labelled DATASETS
    (tests/data/recsys_dev.json, tests/data/recsys_set2.json): report every set, since a
    weight that helps on one alone may only fit its wording."""
    from . import evaluation  # imports jieba: only when the command runs

    results = {path: evaluation.evaluate(evaluation.load_dataset(path), k=k) for path in datasets}
    if as_json:
        documents = {path: evaluation.as_json(scores, k) for path, scores in results.items()}
        click.echo(json.dumps(documents[datasets[0]] if len(datasets) == 1 else documents, ensure_ascii=False, indent=2))
        return
    for path, scores in results.items():
        if len(datasets) > 1:
            click.echo(f"== {path}")
        click.echo(evaluation.format_table(scores, k))


@recommend.command("bench")
@click.option("--projects", "sizes", multiple=True, type=click.IntRange(min=1), default=(1_000, 10_000),
              show_default=True, help="Catalogue size; repeat it or list several: --projects 1000 10000 100000.")
@click.argument("more_sizes", nargs=-1, type=click.IntRange(min=1))
@click.option("--queries", default=200, show_default=True, type=click.IntRange(min=1),
              help="Sponsor recommendations timed per size.")
def bench_command(sizes: tuple[int, ...], more_sizes: tuple[int, ...], queries: int) -> None:
    """Index build time, recommendation latency and index memory on synthetic catalogues."""
    from . import bench

    rows = bench.run([*sizes, *more_sizes], queries=queries, report=lambda line: click.echo(line, err=True))
    click.echo(bench.format_table(rows))


if __name__ == "__main__":
    recommend()
