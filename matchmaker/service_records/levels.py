"""Star levels (评星定级): the one table of thresholds, and the level some hours reach.

The national thresholds of confirmed service hours. Training hours do not count. Pure
Python: the office's pages, the volunteer's page and the certificate all read this table.
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class StarLevel:
    stars: int
    label: str
    hours: int  # confirmed service hours needed


STAR_LEVELS = (
    StarLevel(1, "一星志愿者", 100),
    StarLevel(2, "二星志愿者", 300),
    StarLevel(3, "三星志愿者", 600),
    StarLevel(4, "四星志愿者", 1000),
    StarLevel(5, "五星志愿者", 1500),
)
NO_LEVEL = StarLevel(0, "尚未评星", 0)


def level_for(hours: Decimal | float | int) -> StarLevel:
    """The highest level these hours reach (NO_LEVEL below the first)."""
    reached = [level for level in STAR_LEVELS if hours >= level.hours]
    return reached[-1] if reached else NO_LEVEL


def next_level(hours: Decimal | float | int) -> StarLevel | None:
    """The next level to reach, or None at the top."""
    return next((level for level in STAR_LEVELS if hours < level.hours), None)


def level_by_stars(stars: int) -> StarLevel:
    return next((level for level in STAR_LEVELS if level.stars == stars), NO_LEVEL)
