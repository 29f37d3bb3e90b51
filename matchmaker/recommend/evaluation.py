"""Offline quality of the recommender on a labelled data set, against two baselines.

Data set (JSON): ``projects`` ({key, title, category, district, service_target,
service_type, description, needs: [{kind, description, quantity, unit, remaining?,
deadline?}]}), ``sponsors`` ({key, kind, name, industry, interests, offers: [{kind,
description}], district}) and ``qrels`` ({sponsor key: {project key: grade 0-3}}).
Unlisted pairs are grade 0.

For every sponsor with at least one relevant project (grade ≥ 2) each system ranks the
projects; we report the mean NDCG@k (gain 2^grade - 1), MRR@k and Recall@k, where
"relevant" means grade ≥ 2.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .baselines import Bm25, PlainTfidf
from .docs import NeedDoc, OfferDoc, ProjectDoc, SponsorDoc
from .engine import Index
from .features import LISTS_ONLY
from .tokens import TokenCache
from .weights import DEFAULT_WEIGHTS, Weights

RELEVANT_GRADE = 2
Ranker = Callable[[SponsorDoc, int], list[Hashable]]


@dataclass(frozen=True)
class Dataset:
    projects: list[ProjectDoc]
    sponsors: list[SponsorDoc]
    qrels: dict[str, dict[str, int]]


@dataclass(frozen=True)
class Scores:
    ndcg: float
    mrr: float
    recall: float
    sponsors: int  # how many sponsors were averaged


def load_dataset(path: str | Path) -> Dataset:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    return Dataset(
        projects=[_project(item) for item in raw.get("projects", [])],
        sponsors=[_sponsor(item) for item in raw.get("sponsors", [])],
        qrels={str(s): {str(p): int(g) for p, g in grades.items()} for s, grades in raw.get("qrels", {}).items()},
    )


def _project(item: Mapping) -> ProjectDoc:
    needs = tuple(
        NeedDoc(
            kind=need["kind"],
            description=need.get("description", ""),
            quantity=float(need.get("quantity", 1)),
            remaining=float(need.get("remaining", need.get("quantity", 1))),
            unit=need.get("unit", ""),
            deadline=date.fromisoformat(need["deadline"]) if need.get("deadline") else None,
        )
        for need in item.get("needs", [])
    )
    return ProjectDoc(
        id=str(item["key"]), title=item.get("title", ""), category=int(item.get("category", 0)),
        district=item.get("district", ""), service_target=item.get("service_target", ""),
        service_type=item.get("service_type", ""), description=item.get("description", ""), needs=needs,
        unit_id=item.get("unit"), unit_name=item.get("unit_name", ""),
    )


def _sponsor(item: Mapping) -> SponsorDoc:
    offers = tuple(OfferDoc(o["kind"], o.get("description", "")) for o in item.get("offers", []))
    return SponsorDoc(
        id=str(item["key"]), kind=item.get("kind", "individual"), name=item.get("name", ""),
        industry=item.get("industry", ""), interests=item.get("interests", ""), offers=offers,
        district=item.get("district", ""), own_district_only=item.get("own_district_only"),
        favourite_categories=tuple(item.get("favourite_categories", ())),
    )


def rankers(dataset: Dataset, weights: Weights = DEFAULT_WEIGHTS) -> dict[str, Ranker]:
    """The engine, the engine with its word lists alone (without the learned reader), and the
    two baselines, built on one token cache (the same tokens)."""
    cache = TokenCache()
    index = Index.build(dataset.projects, cache, weights)
    lists = Index.build(dataset.projects, TokenCache(), weights, reader=LISTS_ONLY)
    tfidf, bm25 = PlainTfidf(dataset.projects, cache), Bm25(dataset.projects, cache)
    return {
        "engine": lambda sponsor, k: [result.id for result in index.recommend(sponsor, limit=k)],
        "lists": lambda sponsor, k: [result.id for result in lists.recommend(sponsor, limit=k)],
        tfidf.name: tfidf.rank,
        bm25.name: bm25.rank,
    }


def evaluate(dataset: Dataset, k: int = 10, weights: Weights = DEFAULT_WEIGHTS) -> dict[str, Scores]:
    return {name: score(ranker, dataset, k) for name, ranker in rankers(dataset, weights).items()}


def score(ranker: Ranker, dataset: Dataset, k: int) -> Scores:
    per_sponsor = []
    for sponsor in dataset.sponsors:
        grades = dataset.qrels.get(str(sponsor.id), {})
        if not any(grade >= RELEVANT_GRADE for grade in grades.values()):
            continue
        ranked = [str(key) for key in ranker(sponsor, k)][:k]
        per_sponsor.append((ndcg(ranked, grades, k), reciprocal_rank(ranked, grades), recall(ranked, grades)))
    if not per_sponsor:
        return Scores(0.0, 0.0, 0.0, 0)
    ndcgs, mrrs, recalls = zip(*per_sponsor, strict=True)
    return Scores(_mean(ndcgs), _mean(mrrs), _mean(recalls), len(per_sponsor))


def ndcg(ranked: Sequence[str], grades: Mapping[str, int], k: int) -> float:
    gains = [2 ** grades.get(key, 0) - 1 for key in ranked[:k]]
    ideal = sorted((2**grade - 1 for grade in grades.values()), reverse=True)[:k]
    best = _dcg(ideal)
    return _dcg(gains) / best if best else 0.0


def reciprocal_rank(ranked: Sequence[str], grades: Mapping[str, int]) -> float:
    for position, key in enumerate(ranked, start=1):
        if grades.get(key, 0) >= RELEVANT_GRADE:
            return 1 / position
    return 0.0


def recall(ranked: Sequence[str], grades: Mapping[str, int]) -> float:
    relevant = {key for key, grade in grades.items() if grade >= RELEVANT_GRADE}
    return len(relevant.intersection(ranked)) / len(relevant) if relevant else 0.0


def _dcg(gains: Sequence[float]) -> float:
    return sum(gain / math.log2(position + 1) for position, gain in enumerate(gains, start=1))


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def format_table(scores: Mapping[str, Scores], k: int) -> str:
    header = f"{'system':<8} {'NDCG@' + str(k):>8} {'MRR@' + str(k):>8} {'Recall@' + str(k):>10} {'sponsors':>9}"
    rows = [
        f"{name:<8} {s.ndcg:>8.3f} {s.mrr:>8.3f} {s.recall:>10.3f} {s.sponsors:>9}" for name, s in scores.items()
    ]
    return "\n".join([header, "-" * len(header), *rows])


def as_json(scores: Mapping[str, Scores], k: int) -> dict:
    return {
        "k": k,
        "relevant_grade": RELEVANT_GRADE,
        "systems": {
            name: {"ndcg": round(s.ndcg, 4), "mrr": round(s.mrr, 4), "recall": round(s.recall, 4), "sponsors": s.sponsors}
            for name, s in scores.items()
        },
    }


# Recruitments for volunteers (recruitments.py), on tests/data/volunteers_eval.json.
# Every call runs a week from a Saturday; the day of evaluation is fixed, so the sign-up
# deadlines hold whenever the test runs.
BOARD_TODAY = date(2026, 12, 6)
BOARD_DATES = {"starts_on": date(2026, 12, 12), "ends_on": date(2026, 12, 18), "signup_until": date(2026, 12, 10)}


def evaluate_recruitments(path: str | Path, k: int = 10) -> dict[str, Scores]:
    """NDCG@k, MRR@k, Recall@k of the board, and of its text score alone as the baseline."""
    from .recruitments import BoardWeights, RecruitmentBoard, RecruitmentDoc, VolunteerDoc

    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    calls = [RecruitmentDoc(id=item["key"], title=item["title"], skills=item["skills"],
                            requirements=item["requirements"], project=item["project"], district=item["district"],
                            remaining=item["remaining"], **BOARD_DATES) for item in raw["recruitments"]]
    people = [VolunteerDoc(id=item["key"], skills=item["skills"], interests=item["interests"],
                           district=item["district"], availability=item["availability"]) for item in raw["volunteers"]]
    dataset = Dataset(projects=[], sponsors=people, qrels=raw["qrels"])
    boards = {
        "engine": RecruitmentBoard.build(calls, today=lambda: BOARD_TODAY),
        "text": RecruitmentBoard.build(calls, weights=BoardWeights(skill_fits=0, same_district=0, time_fits=0),
                                       today=lambda: BOARD_TODAY),
    }
    return {name: score(lambda person, limit, board=board: [r.id for r in board.recommend(person, limit)], dataset, k)
            for name, board in boards.items()}
