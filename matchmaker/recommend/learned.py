"""A learned reading of causes and particular resources, joined to the word lists' reading.

The word lists (``lexicon``) read what they name; every new set of sponsors brings trades
and everyday words no list holds yet. This reader learned, from the graders' own tags of
the tagged evaluation sets (``bench/learned_reader.py``, which trains it and measured it
leaving each set out), to read the same things from character n-grams:

- a sponsor's whole profile → the causes it cares for, whether any cause will do, and
  whether it gives only near home;
- a project's title, service target and type and description → the causes it serves;
- an offer's or a need's kind and words → the particular resources it gives or asks for.

Each is character 1-3-gram TF-IDF (sublinear tf, l2) and one logistic regression per label.
A label is read where its probability reaches ``Reading.threshold``; what is read is added
beside the lists' reading, and what the lists read that the reader all but rules out
(``Reading.veto``) is dropped. Plain numpy at run time: the model is data
(``data/reader.npz``, trained offline), loaded once per process like jieba's dictionary.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from . import lexicon
from .docs import NeedDoc, OfferDoc, ProjectDoc, SponsorDoc

SHIPPED = Path(__file__).resolve().parent / "data" / "reader.npz"
ANY = "any"  # a sponsor label: gives for any cause
OWN = "own"  # a sponsor label: gives only near home
NGRAMS = (1, 3)
# Texts longer than this are read by their beginning: a pasted novel must not stall a request.
MAX_CHARS = 2_000
_RUNS_OF_SPACE = re.compile(r"\s\s+")


@dataclass(frozen=True)
class Reading:
    """How the learned readings join the lists'. Chosen leaving each tagged set out in turn
    (docs/recommender.md, "The learned reader again"): every fold chose 0.35 and resources
    read beside the lists' words ("union") rather than only where they read nothing ("fill").
    The trades and the veto: "The reader's doubts" (the eighth session), leaving each of sets
    3-23 out."""

    threshold: float = 0.35
    resources: str = "union"  # "union", "fill" or "off"
    sponsor_causes: bool = True
    project_causes: bool = True
    own_district: bool = True
    # The lists' trades ("驾校" → 交通, 车辆) of a sponsor whose offers say what it gives: not read
    # beside the reader, which learned what the graders read in the same words.
    trades: bool = False
    # A cause or resource the lists read and the reader gives less than this probability is
    # dropped (0: none is). The lists read words, not what they mean here: "村里" is where a
    # sponsor gives, not that it cares for the countryside.
    veto: float = 0.05
    # Only a label seen in this many training examples or more is doubted: a rare label's
    # probability is low on every text ("travel" in 18 sponsors' tags, "车站机场引导").
    veto_seen: int = 20


class Classifier:
    """Character n-gram TF-IDF and a logistic regression per label, as plain arrays."""

    def __init__(self, ngrams: Sequence[str], idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                 labels: Sequence[str], seen: np.ndarray | None = None) -> None:
        self.ngram_ids = {ngram: position for position, ngram in enumerate(ngrams)}
        self.longest = max(map(len, self.ngram_ids), default=NGRAMS[1])  # the longest n-gram read
        self.idf = idf.astype(np.float32)
        self.coef = coef.astype(np.float32)  # [ngram, label]
        self.intercept = intercept.astype(np.float32)
        self.labels = tuple(labels)
        # How many training examples carried each label: a rare label's low probability says little.
        self.seen = np.zeros(len(self.labels), np.int32) if seen is None else seen.astype(np.int32)

    @classmethod
    def trained(cls, examples: Sequence[tuple[str, set[str]]], min_count: int = 3, c: float = 16.0,
                longest: int = NGRAMS[1], balanced: bool = False) -> Classifier:
        """Fit on (text, labels) pairs; labels seen fewer than ``min_count`` times are not learned."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(NGRAMS[0], longest), sublinear_tf=True, min_df=2)
        matrix = vectorizer.fit_transform([text for text, _ in examples])
        counts = Counter(label for _, labels in examples for label in labels)
        labels = sorted(label for label, count in counts.items() if count >= min_count)
        weighting = "balanced" if balanced else None
        models = [LogisticRegression(C=c, max_iter=2000, class_weight=weighting)
                  .fit(matrix, [label in tags for _, tags in examples]) for label in labels]
        coef = np.array([model.coef_[0] for model in models]).T.reshape(matrix.shape[1], len(labels))
        return cls(vectorizer.get_feature_names_out(), vectorizer.idf_, coef,
                   np.array([model.intercept_[0] for model in models]), labels, np.array([counts[label] for label in labels]))

    @classmethod
    def empty(cls) -> Classifier:
        return cls((), np.zeros(0), np.zeros((0, 0)), np.zeros(0), ())

    def logits(self, text: str) -> np.ndarray:
        """One logit per label: the logistic regression over the text's l2-normalised TF-IDF."""
        counts = Counter(_ngrams(text, self.longest))
        known = [(self.ngram_ids[ngram], count) for ngram, count in counts.items() if ngram in self.ngram_ids]
        if not known:
            return self.intercept.copy()
        ids = np.fromiter((position for position, _ in known), np.int64, len(known))
        weights = 1 + np.log(np.fromiter((count for _, count in known), np.float32, len(known)))
        weights *= self.idf[ids]
        weights /= np.sqrt(weights @ weights)
        return weights @ self.coef[ids] + self.intercept

    def read(self, text: str, threshold: float, veto: float = 0.0,
             seen: int = 0) -> tuple[frozenset[str], frozenset[str]]:
        """The labels read (probability ``threshold`` or more), and those doubted (below ``veto``,
        of the labels seen in ``seen`` training examples or more)."""
        if not self.labels:
            return frozenset(), frozenset()
        logits = self.logits(text)
        found = logits >= np.log(threshold / (1 - threshold))
        doubted = ((logits < np.log(veto / (1 - veto))) & (self.seen >= seen) if veto > 0
                   else np.zeros(len(logits), bool))
        return (frozenset(label for label, yes in zip(self.labels, found, strict=True) if yes),
                frozenset(label for label, yes in zip(self.labels, doubted, strict=True) if yes))

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        ngrams = sorted(self.ngram_ids, key=self.ngram_ids.__getitem__)
        return {f"{prefix}_ngrams": np.array(ngrams, dtype=f"<U{self.longest}"), f"{prefix}_idf": self.idf,
                f"{prefix}_coef": self.coef.astype(np.float16), f"{prefix}_intercept": self.intercept,
                f"{prefix}_labels": np.array(self.labels, dtype=str), f"{prefix}_seen": self.seen}

    @classmethod
    def from_arrays(cls, arrays, prefix: str) -> Classifier:
        return cls([str(ngram) for ngram in arrays[f"{prefix}_ngrams"]], arrays[f"{prefix}_idf"],
                   arrays[f"{prefix}_coef"], arrays[f"{prefix}_intercept"],
                   [str(label) for label in arrays[f"{prefix}_labels"]], arrays[f"{prefix}_seen"])


