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
from .docs import NEED_KINDS, ProjectDoc, SponsorDoc, says_any_cause
from .weights import Weights

ACTIVITY_RESOURCES = True
CAUSE_MODE = 'max'
CAUSE_POWER = 0.5
UNREAD_RULE = True
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
    resources: np.ndarray  # uint64, bits of the particular resources the open needs name
    unread_kinds: np.ndarray  # uint8, kinds of open needs whose words name no particular resource
    causes: np.ndarray  # uint64, bits of the causes its title, target, service type or programme name
    causes_mentioned: np.ndarray  # uint64, bits of the causes only its description names
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
            resources=np.array([needed_resources(p) for p in projects], np.uint64),
            unread_kinds=np.array([unread_kinds(p) for p in projects], np.uint8),
            causes=np.array([served_causes(p) for p in projects], np.uint64),
            causes_mentioned=np.array([lexicon.cause_mask(p.description) for p in projects], np.uint64),
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
        arrays = (self.category, self.district, self.open_kinds, self.resources, self.unread_kinds, self.causes, self.causes_mentioned,
                  self.still_needed, self.deadline, self.unit, self.code)
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
    if ACTIVITY_RESOURCES and any(need.is_open and need.kind in ("volunteers", "skill") for need in project.needs):
        # The people it asks for do what the project does: "课后作业辅导" asking for
        # "大学生志愿者" wants tutors.
        mask |= lexicon.resource_mask(f"{project.title} {project.service_type}")
    return mask


def unread_kinds(project: ProjectDoc) -> int:
    mask = 0
    for need in project.needs:
        if need.is_open and not lexicon.resource_mask(f"{need.description} {need.unit}"):
            mask |= KIND_BITS.get(need.kind, 0)
    return mask


def served_causes(project: ProjectDoc) -> int:
    """What the project is for, from the fields that say so; the description only mentions."""
    text = " ".join((project.title, project.service_target, project.service_type))
    return lexicon.cause_mask(text) | lexicon.programme_causes().get(project.category, 0)


def still_needed(project: ProjectDoc) -> float:
    shares = [min(max(n.remaining / n.quantity, 0.0), 1.0) for n in project.needs if n.quantity > 0]
    return sum(shares) / len(shares) if shares else 0.0


def nearest_deadline(project: ProjectDoc) -> int:
    deadlines = [n.deadline.toordinal() for n in project.needs if n.is_open and n.deadline]
    return min(deadlines, default=NO_DEADLINE)


