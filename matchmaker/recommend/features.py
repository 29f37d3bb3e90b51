"""Structured fit between sponsors and projects, as numpy arrays over all projects.

Resource kinds are bits (money=1, goods=2, venue=4, skill=8, volunteers=16), particular
resources (data/resources.tsv) and causes (data/causes.tsv) are bits too, so "does the
sponsor offer something this project still needs" or "does this project serve a cause the
sponsor cares for" is one AND over every project.

Every evaluation set was graded the same way at heart: a project fits a sponsor when it
serves a cause the sponsor cares for AND the sponsor can give what it still needs. So the
two are read apart, each as a fit from 0 to 1 (``cause_fit``, ``resource_fit``), and
weighted alone and together (weights.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import NamedTuple

import numpy as np

from . import lexicon
from .docs import NEED_KINDS, NeedDoc, OfferDoc, ProjectDoc, SponsorDoc, says_any_cause
from .learned import Reader
from .weights import Weights

KIND_BITS = {kind: 1 << position for position, kind in enumerate(NEED_KINDS)}
NO_DEADLINE = np.iinfo(np.int32).max
DISTRICT_CODES = {name: code for code, name in enumerate(lexicon.district_names())}
# The word lists alone: what every reading below does unless given the learned reader too.
LISTS_ONLY = Reader.empty()


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


def pack_needs(open_kinds: np.ndarray, unread_kinds: np.ndarray) -> np.ndarray:
    return open_kinds.astype(np.uint16) | unread_kinds.astype(np.uint16) << 5


_NEED_CODES = np.arange(1 << 10)


def _bits(mask: int) -> list[int]:
    return [position for position in range(mask.bit_length()) if mask >> position & 1]


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
    causes: np.ndarray  # uint32, bits of the causes its title, target, service type or programme name
    # float32[cause, project]: 1 where the project is for the cause, plus ``cause_mentioned``
    # where its description names it. A row per cause, so a sponsor's few causes are a
    # few contiguous rows to add, not a pass over every project per level of fit.
    cause_strength: np.ndarray
    still_needed: np.ndarray  # float32, mean over needs of remaining / quantity
    deadline: np.ndarray  # int32, ordinal of the nearest open need's deadline
    unit: np.ndarray  # int32, code in ``units``, -1 if none
    units: list  # code → unit id
    code: np.ndarray  # int16, ``pack`` of open kinds, district and category
    need_code: np.ndarray  # uint16, open kinds | unread kinds << 5: what a resource fit reads of the needs

    @classmethod
    def of(cls, projects: Sequence[ProjectDoc], weights: Weights,
           readings: Sequence[ProjectReading] | None = None) -> ProjectFacts:
        """``readings``: each project's ``project_reading``, if kept from an earlier build
        (or read with the learned reader); else read now by the word lists alone."""
        unit_codes: dict = {}
        for project in projects:
            if project.unit_id is not None:
                unit_codes.setdefault(project.unit_id, len(unit_codes))
        category = np.array([p.category if 1 <= (p.category or 0) <= 26 else 0 for p in projects], np.int16)
        district = np.array([district_code(p.district) for p in projects], np.int16)
        kinds = np.array([open_kinds(p) for p in projects], np.uint8)
        readings = readings if readings is not None else [project_reading(p) for p in projects]
        unread = np.array([unread_kinds(p, r) for p, r in zip(projects, readings, strict=True)], np.uint8)
        programmes = lexicon.programme_causes()
        read = np.array([reading.causes for reading in readings], np.uint64)
        served = (read & 0xFFFFFFFF).astype(np.uint32)
        served |= np.array([programmes.get(p.category, 0) for p in projects], np.uint32)
        mentioned = (read >> np.uint64(32)).astype(np.uint32)
        return cls(
            category=category,
            district=district,
            open_kinds=kinds,
            resources=np.array([needed_resources(p, r) for p, r in zip(projects, readings, strict=True)], np.uint64),
            unread_kinds=unread,
            causes=served,
            cause_strength=cause_strength(served, mentioned, weights),
            still_needed=np.array([still_needed(p) for p in projects], np.float32),
            deadline=np.array([nearest_deadline(p) for p in projects], np.int32),
            unit=np.array([unit_codes.get(p.unit_id, -1) for p in projects], np.int32),
            units=list(unit_codes),
            code=pack(kinds, district, category),
            need_code=pack_needs(kinds, unread),
        )

    def take(self, rows: slice) -> ProjectFacts:
        """The same facts for some rows only (one project's fit, computed as for all)."""
        arrays = {f.name: getattr(self, f.name)[rows] for f in fields(self) if f.name not in ("units", "cause_strength")}
        return ProjectFacts(**arrays, cause_strength=self.cause_strength[:, rows], units=self.units)

    @property
    def eligible(self) -> np.ndarray:
        return self.open_kinds != 0

    def nbytes(self) -> int:
        arrays = (self.category, self.district, self.open_kinds, self.resources, self.unread_kinds, self.causes,
                  self.cause_strength, self.still_needed, self.deadline, self.unit, self.code, self.need_code)
        return sum(array.nbytes for array in arrays)


def district_code(text: str) -> int:
    return DISTRICT_CODES.get(lexicon.normalise_district(text or ""), -1)


def open_kinds(project: ProjectDoc) -> int:
    mask = 0
    for need in project.needs:
        if need.is_open:
            mask |= KIND_BITS.get(need.kind, 0)
    return mask


class ProjectReading(NamedTuple):
    """What is read from a project's words, kept beside its tokens: a rebuild reads only new
    or changed text (needs open and close without their words changing)."""

    causes: int  # ``causes_read``
    needs: tuple[int, ...]  # each need's ``need_resources``, in order


def project_reading(project: ProjectDoc, reader: Reader = LISTS_ONLY) -> ProjectReading:
    return ProjectReading(causes_read(project, reader), tuple(need_resources(need, reader) for need in project.needs))


def needed_resources(project: ProjectDoc, reading: ProjectReading) -> int:
    mask = 0
    for need, resources in zip(project.needs, reading.needs, strict=True):
        if need.is_open:
            mask |= resources
    return mask


def need_resources(need: NeedDoc, reader: Reader = LISTS_ONLY) -> int:
    """What a need asks for by its words (and what the reader learned to read in them), or
    failing those by its head noun and unit."""
    words = lexicon.subject_first(lexicon.resource_mask(f"{need.description} {need.unit}")
                                  & lexicon.resources_of_kind(need.kind))
    return reader.need_resources(need, words) or lexicon.head_mask(need.description, need.unit, need.kind)


def unread_kinds(project: ProjectDoc, reading: ProjectReading) -> int:
    """Kinds of its open needs that do not say which thing they ask for ("专业志愿者")."""
    mask = 0
    for need, resources in zip(project.needs, reading.needs, strict=True):
        if need.is_open and not resources:
            mask |= KIND_BITS.get(need.kind, 0)
    return mask


def cause_strength(served: np.ndarray, mentioned: np.ndarray, weights: Weights) -> np.ndarray:
    strength = np.zeros((len(lexicon.causes()), len(served)), np.float32)
    for position in range(len(strength)):
        bit = np.uint32(1 << position)
        strength[position] = ((served & bit) != 0) + weights.cause_mentioned * ((mentioned & bit) != 0)
    return strength


def causes_read(project: ProjectDoc, reader: Reader = LISTS_ONLY) -> int:
    """The causes its title, service target and type name (less those the reader rules out),
    or the reader learned to read in its words (what it is for: the low 32 bits), and those its
    description names (the high 32), in one int. Its programme's are added apart: they are not
    read from its text."""
    named = lexicon.cause_mask(" ".join((project.title, project.service_target, project.service_type)))
    served = reader.project_causes(project, named)
    return served | lexicon.cause_mask(project.description) << 32


def still_needed(project: ProjectDoc) -> float:
    shares = [min(max(n.remaining / n.quantity, 0.0), 1.0) for n in project.needs if n.quantity > 0]
    return sum(shares) / len(shares) if shares else 0.0


def nearest_deadline(project: ProjectDoc) -> int:
    deadlines = [n.deadline.toordinal() for n in project.needs if n.is_open and n.deadline]
    return min(deadlines, default=NO_DEADLINE)


@dataclass(frozen=True)
class SponsorFacts:
    offer_kinds: int  # bits of what it can give
    resources: int  # bits of the particular resources its offers and its trade name
    district: int  # code, -1 if unknown
    own_district_only: bool
    favourites: np.ndarray  # bool[32], by category number
    causes: int = 0  # bits of the causes its own words name (and its favourite programmes')
    causes_of_trade: int = 0  # bits of the causes its trade is close to ("驾校" → 交通出行) or its offers name, not its interests
    any_cause: bool = False  # names no cause, or says any will do: every project's cause fits
    offers_people: bool = False  # gives people, not only the people its skill brings
    unread_kinds: int = 0  # kinds of its offers that do not say which thing they give
    in_person: bool = False  # a merchant or a person: its hands reach so far
    causes_related: int = 0  # bits of the causes close to those it names (not named themselves)
    near_resources: int = 0  # bits of the resources next to those it gives (not given themselves)
    causes_offered: int = 0  # bits of the causes only its offers name ("给独居老人送餐"), counted as its trade's

    @classmethod
    def of(cls, sponsor: SponsorDoc, reader: Reader = LISTS_ONLY) -> SponsorFacts:
        favourites = np.zeros(32, bool)
        # What a sponsor is ("退休教师", "老党员") is not what it cares for, though the words
        # are the same: its trade's words are blanked before its causes are read. Its interests
        # say whom it cares for; an offer says what it gives ("公众号推送", "卫生纸", "演出"), so
        # the causes only an offer names count as its trade's do, not as its own.
        learned = reader.sponsor(sponsor)
        causes = lexicon.cause_mask(lexicon.without_trades(sponsor.interests)) & ~learned.doubted
        offered = lexicon.cause_mask(lexicon.without_trades(" ".join(offer.description for offer in sponsor.offers)))
        for number in sponsor.favourite_categories:
            if 1 <= number <= 26:
                favourites[number] = True
                causes |= lexicon.programme_causes().get(number, 0)
        causes |= learned.causes
        # Without offers, its trade is all that says what it gives.
        trades = trades_of(sponsor) if reader.reading.trades or not sponsor.offers else []
        trade_causes = 0
        for trade in trades:
            trade_causes |= trade.causes
        trade_causes |= offered
        related = 0
        for position in _bits(causes):
            related |= lexicon.related_causes().get(position, 0)
        resources = offered_resources(sponsor, trades, reader)
        near = 0
        for position in _bits(resources):
            near |= lexicon.near_resources().get(position, 0)
        district = district_code(sponsor.home_district())
        kinds = offer_kinds(sponsor, trades)
        return cls(
            offer_kinds=kinds,
            resources=resources,
            district=district,
            own_district_only=(sponsor.insists_on_own_district() or learned.own_district) and district >= 0,
            favourites=favourites,
            causes=causes,
            causes_of_trade=trade_causes & ~causes,
            any_cause=not causes or learned.any_cause or says_any_cause(sponsor.interests),
            offers_people=offers_people(sponsor, kinds),
            unread_kinds=offers_unread(sponsor, reader),
            in_person=sponsor.kind in ("merchant", "individual") and bool(kinds & IN_PERSON_KINDS),
            causes_related=related & ~causes & ~trade_causes,
            near_resources=near & ~resources,
            causes_offered=offered & ~causes,
        )

    def fit(self, facts: ProjectFacts, weights: Weights) -> np.ndarray:
        """Cause and resource, weighted alone and together, for every project."""
        cause, resource = self.cause_fit(facts, weights), self.resource_fit(facts, weights)
        # resource × (w_r + w_cr × cause) + w_c × cause, in place: a pass fewer over every project
        combined = cause * np.float32(weights.cause_and_resource)
        combined += np.float32(weights.resource)
        combined *= resource
        cause *= np.float32(weights.cause)
        combined += cause
        return combined

    def cause_fit(self, facts: ProjectFacts, weights: Weights) -> np.ndarray:
        """How much of what this sponsor cares for each project serves, 0..1.

        A cause it names that the project is for counts 1; one the project's description
        only mentions, or one the sponsor's trade is merely close to, counts less. The sum
        is taken over the square root of how many causes the sponsor has (a cosine of two
        sets): a sponsor of many causes is not met by one of them as fully as a sponsor of
        one. A sponsor that names none, or says any will do, is met by every project.
        """
        fit = np.full(len(facts.causes), weights.any_cause if self.any_cause else 0, np.float32)
        if not (self.causes or self.causes_of_trade):
            return fit
        total = np.zeros(len(facts.causes), np.float32)
        for position in _bits(self.causes):
            total += facts.cause_strength[position]
        for position in _bits(self.causes_of_trade):
            total += np.float32(weights.cause_of_trade) * facts.cause_strength[position]
        size = self.causes.bit_count() + weights.cause_of_trade * self.causes_of_trade.bit_count()
        if not size:  # only causes of its trade, weighted 0
            return fit
        total *= np.float32(1 / size ** 0.5)
        if weights.related_cause and self.causes_related:
            # A cause close to its own counts a fraction of one, whatever else it names.
            related = np.zeros(len(facts.causes), np.float32)
            for position in _bits(self.causes_related):
                np.maximum(related, facts.cause_strength[position], out=related)
            related *= np.float32(weights.related_cause)
            np.maximum(total, related, out=total)
        np.minimum(total, 1, out=total)
        return np.maximum(fit, total, out=fit)

    def resource_fit(self, facts: ProjectFacts, weights: Weights) -> np.ndarray:
        """How well what it gives meets each project's open needs, 0..1.

        The very thing a need asks for counts 1, and so does any venue, money or people for a
        need of that kind (no finer sorts of those). ``resource_partial`` where it is less
        sure: money toward goods (goods are bought), and the same kind of goods or skill where
        one side does not say which thing: one skill does not stand in for another (a barber
        and a need for a lecturer are both "skills").
        """
        # By kind, from a table over every (open kinds, unread kinds) code made per sponsor:
        # one lookup per project instead of several passes.
        exact_kinds, partial_kinds, unsaid = self._kinds_meeting()
        open_, unread = _NEED_CODES & 0b11111, _NEED_CODES >> 5
        skill_people = self._skill_people()
        partial_kinds &= ~skill_people
        table = np.where((open_ & (partial_kinds & unsaid)) | (unread & partial_kinds), weights.resource_partial, 0)
        if skill_people and weights.skill_people:
            # A skill's own people toward a need for hands (a barber's barbers): a weight of its
            # own, as sets 3-7's graders count it less than other partial fits, or not at all.
            table = np.maximum(table, np.where(open_ & skill_people, weights.skill_people, 0))
        goods = KIND_BITS["goods"]
        if self.offer_kinds & goods and weights.other_goods:
            # Goods of one sort toward a need for goods of another: some graders count it.
            table = np.maximum(table, np.where(open_ & goods, weights.other_goods, 0))
        venue = KIND_BITS["venue"]
        if exact_kinds & venue and self.resources & lexicon.resources_of_kind_only("venue"):
            # It says which room it has: any room meets only a need that does not say which;
            # one that does is met by the very room (below), a neighbouring one in part, another less.
            exact_kinds &= ~venue
            table = np.maximum(table, np.where(open_ & venue, weights.venue_other, 0))
            table[(unread & venue) != 0] = 1
        table[(open_ & exact_kinds) != 0] = 1
        fit = table.astype(np.float32)[facts.need_code]
        if self.near_resources and weights.resource_near:
            near = (facts.resources & np.uint64(self.near_resources)) != 0
            np.maximum(fit, near * np.float32(weights.resource_near), out=fit)
        if self.resources:
            np.maximum(fit, (facts.resources & np.uint64(self.resources)) != 0, out=fit)
        return fit

    def kinds_for(self, open_kinds: int, unread_kinds: int) -> int:
        """The kinds of one project's open needs that what it gives meets, fully or in part."""
        exact_kinds, partial_kinds, unsaid = self._kinds_meeting()
        return open_kinds & (exact_kinds | partial_kinds & unsaid) | unread_kinds & partial_kinds

    def _kinds_meeting(self) -> tuple[int, int, int]:
        """(kinds met by kind alone, kinds met only in part, kinds met in part by any need of
        that kind, whatever it asks)."""
        money, goods, people = KIND_BITS["money"], KIND_BITS["goods"], KIND_BITS["volunteers"]
        exact_kinds = self.offer_kinds & EXACT_KINDS
        partial_kinds = self.offer_kinds & ~EXACT_KINDS
        unsaid = self.unread_kinds
        if self.offer_kinds & money:
            partial_kinds |= goods
            unsaid |= goods
        if self.offer_kinds & KIND_BITS["skill"] and not self.offers_people:
            # A barber brings barbers: people, but for the one thing they do.
            exact_kinds &= ~people
            partial_kinds |= people
            unsaid |= people
        return exact_kinds, partial_kinds, unsaid

    def _skill_people(self) -> int:
        """The people bit, when its people are only those its skill brings."""
        skill, people = KIND_BITS["skill"], KIND_BITS["volunteers"]
        return people if self.offer_kinds & skill and not self.offers_people else 0

    def table(self, weights: Weights) -> np.ndarray:
        """Bonus for every packed project code (district, programme); -inf where the project is
        not allowed."""
        same_district = (self.district == _CODE_DISTRICT) & (self.district >= 0)
        table = (
            weights.same_district * same_district
            + weights.favourite_category * self.favourites[_CODE_CATEGORY & 0b11111]
        ).astype(np.float32)
        # City districts are codes 0-5 (districts.tsv); a county is far from everything else.
        elsewhere = (_CODE_DISTRICT >= 0) & ~same_district
        far = elsewhere & ((self.district > 5) | (_CODE_DISTRICT > 5))
        if weights.far_in_person and self.in_person and self.district >= 0:
            table -= np.float32(weights.far_in_person) * far
        venue = KIND_BITS["venue"]
        if self.offer_kinds & venue and self.district >= 0 and (weights.venue_far or weights.venue_elsewhere):
            # A room serves its own district: where a project needs one in another, the sponsor's
            # room is little use to it (in the next district), or none (across the city's edge).
            needs_room = (_CODE_KINDS & venue) != 0
            table -= np.float32(weights.venue_far) * (needs_room & far)
            table -= np.float32(weights.venue_elsewhere) * (needs_room & elsewhere & ~far)
        allowed = (_CODE_KINDS != 0) & (same_district | (not self.own_district_only))
        table[~allowed] = -np.inf
        return table


# Kinds with no finer sort here: any venue, any money, any people meet the need for them.
EXACT_KINDS = KIND_BITS["money"] | KIND_BITS["venue"] | KIND_BITS["volunteers"]
# What is given by being there: hands, a skill, a room. Money and goods travel.
IN_PERSON_KINDS = KIND_BITS["venue"] | KIND_BITS["skill"] | KIND_BITS["volunteers"]


def trades_of(sponsor: SponsorDoc) -> list[lexicon.Trade]:
    offers = " ".join(offer.description for offer in sponsor.offers)
    return lexicon.trades_named(f"{sponsor.name} {sponsor.industry}", f"{sponsor.interests} {offers}")


def offer_kinds(sponsor: SponsorDoc, trades: Sequence[lexicon.Trade] = ()) -> int:
    """Bits of the sponsor's offers; without any, the kinds its interests mention and its
    trade gives.

    Whoever brings a skill (a doctor, a lawyer) also brings the person: a skill offer
    answers a need for volunteers too (partly: ``offers_people``). The reverse does not hold.
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


def offers_people(sponsor: SponsorDoc, kinds: int) -> bool:
    """It gives hands for any work, not only the people its skill brings."""
    if not kinds & KIND_BITS["volunteers"]:
        return False
    if sponsor.offers:
        return any(offer.kind == "volunteers" for offer in sponsor.offers)
    return bool(_kinds_mentioned(sponsor.interests) & KIND_BITS["volunteers"])


def offered_resources(sponsor: SponsorDoc, trades: Sequence[lexicon.Trade] = (), reader: Reader = LISTS_ONLY) -> int:
    """What its offers name and its trade gives; without offers, what its interests name too."""
    mask = 0
    for offer in sponsor.offers:
        mask |= offer_resources(offer, reader)
    if not sponsor.offers:
        mask = lexicon.resource_mask(f"{sponsor.interests} {sponsor.industry}")
    for trade in trades:
        mask |= trade.resources
    return mask


def offer_resources(offer: OfferDoc, reader: Reader = LISTS_ONLY) -> int:
    """What an offer gives by its words (and what the reader learned to read in them), or
    failing those by its head noun ("实木课桌" → 家具)."""
    words = lexicon.subject_first(lexicon.resource_mask(offer.description) & lexicon.resources_of_kind(offer.kind))
    return reader.offer_resources(offer, words) or lexicon.head_mask(offer.description, "", offer.kind)


def offers_unread(sponsor: SponsorDoc, reader: Reader = LISTS_ONLY) -> int:
    mask = 0
    for offer in sponsor.offers:
        if not offer_resources(offer, reader):
            mask |= KIND_BITS.get(offer.kind, 0)
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
    shared_causes: int  # causes the sponsor names (in its interests or offers) that the project is for
    same_district: bool
    favourite: bool
    still_needed: float
    deadline_soon: bool


def pair_fit(facts: ProjectFacts, sponsor: SponsorFacts, row: int, today: date, weights: Weights) -> PairFit:
    same_district = bool(sponsor.district >= 0 and facts.district[row] == sponsor.district)
    days_left = int(facts.deadline[row]) - today.toordinal()
    # The very thing it needs: the kinds it offers are named too (所需物资 beside 药品).
    shared_resources = int(facts.resources[row]) & sponsor.resources
    return PairFit(
        allowed=bool(facts.open_kinds[row]) and (same_district or not sponsor.own_district_only),
        shared_kinds=sponsor.kinds_for(int(facts.open_kinds[row]), int(facts.unread_kinds[row]))
        | (int(facts.open_kinds[row]) & sponsor.offer_kinds if shared_resources else 0),
        shared_resources=shared_resources,
        shared_causes=int(facts.causes[row]) & (sponsor.causes | sponsor.causes_offered),
        same_district=same_district,
        favourite=bool(sponsor.favourites[facts.category[row]]),
        still_needed=float(facts.still_needed[row]),
        deadline_soon=0 <= days_left <= weights.deadline_days,
    )