def _ngrams(text: str, longest: int) -> Iterable[str]:
    """scikit-learn's ``analyzer="char"``: lower case, runs of white space made one space."""
    text = _RUNS_OF_SPACE.sub(" ", text[:MAX_CHARS].lower())
    for n in range(NGRAMS[0], longest + 1):
        for start in range(len(text) - n + 1):
            yield text[start:start + n]


@dataclass(frozen=True)
class SponsorReading:
    causes: int  # bits of the causes read
    any_cause: bool
    own_district: bool
    doubted: int = 0  # bits of the causes the reader doubts: the lists' reading of them is dropped


class Reader:
    """The three classifiers, and what they read as the engine's bits."""

    def __init__(self, sponsors: Classifier, projects: Classifier, resources: Classifier,
                 reading: Reading = Reading()) -> None:
        self.sponsors, self.projects, self.resources, self.reading = sponsors, projects, resources, reading
        self.version = _version((sponsors, projects, resources), reading)
        # A sponsor's profile and offers are read again on every request: remember the last few.
        self.sponsor = lru_cache(maxsize=4096)(self._sponsor)
        self.resource_bits = lru_cache(maxsize=16384)(self._resource_bits)

    @classmethod
    def empty(cls) -> Reader:
        """Reads nothing: the engine with its word lists alone."""
        return cls(Classifier.empty(), Classifier.empty(), Classifier.empty(),
                   Reading(resources="off", trades=True, veto=0.0))

    @classmethod
    def load(cls, path: Path = SHIPPED, reading: Reading = Reading()) -> Reader:
        with np.load(path, allow_pickle=False) as arrays:
            return cls(*(Classifier.from_arrays(arrays, part) for part in ("sponsors", "projects", "resources")),
                       reading)

    def save(self, path: Path) -> None:
        np.savez_compressed(path, **self.sponsors.arrays("sponsors"), **self.projects.arrays("projects"),
                            **self.resources.arrays("resources"))

    def with_reading(self, reading: Reading) -> Reader:
        return Reader(self.sponsors, self.projects, self.resources, reading)

    def forget(self) -> None:
        """Empty the memory of sponsors read, so the benchmark times a first visit."""
        self.sponsor.cache_clear()
        self.resource_bits.cache_clear()

    def project_causes(self, project: ProjectDoc, words: int = 0) -> int:
        """The causes a project serves: the lists' ``words`` joined to what is learned."""
        if not self.reading.project_causes:
            return words
        found, doubted = self._read(self.projects, project_text(project))
        return words & ~_cause_bits(doubted) | _cause_bits(found)

    def need_resources(self, need: NeedDoc, words: int) -> int:
        """The resources a need asks for: the lists' ``words`` joined to what is learned."""
        return self._joined(words, need.kind, need_text(need))

    def offer_resources(self, offer: OfferDoc, words: int) -> int:
        return self._joined(words, offer.kind, offer_text(offer))

    def _joined(self, words: int, kind: str, text: str) -> int:
        mode = self.reading.resources
        if mode == "off" or (mode == "fill" and words):
            return words
        found, doubted = self.resource_bits(text)
        return words & ~doubted | found & lexicon.resources_of_kind(kind)

    def _resource_bits(self, text: str) -> tuple[int, int]:
        found, doubted = self._read(self.resources, text)
        return _resource_bits(found), _resource_bits(doubted)

    def _read(self, classifier: Classifier, text: str) -> tuple[frozenset[str], frozenset[str]]:
        reading = self.reading
        return classifier.read(text, reading.threshold, reading.veto, reading.veto_seen)

    def _sponsor(self, sponsor: SponsorDoc) -> SponsorReading:
        found, doubted = self._read(self.sponsors, sponsor_text(sponsor))
        causes = self.reading.sponsor_causes
        return SponsorReading(causes=_cause_bits(found) if causes else 0,
                              any_cause=ANY in found, own_district=self.reading.own_district and OWN in found,
                              doubted=_cause_bits(doubted) if causes else 0)


