"""Recruitments for a volunteer: the recommender's second pure core, on the same tokens,
synonyms and TF-IDF as projects for sponsors. No Flask, no database.

    board = RecruitmentBoard.build(recruitments, cache=TokenCache(), today=date.today)
    board.recommend(volunteer, limit=10)  -> list[Result]   # id = recruitment id

A recruitment is shown only while it takes sign-ups (places left, deadline not passed) and
its people would not be asked outside their district for a call that is tied to a place
(every recruitment is: the project's district). The score is

    text cosine (the volunteer's skills and interests against the call, its requirements and
                 its project's title, service target and type)
    + skill_fits       if a skill the call asks for is one the volunteer has
    + same_district    if the call is in the volunteer's district
    + time_fits        if the volunteer's availability (周末, 工作日, 晚上 …) meets the call's days

with reasons: "技能相符：摄影", "同在小店区", "时间合适：周末", "关键词：…".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from . import lexicon, reasons
from .docs import Result
from .textspace import TextSpace, field_counts
from .tokens import TokenCache, tokenize_query

# A call's fields and how much one occurrence of a word counts: what the call is for (its
# title and the skills it asks) says more than the project's general description.
CALL_FIELDS = (("title", 2.0), ("skills", 2.0), ("requirements", 1.0), ("project", 1.5))
_SEPARATORS = re.compile(r"[,，;；/\s]+")


@dataclass(frozen=True)
class BoardWeights:
    skills: float = 2.0  # the volunteer's own words: what they can do
    interests: float = 1.0  # what they care about
    skill_fits: float = 0.15  # a skill asked for that the volunteer named: above most cosines
    same_district: float = 0.08  # a volunteer goes where they live more readily than a sponsor gives there
    time_fits: float = 0.05


@dataclass(frozen=True)
class RecruitmentDoc:
    id: Hashable
    title: str
    skills: str  # asked for, "、"-separated
    requirements: str
    project: str  # the project's title, service target and type
    district: str
    starts_on: date
    ends_on: date
    signup_until: date
    remaining: int  # places left

    def texts(self) -> tuple[str, ...]:
        return (self.title, self.skills, self.requirements, self.project)

    def fingerprint(self) -> str:
        return "\x1f".join(self.texts())


@dataclass(frozen=True)
class VolunteerDoc:
    id: Hashable
    skills: str
    interests: str
    district: str
    availability: str


def skill_words(text: str) -> frozenset[str]:
    """The skills of a list ("摄影、驾驶;手语") as words, with their synonyms' canonical forms."""
    parts = [part.strip().lower() for part in _SEPARATORS.sub("、", text or "").split("、")]
    expand = lexicon.synonyms().expand
    return frozenset(word for part in parts if part for word in (part, *expand(part)))


def available_days(availability: str) -> frozenset[int]:
    """Weekdays (Monday 0) a volunteer said they are free; all of them if they said nothing."""
    text = availability or ""
    days: set[int] = set()
    if any(word in text for word in ("周末", "双休", "星期六", "星期日", "周六", "周日")):
        days |= {5, 6}
    if any(word in text for word in ("工作日", "平日", "周一至周五")):
        days |= {0, 1, 2, 3, 4}
    if any(word in text for word in ("随时", "都可以", "全天", "每天")):
        days |= set(range(7))
    return frozenset(days) if days else frozenset(range(7))


class RecruitmentBoard:
    def __init__(self, calls: list[RecruitmentDoc], text: TextSpace, weights: BoardWeights,
                 today: Callable[[], date]) -> None:
        self.calls = calls
        self.text = text
        self.weights = weights
        self.today = today
        self.districts = np.array([lexicon.normalise_district(call.district) for call in calls], dtype=object)
        self.skills = [skill_words(call.skills) for call in calls]

    @classmethod
    def build(cls, calls: Iterable[RecruitmentDoc], cache: TokenCache | None = None,
              weights: BoardWeights = BoardWeights(), today: Callable[[], date] = date.today) -> RecruitmentBoard:
        calls = list({call.id: call for call in calls}.values())
        cache = cache if cache is not None else TokenCache()
        documents = [cache.fields(call.id, call.fingerprint(), call.texts()) for call in calls]
        cache.retain(call.id for call in calls)
        counts = field_counts(documents, len(CALL_FIELDS), len(cache.words))
        text = TextSpace.build(counts, [weight for _, weight in CALL_FIELDS], cache.words, lexicon.synonyms().expand)
        return cls(calls, text, weights, today)

    def __len__(self) -> int:
        return len(self.calls)

    def recommend(self, volunteer: VolunteerDoc, limit: int = 10) -> list[Result]:
        if not self.calls or limit <= 0:
            return []
        query = self.text.query([(self.weights.skills, tokenize_query(volunteer.skills)),
                                 (self.weights.interests, tokenize_query(volunteer.interests))])
        scores = self.text.scores(query).astype(np.float64)
        home = lexicon.normalise_district(volunteer.district)
        skills, days, today = skill_words(volunteer.skills), available_days(volunteer.availability), self.today()
        # A loop over the calls: open recruitments number in the hundreds, not the
        # hundred thousands of projects, so plain Python is fast enough here.
        fits = [self._fit(row, skills, home, days) for row in range(len(self.calls))]
        for row, (shared, same, when) in enumerate(fits):
            scores[row] += (self.weights.skill_fits * bool(shared) + self.weights.same_district * same
                            + self.weights.time_fits * bool(when))
            if not self._takes_signups(row, today):
                scores[row] = -np.inf
        ranked = [row for row in np.lexsort((np.arange(len(scores)), -scores)) if np.isfinite(scores[row])]
        return [Result(self.calls[row].id, float(scores[row]), self._reasons(query, row, *fits[row]))
                for row in ranked[:limit]]

    def _takes_signups(self, row: int, today: date) -> bool:
        call = self.calls[row]
        return call.remaining > 0 and call.signup_until >= today

    def _fit(self, row: int, skills: frozenset[str], home: str, days: frozenset[int]) -> tuple:
        call = self.calls[row]
        shared = sorted(skills & self.skills[row], key=len, reverse=True)
        same = bool(home) and self.districts[row] == home
        when = _shared_days(call.starts_on, call.ends_on, days) if len(days) < 7 else ""
        return shared, same, when

    def _reasons(self, query, row: int, shared: list[str], same: bool, when: str) -> tuple[str, ...]:
        found = []
        if shared:
            found.append("技能相符：" + "、".join(shared[:2]))
        found.append(reasons.keywords(self.text.shared_terms(query, row)))
        if same:
            found.append(reasons.same_district(self.districts[row]))
        if when:
            found.append(f"时间合适：{when}")
        return tuple(text for text in found if text)


def _shared_days(starts_on: date, ends_on: date, days: frozenset[int]) -> str:
    """"周末" or "工作日" when the call's dates include a day the volunteer is free."""
    span = min((ends_on - starts_on).days, 6)
    weekdays = {(starts_on + timedelta(days=offset)).weekday() for offset in range(span + 1)}
    free = weekdays & days
    if free & {5, 6}:
        return "周末"
    return "工作日" if free else ""


