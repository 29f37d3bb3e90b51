"""Structured fit between sponsors and projects, as numpy arrays over all projects.

Resource kinds are bits (money=1, goods=2, venue=4, skill=8, volunteers=16), so "does
the sponsor offer something this project still needs" is one AND over every project.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from . import lexicon
from .docs import NEED_KINDS, ProjectDoc, SponsorDoc
from .weights import Weights

KIND_BITS = {kind: 1 << position for position, kind in enumerate(NEED_KINDS)}
NO_DEADLINE = np.iinfo(np.int32).max
DISTRICT_CODES = {name: code for code, name in enumerate(lexicon.district_names())}


# A project's open need kinds (5 bits), district (4 bits, 0 = unknown) and programme
# (5 bits) packed in one number, so everything a score takes from the sponsor is one
# lookup in a table of 2**14 entries made per query: far cheaper than arithmetic on
# several arrays of 100,000 projects.
_ALL_CODES = np.arange(1 << 14)
_CODE_KINDS = _ALL_CODES & 0b11111
_CODE_DISTRICT = ((_ALL_CODES >> 5) & 0b1111) - 1
_CODE_CATEGORY = _ALL_CODES >> 9


def pack(open_kinds: np.ndarray, district: np.ndarray, category: np.ndarray) -> np.ndarray:
    return (open_kinds.astype(np.int16) | ((district + 1).astype(np.int16) << 5) | (category.astype(np.int16) << 9))


def kinds_of(mask: int) -> list[str]:
    return [kind for kind, bit in KIND_BITS.items() if mask & bit]


@dataclass(frozen=True)
class ProjectFacts:
    """One entry per indexed project, in index row order."""

    category: np.ndarray  # int16, 1-26 (0 if unknown)
    district: np.ndarray  # int16, code in DISTRICT_CODES, -1 if unknown
    open_kinds: np.ndarray  # uint8, bits of the kinds of the open needs
    resources: np.ndarray  # uint32, bits of the particular resources the open needs name
    still_needed: np.ndarray  # float32, mean over needs of remaining / quantity
    deadline: np.ndarray  # int32, ordinal of the nearest open need's deadline
    unit: np.ndarray  # int32, code in ``units``, -1 if none
    units: list  # code → unit id
    code: np.ndarray  # int16, ``pack`` of open kinds, district and category

    @classmethod
    def of(cls, projects: Sequence[ProjectDoc]) -> ProjectFacts:
        unit_codes: dict = {}
        for project in projects:
            if project.unit_id is not None:
                unit_codes.setdefault(project.unit_id, len(unit_codes))
        category = np.array([p.category if 1 <= (p.category or 0) <= 26 else 0 for p in projects], np.int16)
        district = np.array([district_code(p.district) for p in projects], np.int16)
        kinds = np.array([open_kinds(p) for p in projects], np.uint8)
        return cls(
            category=category,
            district=district,
            open_kinds=kinds,
            resources=np.array([needed_resources(p) for p in projects], np.uint32),
            still_needed=np.array([still_needed(p) for p in projects], np.float32),
            deadline=np.array([nearest_deadline(p) for p in projects], np.int32),
            unit=np.array([unit_codes.get(p.unit_id, -1) for p in projects], np.int32),
            units=list(unit_codes),
            code=pack(kinds, district, category),
        )

    @property
    def eligible(self) -> np.ndarray:
        return self.open_kinds != 0

    def nbytes(self) -> int:
        arrays = (self.category, self.district, self.open_kinds, self.resources, self.still_needed, self.deadline,
                  self.unit, self.code)
        return sum(array.nbytes for array in arrays)


def district_code(text: str) -> int:
    return DISTRICT_CODES.get(lexicon.normalise_district(text or ""), -1)


def open_kinds(project: ProjectDoc) -> int:
    mask = 0
    for need in project.needs:
        if need.is_open:
            mask |= KIND_BITS.get(need.kind, 0)
    return mask


def needed_resources(project: ProjectDoc) -> int:
    mask = 0
    for need in project.needs:
        if need.is_open:
            mask |= lexicon.resource_mask(f"{need.description} {need.unit}")
    return mask


def still_needed(project: ProjectDoc) -> float:
    shares = [min(max(n.remaining / n.quantity, 0.0), 1.0) for n in project.needs if n.quantity > 0]
    return sum(shares) / len(shares) if shares else 0.0


def nearest_deadline(project: ProjectDoc) -> int:
    deadlines = [n.deadline.toordinal() for n in project.needs if n.is_open and n.deadline]
    return min(deadlines, default=NO_DEADLINE)


@dataclass(frozen=True)
class SponsorFacts:
    offer_kinds: int  # bits of what it can give
    resources: int  # bits of the particular resources its offers name
    district: int  # code, -1 if unknown
    own_district_only: bool
    favourites: np.ndarray  # bool[32], by category number

    @classmethod
    def of(cls, sponsor: SponsorDoc) -> SponsorFacts:
        favourites = np.zeros(32, bool)
        for number in sponsor.favourite_categories:
            if 1 <= number <= 26:
                favourites[number] = True
        district = district_code(sponsor.home_district())
        return cls(offer_kinds(sponsor), offered_resources(sponsor), district,
                   sponsor.insists_on_own_district() and district >= 0, favourites)

    def resource_bonus(self, facts: ProjectFacts, weights: Weights) -> np.ndarray:
        """``offer_meets_need`` for every project one of whose open needs asks for a
        particular thing this sponsor offers; zero elsewhere."""
        if not self.resources or not weights.offer_meets_need:
            return np.zeros(len(facts.resources), np.float32)
        return (weights.offer_meets_need * ((facts.resources & self.resources) != 0)).astype(np.float32)


    def table(self, weights: Weights) -> np.ndarray:
        """Structured bonus for every packed project code; -inf where the project is not allowed."""
        same_district = (self.district == _CODE_DISTRICT) & (self.district >= 0)
        table = (
            weights.offer_fits_need * ((_CODE_KINDS & self.offer_kinds) != 0)
            + weights.same_district * same_district
            + weights.favourite_category * self.favourites[_CODE_CATEGORY & 0b11111]
        ).astype(np.float32)
        allowed = (_CODE_KINDS != 0) & (same_district | (not self.own_district_only))
        table[~allowed] = -np.inf
        return table


def offer_kinds(sponsor: SponsorDoc) -> int:
    """Bits of the sponsor's offers; without any, the kinds its interests mention.

    Whoever brings a skill (a doctor, a lawyer) also brings the person: a skill offer
    answers a need for volunteers too. The reverse does not hold.
    """
    mask = 0
    for offer in sponsor.offers:
        mask |= KIND_BITS.get(offer.kind, 0)
    if not mask:
        mask = _kinds_mentioned(f"{sponsor.interests} {sponsor.industry}")
    if mask & KIND_BITS["skill"]:
        mask |= KIND_BITS["volunteers"]
    return mask


def offered_resources(sponsor: SponsorDoc) -> int:
    """What its offers name; without offers, what its interests and trade name."""
    texts = [offer.description for offer in sponsor.offers] or [sponsor.interests, sponsor.industry]
    return lexicon.resource_mask(" ".join(texts))


def _kinds_mentioned(text: str) -> int:
    mask = 0
    for kind in lexicon.resource_kinds().values():
        if any(word in text for word in kind.keywords):
            mask |= KIND_BITS[kind.code]
    return mask


def prior(facts: ProjectFacts, today: date, weights: Weights) -> np.ndarray:
    """The part of every sponsor's score that depends on the project alone (and the day)."""
    days_left = facts.deadline.astype(np.int64) - today.toordinal()
    soon = (days_left >= 0) & (days_left <= weights.deadline_days)
    return (weights.still_needed * facts.still_needed + weights.deadline_soon * soon).astype(np.float32)


@dataclass(frozen=True)
class PairFit:
    """What one sponsor and one project have in common: the stuff of reasons."""

    allowed: bool
    shared_kinds: int
    shared_resources: int
    same_district: bool
    favourite: bool
    still_needed: float
    deadline_soon: bool


def pair_fit(facts: ProjectFacts, sponsor: SponsorFacts, row: int, today: date, weights: Weights) -> PairFit:
    same_district = bool(sponsor.district >= 0 and facts.district[row] == sponsor.district)
    days_left = int(facts.deadline[row]) - today.toordinal()
    return PairFit(
        allowed=bool(facts.open_kinds[row]) and (same_district or not sponsor.own_district_only),
        shared_kinds=int(facts.open_kinds[row]) & sponsor.offer_kinds,
        shared_resources=int(facts.resources[row]) & sponsor.resources,
        same_district=same_district,
        favourite=bool(sponsor.favourites[facts.category[row]]),
        still_needed=float(facts.still_needed[row]),
        deadline_soon=0 <= days_left <= weights.deadline_days,
    )
