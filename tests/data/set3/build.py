"""Write ../recsys_set3.json from sponsors.py and projects.py by the rules of README.md.

    python tests/data/set3/build.py            # writes the set
    python tests/data/set3/build.py --summary  # and prints how the grades fall

The grader's annotations (causes, gives, tags, any_cause, own_only) stay here: the JSON holds
only the fields of the evaluation format.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from projects import PROJECTS
from sponsors import SPONSORS

OUT = Path(__file__).resolve().parent.parent / "recsys_set3.json"

CITY = {"小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"}

RELATED_CAUSES = [
    ("elderly", "community"), ("children", "education"), ("youth", "education"), ("children", "women"),
    ("women", "community"), ("health", "firstaid"), ("sport", "health"), ("sport", "youth"),
    ("traffic", "transit"), ("transit", "hub"), ("traffic", "hub"), ("heritage", "tourism"),
    ("culture", "heritage"), ("environment", "heritage"), ("migrant", "workers"), ("rural", "poor"),
    ("poor", "community"), ("safety", "legal"), ("safety", "fire"), ("fire", "firstaid"),
    ("online", "science"), ("science", "education"),
]
NEIGHBOUR_RESOURCES = [
    ("skill:medical", "skill:firstaid"), ("skill:medical", "skill:ems"), ("skill:firstaid", "skill:ems"),
    ("skill:medical", "skill:vision"), ("skill:firstaid", "skill:fire"), ("skill:art", "skill:craft"),
    ("skill:photo", "skill:media"), ("skill:media", "skill:it"), ("skill:host", "skill:perform"),
    ("skill:build", "skill:repair"), ("skill:finance", "skill:accounting"), ("skill:finance", "skill:legal"),
    ("skill:job", "skill:teaching"), ("skill:science", "skill:teaching"), ("skill:science", "skill:env"),
    ("goods:food", "goods:meal"), ("goods:food", "goods:water"),
    ("venue:hall", "venue:classroom"), ("venue:sports", "venue:outdoor"),
]
BOUGHT = ("print", "transport", "insurance")  # besides goods:*, what money can buy
REMOTE_SKILLS = {"skill:media", "skill:accounting"}  # they travel by wire (skill:it does not: see README)

EXACT, PARTIAL, NONE = 2, 1, 0
OWN, RELATED = "own", "related"


def _pairs(pairs):
    return {frozenset(pair) for pair in pairs}


RELATED_SET, NEIGHBOURS = _pairs(RELATED_CAUSES), _pairs(NEIGHBOUR_RESOURCES)


def far(a: str, b: str) -> bool:
    return a != b and not (a in CITY and b in CITY)


def in_person(tag: str) -> bool:
    return tag in {"people", "transport"} or (tag.startswith("skill:") and tag not in REMOTE_SKILLS)


def offer_meets(give: str, want: str) -> int:
    """How well one resource given meets one resource asked, before place."""
    if give == want:
        return EXACT
    if frozenset((give, want)) in NEIGHBOURS:
        return PARTIAL
    if give == "money" and (want.startswith("goods:") or want in BOUGHT):
        return PARTIAL
    return NONE


def placed(fit: int, give: str, sponsor: dict, project: dict) -> int:
    """The fit once place is read: venues stay where they are; shops and people reach the city."""
    home, there = sponsor["district"], project["district"]
    if give.startswith("venue:"):
        if home == there:
            return fit
        return NONE if far(home, there) else min(fit, PARTIAL)
    if sponsor["kind"] in ("merchant", "individual") and in_person(give) and far(home, there):
        return max(fit - 1, NONE)
    return fit


def resource_fit(sponsor: dict, project: dict) -> int:
    gives = {tag for offer in sponsor["offers"] for tag in offer["gives"]}
    wants = {need["tag"] for need in project["needs"] if need["remaining"] > 0}
    return max((placed(offer_meets(give, want), give, sponsor, project) for give in gives for want in wants),
               default=NONE)


def cause_fit(sponsor: dict, project: dict) -> str | None:
    mine, theirs = set(sponsor["causes"]), set(project["causes"])
    if mine & theirs:
        return OWN
    if any(frozenset((a, b)) in RELATED_SET for a in mine for b in theirs):
        return RELATED
    return None


def grade(sponsor: dict, project: dict) -> int:
    if not any(need["remaining"] > 0 for need in project["needs"]):
        return 0
    if sponsor["own_only"] and project["district"] != sponsor["district"]:
        return 0
    cause, fit = cause_fit(sponsor, project), resource_fit(sponsor, project)
    if cause == OWN:
        return {EXACT: 3, PARTIAL: 2, NONE: 1}[fit]
    if fit == EXACT:
        return 2 if cause == RELATED or sponsor["any_cause"] else 1
    if fit == PARTIAL and (cause == RELATED or sponsor["any_cause"]):
        return 1
    return 0


def keyed_projects() -> list[dict]:
    return [{"key": f"p{number:03d}", **item} for number, item in enumerate(PROJECTS, start=1)]


def public_project(item: dict) -> dict:
    needs = [{key: need[key] for key in ("kind", "description", "quantity", "unit", "remaining")}
             for need in item["needs"]]
    fields = ("key", "title", "category", "district", "service_target", "service_type", "description")
    return {**{key: item[key] for key in fields}, "needs": needs}


def public_sponsor(item: dict) -> dict:
    offers = [{"kind": offer["kind"], "description": offer["description"]} for offer in item["offers"]]
    fields = ("key", "kind", "name", "district", "industry", "interests")
    return {**{key: item[key] for key in fields}, "offers": offers}


def build() -> dict:
    projects = keyed_projects()
    qrels = {}
    for sponsor in SPONSORS:
        grades = {project["key"]: grade(sponsor, project) for project in projects}
        qrels[sponsor["key"]] = {key: value for key, value in grades.items() if value > 0}
    return {
        "about": {
            "what": "Evaluation set 3: sponsors written from kinds of Taiyuan businesses and people before "
                    "the projects, graded by rules written down first that read cause, resource and place "
                    "(tests/data/set3/README.md).",
            "grades": {
                "3": "a cause the sponsor names, and exactly what is still needed, within reach",
                "2": "a named cause and a partial fit (money toward goods, a neighbouring skill, a hall in "
                     "the next district); or a related cause, or any cause, with an exact fit",
                "1": "a named cause only; or a partial fit for a related or any cause; or an exact fit for "
                     "a cause the sponsor did not name",
                "0": "otherwise, or no open need, or outside a sponsor's own district",
            },
            "made_by": "tests/data/set3/build.py from sponsors.py and projects.py",
        },
        "projects": [public_project(project) for project in projects],
        "sponsors": [public_sponsor(sponsor) for sponsor in SPONSORS],
        "qrels": qrels,
    }


def summary(data: dict) -> str:
    counts = Counter(value for grades in data["qrels"].values() for value in grades.values())
    relevant = sorted(sum(value >= 2 for value in grades.values()) for grades in data["qrels"].values())
    lines = [f"{len(data['projects'])} projects, {len(data['sponsors'])} sponsors",
             "grades: " + ", ".join(f"{g}: {counts[g]}" for g in (3, 2, 1)),
             f"relevant (>= 2) per sponsor: min {relevant[0]}, median {relevant[len(relevant) // 2]}, "
             f"max {relevant[-1]}; sponsors with none: {relevant.count(0)}"]
    return "\n".join(lines)


if __name__ == "__main__":
    made = build()
    OUT.write_text(json.dumps(made, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if "--summary" in sys.argv:
        print(summary(made))
