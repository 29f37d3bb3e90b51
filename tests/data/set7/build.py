"""Grade every sponsor x project pair of evaluation set 7 by the rules of README.md and write ../recsys_set7.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from projects import PROJECTS  # noqa: E402
from sponsors import GIVING_DISTRICT, SPONSORS  # noqa: E402

CITY = {"小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"}


def pairs(text: str) -> set[frozenset[str]]:
    """Pairs written "a–b", read either way."""
    return {frozenset(pair.split("–")) for pair in text.split()}


RELATED = pairs("""
elderly–community elderly–health elderly–poor children–education youth–education children–women children–poor
women–community health–firstaid sport–health sport–youth traffic–transit transit–hub traffic–hub tourism–hub
heritage–tourism culture–heritage environment–heritage rural–tourism migrant–workers migrant–legal workers–legal
rural–poor poor–community safety–legal safety–fire fire–firstaid online–science science–education
disabled–health disabled–community disabled–elderly workers–safety""")

NEIGHBOURS = pairs("""
skill:medical–skill:nursing skill:medical–skill:firstaid skill:medical–skill:ems skill:medical–skill:rehab
skill:medical–skill:nutrition skill:firstaid–skill:ems skill:nursing–skill:firstaid skill:nursing–skill:massage
skill:nursing–skill:rehab skill:rehab–skill:massage skill:nutrition–skill:cooking skill:firstaid–skill:fire
skill:art–skill:craft skill:craft–skill:sewing skill:perform–skill:music skill:perform–skill:host
skill:music–skill:teaching skill:photo–skill:media skill:media–skill:it skill:build–skill:electric
skill:build–skill:repair skill:build–skill:weld skill:weld–skill:repair skill:electric–skill:repair
skill:repair–skill:bike skill:repair–skill:carrepair skill:haircut–skill:beauty skill:legal–skill:antifraud
skill:traffic–skill:antifraud skill:job–skill:teaching skill:science–skill:teaching skill:science–skill:env
skill:science–skill:it skill:guide–skill:teaching skill:agri–skill:ecommerce goods:food–goods:meal
goods:food–goods:water goods:books–goods:toys goods:toys–goods:baby goods:safety–goods:fire
goods:safety–goods:tools goods:medical–goods:rescue goods:medical–goods:mobility goods:stage–goods:electronics
goods:daily–goods:clothes venue:hall–venue:classroom venue:classroom–venue:computer venue:hall–venue:sports
venue:sports–venue:outdoor venue:hall–venue:lodging venue:hall–venue:station""")

BY_WIRE = {"skill:media", "skill:legal", "skill:psych"}
NONE, PARTIAL, EXACT = 0, 1, 2


def near(a: str, b: str) -> bool:
    return a == b or (a in CITY and b in CITY)


def in_person(tag: str) -> bool:
    return tag in {"people", "transport"} or (tag.startswith("skill:") and tag not in BY_WIRE)


def fit(gives: str, need: str) -> int:
    if gives == need:
        return EXACT
    if frozenset((gives, need)) in NEIGHBOURS:
        return PARTIAL
    if gives == "money" and (need.startswith("goods:") or need in {"print", "transport"}):
        return PARTIAL
    return NONE


def placed_fit(sponsor: dict, project: dict, gives: str, need: str) -> int:
    level = fit(gives, need)
    if level == NONE:
        return NONE
    here, there = sponsor["district"], project["district"]
    if gives.startswith("venue:") and here != there:
        return max(level - 1, NONE) if near(here, there) else NONE
    if sponsor["kind"] in {"merchant", "individual"} and in_person(gives) and not near(here, there):
        return max(level - 1, NONE)
    return level


def resource_fit(sponsor: dict, project: dict) -> int:
    gives = {tag for offer in sponsor["offers"] for tag in offer["gives"]}
    open_needs = [need["tag"] for need in project["needs"] if need["remaining"] > 0]
    return max((placed_fit(sponsor, project, g, n) for g in gives for n in open_needs), default=NONE)


def cause_fit(sponsor: dict, project: dict) -> str:
    mine, theirs = set(sponsor["causes"]), set(project["causes"])
    if mine & theirs:
        return "own"
    if any(frozenset((a, b)) in RELATED for a in mine for b in theirs):
        return "related"
    return "none"


def grade(sponsor: dict, project: dict) -> int:
    if not any(need["remaining"] > 0 for need in project["needs"]):
        return 0
    if sponsor["own_only"] and project["district"] != GIVING_DISTRICT.get(sponsor["key"], sponsor["district"]):
        return 0
    r, c, anyone = resource_fit(sponsor, project), cause_fit(sponsor, project), sponsor["any_cause"]
    if c == "own" and r == EXACT:
        return 3
    if (c == "own" and r == PARTIAL) or (c == "related" and r == EXACT) or (anyone and r == EXACT):
        return 2
    if c == "own" or (c == "related" and r == PARTIAL) or (anyone and r == PARTIAL) or r == EXACT:
        return 1
    return 0


ABOUT = {
    "what": "Evaluation set 7: sponsors written from kinds of Taiyuan businesses and people before the projects, "
            "graded by rules written down first that read cause, resource and place (tests/data/set7/README.md).",
    "grades": {
        "3": "a cause the sponsor names, and exactly what is still needed, within reach",
        "2": "a named cause and a partial fit (money toward goods, a neighbouring skill, a hall in the next "
             "district); or a related cause, or any cause, with an exact fit",
        "1": "a named cause only; or a partial fit for a related or any cause; or an exact fit for a cause the "
             "sponsor did not name",
        "0": "otherwise, or no open need, or outside a sponsor's own district",
    },
    "made_by": "tests/data/set7/build.py from sponsors.py and projects.py",
}

PROJECT_FIELDS = ("key", "title", "category", "district", "service_target", "service_type", "description")
NEED_FIELDS = ("kind", "description", "quantity", "unit", "remaining")
SPONSOR_FIELDS = ("key", "kind", "name", "district", "industry", "interests")


def public_project(project: dict) -> dict:
    return {**{f: project[f] for f in PROJECT_FIELDS},
            "needs": [{f: need[f] for f in NEED_FIELDS} for need in project["needs"]]}


def public_sponsor(sponsor: dict) -> dict:
    return {**{f: sponsor[f] for f in SPONSOR_FIELDS},
            "offers": [{"kind": o["kind"], "description": o["description"]} for o in sponsor["offers"]]}


def build() -> dict:
    qrels = {}
    for sponsor in SPONSORS:
        grades = {p["key"]: grade(sponsor, p) for p in PROJECTS}
        qrels[sponsor["key"]] = {key: g for key, g in grades.items() if g > 0}
    return {"about": ABOUT, "projects": [public_project(p) for p in PROJECTS],
            "sponsors": [public_sponsor(s) for s in SPONSORS], "qrels": qrels}


if __name__ == "__main__":
    data = build()
    out = HERE.parent / "recsys_set7.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(data['projects'])} projects, {len(data['sponsors'])} sponsors")
