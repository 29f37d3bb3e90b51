"""Quality of the recommender on the dev set, its metrics, and the evaluate/bench commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from matchmaker.recommend import evaluation
from matchmaker.recommend.cli import recommend

DEV_SET = Path(__file__).parent / "data" / "recsys_dev.json"


@pytest.fixture(scope="module")
def dataset() -> evaluation.Dataset:
    return evaluation.load_dataset(DEV_SET)


@pytest.fixture(scope="module")
def scores(dataset) -> dict[str, evaluation.Scores]:
    return evaluation.evaluate(dataset, k=10)


def test_dev_set_is_broad_enough(dataset):
    assert len(dataset.projects) >= 80
    assert {project.category for project in dataset.projects} == set(range(1, 27))
    assert len(dataset.sponsors) >= 25
    assert {sponsor.kind for sponsor in dataset.sponsors} == {"enterprise", "social_org", "merchant", "individual"}
    project_keys = {project.id for project in dataset.projects}
    for sponsor in dataset.sponsors:
        grades = dataset.qrels[sponsor.id]
        assert set(grades) <= project_keys
        assert max(grades.values()) >= evaluation.RELEVANT_GRADE


def test_dev_set_has_the_hard_cases(dataset):
    district_only = [s for s in dataset.sponsors if s.insists_on_own_district()]
    single_kind = [s for s in dataset.sponsors if {o.kind for o in s.offers} in ({"venue"}, {"goods"})]
    assert len(district_only) >= 2 and len(single_kind) >= 2


@pytest.mark.parametrize("baseline", ["tfidf", "bm25"])
def test_engine_beats_the_baselines(scores, baseline):
    engine = scores["engine"]
    assert engine.sponsors == scores[baseline].sponsors
    assert engine.ndcg > scores[baseline].ndcg
    assert engine.mrr > scores[baseline].mrr


def test_metrics_on_a_known_ranking():
    grades = {"a": 3, "b": 2, "c": 1}
    assert evaluation.ndcg(["a", "b", "c"], grades, 10) == pytest.approx(1.0)
    assert evaluation.ndcg(["c", "b", "a"], grades, 10) < 1.0
    assert evaluation.ndcg(["x", "y"], grades, 10) == 0.0
    assert evaluation.reciprocal_rank(["c", "x", "b"], grades) == pytest.approx(1 / 3)  # c is only grade 1
    assert evaluation.reciprocal_rank(["c", "x"], grades) == 0.0
    assert evaluation.recall(["b", "x"], grades) == pytest.approx(0.5)


def test_evaluate_prints_a_table():
    result = CliRunner().invoke(recommend, ["evaluate", str(DEV_SET)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["system", "NDCG@10", "MRR@10", "Recall@10", "sponsors"]
    assert [line.split()[0] for line in lines[2:]] == ["engine", "tfidf", "bm25"]


def test_evaluate_prints_json_with_another_cut_off():
    result = CliRunner().invoke(recommend, ["evaluate", str(DEV_SET), "--json", "--k", "5"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["k"] == 5
    assert set(report["systems"]) == {"engine", "tfidf", "bm25"}
    assert 0 <= report["systems"]["engine"]["ndcg"] <= 1


def test_evaluate_refuses_a_missing_file(tmp_path):
    result = CliRunner().invoke(recommend, ["evaluate", str(tmp_path / "none.json")])
    assert result.exit_code != 0


def test_bench_runs_on_a_small_catalogue():
    result = CliRunner().invoke(recommend, ["bench", "--projects", "150", "300", "--queries", "5"])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines() if line.strip()[:1].isdigit()]
    assert [row[0] for row in rows] == ["150", "300"]
