"""Every weight of the recommender, in one place, with the reason for each.

The score of a project for a sponsor is

    text cosine (0..1, TF-IDF over weighted fields, synonyms applied)
    + resource × resource fit (0..1: what the sponsor gives against what is still needed)
    + cause × cause fit (0..1: the causes the project serves against those the sponsor cares for)
    + cause_and_resource × cause fit × resource fit
    + same_district        if both are in the same district
    + favourite_category   if the project is in a programme the sponsor favours
    + still_needed × the share of the project's needs still open (0..1)
    + deadline_soon        if an open need's deadline is within ``deadline_days``

Projects without an open need, and projects outside the district of a sponsor that
insists on its own, are never shown. The values were chosen across the evaluation sets
(``tests/data/recsys_*.json``, ``flask recommend evaluate``; four since the third round, six since the
fifth, seven since the sixth), leaving each out in turn,
preferring round numbers on a plateau to the single best point.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

PROJECT_FIELD_WEIGHTS = ("title", "service_target", "service_type", "needs", "description", "programme_keywords")


@dataclass(frozen=True)
class Weights:
    # How much one occurrence of a word counts in each field of a project, before the
    # sublinear tf (1 + ln) and the IDF. The title and service target say what the
    # project is about; descriptions carry boilerplate. A weight must be 0 or at least
    # 0.5, else the logarithm of a single occurrence turns negative.
    title: float = 3.0
    service_target: float = 2.0
    service_type: float = 1.5
    needs: float = 1.5  # "需要常用药品200盒" is what a sponsor's offer will echo
    description: float = 1.0
    # The programme's key words (data/categories.tsv), added to every project of that
    # programme, so a sponsor saying "普法" finds 法律援助 projects that never say it.
    programme_keywords: float = 1.0

    # The same for the sponsor's side. Interests say what it cares about; the offers'
    # descriptions say what it can give; industry and name hint at both ("连锁药店").
    interests: float = 1.0
    offers: float = 1.0
    industry: float = 0.5
    name: float = 0.5

    # Structured fit, added to the cosine (a relevant project's cosine is typically 0.1-0.4).
    # Every evaluation set was graded the same way at heart: a project fits when it serves a
    # cause the sponsor cares for AND the sponsor can give what it still needs. So cause and
    # resource are read apart (data/causes.tsv, resources.tsv, trades.tsv; features.py), each
    # as a fit from 0 to 1, and added alone and as their product. Chosen by leave-one-set-out
    # over the three sets (docs/recommender.md), round values on the plateau every set shares:
    # NDCG@10 moves by less than 0.01 on each for resource 0.1 ± 0.05, cause_and_resource
    # 0.3 ± 0.1 and cause 0-0.1. Left out in turn over six sets in the fifth round (27 points),
    # no fold gains held out: the values stay.
    resource: float = 0.1  # times the resource fit: what it gives, whatever the cause
    cause: float = 0.05  # times the cause fit: the cause, whatever it gives
    cause_and_resource: float = 0.3  # times their product: both, the graders' best grade
    # The degrees of a fit. ``resource_partial``: the same kind without the very thing, money
    # toward goods, a skill's own people toward a need for hands. 0.5 until the fifth round; left
    # out in turn over six sets (0 / 0.1 / 0.2 / 0.25 / 0.3 / 0.4 / 0.5) five folds pick 0.3 and one
    # 0.25: held out, dev 0.9085 → 0.9065, set 2 0.9137 → 0.9124, set 3 0.8687 → 0.8696, set 4
    # 0.8048 → 0.8231, set 5 0.8167 → 0.8221, set 6 0.7857 → 0.7812 (its fold's 0.25). The graders of
    # sets 3-6 count none of these but money toward goods; the dev set's and set 2's count more.
    resource_partial: float = 0.3
    # A skill's own people toward a need for hands (a barber's barbers), apart from the rest of
    # ``resource_partial`` since the sixth round: sets 3-7's graders count people only where hands
    # are given ("people do not stand in for a skill, nor a skill for people"). Left out in turn over
    # seven sets (0 / 0.1 / 0.15 / 0.2 / 0.3) five folds pick 0.2, two 0; held out against 0.3, dev
    # -0.001, set 2 -0.000, set 3 -0.003, set 4 +0.003, set 5 +0.001, set 6 +0.004, set 7 +0.002.
    skill_people: float = 0.2
    # The two below, on both sides of 0.5, lose on every set (first round).
    cause_mentioned: float = 0.5  # a cause only the project's description names
    cause_of_trade: float = 0.5  # a cause the sponsor's trade is close to but it does not name
    # Rooms of another sort (data/resources.tsv: a hall, a classroom, an open yard, a sports
    # hall, a place to rest) where both sides say which: set 3's and 4's graders count a hall for
    # a yard as nothing, the dev set's and set 2's as a venue. Left out in turn, with
    # ``resource_near`` (1, 0 was the engine before): 0.5 wins on three folds of four.
    venue_other: float = 0.5
    # A neighbouring resource (data/near_resources.tsv: a classroom for a hall, a first-aider
    # where a doctor is asked, painting for handicraft): part of the very thing.
    resource_near: float = 0.5
    # A cause close to one the sponsor names (data/related_causes.tsv: elderly–community …), a
    # fraction of one. Left out in turn over four sets (0 / 0.1 / 0.2 / 0.3): dev 0.896 / 0.897 /
    # 0.895 / 0.893, set 2 0.907 / 0.914 / 0.912 / 0.912, set 3 0.839 / 0.841 / 0.841 / 0.841,
    # set 4 0.767 / 0.769 / 0.770 / 0.773; the folds prefer 0.1-0.3.
    related_cause: float = 0.2
    # Goods of one sort toward a need for goods of another (cotton coats where rice is asked):
    # set 2's graders count it, set 3's do not. Left out in turn, 0 / 0.25 / 0.5 score
    # dev 0.892 / 0.893 / 0.896, set 2 0.895 / 0.899 / 0.899, set 3 0.823 / 0.823 / 0.819.
    other_goods: float = 0.25
    # A shop's or a person's hands, skill or room reach the six city districts, not a far county
    # (nor a county's the city): less for such a project, when the sponsor gives in person. The
    # issue's held-out set reads merchants so; set 2's graders do not read place at all. Left
    # out in turn (0 / 0.02 / 0.05 / 0.1): dev 0.893 / 0.894 / 0.894 / 0.893, set 2 0.899 /
    # 0.899 / 0.898 / 0.898, set 3 0.823 / 0.826 / 0.827 / 0.832. Fifth round, left out in turn over
    # six sets (0 / 0.05 / 0.1 / 0.15 / 0.2): every fold picks 0.1; held out, dev -0.001, set 2
    # 0.000, set 3 +0.004, set 4 +0.004, set 5 +0.003, set 6 +0.002.
    far_in_person: float = 0.1
    # A sponsor with a room, for a project that needs a room in another district: less in the
    # next city district, more across the city's edge (a county); sets 3-6's graders read a room so.
    # Left out in turn over six sets (far 0-0.3 × elsewhere 0-0.1), five folds pick elsewhere 0.05
    # and far 0.1-0.3 (a plateau): held out, dev +0.000, set 2 -0.006 (its fold picks 0.1), set 3
    # +0.005, set 4 +0.001, set 5 +0.008, set 6 +0.006. 0.2 is the plateau's middle.
    venue_elsewhere: float = 0.05
    venue_far: float = 0.2
    any_cause: float = 1.0  # a sponsor that names no cause, or says any will do, is met by all
    # A tie-breaker: the dev set's graders judged cause and resources, and 0.08 or more costs NDCG
    # there. A sponsor that insists on its own district is filtered, not weighted. Fifth round,
    # left out in turn over six sets (0.02 / 0.03 / 0.05 / 0.08 / 0.1): every fold picks 0.05;
    # held out, dev 0.000, set 2 +0.002, set 3 +0.000, set 4 +0.001, set 5 +0.003, set 6 -0.003.
    same_district: float = 0.05
    favourite_category: float = 0.08  # the sponsor said so itself: as strong as a resource fit
    # The dev set has no partly given needs nor deadlines, so these two are a judgement:
    # small enough never to beat a better topical match.
    still_needed: float = 0.02  # times the share still open: a fresh project gets all of it
    deadline_soon: float = 0.02
    deadline_days: int = 14

    def __post_init__(self) -> None:
        for name in PROJECT_FIELD_WEIGHTS:
            value = getattr(self, name)
            if value != 0 and value < 0.5:
                raise ValueError(f"{name}: a project field weight must be 0 or at least 0.5, not {value}")
        for field in fields(self):
            if getattr(self, field.name) < 0:
                raise ValueError(f"{field.name} must not be negative")

    def project_fields(self) -> tuple[float, ...]:
        return tuple(getattr(self, name) for name in PROJECT_FIELD_WEIGHTS)

    def sponsor_fields(self) -> tuple[float, ...]:
        return (self.interests, self.offers, self.industry, self.name)


DEFAULT_WEIGHTS = Weights()
