"""Grade every sponsor × project pair of set 4 by the rules in README.md and write ../recsys_set4.json.

Run from this folder: `python build.py`. The grades come only from the tags in sponsors.py and
projects.py and the rules below; nothing is edited by hand.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from projects import PROJECTS
from sponsors import SPONSORS

OUT = Path(__file__).resolve().parent.parent / "recsys_set4.json"

CITY = {"小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"}
PROGRAMME_CAUSE = {
    1: "party", 2: "safety", 3: "elderly", 4: "online", 5: "education", 6: "community", 7: "legal",
    8: "migrant", 9: "environment", 10: "transit", 11: "rural", 12: "culture", 13: "health", 14: "sport",
    15: "tourism", 16: "heritage", 17: "workers", 18: "youth", 19: "women", 20: "science", 21: "disabled",
    22: "firstaid", 23: "traffic", 24: "fire", 25: "firstaid", 26: "hub",
}


def pairs(text: str) -> set[frozenset[str]]:
    """Pairs written `a-b`, read either way."""
    return {frozenset(pair.split("-")) for pair in text.split()}


RELATED = pairs("""
    elderly-community children-education youth-education children-women women-community health-firstaid
    health-elderly sport-health sport-youth traffic-transit transit-hub traffic-hub heritage-tourism
    culture-heritage environment-heritage migrant-workers rural-poor poor-community safety-legal safety-fire
    fire-firstaid online-science science-education disabled-health""")
NEIGHBOURS = pairs("""
    skill:medical-skill:firstaid skill:medical-skill:ems skill:firstaid-skill:ems skill:medical-skill:dental
    skill:medical-skill:hearing skill:firstaid-skill:fire skill:art-skill:craft skill:photo-skill:media
    skill:media-skill:it skill:host-skill:perform skill:build-skill:repair skill:repair-skill:bike
    skill:finance-skill:accounting skill:finance-skill:legal skill:job-skill:teaching skill:science-skill:teaching
    skill:science-skill:env skill:guide-skill:teaching goods:food-goods:meal goods:food-goods:water
    goods:medical-goods:rescue venue:hall-venue:classroom venue:sports-venue:outdoor venue:hall-venue:sports""")
BOUGHT = {"print", "transport", "insurance"}
BY_WIRE = {"skill:media", "skill:accounting"}
NONE, PARTIAL, EXACT = 0, 1, 2


def far(a: str, b: str) -> bool:
    return not (a == b or (a in CITY and b in CITY))


def in_person(give: str) -> bool:
    return give in {"people", "transport"} or (give.startswith("skill:") and give not in BY_WIRE)


def meets(give: str, tag: str) -> int:
    if give == tag:
        return EXACT
    if frozenset((give, tag)) in NEIGHBOURS:
        return PARTIAL
    if give == "money" and (tag.startswith("goods:") or tag in BOUGHT):
        return PARTIAL
    return NONE


def reach(sponsor: dict, give: str, fit: int, district: str) -> int:
    """The fit of one resource once place is read: venues stay home, hands travel only in the city."""
    if give.startswith("venue:"):
        if district == sponsor["district"]:
            return fit
        return NONE if far(district, sponsor["district"]) else min(fit, PARTIAL)
    if sponsor["kind"] in {"merchant", "individual"} and in_person(give) and far(district, sponsor["district"]):
        return max(fit - 1, NONE)
    return fit


def resource_fit(sponsor: dict, project: dict) -> int:
    gives = set().union(*(offer["gives"] for offer in sponsor["offers"]))
    return max((reach(sponsor, give, meets(give, need["tag"]), project["district"])
                for need in project["needs"] if need["remaining"] > 0 for give in gives), default=NONE)


def causes_of(project: dict) -> set[str]:
    return project["causes"] | {PROGRAMME_CAUSE[project["category"]]}


def cause_fit(sponsor: dict, project: dict) -> str:
    theirs = causes_of(project)
    if sponsor["causes"] & theirs:
        return "own"
    if any(frozenset((a, b)) in RELATED for a in sponsor["causes"] for b in theirs):
        return "related"
    return "none"


def grade(sponsor: dict, project: dict) -> int:
    if not any(need["remaining"] > 0 for need in project["needs"]):
        return 0
    if sponsor["own_only"] and project["district"] != sponsor["district"]:
        return 0
    cause, fit = cause_fit(sponsor, project), resource_fit(sponsor, project)
    if cause == "own":
        return {EXACT: 3, PARTIAL: 2, NONE: 1}[fit]
    if fit == EXACT:
        return 2 if cause == "related" or sponsor["any_cause"] else 1
    if fit == PARTIAL and (cause == "related" or sponsor["any_cause"]):
        return 1
    return 0


ABOUT = {
    "what": "Evaluation set 4: sponsors written from kinds of Taiyuan businesses and people before the "
            "projects, graded by rules written down first that read cause, resource and place "
            "(tests/data/set4/README.md).",
    "grades": {
        "3": "a cause the sponsor names, and exactly what is still needed, within reach",
        "2": "a named cause and a partial fit (money toward goods, a neighbouring skill, a hall in the next "
             "district); or a related cause, or any cause, with an exact fit",
        "1": "a named cause only; or a partial fit for a related or any cause; or an exact fit for a cause "
             "the sponsor did not name",
        "0": "otherwise, or no open need, or outside a sponsor's own district",
    },
    "made_by": "tests/data/set4/build.py from sponsors.py and projects.py",
}


def project_json(project: dict) -> dict:
    fields = ("key", "title", "category", "district", "service_target", "service_type", "description")
    needs = [{k: need[k] for k in ("kind", "description", "quantity", "unit", "remaining")}
             for need in project["needs"]]
    return {**{k: project[k] for k in fields}, "needs": needs}


def sponsor_json(sponsor: dict) -> dict:
    fields = ("key", "kind", "name", "district", "industry", "interests")
    offers = [{"kind": offer["kind"], "description": offer["description"]} for offer in sponsor["offers"]]
    return {**{k: sponsor[k] for k in fields}, "offers": offers}


def build() -> dict:
    qrels = {}
    for sponsor in SPONSORS:
        grades = {project["key"]: grade(sponsor, project) for project in PROJECTS}
        qrels[sponsor["key"]] = {key: g for key, g in grades.items() if g > 0}
    return {
        "about": ABOUT,
        "projects": [project_json(project) for project in PROJECTS],
        "sponsors": [sponsor_json(sponsor) for sponsor in SPONSORS],
        "qrels": qrels,
    }


def summary(data: dict) -> str:
    grades = [g for row in data["qrels"].values() for g in row.values()]
    relevant = {s: sum(g >= 2 for g in row.values()) for s, row in data["qrels"].items()}
    counted = [n for n in relevant.values() if n]
    perfect = statistics.mean(min(n, 10) / n for n in counted)
    return (f"{len(data['projects'])} projects, {len(data['sponsors'])} sponsors, "
            f"{len(data['projects']) * len(data['sponsors'])} pairs; "
            f"grades 3/2/1: {grades.count(3)}/{grades.count(2)}/{grades.count(1)}; "
            f"relevant per sponsor: median {statistics.median(counted)}, from {min(counted)} to {max(counted)}; "
            f"sponsors with none: {sorted(s for s, n in relevant.items() if not n)}; "
            f"Recall@10 of a perfect ranking: {perfect:.3f}")


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(summary(data))