# What each classifier reads: the same text it was trained on.
def need_text(need: NeedDoc) -> str:
    return f"{need.kind}|{need.description} {need.unit}"


def offer_text(offer: OfferDoc) -> str:
    return f"{offer.kind}|{offer.description}"


def sponsor_text(sponsor: SponsorDoc) -> str:
    offers = " ".join(offer.description for offer in sponsor.offers)
    return f"{sponsor.name} {sponsor.industry} {sponsor.interests} {offers}"


def project_text(project: ProjectDoc) -> str:
    return f"{project.title} {project.service_target} {project.service_type} {project.description}"


@cache
def shipped() -> Reader:
    """The reader trained on every tagged set, loaded once per process."""
    return Reader.load()


def _cause_bits(codes: Iterable[str]) -> int:
    return sum(1 << position for position in map(_cause_positions().get, codes) if position is not None)


def _resource_bits(codes: Iterable[str]) -> int:
    return sum(1 << position for position in map(_resource_positions().get, codes) if position is not None)


@cache
def _cause_positions() -> dict[str, int]:
    return {cause.code: position for position, cause in enumerate(lexicon.causes())}


@cache
def _resource_positions() -> dict[str, int]:
    return {resource.code: position for position, resource in enumerate(lexicon.resources())}


def _version(classifiers: Sequence[Classifier], reading: Reading) -> str:
    """A short hash of the model and how it is read: readings kept under it stay only while it does."""
    digest = hashlib.blake2b(repr(reading).encode(), digest_size=8)
    for classifier in classifiers:
        digest.update(repr(classifier.labels).encode())
        digest.update("\x1f".join(classifier.ngram_ids).encode())
        for array in (classifier.idf, classifier.coef, classifier.intercept, classifier.seen):
            digest.update(np.ascontiguousarray(array).tobytes())
    return digest.hexdigest()
