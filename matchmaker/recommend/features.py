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


def kinds_of(mask: int) -> list[str]:
    return [kind for kind, bit in KIND_BITS.items() if mask & bit]


@dataclass(frozen=True)
class ProjectFacts:
    """One entry per indexed project, in index row order."""

    category: np.ndarray  # int16, 1-26 (0 if unknown)
    district: np.ndarray  # int16, code in DISTRICT_CODES, -1 if unknown
    open_kinds: np.ndarray  # uint8, bits of the kinds of the open needs
    still_needed: np.ndarray  # float32, mean over needs of remaining / quantity
    deadline: np.ndarray  # int32, ordinal of the nearest open need's deadline
    unit: np.ndarray  # int32, code in ``units``, -1 if none
    units: list  # code → unit id

    @classmethod
    def of(cls, projects: Sequence[ProjectDoc]) -> ProjectFacts:
        unit_codes: dict = {}
        for project in projects:
            if project.unit_id is not None:
                unit_codes.setdefault(project.unit_id, len(unit_codes))
        return cls(
            category=np.array([p.category if 1 <= (p.category or 0) <= 26 else 0 for p in projects], np.int16),
            district=np.array([district_code(p.district) for p in projects], np.int16),
            open_kinds=np.array([open_kinds(p) for p in projects], np.uint8),
            still_needed=np.array([still_needed(p) for p in projects], np.float32),
            deadline=np.array([nearest_deadline(p) for p in projects], np.int32),
            unit=np.array([unit_codes.get(p.unit_id, -1) for p in projects], np.int32),
            units=list(unit_codes),
        )

    @property
    def eligible(self) -> np.ndarray:
        return self.open_kinds != 0

    def nbytes(self) -> int:
        arrays = (self.category, self.district, self.open_kinds, self.still_needed, self.deadline, self.unit)
        return sum(array.nbytes for array in arrays)


def district_code(text: str) -> int:
    return DISTRICT_CODES.get(lexicon.normalise_district(text or ""), -1)


def open_kinds(project: ProjectDoc) -> int:
    mask = 0
    for need in project.needs:
        if need.is_open:
            mask |= KIND_BITS.get(need.kind, 0)
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
    district: int  # code, -1 if unknown
    own_district_only: bool
    favourites: np.ndarray  # bool[27], by category number

    @classmethod
    def of(cls, sponsor: SponsorDoc) -> SponsorFacts:
        favourites = np.zeros(27, bool)
        for number in sponsor.favourite_categories:
            if 1 <= number <= 26:
                favourites[number] = True
        district = district_code(sponsor.home_district())
        return cls(offer_kinds(sponsor), district, sponsor.insists_on_own_district() and district >= 0, favourites)


def offer_kinds(sponsor: SponsorDoc) -> int:
    """Bits of the sponsor's offers; without any, the kinds its interests mention."""
    mask = 0
    for offer in sponsor.offers:
        mask |= KIND_BITS.get(offer.kind, 0)
    if mask:
        return mask
    text = f"{sponsor.interests} {sponsor.industry}"
    for kind in lexicon.resource_kinds().values():
        if any(word in text for word in kind.keywords):
            mask |= KIND_BITS[kind.code]
    return mask


@dataclass(frozen=True)
class Fit:
    """Structured fit of one sponsor with some projects (arrays aligned with ``rows``)."""

    allowed: np.ndarray  # bool: eligible and in the sponsor's district if it insists
    shared_kinds: np.ndarray  # uint8 bits offered and still needed
    same_district: np.ndarray  # bool
    favourite: np.ndarray  # bool
    still_needed: np.ndarray  # float32
    deadline_soon: np.ndarray  # bool

    def bonus(self, weights: Weights) -> np.ndarray:
        return (
            weights.offer_fits_need * (self.shared_kinds != 0)
            + weights.same_district * self.same_district
            + weights.favourite_category * self.favourite
            + weights.still_needed * self.still_needed
            + weights.deadline_soon * self.deadline_soon
        ).astype(np.float32)


def fit(facts: ProjectFacts, sponsor: SponsorFacts, rows: np.ndarray | slice, today: date, weights: Weights) -> Fit:
    district = facts.district[rows]
    same_district = (district == sponsor.district) & (sponsor.district >= 0)
    open_kinds = facts.open_kinds[rows]
    allowed = open_kinds != 0
    if sponsor.own_district_only:
        allowed &= same_district
    days_left = facts.deadline[rows].astype(np.int64) - today.toordinal()
    return Fit(
        allowed=allowed,
        shared_kinds=open_kinds & sponsor.offer_kinds,
        same_district=same_district,
        favourite=sponsor.favourites[facts.category[rows]],
        still_needed=facts.still_needed[rows],
        deadline_soon=(days_left >= 0) & (days_left <= weights.deadline_days),
    )
