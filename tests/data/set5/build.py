"""Grade every sponsor × project pair of set 5 by the rules of README.md and write ../recsys_set5.json.

Run from anywhere: `python tests/data/set5/build.py`. It prints what it wrote and a summary
of the grades; the same sources always give the same file.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from projects import PROJECTS  # noqa: E402
from sponsors import SPONSORS  # noqa: E402

OUT = HERE.parent / "recsys_set5.json"

CITY = {"小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"}
PROGRAMME_CAUSE = {
    1: "party", 2: "safety", 3: "elderly", 4: "online", 5: "education", 6: "community", 7: "legal",
    8: "migrant", 9: "environment", 10: "transit", 11: "rural", 12: "culture", 13: "health", 14: "sport",
    15: "tourism", 16: "heritage", 17: "workers", 18: "youth", 19: "women", 20: "science", 21: "disabled",
    22: "firstaid", 23: "traffic", 24: "fire", 25: "firstaid", 26: "hub",
}


def pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(pair.split("–")) for pair in text.split()}


RELATED = pairs("""
    elderly–community elderly–health children–education youth–education children–women women–community
    health–firstaid sport–health sport–youth traffic–transit transit–hub traffic–hub tourism–hub
    heritage–tourism culture–heritage environment–heritage migrant–workers rural–poor poor–community
    safety–legal safety–fire fire–firstaid online–science science–education disabled–health animals–community
""")
NEIGHBOURS = pairs("""
    skill:medical–skill:nursing skill:medical–skill:firstaid skill:medical–skill:ems skill:firstaid–skill:ems
    skill:nursing–skill:firstaid skill:firstaid–skill:fire skill:art–skill:craft skill:craft–skill:sewing
    skill:perform–skill:music skill:perform–skill:host skill:music–skill:teaching skill:photo–skill:media
    skill:media–skill:it skill:build–skill:electric skill:build–skill:repair skill:electric–skill:repair
    skill:finance–skill:antifraud skill:legal–skill:antifraud skill:job–skill:teaching
    skill:science–skill:teaching skill:science–skill:env skill:language–skill:guide
    skill:language–skill:teaching skill:fitness–skill:martial skill:agri–skill:ecommerce
    skill:traffic–skill:antifraud goods:food–goods:meal goods:food–goods:water goods:books–goods:toys
    goods:safety–goods:fire goods:medical–goods:rescue venue:hall–venue:classroom venue:hall–venue:sports
    venue:sports–venue:outdoor
