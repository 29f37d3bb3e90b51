"""TF-IDF over cached token ids: build the matrices once, answer a query from postings.

Documents are rows of a weighted count matrix (one count matrix per field, each times
its weight), optionally mapped through the synonym table, then scikit-learn's
``TfidfTransformer`` (sublinear tf, smooth IDF, L2 norm). The result is kept twice:
by document (CSR, for a document's own vector) and by term (CSC, the postings), so a
query sums only the postings of its own terms instead of multiplying the whole matrix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import scipy.sparse as sp

Expand = Callable[[str], Sequence[str]]


def no_synonyms(token: str) -> tuple[str, ...]:
    return (token,)


@dataclass(frozen=True)
class QueryVector:
    terms: np.ndarray  # term columns, int
    weights: np.ndarray  # L2-normalised tf-idf weights, float32

    @cached_property
    def by_term(self) -> dict[int, float]:
        """Term column → weight: a dict beats numpy set operations on a document's few dozen terms."""
        return dict(zip(self.terms.tolist(), self.weights.tolist(), strict=True))


EMPTY_QUERY = QueryVector(np.zeros(0, np.int64), np.zeros(0, np.float32))


class TextSpace:
    def __init__(self, by_doc: sp.csr_matrix, idf: np.ndarray, terms: list[str], expand: Expand) -> None:
        self.by_doc = by_doc
        self.by_term = by_doc.tocsc()
        self.idf = idf.astype(np.float32)
        self.terms = terms
        self.term_ids = {term: column for column, term in enumerate(terms)}
        self.expand = expand

    @classmethod
    def build(
        cls,
        field_ids: Sequence[sp.csr_matrix],
        field_weights: Sequence[float],
        words: list[str],
        expand: Expand = no_synonyms,
    ) -> TextSpace:
        """``field_ids``: one count matrix (documents × cache word ids) per field."""
        counts = sum(weight * matrix for weight, matrix in zip(field_weights, field_ids, strict=True) if weight)
        if not sp.issparse(counts):  # no documents, or every weight zero
            counts = sp.csr_matrix((field_ids[0].shape[0], 0), dtype=np.float32)
        mapping, terms = _synonym_matrix(counts, words, expand)
        counts = sp.csr_matrix(counts @ mapping, dtype=np.float32)
        # Imported here: scikit-learn takes about a second to import, which a command that
        # never builds an index should not pay.
        from sklearn.feature_extraction.text import TfidfTransformer

        transformer = TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm="l2")
        if counts.shape[0] == 0 or counts.shape[1] == 0:
            return cls(counts, np.ones(counts.shape[1], np.float32), terms, expand)
        by_doc = transformer.fit_transform(counts).astype(np.float32)
        return cls(sp.csr_matrix(by_doc), transformer.idf_, terms, expand)

    def __len__(self) -> int:
        return self.by_doc.shape[0]

    def nbytes(self) -> int:
        return sum(m.data.nbytes + m.indices.nbytes + m.indptr.nbytes for m in (self.by_doc, self.by_term))

    def query(self, weighted_tokens: Sequence[tuple[float, Sequence[str]]]) -> QueryVector:
        """A query vector from (field weight, tokens) pairs, weighted like a document."""
        counts: dict[int, float] = {}
        for weight, tokens in weighted_tokens:
            for token in tokens:
                for term in self.expand(token):
                    column = self.term_ids.get(term)
                    if column is not None:
                        counts[column] = counts.get(column, 0.0) + weight
        return self._normalised(counts)

    def _normalised(self, counts: dict[int, float]) -> QueryVector:
        if not counts:
            return EMPTY_QUERY
        terms = np.fromiter(counts, dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        weights = np.where(tf > 0, 1 + np.log(np.maximum(tf, 1e-9)), 0) * self.idf[terms]
        norm = float(np.linalg.norm(weights))
        return QueryVector(terms, (weights / norm).astype(np.float32)) if norm > 0 else EMPTY_QUERY

    def document(self, row: int, max_terms: int | None = None) -> QueryVector:
        """A document's own vector as a query, optionally only its heaviest terms (faster)."""
        start, end = self.by_doc.indptr[row], self.by_doc.indptr[row + 1]
        terms, weights = self.by_doc.indices[start:end], self.by_doc.data[start:end]
        if max_terms is not None and len(terms) > max_terms:
            keep = np.argpartition(weights, -max_terms)[-max_terms:]
            terms, weights = terms[keep], weights[keep]
        return QueryVector(terms.astype(np.int64), weights)

    def scores(self, query: QueryVector) -> np.ndarray:
        """Cosine of the query with every document, reading only the query terms' postings."""
        postings = self.by_term
        starts, ends = postings.indptr[query.terms], postings.indptr[query.terms + 1]
        docs = [postings.indices[s:e] for s, e in zip(starts, ends, strict=True)]
        values = [postings.data[s:e] * w for s, e, w in zip(starts, ends, query.weights, strict=True)]
        if not docs:
            return np.zeros(len(self), np.float32)
        return np.bincount(np.concatenate(docs), np.concatenate(values), minlength=len(self))

    def scores_by_product(self, query: QueryVector) -> np.ndarray:
        """The same cosine as a bare sparse matrix product, for the benchmark's comparison."""
        vector = sp.csr_matrix(
            (query.weights, query.terms, [0, len(query.terms)]), shape=(1, self.by_doc.shape[1])
        )
        return (self.by_doc @ vector.T).toarray().ravel()

    def score_one(self, query: QueryVector, row: int) -> float:
        return float(sum(weight for _, weight in self.shared_terms(query, row)))

    def shared_terms(self, query: QueryVector, row: int) -> list[tuple[str, float]]:
        """(term, contribution to the cosine) for the terms a query shares with a document."""
        start, end = self.by_doc.indptr[row], self.by_doc.indptr[row + 1]
        in_query = query.by_term
        pairs = zip(self.by_doc.indices[start:end].tolist(), self.by_doc.data[start:end].tolist(), strict=True)
        return [(self.terms[t], w * in_query[t]) for t, w in pairs if t in in_query]


def _synonym_matrix(counts: sp.spmatrix, words: list[str], expand: Expand) -> tuple[sp.csr_matrix, list[str]]:
    """Cache word ids → index terms: each word used by some document maps to its expansions."""
    used = np.flatnonzero(np.asarray(counts.getnnz(axis=0)))
    terms: dict[str, int] = {}
    rows, columns = [], []
    for word_id in used:
        for term in expand(words[word_id]):
            rows.append(word_id)
            columns.append(terms.setdefault(term, len(terms)))
    data = np.ones(len(rows), np.float32)
    mapping = sp.csr_matrix((data, (rows, columns)), shape=(counts.shape[1], len(terms)))
    return mapping, list(terms)


def field_counts(documents: Sequence[Sequence[np.ndarray]], n_fields: int, n_words: int) -> list[sp.csr_matrix]:
    """Per field, a documents × words count matrix from each document's token ids per field."""
    matrices = []
    for field in range(n_fields):
        ids = [fields[field] for fields in documents]
        lengths = np.fromiter((len(part) for part in ids), dtype=np.int64, count=len(ids))
        rows = np.repeat(np.arange(len(ids)), lengths)
        columns = np.concatenate(ids) if ids else np.zeros(0, np.int32)
        data = np.ones(len(columns), np.float32)
        matrices.append(sp.csr_matrix((data, (rows, columns)), shape=(len(ids), n_words)))
    return matrices
