"""Short Chinese reasons built from what matched: shown on the page and in the API."""

from __future__ import annotations

from collections.abc import Sequence

from . import lexicon
from .features import kinds_of

MAX_KEYWORDS = 3


def keywords(shared: Sequence[tuple[str, float]]) -> str | None:
    """"关键词：老年人、健康讲座" from (term, contribution) pairs, strongest first.

    Search-mode tokens repeat parts of long words (健康, 讲座, 健康讲座); a term inside
    a stronger or longer shown term adds nothing, so it is left out; so is a single
    character, which explains nothing to a reader.
    """
    ranked = sorted(shared, key=lambda pair: (-pair[1], -len(pair[0])))
    shown: list[str] = []
    for term, _ in ranked:
        if len(term) < 2 or any(term in other or other in term for other in shown):
            continue
        shown.append(term)
        if len(shown) == MAX_KEYWORDS:
            break
    return "关键词：" + "、".join(shown) if shown else None


def needs_you_can_give(shared_kinds: int) -> list[str]:
    """For a sponsor: "需要物资，您可捐赠物资"."""
    kinds = lexicon.resource_kinds()
    return [f"需要{kinds[k].name}，您可{kinds[k].verb}{kinds[k].name}" for k in kinds_of(shared_kinds)]


def gives_what_is_needed(shared_kinds: int) -> list[str]:
    """For a unit looking for sponsors: "可捐赠物资，正是项目所需"."""
    kinds = lexicon.resource_kinds()
    return [f"可{kinds[k].verb}{kinds[k].name}，正是项目所需" for k in kinds_of(shared_kinds)]


def same_district(district: str) -> str:
    return f"同在{district}"


def favourite_category(category: int) -> str | None:
    found = lexicon.categories().get(category)
    return f"您关注的项目类别：{found.short_name}" if found else None


def favours_category(category: int) -> str | None:
    """For a unit looking for sponsors: the sponsor favours this project's programme."""
    found = lexicon.categories().get(category)
    return f"关注{found.short_name}类项目" if found else None


def same_category(category: int) -> str | None:
    found = lexicon.categories().get(category)
    return f"同属{found.short_name}类项目" if found else None


def still_needed(share: float) -> str:
    return f"仍缺口 {round(share * 100)}%"


def deadline_soon() -> str:
    return "截止日期临近"


def similar_project(title: str) -> str:
    return f"相似项目：《{title}》"
