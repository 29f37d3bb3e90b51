"""Chinese tokens for the recommender, and a cache of each document's tokens.

jieba loads its dictionary (~1 s, ~60 MiB) and our word lists on first use, once per
process: in gunicorn's master (``--preload``, ``service.warm_up``) before the workers fork, so
they share it and nothing in the request path loads a dictionary; a command that recommends
nothing (``flask mail work``, ``flask db upgrade``) never loads it.

``tokenize`` is jieba's search mode (the precise cut plus the dictionary words inside
long words, so "法律咨询" also matches "法律"), normalised (NFKC, lower case) and
without stopwords, digits, punctuation or emoji.

``TokenCache`` keeps each document's tokens keyed by document id, a fingerprint of its
text and ``TOKENIZER_VERSION`` (jieba's version plus a hash of the word lists), so
rebuilding an index re-tokenizes only new or changed text.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import cache, lru_cache
from typing import TypeVar

import jieba
import numpy as np

from . import lexicon

# Longer text is cut: jieba runs at ~0.3 M chars/s, and a pasted novel in a sponsor's
# interests must not stall a request. Documents get more room than queries.
MAX_QUERY_CHARS = 2_000
MAX_DOCUMENT_CHARS = 20_000

# Bump the last part when the normalisation below changes.
TOKENIZER_VERSION = f"jieba-{jieba.__version__}+{lexicon.data_fingerprint()}+r1"
# What else is read from a document's text and kept beside its tokens (its causes and its
# needs' resources) follows the word lists it is read with, and the reader (``kept``).
KEPT_VERSION = lexicon.data_fingerprint(("causes.tsv", "resources.tsv", "heads.tsv", "offer_kinds.tsv"))


@cache
def jieba_tokenizer() -> jieba.Tokenizer:
    """jieba with our word lists, loaded the first time it is asked for."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()  # our own instance: other users of jieba keep theirs
    tokenizer.initialize()
    for word in lexicon.user_words():
        tokenizer.add_word(word)
    return tokenizer


T = TypeVar("T")
_STOPWORDS = lexicon.stopwords()
# A token is kept if it has a Chinese character or is a Latin word of two letters or more.
_WORD = re.compile(r"[\u4e00-\u9fff]|[a-z][a-z0-9+#.\-]*[a-z0-9+#]")


def tokenize(text: str, max_chars: int = MAX_DOCUMENT_CHARS) -> list[str]:
    text = unicodedata.normalize("NFKC", (text or "")[:max_chars]).lower()
    return [token for token in jieba_tokenizer().cut_for_search(text) if _is_word(token)]


def _is_word(token: str) -> bool:
    return token not in _STOPWORDS and _WORD.search(token) is not None


def is_dictionary_word(token: str) -> bool:
    """A word of jieba's dictionary or ours, or a Latin word; not one jieba's HMM guessed
    from characters that happened to stand together ("费元" of "经费元")."""
    return token.isascii() or jieba_tokenizer().FREQ.get(token, 0) > 0


def tokenize_query(text: str) -> tuple[str, ...]:
    """Tokens of a query or a sponsor's text; remembered, as the same sponsor asks again."""
    return _remembered_query_tokens((text or "")[:MAX_QUERY_CHARS])  # cut first: huge keys stay out


@lru_cache(maxsize=4096)
def _remembered_query_tokens(text: str) -> tuple[str, ...]:
    return tuple(tokenize(text, MAX_QUERY_CHARS))


def forget_query_tokens() -> None:
    """Empty the memory of query tokens, so the benchmark times a first visit."""
    _remembered_query_tokens.cache_clear()


class TokenCache:
    """(document id, text fingerprint, tokenizer version) → the document's tokens, per field.

    Tokens are stored as int32 ids into a vocabulary the cache owns (a list and a dict),
    about a tenth of the memory of Python strings, and the index builds its matrices
    straight from the ids. Plain data: picklable, one per process.
    """

    def __init__(self) -> None:
        self._clear()

    def _clear(self) -> None:
        self.version = TOKENIZER_VERSION
        self.kept_version = KEPT_VERSION
        self.words: list[str] = []
        self.word_ids: dict[str, int] = {}
        # id → (fingerprint, all fields' token ids, where each field ends[, what ``kept`` keeps])
        self._entries: dict[Hashable, tuple] = {}
        self.tokenized = 0  # documents tokenized since creation: what a rebuild should not grow

    def __len__(self) -> int:
        return len(self._entries)

    def fields(self, key: Hashable, fingerprint: str, texts: Sequence[str]) -> list[np.ndarray]:
        """Token ids of each text field, tokenizing only if the text or the tokenizer changed."""
        self.ensure_current()
        entry = self._entries.get(key)
        if entry is None or entry[0] != fingerprint:
            entry = self._tokenize(fingerprint, texts)
            self._entries[key] = entry
        _, ids, ends = entry[:3]
        return np.split(ids, ends[:-1])

    def ensure_current(self) -> None:
        """Drop everything if the tokens were made by another tokenizer or dictionary
        (a cache unpickled from an older release): ids from before would not match."""
        if self.version != TOKENIZER_VERSION:
            self._clear()
        if getattr(self, "kept_version", None) != KEPT_VERSION:
            self.kept_version = KEPT_VERSION
            self._entries = {key: entry[:3] for key, entry in self._entries.items()}

    def kept(self, key: Hashable, fingerprint: str, reader: str, read: Callable[[], T]) -> T:
        """Something else read from a document's text (its causes, its needs' resources) by
        ``reader`` (a version), kept in its entry beside its tokens (call ``fields`` first): a
        rebuild reads only new or changed text. Reading the causes of 100,000 descriptions
        again costs about 7 s of CPU, with the learned reader more; looking them up, nothing."""
        entry = self._entries.get(key)
        if entry is None or entry[0] != fingerprint:
            return read()  # no tokens kept for this text: nothing to keep it beside
        if len(entry) > 3 and entry[3] == reader:
            return entry[4]
        value = read()
        self._entries[key] = (*entry[:3], reader, value)
        return value

    def encode(self, tokens: Sequence[str]) -> np.ndarray:
        """Ids of tokens, giving new words the next free id."""
        ids = np.empty(len(tokens), np.int32)
        for position, token in enumerate(tokens):
            id_ = self.word_ids.get(token)
            if id_ is None:
                id_ = self.word_ids[token] = len(self.words)
                self.words.append(token)
            ids[position] = id_
        return ids

    def nbytes(self) -> int:
        """Memory of the stored token ids (the vocabulary's strings not counted)."""
        return sum(entry[1].nbytes for entry in self._entries.values())

    def retain(self, keys: Iterable[Hashable]) -> None:
        """Forget documents that are gone, so the cache does not grow forever."""
        keep = set(keys)
        self._entries = {key: entry for key, entry in self._entries.items() if key in keep}

    def _tokenize(self, fingerprint: str, texts: Sequence[str]) -> tuple[str, np.ndarray, tuple[int, ...]]:
        self.tokenized += 1
        per_field = [self.encode(tokenize(text)) for text in texts]
        ends = tuple(int(end) for end in np.cumsum([len(ids) for ids in per_field]))
        ids = np.concatenate(per_field) if per_field else np.zeros(0, np.int32)
        return fingerprint, ids, ends
