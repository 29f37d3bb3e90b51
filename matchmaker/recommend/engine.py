"""The recommender's pure core: an in-memory index of published projects.

No Flask, no database: the seam (``service.py``) builds ``ProjectDoc``/``SponsorDoc``
records and holds one ``Index`` and one ``TokenCache`` per process.

    index = Index.build(projects, cache=TokenCache(), weights=DEFAULT_WEIGHTS)
    index.recommend(sponsor, limit=10, exclude=frozenset())  -> list[Result]   # projects for a sponsor
    index.search("老年人 健康讲座", limit=20, offset=0)        -> SearchPage(results, total)
    index.similar_projects(project_id, limit=5)               -> list[Result]   # other projects
    index.project(project_id)                                 -> ProjectDoc | None  # as indexed
    index.rank_sponsors(project_id, sponsors, limit=10)       -> list[Result]   # id = sponsor id
    index.rank_units(project_id, limit=5)                     -> list[Result]   # id = unit id
    len(index), index.nbytes()

``Result(id, score, reasons)``: ``reasons`` are short Chinese strings ("关键词：老年人、
健康讲座", "需要物资，您可捐赠物资", "同在小店区", …). Only projects with an open need
(``remaining > 0``) are recommended or get sponsors; search and similar projects cover
every indexed project. How the score is made: ``weights.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import NamedTuple

import numpy as np

from . import features, learned, lexicon, reasons
from .docs import NeedDoc, OfferDoc, ProjectDoc, Result, SponsorDoc
from .features import ProjectFacts, SponsorFacts
from .learned import Reader
from .textspace import QueryVector, TextSpace, field_counts
from .tokens import TokenCache, tokenize, tokenize_query
from .weights import DEFAULT_WEIGHTS, Weights

__all__ = [
    "DEFAULT_WEIGHTS", "Index", "NeedDoc", "OfferDoc", "ProjectDoc", "Result", "SearchPage",
    "SponsorDoc", "TokenCache", "Weights",
]

# A project's heaviest terms are enough to find similar ones, and far cheaper than all.
SIMILARITY_TERMS = 48
# Above any score: a cosine is at most 1 and the bonuses of weights.py add well under 1.
MAX_SCORE = 4.0
SORT_AT_MOST = 4096
# "仍缺口 60%" is worth saying only when most of a project is still to be given.
SHOW_STILL_NEEDED_FROM = 0.5


class SearchPage(NamedTuple):
    results: list[Result]
    total: int  # all hits, for pagination


class Index:
    def __init__(self, projects: list[ProjectDoc], text: TextSpace, facts: ProjectFacts,
                 weights: Weights, today: Callable[[], date], reader: Reader) -> None:
        self.projects = projects
        self.rows = {project.id: row for row, project in enumerate(projects)}
        # The ids again as an array: a search turns thousands of rows into ids in one step.
        self.ids = np.array([project.id for project in projects], dtype=object)
        self.text = text
        self.facts = facts
        self.weights = weights
        self.today = today
        self.reader = reader
        self._prior_day: date | None = None
        self._prior_scores = np.zeros(0, np.float32)

    def project(self, project_id: Hashable) -> ProjectDoc | None:
        """The project's record as it was indexed, or None if it is not in the index."""
        row = self.rows.get(project_id)
        return None if row is None else self.projects[row]

    @classmethod
    def build(cls, projects: Iterable[ProjectDoc], cache: TokenCache | None = None,
              weights: Weights = DEFAULT_WEIGHTS, today: Callable[[], date] = date.today,
              reader: Reader | None = None) -> Index:
        """Index the projects; with a cache, only new or changed text is tokenized and read.

        The cache then keeps the tokens of exactly these projects (others are forgotten).
        ``reader``: the learned reader joined to the word lists, by default the one shipped
        (``features.LISTS_ONLY``: the lists alone).
        """
        reader = reader or learned.shipped()
        projects = list({project.id: project for project in projects}.values())
        cache = cache if cache is not None else TokenCache()
        cache.ensure_current()
        programme_ids = {number: cache.encode(tokenize(" ".join(category.keywords)))
                         for number, category in lexicon.categories().items()}
        no_ids = np.zeros(0, np.int32)
        fingerprints = [p.fingerprint() for p in projects]
        documents = [
            [*cache.fields(p.id, fingerprint, p.texts()), programme_ids.get(p.category, no_ids)]
            for p, fingerprint in zip(projects, fingerprints, strict=True)
        ]
        readings = [cache.kept(p.id, fingerprint, reader.version, lambda p=p: features.project_reading(p, reader))
                    for p, fingerprint in zip(projects, fingerprints, strict=True)]
        cache.retain(project.id for project in projects)
        counts = field_counts(documents, len(weights.project_fields()), len(cache.words))
        text = TextSpace.build(counts, weights.project_fields(), cache.words, lexicon.synonyms().expand)
        return cls(projects, text, ProjectFacts.of(projects, weights, readings), weights, today, reader)

    def __len__(self) -> int:
        return len(self.projects)

    def nbytes(self) -> int:
        """Memory of the index's arrays (the projects' records themselves not counted)."""
        return self.text.nbytes() + self.facts.nbytes()

    def recommend(self, sponsor: SponsorDoc, limit: int = 10, exclude: Iterable[Hashable] = frozenset()) -> list[Result]:
        if not self.projects or limit <= 0:
            return []
        query, facts, today = self.sponsor_query(sponsor), SponsorFacts.of(sponsor, self.reader), self.today()
        scores = self.text.scores(query)
        scores += facts.table(self.weights)[self.facts.code]
        scores += facts.fit(self.facts, self.weights)
        scores += self._prior(today)
        excluded = [self.rows[key] for key in exclude if key in self.rows]
        scores[excluded] = -np.inf
        return [
            Result(self.projects[row].id, float(scores[row]), self._reasons_for_sponsor(query, facts, row, today))
            for row in _top(scores, limit)
        ]

    def sponsor_query(self, sponsor: SponsorDoc) -> QueryVector:
        tokens = [tokenize_query(text) for text in sponsor.texts()]
        return self.text.query(list(zip(self.weights.sponsor_fields(), tokens, strict=True)))

    def search(self, query: str, limit: int = 20, offset: int = 0) -> SearchPage:
        """Projects ranked by TF-IDF cosine, favouring those that contain more of the query's words."""
        vector, scores, ranked = self._search_ranking(query)
        page = ranked[max(offset, 0):max(offset, 0) + max(limit, 0)]
        results = [Result(self.projects[row].id, float(scores[row]),
                          _present(reasons.keywords(self.text.shared_terms(vector, row)))) for row in page]
        return SearchPage(results, len(ranked))

    def search_ids(self, query: str) -> list[Hashable]:
        """Every hit's id, best first, without reasons: for callers that filter and page the
        hits themselves, which would otherwise pay for explaining thousands of them."""
        _, _, ranked = self._search_ranking(query)
        return self.ids[ranked].tolist()

    def _search_ranking(self, query: str) -> tuple[QueryVector | None, np.ndarray, np.ndarray]:
        vector = self.text.query([(1.0, tokenize_query(query or ""))])
        if not len(vector.terms) or not self.projects:
            return None, np.zeros(0), np.zeros(0, dtype=int)
        scores = self.text.scores(vector) * (0.5 + 0.5 * self._coverage(vector))
        hits = np.flatnonzero(scores > 0)
        return vector, scores, hits[np.lexsort((hits, -scores[hits]))]

    def similar_projects(self, project_id: Hashable, limit: int = 5) -> list[Result]:
        row = self.rows.get(project_id)
        if row is None or limit <= 0:
            return []
        vector = self.text.document(row, SIMILARITY_TERMS)
        scores = self.text.scores(vector)
        scores[row] = 0
        scores[scores <= 0] = -np.inf
        return [Result(self.projects[other].id, float(scores[other]), self._reasons_for_pair(vector, row, other))
                for other in _top(scores, limit)]

    def rank_sponsors(self, project_id: Hashable, sponsors: Iterable[SponsorDoc], limit: int = 10) -> list[Result]:
        """Sponsors worth inviting: the same score as ``recommend`` gives this project for each."""
        row = self.rows.get(project_id)
        if row is None or not self.facts.eligible[row] or limit <= 0:
            return []
        found = [result for sponsor in sponsors if (result := self._sponsor_result(sponsor, row))]
        found.sort(key=lambda result: -result.score)
        return found[:limit]

    def rank_units(self, project_id: Hashable, limit: int = 5) -> list[Result]:
        """Partner units for a collaboration: units whose other projects resemble this one."""
        row = self.rows.get(project_id)
        if row is None or limit <= 0:
            return []
        vector = self.text.document(row, SIMILARITY_TERMS)
        scores = self.text.scores(vector)
        units = self.facts.unit
        candidates = np.flatnonzero((scores > 0) & (units >= 0) & (units != units[row]))
        ranked = candidates[np.lexsort((candidates, -scores[candidates]))]
        _, first = np.unique(units[ranked], return_index=True)  # each unit's most similar project
        best = ranked[np.sort(first)][:limit]
        return [Result(self.facts.units[units[other]], float(scores[other]), self._reasons_for_unit(vector, row, other))
                for other in best]

    def _sponsor_result(self, sponsor: SponsorDoc, row: int) -> Result | None:
        facts, today = SponsorFacts.of(sponsor, self.reader), self.today()
        fit = features.pair_fit(self.facts, facts, row, today, self.weights)
        if not fit.allowed:
            return None
        query = self.sponsor_query(sponsor)
        text = self.text.score_one(query, row)
        if text <= 0 and not (fit.shared_kinds or fit.shared_resources or fit.shared_causes or fit.favourite
                              or fit.same_district):
            return None  # nothing about this sponsor in particular fits
        structured = float(facts.fit(self.facts.take(slice(row, row + 1)), self.weights)[0])
        # The very sum ``recommend`` makes, so both directions agree on a pair.
        score = (text + float(facts.table(self.weights)[self.facts.code[row]]) + structured
                 + float(self._prior(today)[row]))
        shown = reasons.keywords(self.text.shared_terms(query, row))
        found = [shown, reasons.cared_for(fit.shared_causes, shown), *reasons.gives_exactly(fit.shared_resources),
                 *reasons.gives_what_is_needed(fit.shared_kinds)]
        if fit.same_district:
            found.append(reasons.same_district(lexicon.normalise_district(self.projects[row].district)))
        if fit.favourite:
            found.append(reasons.favours_category(self.projects[row].category))
        return Result(sponsor.id, score, _present(*found))

    def _reasons_for_sponsor(self, query: QueryVector, facts: SponsorFacts, row: int, today: date) -> tuple[str, ...]:
        project = self.projects[row]
        fit = features.pair_fit(self.facts, facts, row, today, self.weights)
        shown = reasons.keywords(self.text.shared_terms(query, row))
        found = [shown, reasons.cares_for(fit.shared_causes, shown), *reasons.needs_exactly(fit.shared_resources),
                 *reasons.needs_you_can_give(fit.shared_kinds)]
        if fit.same_district:
            found.append(reasons.same_district(lexicon.normalise_district(project.district)))
        if fit.favourite:
            found.append(reasons.favourite_category(project.category))
        if fit.still_needed >= SHOW_STILL_NEEDED_FROM:
            found.append(reasons.still_needed(fit.still_needed))
        if fit.deadline_soon:
            found.append(reasons.deadline_soon())
        return _present(*found)

    def _prior(self, today: date) -> np.ndarray:
        """Still needed and deadlines, per project: computed once a day, not per query."""
        if self._prior_day != today:
            self._prior_scores = features.prior(self.facts, today, self.weights)
            self._prior_day = today
        return self._prior_scores

    def _reasons_for_pair(self, vector: QueryVector, row: int, other: int) -> tuple[str, ...]:
        found = [reasons.keywords(self.text.shared_terms(vector, other))]
        if self.facts.category[row] == self.facts.category[other]:
            found.append(reasons.same_category(int(self.facts.category[other])))
        if self.facts.district[row] >= 0 and self.facts.district[row] == self.facts.district[other]:
            found.append(reasons.same_district(lexicon.normalise_district(self.projects[other].district)))
        return _present(*found)

    def _reasons_for_unit(self, vector: QueryVector, row: int, other: int) -> tuple[str, ...]:
        title = reasons.similar_project(self.projects[other].title)
        return _present(title, *self._reasons_for_pair(vector, row, other))

    def _coverage(self, vector: QueryVector) -> np.ndarray:
        """Share of the query's terms each project contains."""
        postings = self.text.by_term
        docs = [postings.indices[postings.indptr[t]:postings.indptr[t + 1]] for t in vector.terms]
        return np.bincount(np.concatenate(docs), minlength=len(self)) / len(vector.terms)


def _top(scores: np.ndarray, limit: int) -> list[int]:
    """Rows of the ``limit`` highest finite scores, best first, ties by row.

    A full argpartition of 100,000 scores costs over a millisecond; instead take the
    rows within a margin of the best, widening it until there are enough. Exact: any
    row left out scores below every row taken.
    """
    best = scores.max() if len(scores) else -np.inf
    if not np.isfinite(best):
        return []
    margin = 0.01
    candidates = np.flatnonzero(scores >= best - margin)
    while len(candidates) < limit and margin < MAX_SCORE:
        margin *= 4
        candidates = np.flatnonzero(scores >= best - margin)
    if len(candidates) < limit:  # fewer rows than asked: every finite one
        candidates = np.flatnonzero(np.isfinite(scores))
    if len(candidates) > SORT_AT_MOST:  # many ties: narrow down before sorting
        candidates = candidates[np.argpartition(-scores[candidates], limit - 1)[:limit]]
    ranked = candidates[np.lexsort((candidates, -scores[candidates]))]
    return [int(row) for row in ranked[:limit]]


def _present(*texts: str | None) -> tuple[str, ...]:
    return tuple(text for text in texts if text)