""")
BY_WIRE = {"skill:media", "skill:finance", "skill:language"}
NONE, PARTIAL, EXACT = 0, 1, 2


def near(a: str, b: str) -> bool:
    return a == b or (a in CITY and b in CITY)


def bought(tag: str) -> bool:
    return tag.startswith("goods:") or tag in {"print", "transport", "insurance"}


def in_person(resource: str) -> bool:
    return resource in {"people", "transport"} or (resource.startswith("skill:") and resource not in BY_WIRE)


def fit_of(resource: str, tag: str) -> int:
    if resource == tag:
        return EXACT
    if frozenset((resource, tag)) in NEIGHBOURS or (resource == "money" and bought(tag)):
        return PARTIAL
    return NONE


def placed(fit: int, resource: str, sponsor: dict, project: dict) -> int:
    """The fit after place: venues stay where they are, hands and vehicles travel only so far."""
    here, there = sponsor["district"], project["district"]
    if resource.startswith("venue:"):
        return fit if here == there else min(fit, PARTIAL) if near(here, there) else NONE
    if sponsor["kind"] in {"merchant", "individual"} and in_person(resource) and not near(here, there):
        return max(fit - 1, NONE)
    return fit


def resource_fit(sponsor: dict, project: dict) -> int:
    return max(
        (placed(fit_of(resource, need[4]), resource, sponsor, project)
         for need in project["needs"] if need[5] > 0
         for _, _, gives in sponsor["offers"] for resource in gives),
        default=NONE,
    )


def cause_fit(sponsor: dict, project: dict) -> str:
    if sponsor["causes"] & project["causes"]:
        return "own"
    if any(frozenset((a, b)) in RELATED for a in sponsor["causes"] for b in project["causes"]):
        return "related"
    return "none"


def grade(sponsor: dict, project: dict) -> int:
    if not any(need[5] > 0 for need in project["needs"]):
        return 0
    if sponsor["own_only"] and project["district"] != sponsor["district"]:
        return 0
    r, c, anyone = resource_fit(sponsor, project), cause_fit(sponsor, project), sponsor["any_cause"]
    if c == "own" and r == EXACT:
        return 3
    if (c == "own" and r == PARTIAL) or (r == EXACT and (c == "related" or anyone)):
        return 2
    if (c == "own") or (r == PARTIAL and (c == "related" or anyone)) or r == EXACT:
        return 1
    return 0


def project_json(key: str, p: dict) -> dict:
    return {
        "key": key, "title": p["title"], "category": p["category"], "district": p["district"],
        "service_target": p["service_target"], "service_type": p["service_type"], "description": p["description"],
        "needs": [{"kind": kind, "description": text, "quantity": quantity, "unit": unit, "remaining": remaining}
                  for kind, text, quantity, unit, _, remaining in p["needs"]],
    }


def sponsor_json(key: str, s: dict) -> dict:
    return {
        "key": key, "kind": s["kind"], "name": s["name"], "district": s["district"], "industry": s["industry"],
        "interests": s["interests"], "offers": [{"kind": kind, "description": text} for kind, text, _ in s["offers"]],
    }


ABOUT = {
    "what": "Evaluation set 5: sponsors written from kinds of Taiyuan businesses and people before the projects, "
            "graded by rules written down first that read cause, resource and place (tests/data/set5/README.md).",
    "grades": {
        "3": "a cause the sponsor names, and exactly what is still needed, within reach",
        "2": "a named cause and a partial fit (money toward goods, a neighbouring skill, a hall in the next "
             "district); or a related cause, or any cause, with an exact fit",
        "1": "a named cause only; or a partial fit for a related or any cause; or an exact fit for a cause the "
             "sponsor did not name",
        "0": "otherwise, or no open need, or outside a sponsor's own district",
    },
    "made_by": "tests/data/set5/build.py from sponsors.py and projects.py",
}


def build() -> dict:
    projects = {f"p{n:03d}": {**p, "causes": p["causes"] | {PROGRAMME_CAUSE[p["category"]]}}
                for n, p in enumerate(PROJECTS, start=1)}
    sponsors = {f"s{n:02d}": s for n, s in enumerate(SPONSORS, start=1)}
    qrels = {}
    for skey, s in sponsors.items():
        grades = {pkey: grade(s, p) for pkey, p in projects.items()}
        qrels[skey] = {pkey: g for pkey, g in grades.items() if g > 0}
    return {
        "about": ABOUT,
        "projects": [project_json(key, p) for key, p in projects.items()],
        "sponsors": [sponsor_json(key, s) for key, s in sponsors.items()],
        "qrels": qrels,
    }


def summary(data: dict) -> str:
    counts = Counter(g for grades in data["qrels"].values() for g in grades.values())
    relevant = [sum(g >= 2 for g in grades.values()) for grades in data["qrels"].values()]
    having = [n for n in relevant if n]
    best_recall = statistics.mean(min(n, 10) / n for n in having)
    return (f"{len(data['projects'])} projects, {len(data['sponsors'])} sponsors, "
            f"{len(data['projects']) * len(data['sponsors'])} pairs; grades 3: {counts[3]}, 2: {counts[2]}, "
            f"1: {counts[1]}; relevant per sponsor median {statistics.median(having)} "
            f"(from {min(having)} to {max(having)}), {len(relevant) - len(having)} sponsors with none; "
            f"a perfect ranking's Recall@10 {best_recall:.3f}")


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    print(summary(data))
