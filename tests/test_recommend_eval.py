"""Quality of the recommender on the seven evaluation sets, its metrics, and the evaluate/bench commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from matchmaker.recommend import evaluation
from matchmaker.recommend.cli import recommend

DATA = Path(__file__).parent / "data"
DEV_SET = DATA / "recsys_dev.json"
SET_2 = DATA / "recsys_set2.json"
SET_3 = DATA / "recsys_set3.json"  # made to resemble the held-out set of issue 15
SET_4 = DATA / "recsys_set4.json"  # made by set 3's method by another hand
SET_5 = DATA / "recsys_set5.json"  # the same method, yet another hand; held out in the third round
SET_6 = DATA / "recsys_set6.json"  # the same method, another hand; held out in the fourth round
SET_7 = DATA / "recsys_set7.json"  # the same method, another hand; held out in the fifth round
SETS = {DEV_SET: "dev", SET_2: "set2", SET_3: "set3", SET_4: "set4", SET_5: "set5", SET_6: "set6", SET_7: "set7"}
# What the engine scores now on each set (NDCG@10, Recall@10), less a little: a change that
# loses more than that on any set fails here, even if it wins on the others. Since the learned
# reader came (trained on the tags of sets 3-23), sets 3-7 are in its training: their figures
# guard against a regression, they do not measure what carries to new sponsors (leaving each
# set out does: docs/recommender.md). Dev 0.889 / 0.918, set 2 0.892 / 0.840, set 3 0.932 /
# 0.687, set 4 0.937 / 0.651, set 5 0.934 / 0.632, set 6 0.912 / 0.751, set 7 0.906 / 0.775.
# The dev set and set 2, whose texts the word lists were tuned on, lose to the lists alone since
# the reader's doubts drop some of the lists' readings (the veto): the sets nobody tuned for gain.
FLOORS = {DEV_SET: (0.885, 0.91), SET_2: (0.885, 0.835), SET_3: (0.925, 0.68), SET_4: (0.93, 0.645),
          SET_5: (0.93, 0.625), SET_6: (0.905, 0.745), SET_7: (0.9, 0.77)}
# The engine with its word lists alone, after the sixth round: dev 0.906 / 0.934, set 2 0.915 /
# 0.869, set 3 0.879 / 0.654, set 4 0.856 / 0.591, set 5 0.856 / 0.571, set 6 0.829 / 0.671, set
# 7 0.784 / 0.675. The lists stay what the reader is joined to: they must not slip behind it.
LISTS_FLOORS = {DEV_SET: (0.90, 0.925), SET_2: (0.905, 0.86), SET_3: (0.87, 0.645), SET_4: (0.845, 0.58),
                SET_5: (0.845, 0.56), SET_6: (0.82, 0.66), SET_7: (0.775, 0.665)}


@pytest.fixture(scope="module", params=[DEV_SET, SET_2], ids=["dev", "set2"])
def dataset(request) -> evaluation.Dataset:
    return evaluation.load_dataset(request.param)


@pytest.fixture(scope="module", params=list(SETS), ids=list(SETS.values()))
def scores(request) -> tuple[Path, dict[str, evaluation.Scores]]:
    return request.param, evaluation.evaluate(evaluation.load_dataset(request.param), k=10)


def test_each_set_is_broad_enough(dataset):
    assert len(dataset.projects) >= 60
    assert {project.category for project in dataset.projects} == set(range(1, 27))
    assert len(dataset.sponsors) >= 25
    assert {sponsor.kind for sponsor in dataset.sponsors} == {"enterprise", "social_org", "merchant", "individual"}
    project_keys = {project.id for project in dataset.projects}
    for sponsor in dataset.sponsors:
        grades = dataset.qrels[sponsor.id]
        assert set(grades) <= project_keys
        assert max(grades.values()) >= evaluation.RELEVANT_GRADE


def test_each_set_has_the_hard_cases(dataset):
    district_only = [s for s in dataset.sponsors if s.insists_on_own_district()]
    single_kind = [s for s in dataset.sponsors if {o.kind for o in s.offers} in ({"venue"}, {"goods"})]
    assert len(district_only) >= 2 and len(single_kind) >= 2


@pytest.mark.parametrize("baseline", ["tfidf", "bm25"])
def test_engine_beats_the_baselines_on_every_set(scores, baseline):
    _, found = scores
    engine = found["engine"]
    assert engine.sponsors == found[baseline].sponsors
    assert engine.ndcg > found[baseline].ndcg
    assert engine.mrr > found[baseline].mrr
    assert engine.recall > found[baseline].recall


def test_engine_keeps_its_quality_on_every_set(scores):
    path, found = scores
    ndcg, recall = FLOORS[path]
    assert found["engine"].ndcg >= ndcg and found["engine"].recall >= recall


def test_the_word_lists_alone_keep_their_quality_on_every_set(scores):
    path, found = scores
    ndcg, recall = LISTS_FLOORS[path]
    assert found["lists"].ndcg >= ndcg and found["lists"].recall >= recall


@pytest.mark.parametrize("made", [SET_2, SET_3, SET_4, SET_5, SET_6, SET_7],
                         ids=["set2", "set3", "set4", "set5", "set6", "set7"])
def test_a_set_is_what_its_rules_make(tmp_path, made):
    """The grades of sets 2 to 7 come from their written rules, not from edits by hand."""
    import subprocess
    import sys

    folder = made.stem.removeprefix("recsys_")
    source, copy = DATA / folder, tmp_path / folder
    copy.mkdir()
    for name in ("build.py", "sponsors.py", "projects.py"):
        (copy / name).write_text((source / name).read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([sys.executable, "build.py"], cwd=copy, check=True)
    rebuilt = json.loads((tmp_path / made.name).read_text(encoding="utf-8"))
    assert rebuilt == json.loads(made.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def set_3() -> evaluation.Dataset:
    return evaluation.load_dataset(SET_3)


def test_set_3_is_broad_and_well_formed(set_3):
    project_keys, sponsor_keys = [p.id for p in set_3.projects], [s.id for s in set_3.sponsors]
    assert len(set(project_keys)) == len(project_keys) >= 150
    assert len(set(sponsor_keys)) == len(sponsor_keys) >= 50
    assert {project.category for project in set_3.projects} == set(range(1, 27))
    assert {sponsor.kind for sponsor in set_3.sponsors} == {"enterprise", "social_org", "merchant", "individual"}
    assert set(set_3.qrels) == set(sponsor_keys)
    for grades in set_3.qrels.values():
        assert set(grades) <= set(project_keys)
        assert set(grades.values()) <= {1, 2, 3}  # grade 0 is left out
    with_relevant = [s for s in sponsor_keys if max(set_3.qrels[s].values(), default=0) >= evaluation.RELEVANT_GRADE]
    assert len(with_relevant) >= len(sponsor_keys) - 2


def test_set_3_has_the_hard_cases(set_3):
    district_only = [s for s in set_3.sponsors if s.insists_on_own_district()]
    single_kind = [s for s in set_3.sponsors if {o.kind for o in s.offers} in ({"venue"}, {"goods"})]
    one_liners = [s for s in set_3.sponsors if len(s.interests) < 25]
    closed = {p.id for p in set_3.projects if not p.has_open_need}
    assert len(district_only) >= 2 and len(single_kind) >= 2 and len(one_liners) >= 5
    assert closed and not any(closed & set(grades) for grades in set_3.qrels.values())


def test_set_3_holds_only_the_format_fields():
    """The grader's annotations stay in its sources: nothing in the JSON hints at a grade."""
    raw = json.loads(SET_3.read_text(encoding="utf-8"))
    project_fields = {"key", "title", "category", "district", "service_target", "service_type", "description", "needs"}
    need_fields = {"kind", "description", "quantity", "unit", "remaining"}
    sponsor_fields = {"key", "kind", "name", "district", "industry", "interests", "offers"}
    assert all(set(project) == project_fields for project in raw["projects"])
    assert all(set(need) == need_fields for project in raw["projects"] for need in project["needs"])
    assert all(set(sponsor) == sponsor_fields for sponsor in raw["sponsors"])
    assert all(set(offer) == {"kind", "description"} for sponsor in raw["sponsors"] for offer in sponsor["offers"])


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
    assert [line.split()[0] for line in lines[2:]] == ["engine", "lists", "tfidf", "bm25"]


def test_evaluate_reports_every_set_it_is_given():
    result = CliRunner().invoke(recommend, ["evaluate", str(DEV_SET), str(SET_2)])
    assert result.exit_code == 0, result.output
    assert result.output.count("\nengine ") == 2
    assert f"== {SET_2}" in result.output


def test_evaluate_prints_json_with_another_cut_off():
    result = CliRunner().invoke(recommend, ["evaluate", str(DEV_SET), "--json", "--k", "5"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["k"] == 5
    assert set(report["systems"]) == {"engine", "lists", "tfidf", "bm25"}
    assert 0 <= report["systems"]["engine"]["ndcg"] <= 1


def test_evaluate_refuses_a_missing_file(tmp_path):
    result = CliRunner().invoke(recommend, ["evaluate", str(tmp_path / "none.json")])
    assert result.exit_code != 0


def test_bench_runs_on_a_small_catalogue():
    result = CliRunner().invoke(recommend, ["bench", "--projects", "150", "300", "--queries", "5"])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines() if line.strip()[:1].isdigit()]
    assert [row[0] for row in rows] == ["150", "300"]
