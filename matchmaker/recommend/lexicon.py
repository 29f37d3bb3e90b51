"""The recommender's reviewable word lists, read once from ``data/``.

Pure data, no jieba: the 26 programmes of 并文明〔2018〕8号 (number → name, short
name, key words), Taiyuan's ten districts and their short forms, the synonym table
and the stopword list, which ``tokens`` feeds to jieba; and the lists ``features`` reads
straight from the text, longest word first: the particular resources (resources.tsv), the
causes (causes.tsv) and the trades (trades.tsv). ``engine`` uses the names in reasons.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
# The files that decide how text is cut into tokens; offer_kinds.tsv does not.
DATA_FILES = ("userdict.txt", "stopwords.txt", "synonyms.txt", "categories.tsv", "districts.tsv")


@dataclass(frozen=True)
class Category:
    number: int
    name: str
    short_name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class ResourceKind:
    code: str  # money, goods, venue, skill, volunteers
    name: str  # 资金, 物资 …
    verb: str  # 提供, 捐赠 …: "您可{verb}{name}"
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Resource:
    """A particular thing to give (车辆运输, 法律服务 …), finer than a resource kind."""

    code: str
    name: str
    words: tuple[str, ...]
    kinds: tuple[str, ...] = ()  # read only in needs and offers of these kinds (all if empty)


@dataclass(frozen=True)
class Synonyms:
    """Token → the tokens that stand for it in the index (itself, its canonical word, a broader word)."""

    replace: dict[str, str]
    broader: dict[str, tuple[str, ...]]

    def expand(self, token: str) -> tuple[str, ...]:
        canonical = self.replace.get(token, token)
        return (canonical, *self.broader.get(canonical, ()))

    def words(self) -> set[str]:
        found = set(self.replace) | set(self.replace.values()) | set(self.broader)
        for broader in self.broader.values():
            found.update(broader)
        return found


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not line.startswith("#")]


@cache
def categories() -> dict[int, Category]:
    found = {}
    for line in _lines("categories.tsv"):
        number, name, short_name, keywords = line.split("\t")
        found[int(number)] = Category(int(number), name, short_name, tuple(keywords.lower().split()))
    return found


@cache
def resource_kinds() -> dict[str, ResourceKind]:
    found = {}
    for line in _lines("offer_kinds.tsv"):
        code, name, verb, keywords = line.split("\t")
        found[code] = ResourceKind(code, name, verb, tuple(keywords.split()))
    return found


@cache
def resources() -> tuple[Resource, ...]:
    """In file order: a resource's position is its bit in ``resource_mask``."""
    found = []
    for line in _lines("resources.tsv"):
        code, name, words, *kinds = line.split("\t")
        found.append(Resource(code, name, tuple(words.lower().split()), tuple(" ".join(kinds).split())))
    return tuple(found)


@cache
def resources_of_kind(kind: str) -> int:
    """Bits of the resources a need or an offer of this kind can name: a "教室" asked as a
    venue is a room, one named in a skill's words ("进教室讲课") is where the skill is given;
    and a venue is only a room ("义诊场地" is no doctor)."""
    if kind == "venue":
        return resources_of_kind_only(kind)
    return sum(1 << position for position, resource in enumerate(resources())
                       if not resource.kinds or kind in resource.kinds)


# "讲座", "宣讲", "培训" are how a skill is given, not which: a text that names its subject
# ("法律讲座", "燃气安全讲座") is that subject, not teaching as such (a tutor, a lecturer).
TEACHING = "teaching"
SUBJECTS = ("legal", "medical", "firstaid", "psychology", "digital", "sign", "translation", "care", "farming",
            "accounting", "art", "craft", "fitness", "performance", "media", "guide", "jobs", "ecommerce",
            "hosting", "antifraud", "firesafety", "trafficsafety", "science", "ecology", "repair", "carrepair", "haircut", "vision")


@cache
def _subject_bits() -> tuple[int, int]:
    positions = {resource.code: position for position, resource in enumerate(resources())}
    return 1 << positions[TEACHING], sum(1 << positions[code] for code in SUBJECTS if code in positions)


def subject_first(mask: int) -> int:
    """The mask without teaching when the same words name what is taught."""
    teaching, subjects = _subject_bits()
    return mask & ~teaching if mask & subjects else mask


@cache
def resources_of_kind_only(kind: str) -> int:
    """Bits of the resources read only in needs and offers of this kind (the sorts of venue)."""
    return sum(1 << position for position, resource in enumerate(resources()) if resource.kinds == (kind,))


@cache
def _heads() -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """data/heads.tsv as (last character → kind → bits, unit → kind → bits): a head is read
    only for the kinds of need or offer its line names ("辆" is transport for hands, not goods)."""
    positions = {resource.code: position for position, resource in enumerate(resources())}
    last: dict[str, dict[str, int]] = {}
    units: dict[str, dict[str, int]] = {}
    for line in _lines("heads.tsv"):
        where, words, code, kinds = line.split("\t")
        table = last if where == "尾字" else units
        for word in words.split():
            for kind in kinds.split():
                table.setdefault(word, {})
                table[word][kind] = table[word].get(kind, 0) | 1 << positions[code]
    return last, units