@dataclass(frozen=True)
class SponsorFacts:
    offer_kinds: int  # bits of what it can give
    resources: int  # bits of the particular resources its offers (or its trade) name
    district: int  # code, -1 if unknown
    own_district_only: bool
    favourites: np.ndarray  # bool[32], by category number
    causes: int = 0  # bits of the causes its own words name (and its favourite programmes')
    causes_of_trade: int = 0  # bits of the causes its trade is close to ("驾校" → 交通出行)
    offers_people: bool = False  # says it gives people, not only the people its skill brings
    unread_kinds: int = 0  # kinds of its offers whose words name no particular resource
    any_cause: bool = False  # names no cause, or says any will do: then every project's cause fits

    @classmethod
    def of(cls, sponsor: SponsorDoc) -> SponsorFacts:
        favourites = np.zeros(32, bool)
        own_words = f"{sponsor.interests} {' '.join(o.description for o in sponsor.offers)}"
        causes = lexicon.cause_mask(lexicon.without_trades(own_words))
        for number in sponsor.favourite_categories:
            if 1 <= number <= 26:
                favourites[number] = True
                causes |= lexicon.programme_causes().get(number, 0)
        trades = trades_of(sponsor)
        trade_causes = 0
        for trade in trades:
            trade_causes |= trade.causes
        district = district_code(sponsor.home_district())
        kinds = offer_kinds(sponsor, trades)
        people = bool(kinds & KIND_BITS["volunteers"]) and (
            any(offer.kind == "volunteers" for offer in sponsor.offers)
            or not sponsor.offers and bool(_kinds_mentioned(sponsor.interests) & KIND_BITS["volunteers"]))
        return cls(kinds, offered_resources(sponsor, trades), district,
                   sponsor.insists_on_own_district() and district >= 0, favourites, causes, trade_causes & ~causes,
                   people, offers_unread(sponsor), not causes or says_any_cause(sponsor.interests))

    def resource_bonus(self, facts: ProjectFacts, weights: Weights) -> np.ndarray:
        """``offer_meets_need`` for every project one of whose open needs asks for a
        particular thing this sponsor offers; zero elsewhere."""
        if not self.resources or not weights.offer_meets_need:
            return np.zeros(len(facts.resources), np.float32)
        return (weights.offer_meets_need * ((facts.resources & np.uint64(self.resources)) != 0)).astype(np.float32)

    def cause_fit(self, facts: ProjectFacts, weights: Weights) -> np.ndarray:
        """How surely each project serves a cause this sponsor cares for, 0..1: a cause it
        names that the project is for counts 1; one the project only mentions, or one the
        sponsor's trade is merely close to, counts less."""
        named, near = np.uint64(self.causes), np.uint64(self.causes_of_trade)
        fit = np.full(len(facts.causes), weights.any_cause if self.any_cause else 0, np.float32)
        if not (self.causes or self.causes_of_trade):
            return fit
        levels = (
            (facts.causes & named, 1.0),
            (facts.causes & near, weights.cause_of_trade),
            (facts.causes_mentioned & named, weights.cause_mentioned),
            (facts.causes_mentioned & near, weights.cause_of_trade * weights.cause_mentioned),
        )
        if CAUSE_MODE == "max":
            for shared, level in levels:
                np.maximum(fit, np.where(shared != 0, np.float32(level), np.float32(0)), out=fit)
            return fit
        # "count": each shared cause adds, over the sponsor's number of causes
        total = np.zeros(len(facts.causes), np.float32)
        for shared, level in levels:
            total += level * np.bitwise_count(shared).astype(np.float32)
        size = max(bin(self.causes).count("1") + weights.cause_of_trade * bin(self.causes_of_trade).count("1"), 1)
        return np.maximum(fit, np.minimum(total / size ** CAUSE_POWER, 1))

    def resource_fit(self, facts: ProjectFacts) -> np.ndarray:
        """How well what it gives meets each project's open needs, 0..1: the very thing, or a
        venue, money or people (no finer kinds of those), counts 1; only the same kind of goods
        or skill, or money toward goods (goods are bought), counts half."""
        exact_kinds = self.offer_kinds & EXACT_KINDS
        partial_kinds = self.offer_kinds & ~EXACT_KINDS
        if self.offer_kinds & KIND_BITS["money"]:
            partial_kinds |= KIND_BITS["goods"]
        if self.offer_kinds & KIND_BITS["skill"] and not self.offers_people:
            # A barber brings barbers: people, but for the one thing they do.
            exact_kinds &= ~KIND_BITS["volunteers"]
            partial_kinds |= KIND_BITS["volunteers"]
        if UNREAD_RULE:
            # One skill does not stand in for another: a barber and a need for a lecturer are
            # both "skills". Half a fit only where one side does not say which.
            blind = partial_kinds & (self.unread_kinds | KIND_BITS["volunteers"])
            partial = ((facts.open_kinds & blind) != 0) | ((facts.unread_kinds & partial_kinds) != 0)
            if self.offer_kinds & KIND_BITS["money"]:
                partial |= (facts.open_kinds & KIND_BITS["goods"]) != 0
        else:
            partial = (facts.open_kinds & partial_kinds) != 0
        fit = np.where(partial, np.float32(0.5), np.float32(0))
        exact = (facts.open_kinds & exact_kinds) != 0
        if self.resources:
            exact |= (facts.resources & np.uint64(self.resources)) != 0
        fit[exact] = 1.0
        return fit

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


# Kinds with no finer sort here: any venue, any money, any people meet the need for them.
EXACT_KINDS = KIND_BITS["money"] | KIND_BITS["venue"] | KIND_BITS["volunteers"]


def offers_unread(sponsor: SponsorDoc) -> int:
    mask = 0
    for offer in sponsor.offers:
        if not lexicon.resource_mask(offer.description):
            mask |= KIND_BITS.get(offer.kind, 0)
    return mask


def expansion_text(facts: SponsorFacts) -> str:
    """The names of the causes it cares for and of the things it can give, in the projects'
    words: a one-line profile ("退休教师") then also finds "课业辅导" and "儿童"."""
    causes = [c.name for position, c in enumerate(lexicon.causes()) if (facts.causes | facts.causes_of_trade) >> position & 1]
    gives = [r.name for position, r in enumerate(lexicon.resources()) if facts.resources >> position & 1]
    return " ".join([*causes, *gives])


def trades_of(sponsor: SponsorDoc) -> list[lexicon.Trade]:
    offers = " ".join(offer.description for offer in sponsor.offers)
    return lexicon.trades_named(f"{sponsor.name} {sponsor.industry}", f"{sponsor.interests} {offers}")


def offer_kinds(sponsor: SponsorDoc, trades: Sequence[lexicon.Trade] = ()) -> int:
    """Bits of the sponsor's offers; without any, the kinds its interests mention and its
    trade gives.

    Whoever brings a skill (a doctor, a lawyer) also brings the person: a skill offer
    answers a need for volunteers too. The reverse does not hold.
    """
    mask = 0
    for offer in sponsor.offers:
        mask |= KIND_BITS.get(offer.kind, 0)
    if not mask:
        mask = _kinds_mentioned(f"{sponsor.interests} {sponsor.industry}")
        for trade in trades:
            for kind in trade.kinds:
                mask |= KIND_BITS.get(kind, 0)
    if mask & KIND_BITS["skill"]:
        mask |= KIND_BITS["volunteers"]
    return mask


def offered_resources(sponsor: SponsorDoc, trades: Sequence[lexicon.Trade] = ()) -> int:
    """What its offers name; without offers, what its interests and trade name."""
    if sponsor.offers:
        return lexicon.resource_mask(" ".join(offer.description for offer in sponsor.offers))
    mask = lexicon.resource_mask(f"{sponsor.interests} {sponsor.industry}")
    for trade in trades:
        mask |= trade.resources
    return mask


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
