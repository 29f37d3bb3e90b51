"""The units' yearly assessment (考核, notice 三(三)): how a year's records become a score.

Pure Python over plain numbers, so the rules can be read and tested without a database.
The weights and targets below are the one place to change them; the office's scorecard
page lists them, so every unit can see how its score was made.
"""

from dataclasses import asdict, dataclass, fields
from decimal import Decimal


@dataclass(frozen=True)
class Weights:
    """Points (of 100) for each part of a unit's year.

    The rating weighs most: it is the office's own judgement of finished work. Answering
    sponsors on time, reporting on time, meeting needs and holding the planned activities
    are what the notice asks of units day to day (二(二)2-3), so they weigh alike. Running
    projects at all and the hours given count too, but less: large units should not win
    by size alone.
    """

    projects_run: int = 10
    needs_met: int = 15
    matches_on_time: int = 15
    reports_on_time: int = 15
    activities: int = 15
    volunteer_hours: int = 10
    ratings: int = 20


@dataclass(frozen=True)
class Targets:
    """What earns a part in full."""

    projects_run: int = 3  # three running projects a year earn the part; more is not "better"


WEIGHTS = Weights()
TARGETS = Targets()

PART_LABELS = {
    "projects_run": "开展项目",
    "needs_met": "需求满足",
    "matches_on_time": "及时回应认领认捐",
    "reports_on_time": "按时上报",
    "activities": "活动开展",
    "volunteer_hours": "志愿服务时长",
    "ratings": "项目评星",
}


@dataclass(frozen=True)
class Facts:
    """What a unit's projects did in one year, counted from the records."""

    projects_run: int = 0
    projects_completed: int = 0
    needs: int = 0
    needs_met: int = 0  # fully covered by approved or fulfilled pledges
    matches: int = 0  # claims and pledges the unit had to answer in the year
    matches_on_time: int = 0  # answered within MATCH_STALE_DAYS
    report_periods: int = 0  # REPORT_OVERDUE_DAYS-long stretches of running projects
    report_periods_covered: int = 0  # stretches with at least one report
    activities: int = 0
    sessions_planned: float = 0.0  # the plans' 开展次数, for the part of each project in the year
    volunteer_hours: Decimal = Decimal(0)
    hours_planned: float = 0.0  # the plans' 服务时长, likewise
    people_served: int = 0
    rated: int = 0
    stars: int = 0  # the sum over rated projects

    def __add__(self, other: "Facts") -> "Facts":
        return Facts(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})


@dataclass(frozen=True)
class Scorecard:
    facts: Facts
    parts: dict[str, float | None]  # each 0..1; None when the year gives nothing to judge it by
    score: float  # 0..100

    def as_dict(self) -> dict:
        facts = asdict(self.facts)
        facts["volunteer_hours"] = float(self.facts.volunteer_hours)
        return {"score": self.score, "parts": dict(self.parts), "facts": facts}


def ratio(done: float, of: float) -> float | None:
    """done / of, at most 1; None when there was nothing to do."""
    return min(float(done) / of, 1.0) if of > 0 else None


def parts_of(facts: Facts, targets: Targets = TARGETS) -> dict[str, float | None]:
    return {
        "projects_run": min(facts.projects_run / targets.projects_run, 1.0),
        "needs_met": ratio(facts.needs_met, facts.needs),
        "matches_on_time": ratio(facts.matches_on_time, facts.matches),
        "reports_on_time": ratio(facts.report_periods_covered, facts.report_periods),
        "activities": ratio(facts.activities, facts.sessions_planned),
        "volunteer_hours": ratio(facts.volunteer_hours, facts.hours_planned),
        "ratings": ratio(facts.stars, 5 * facts.rated),
    }


def score(facts: Facts, weights: Weights = WEIGHTS, targets: Targets = TARGETS) -> Scorecard:
    """The weighted mean of the parts that can be judged, out of 100.

    A part with nothing to judge (no sponsor asked, no project rated yet) is left out and
    the others' weights scale up: a unit is neither punished nor rewarded for what did not
    happen to it. "Projects run" can always be judged, so a unit that ran nothing scores 0.
    """
    parts = parts_of(facts, targets)
    judged = {name: value for name, value in parts.items() if value is not None}
    total_weight = sum(getattr(weights, name) for name in judged)
    points = sum(getattr(weights, name) * value for name, value in judged.items())
    return Scorecard(facts, parts, round(100 * points / total_weight, 1) if total_weight else 0.0)