# What may follow the head and is not it: a bracket, punctuation, a count with its measure word
# ("20双", "两辆"), or the measure words any thing takes.
_TRAILING = re.compile(r"([（(][^（）()]*[）)]|[\s，。；、,.;:：!！?？…0-9一二三四五六七八九十百千万余多个件份套台张]+"
                       r"|[0-9一二三四五六七八九十百千万两]+[余多]?[\u4e00-\u9fff])$")


@lru_cache(maxsize=65536)
def head_mask(description: str, unit: str, kind: str) -> int:
    """Bits of the thing a need or an offer asks for or gives by its head and its unit, when no
    listed word names it: the last character of a Chinese compound noun says what it is
    ("折叠餐桌" is a table, "儿童雨靴" a shoe), and a unit only one sort of thing takes ("辆", "盏").
    Remembered like ``resource_mask``: a rebuild reads every unread need, and many say the same."""
    last, units = _heads()
    text = unicodedata.normalize("NFKC", description or "").strip()
    for _ in range(3):  # "防滑雨靴（儿童）20双" → "防滑雨靴"
        text = _TRAILING.sub("", text)
    mask = 0
    for size in (1, 2):  # the head is a character, or two ("扫帚")
        mask |= last.get(text[-size:], {}).get(kind, 0) if len(text) >= size else 0
    return mask | units.get((unit or "").strip(), {}).get(kind, 0)


@cache
def near_resources() -> dict[int, int]:
    """Resource position → bits of its neighbours (data/near_resources.tsv, either way)."""
    positions = {resource.code: position for position, resource in enumerate(resources())}
    found: dict[int, int] = {}
    for line in _lines("near_resources.tsv"):
        first, second = (positions[code] for code in line.split("\t"))
        found[first] = found.get(first, 0) | 1 << second
        found[second] = found.get(second, 0) | 1 << first
    return found


@dataclass(frozen=True)
class Cause:
    """Whom or what a project serves and a sponsor cares for (老年人, 环保 …), across programmes."""

    code: str
    name: str
    programmes: tuple[int, ...]  # programmes whose every project serves it
    words: tuple[str, ...]


@dataclass(frozen=True)
class Trade:
    """What a trade or a skill ("汽修", "退休医生", "二胡") tells of a sponsor that does not say it."""

    name_only: bool  # read in the name and industry only: "学校" in interests is whom it helps
    words: tuple[str, ...]
    kinds: tuple[str, ...]  # resource kinds it can give
    resources: int  # bits of resources()
    causes: int  # bits of causes()


@lru_cache(maxsize=65536)
def resource_mask(text: str) -> int:
    """Bits of the particular resources a text names ("厢式货车运输" → 车辆运输).

    One pass of one pattern (longest words first) instead of a search per word: a rebuild
    reads the needs of every project, and many needs say the same thing."""
    return _mask(_resource_words(), text)


@lru_cache(maxsize=4096)
def cause_mask(text: str) -> int:
    """Bits of the causes a text names ("独居老人义诊" → 老年人, 医疗健康). A project's are
    kept beside its tokens (``TokenCache.kept``); this memory is for sponsors asking again."""
    return _mask(_cause_words(), text)


def _mask(words: tuple[re.Pattern[str], dict[str, int]], text: str) -> int:
    pattern, bits = words
    mask = 0
    for found in pattern.finditer(unicodedata.normalize("NFKC", text or "").lower()):
        mask |= bits[found.group()]
    return mask


