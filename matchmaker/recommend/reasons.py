"""Short Chinese reasons built from what matched: shown on the page and in the API."""

from __future__ import annotations

from collections.abc import Sequence

from . import lexicon
from .features import kinds_of
from .tokens import is_dictionary_word

MAX_KEYWORDS = 3


def keywords(shared: Sequence[tuple[str, float]]) -> str | None:
    """"关键词：老年人、健康讲座" from (term, contribution) pairs, strongest first.

    Only whole words are shown. Search-mode tokens repeat the parts of long words (健康,
    讲座 and 健康讲座; 草坪区 of 尖草坪区): a term inside a longer shared term is a part of
    it, so the longer one is shown with the parts' weight added. A single character, or a
    token jieba guessed rather than found in a dictionary, explains nothing to a reader.
    """
    terms = {term: weight for term, weight in shared if len(term) >= 2 and is_dictionary_word(term)}
    whole = {term: weight for term, weight in terms.items() if not any(term != other and term in other for other in terms)}
    for part, weight in terms.items():
        for term in whole:
            if part != term and part in term:
                whole[term] += weight
    ranked = sorted(whole.items(), key=lambda pair: (-pair[1], -len(pair[0])))
    shown = [term for term, _ in ranked[:MAX_KEYWORDS]]
    return "关键词：" + "、".join(shown) if shown else None


def cares_for(shared_causes: int, keywords_shown: str | None) -> str | None:
    """For a sponsor: "您关心的：残疾人", when the keywords do not already say it (a sponsor
    "想帮出行不方便的人" meets a project for autistic children with no word in common)."""
    names = _cause_names(shared_causes, keywords_shown)
    return "您关心的：" + "、".join(names) if names else None


def cared_for(shared_causes: int, keywords_shown: str | None) -> str | None:
    """For a unit looking for sponsors: "关心残疾人"."""
    names = _cause_names(shared_causes, keywords_shown)
    return "关心" + "、".join(names) if names else None


def _cause_names(mask: int, keywords_shown: str | None) -> list[str]:
    """The causes the keywords shown do not already make plain ("健康讲座" says 医疗健康)."""
    mask &= ~lexicon.cause_mask(keywords_shown or "")
    return [cause.name for position, cause in enumerate(lexicon.causes()) if mask >> position & 1][:2]


def needs_exactly(shared_resources: int) -> list[str]:
    """For a sponsor: "需要车辆运输，正是您能提供的"."""
    return [f"需要{name}，正是您能提供的" for name in _resource_names(shared_resources)]


def gives_exactly(shared_resources: int) -> list[str]:
    """For a unit looking for sponsors: "能提供车辆运输，正是项目所需"."""
    return [f"能提供{name}，正是项目所需" for name in _resource_names(shared_resources)]


def _resource_names(mask: int) -> list[str]:
    return [resource.name for position, resource in enumerate(lexicon.resources()) if mask >> position & 1][:2]


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
