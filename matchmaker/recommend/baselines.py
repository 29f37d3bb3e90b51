"""Two baselines for the evaluation, on the engine's own tokens (same jieba, same cache).

- ``PlainTfidf``: one bag of words per project (every field counted once), sublinear
  TF-IDF cosine, no synonyms, no structured fit.
- ``Bm25``: Okapi BM25 (k1 = 1.2, b = 0.75) over the same bag of words.

Both rank only projects with an open need, like the engine: that is a rule of the
product, not part of the ranking being compared.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
import scipy.sparse as sp

from .docs import PROJECT_FIELDS, ProjectDoc, SponsorDoc
from .textspace import TextSpace, field_counts, no_synonyms
from .tokens import TokenCache, tokenize_query


def _raw_counts(projects: Sequence[ProjectDoc], cache: TokenCache) -> list[sp.csr_matrix]:
    documents = [cache.fields(p.id, p.fingerprint(), p.texts()) for p in projects]
    return field_counts(documents, len(PROJECT_FIELDS), len(cache.words))


def _sponsor_tokens(sponsor: SponsorDoc) -> list[str]:
    return [token for text in sponsor.texts() for token in tokenize_query(text)]


def _top_open(projects: Sequence[ProjectDoc], eligible: np.ndarray, scores: np.ndarray, limit: int) -> list[Hashable]:
    scores = np.where(eligible, scores, -np.inf)
    rows = np.flatnonzero(np.isfinite(scores))
    ranked = rows[np.lexsort((rows, -scores[rows]))][:limit]
    return [projects[row].id for row in ranked]


class PlainTfidf:
    name = "tfidf"

    def __init__(self, projects: Sequence[ProjectDoc], cache: TokenCache) -> None:
        self.projects = list(projects)
        self.eligible = np.array([p.has_open_need for p in self.projects], bool)
        counts = _raw_counts(self.projects, cache)
        self.text = TextSpace.build(counts, [1.0] * len(counts), cache.words, no_synonyms)

    def rank(self, sponsor: SponsorDoc, limit: int) -> list[Hashable]:
        query = self.text.query([(1.0, _sponsor_tokens(sponsor))])
        return _top_open(self.projects, self.eligible, self.text.scores(query), limit)


class Bm25:
    name = "bm25"
    k1 = 1.2
    b = 0.75

    def __init__(self, projects: Sequence[ProjectDoc], cache: TokenCache) -> None:
        self.projects = list(projects)
        self.eligible = np.array([p.has_open_need for p in self.projects], bool)
        self.word_ids = cache.word_ids
        counts = _raw_counts(self.projects, cache)
        tf = sp.csr_matrix(sum(counts[1:], counts[0]))
        self.weights = self._term_weights(tf).tocsc()

    def _term_weights(self, tf: sp.csr_matrix) -> sp.csr_matrix:
        """Each (document, term) entry's BM25 contribution for one query occurrence."""
        n_docs = tf.shape[0]
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        norm = self.k1 * (1 - self.b + self.b * lengths / max(lengths.mean(), 1e-9)) if n_docs else lengths
        df = np.bincount(tf.indices, minlength=tf.shape[1])
        idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        weights = tf.copy().astype(np.float64)
        row_norm = np.repeat(norm, np.diff(tf.indptr))
        weights.data = idf[tf.indices] * tf.data * (self.k1 + 1) / (tf.data + row_norm)
        return weights

    def rank(self, sponsor: SponsorDoc, limit: int) -> list[Hashable]:
        ids = [self.word_ids[t] for t in _sponsor_tokens(sponsor) if t in self.word_ids]
        terms, occurrences = np.unique(np.array(ids, np.int64), return_counts=True)
        scores = np.asarray(self.weights[:, terms] @ occurrences).ravel()
        return _top_open(self.projects, self.eligible, scores, limit)