def _word_bits(groups: Iterable[tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern of every group's words, longest first, so "检修车辆" is read whole and
    not as 车辆; a word in several groups sets all their bits."""
    bits: dict[str, int] = {}
    for position, words in enumerate(groups):
        for word in words:
            bits[word] = bits.get(word, 0) | 1 << position
    if not bits:
        return re.compile(r"(?!)"), bits
    return re.compile("|".join(map(re.escape, sorted(bits, key=len, reverse=True)))), bits


@cache
def _resource_words() -> tuple[re.Pattern[str], dict[str, int]]:
    return _word_bits(resource.words for resource in resources())


@cache
def causes() -> tuple[Cause, ...]:
    """In file order: a cause's position is its bit in ``cause_mask``."""
    found = []
    for line in _lines("causes.tsv"):
        code, name, programmes, words = line.split("\t")
        if code == NO_CAUSE:
            continue
        numbers = tuple(int(number) for number in programmes.split() if number != "-")
        found.append(Cause(code, name, numbers, tuple(words.lower().split())))
    return tuple(found)


# causes.tsv's line for words that hold a cause's word but name no cause ("卫生纸" is no health,
# "进社区" says where, not for whom): read whole, longest first, they set no bit.
NO_CAUSE = "-"


@cache
def _cause_words() -> tuple[re.Pattern[str], dict[str, int]]:
    _, bits = _word_bits(cause.words for cause in causes())
    for line in _lines("causes.tsv"):
        code, _name, _programmes, words = line.split("\t")
        if code == NO_CAUSE:
            bits.update({word: 0 for word in words.lower().split() if word not in bits})
    return re.compile("|".join(map(re.escape, sorted(bits, key=len, reverse=True)))), bits


@cache
def programme_causes() -> dict[int, int]:
    """Programme number → bits of the causes every project of it serves."""
    found: dict[int, int] = {}
    for position, cause in enumerate(causes()):
        for number in cause.programmes:
            found[number] = found.get(number, 0) | 1 << position
    return found


@cache
def related_causes() -> dict[int, int]:
    """Cause position → bits of the causes close to it (data/related_causes.tsv, either way)."""
    positions = {cause.code: position for position, cause in enumerate(causes())}
    found: dict[int, int] = {}
    for line in _lines("related_causes.tsv"):
        first, second = (positions[code] for code in line.split("\t"))
        found[first] = found.get(first, 0) | 1 << second
        found[second] = found.get(second, 0) | 1 << first
    return found


def _codes_mask(codes: str, known: Iterable[str]) -> int:
    positions = {code: position for position, code in enumerate(known)}
    return sum(1 << positions[code] for code in set(codes.split()) if code != "-")


@cache
def trades() -> tuple[Trade, ...]:
    resource_codes = [resource.code for resource in resources()]
    cause_codes = [cause.code for cause in causes()]
    found = []
    for line in _lines("trades.tsv"):
        where, words, kinds, resource_list, cause_list = line.split("\t")
        found.append(Trade(where == "名称", tuple(words.lower().split()),
                           tuple(kind for kind in kinds.split() if kind != "-"),
                           _codes_mask(resource_list, resource_codes), _codes_mask(cause_list, cause_codes)))
    return tuple(found)


@cache
def _trade_words(name_only: bool) -> tuple[re.Pattern[str], dict[str, int]]:
    """The trades readable in a name (all) or in free text (those not ``name_only``)."""
    return _word_bits(trade.words if name_only or not trade.name_only else () for trade in trades())


def trades_named(name: str, text: str) -> list[Trade]:
    """The trades a sponsor's name and industry, and its other text, speak of."""
    mask = _mask(_trade_words(True), name) | _mask(_trade_words(False), text)
    return [trade for position, trade in enumerate(trades()) if mask >> position & 1]


def without_trades(text: str) -> str:
    """The text with the words of trades blanked: what a sponsor is ("退休教师", "老党员")
    is not what it cares for, though the words are the same."""
    pattern, _ = _trade_words(False)
    return pattern.sub(" ", unicodedata.normalize("NFKC", text or "").lower())


@cache
def districts() -> dict[str, str]:
    """Every way of writing a district (official name or short form) → its official name."""
    found = {}
    for line in _lines("districts.tsv"):
        official, *aliases = line.split()
        for alias in (official, *aliases):
            found[alias] = official
    return found


def district_names() -> tuple[str, ...]:
    return tuple(dict.fromkeys(districts().values()))


def normalise_district(text: str) -> str:
    """The official district name found in ``text`` ("太原市小店区" → "小店区"), or ""."""
    names = districts()
    if text in names:
        return names[text]
    return find_district(text)


def find_district(text: str) -> str:
    """The first district named in a free text, or ""; longest alias first so 小店区 beats 小店."""
    match = _district_pattern().search(text or "")
    return districts()[match.group(0)] if match else ""


@cache
def _district_pattern() -> re.Pattern[str]:
    aliases = sorted(districts(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, aliases)))


@cache
def stopwords() -> frozenset[str]:
    return frozenset(word.lower() for line in _lines("stopwords.txt") for word in line.split())


@cache
def synonyms() -> Synonyms:
    replace: dict[str, str] = {}
    broader: dict[str, list[str]] = {}
    for line in _lines("synonyms.txt"):
        if "=" in line:
            head, tail = (part.split() for part in line.lower().split("=", 1))
            replace.update({variant: head[0] for variant in tail if variant != head[0]})
        elif ">" in line:
            head, tail = (part.split() for part in line.lower().split(">", 1))
            for narrower in tail:
                broader.setdefault(narrower, []).append(head[0])
    return Synonyms(replace, {word: tuple(heads) for word, heads in broader.items()})


@cache
def user_words() -> tuple[str, ...]:
    """Words jieba must keep whole: the user dictionary plus every programme, district and synonym word."""
    listed = [line.split()[0].lower() for line in _lines("userdict.txt")]
    keywords = [word for category in categories().values() for word in category.keywords]
    return tuple(dict.fromkeys([*listed, *keywords, *districts(), *sorted(synonyms().words())]))


def data_fingerprint(names: tuple[str, ...] = DATA_FILES) -> str:
    """A short hash of the data files, so cached tokens are dropped when a word list changes."""
    digest = hashlib.blake2b(digest_size=8)
    for name in names:
        digest.update((DATA_DIR / name).read_bytes())
    return digest.hexdigest()
