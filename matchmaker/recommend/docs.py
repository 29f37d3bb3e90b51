"""The plain records the recommender reads and returns: no Flask, no database.

The seam (``service.py``) turns database rows into these; the evaluation turns a JSON
data set into them. Everything the engine needs is here, nothing else.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from functools import cache

from . import lexicon

NEED_KINDS = ("money", "goods", "venue", "skill", "volunteers")
SPONSOR_KINDS = ("enterprise", "social_org", "merchant", "individual")


@dataclass(frozen=True)
class NeedDoc:
    kind: str  # one of NEED_KINDS
    description: str
    quantity: float
    remaining: float  # quantity not yet approved or fulfilled; > 0 means the need is open
    unit: str = ""
    deadline: date | None = None

    @property
    def is_open(self) -> bool:
        return self.remaining > 0


@dataclass(frozen=True)
class OfferDoc:
    kind: str  # one of NEED_KINDS
    description: str = ""


@dataclass(frozen=True)
class ProjectDoc:
    id: Hashable
    title: str
    category: int  # 1-26, the programme of the notice
    district: str
    service_target: str
    service_type: str
    description: str
    needs: tuple[NeedDoc, ...] = ()
    unit_id: Hashable | None = None
    unit_name: str = ""
    # Changes whenever any text above changes (needs' descriptions and kinds included); lets
    # the token cache skip hashing. Leave empty to fall back on a hash of the text.
    version: str = ""
    end_on: date | None = None  # past it the project leaves recommendations and similar projects

    def texts(self) -> tuple[str, ...]:
        """The text fields in the order of ``PROJECT_FIELDS``."""
        needs = "；".join(f"{need.description}{need.unit}" for need in self.needs)
        return (self.title, self.service_target, self.service_type, needs, self.description)

    def fingerprint(self) -> str:
        if self.version:
            return f"v:{self.version}"
        # The needs' kinds too: what is read from a need's words is read for its kind.
        kinds = ",".join(need.kind for need in self.needs)
        digest = hashlib.blake2b("\x1f".join((*self.texts(), kinds)).encode(), digest_size=12)
        return f"h:{digest.hexdigest()}"

    @property
    def has_open_need(self) -> bool:
        return any(need.is_open for need in self.needs)


PROJECT_FIELDS = ("title", "service_target", "service_type", "needs", "description")


@dataclass(frozen=True)
class SponsorDoc:
    id: Hashable
    kind: str  # one of SPONSOR_KINDS
    name: str
    industry: str
    interests: str
    offers: tuple[OfferDoc, ...] = ()
    district: str = ""
    own_district_only: bool | None = None  # None: read it from the interests text
    favourite_categories: tuple[int, ...] = ()

    def texts(self) -> tuple[str, ...]:
        """The text fields in the order of ``SPONSOR_FIELDS``."""
        offers = "；".join(offer.description for offer in self.offers)
        return (self.interests, offers, self.industry, self.name)

    def home_district(self) -> str:
        """The sponsor's district, or the first one its interests or name mention."""
        return lexicon.normalise_district(self.district) or lexicon.find_district(
            f"{self.interests} {self.name}"
        )

    def insists_on_own_district(self) -> bool:
        if self.own_district_only is not None:
            return self.own_district_only
        return says_own_district_only(self.interests)


SPONSOR_FIELDS = ("interests", "offers", "industry", "name")

# "只资助本区", "仅限本县", "只在我们区", "只支持小店区的项目", "不跨区" …: an exclusive word,
# a few characters, then a word for "our district". "优先本区" is a preference, not this.
_OWN_PLACE = r"(本区|本县|本市区|我区|我县|我们区|我们县|我们这个区|区内|县内|辖区|本辖区|本地区|所在区|所在县|{districts})"
# "不仅…" and "只要…" are not exclusive.
_EXCLUSIVE = r"(?<!不)(只(?!要)|仅|只限|仅限|限于|限定|局限于)"
_NOT_ELSEWHERE = r"(不跨区|不跨县|不出区|不出县|其他区县?不|外区不|区外不|县外不)"
# Everyday ways of saying the same without "只": "就在小店区", "就管这一片", "不出阳曲", "出了清徐就顾不上了",
# "古交本地的…找我们", "离得远的送不了", "外面的不接", "别的地方不管".
_HERE_ONLY = (r"(就在{districts}[^，。；！？,.;!?]{{0,4}}?(这一?片|[，。；！？,.;!?]|$)|(管|在)[^，。；！？,.;!?]{{0,4}}这一?片"
              r"|不出{districts}|出了[^，。；！？,.;!?]{{1,6}}?就(顾不上|不管|管不了|去不了)|{districts}本地"
              r"|远的?[^，。；！？,.;!?]{{0,3}}(送不了|送不过去|送不到|去不了|顾不上|管不了|不去|不送)"
              r"|(外面|外地|外边|别处|别的地方)的?(不接|不管|不去|不送))")


# "只要是做好事都行", "啥活都能干", "不限项目", "可以免费给公益活动用", "公益活动要拉人": a giver for any
# cause, not one without a cause.
_ANY_CAUSE = re.compile(
    r"只要是|不管是?什么|不论是?什么|无论是?什么|啥活|什么活|啥都|什么都(能|行|可以|愿意)|哪里需要|哪儿需要"
    r"|都能干|不挑|不限(项目|类别|领域|方向)?|各类公益|任何公益|所有公益|(给|供|借给)公益活动|公益活动(要|需要)"
)


def says_any_cause(text: str) -> bool:
    return bool(_ANY_CAUSE.search(text or ""))


def says_own_district_only(text: str) -> bool:
    return bool(_own_district_pattern().search(text or ""))


@cache
def _own_district_pattern() -> re.Pattern[str]:
    aliases = "|".join(sorted(lexicon.districts(), key=len, reverse=True))
    own = _OWN_PLACE.format(districts=aliases)
    here = _HERE_ONLY.format(districts=f"({aliases})")
    return re.compile(f"{_EXCLUSIVE}[^，。；！？,.;!?]{{0,8}}?{own}|{_NOT_ELSEWHERE}|{here}")


@dataclass(frozen=True)
class Result:
    id: Hashable  # a project id, or a sponsor id (rank_sponsors), or a unit id (rank_units)
    score: float
    reasons: tuple[str, ...]

    @property
    def project_id(self) -> Hashable:
        return self.id
