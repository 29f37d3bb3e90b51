"""Grade every sponsor x project pair of evaluation set 8 by the rules of README.md and write ../recsys_set8.json.

Run from the repository: `.venv/bin/python tests/data/set8/build.py`. The grader's tags stay in
sponsors.py and projects.py; the JSON holds only the fields set 7's JSON holds, and an `about`.
"""

from __future__ import annotations

import json
import sys
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from projects import PROJECTS  # noqa: E402
from sponsors import SPONSORS  # noqa: E402

CITY = frozenset({"小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"})


def read_pairs(text: str) -> frozenset[frozenset[str]]:
    """The README writes a pair as "a–b"; either order means the same."""
    return frozenset(frozenset(item.split("–")) for item in text.split())


RELATED_CAUSES = read_pairs("""
    elderly–community elderly–health elderly–poor children–education youth–education children–women
    children–poor women–community health–firstaid sport–health sport–youth traffic–transit transit–hub
    traffic–hub tourism–hub heritage–tourism culture–heritage environment–heritage rural–tourism
    migrant–workers migrant–legal workers–legal rural–poor poor–community safety–legal safety–fire
    fire–firstaid online–science science–education disabled–health disabled–community disabled–elderly
    workers–safety""")

NEIGHBOUR_RESOURCES = read_pairs("""
    skill:medical–skill:nursing skill:medical–skill:firstaid skill:medical–skill:ems skill:medical–skill:rehab
    skill:medical–skill:nutrition skill:firstaid–skill:ems skill:nursing–skill:firstaid
    skill:nursing–skill:massage skill:nursing–skill:rehab skill:rehab–skill:massage
    skill:nutrition–skill:cooking skill:firstaid–skill:fire skill:art–skill:craft skill:craft–skill:sewing
    skill:perform–skill:music skill:perform–skill:host skill:music–skill:teaching skill:photo–skill:media
    skill:media–skill:it skill:build–skill:electric skill:build–skill:repair skill:build–skill:weld
    skill:weld–skill:repair skill:electric–skill:repair skill:repair–skill:bike skill:repair–skill:carrepair
    skill:haircut–skill:beauty skill:legal–skill:antifraud skill:traffic–skill:antifraud
    skill:job–skill:teaching skill:science–skill:teaching skill:science–skill:env skill:science–skill:it
    skill:guide–skill:teaching skill:agri–skill:ecommerce goods:food–goods:meal goods:food–goods:water
    goods:books–goods:toys goods:toys–goods:baby goods:safety–goods:fire goods:safety–goods:tools
    goods:medical–goods:rescue goods:medical–goods:mobility goods:stage–goods:electronics
    goods:daily–goods:clothes venue:hall–venue:classroom venue:classroom–venue:computer
    venue:hall–venue:sports venue:sports–venue:outdoor venue:hall–venue:lodging venue:hall–venue:station""")

# Skills a merchant or an individual can give by phone or online, so distance does not lower them.
GIVEN_FROM_AFAR = frozenset({"skill:media", "skill:legal", "skill:psych"})
NO_FIT, PARTIAL, EXACT = 0, 1, 2


def near(here: str, there: str) -> bool:
    return here == there or (here in CITY and there in CITY)


def given_in_person(resource: str) -> bool:
    return resource in {"people", "transport"} or (resource.startswith("skill:") and resource not in GIVEN_FROM_AFAR)


def bare_fit(offered: str, needed: str) -> int:
    """How well one offered resource meets one needed resource, before place is read."""
    if offered == needed:
        return EXACT
    if frozenset((offered, needed)) in NEIGHBOUR_RESOURCES:
        return PARTIAL
    can_be_bought = needed.startswith("goods:") or needed in {"print", "transport"}
    return PARTIAL if offered == "money" and can_be_bought else NO_FIT


def fit_in_place(sponsor: dict, project: dict, offered: str, needed: str) -> int:
    level = bare_fit(offered, needed)
    here, there = sponsor["district"], project["district"]
    if level == NO_FIT or here == there:
        return level
    if offered.startswith("venue:"):
        return level - 1 if near(here, there) else NO_FIT
    gives_in_person = sponsor["kind"] in {"merchant", "individual"} and given_in_person(offered)
    if gives_in_person and not near(here, there):
        return level - 1
    return level


def open_needs(project: dict) -> list[str]:
    return [need["tag"] for need in project["needs"] if need["remaining"] > 0]


def resource_fit(sponsor: dict, project: dict) -> int:
    offered = {tag for offer in sponsor["offers"] for tag in offer["gives"]}
    levels = (fit_in_place(sponsor, project, o, n) for o, n in product(offered, open_needs(project)))
    return max(levels, default=NO_FIT)


def cause_fit(sponsor: dict, project: dict) -> str:
    theirs = set(project["causes"])
    if theirs & set(sponsor["causes"]):
        return "own"
    if any(frozenset((mine, other)) in RELATED_CAUSES for mine in sponsor["causes"] for other in theirs):
        return "related"
    return "none"


def grade(sponsor: dict, project: dict) -> int:
    if not open_needs(project):
        return 0
    if sponsor["own_only"] and project["district"] != sponsor["district"]:
        return 0
    r, c, any_cause = resource_fit(sponsor, project), cause_fit(sponsor, project), sponsor["any_cause"]
    if c == "own" and r == EXACT:
        return 3
    if c == "own" and r == PARTIAL or c == "related" and r == EXACT or any_cause and r == EXACT:
        return 2
    if c == "own" or c == "related" and r == PARTIAL or any_cause and r == PARTIAL or r == EXACT:
        return 1
    return 0


ABOUT = {
    "what": "Evaluation set 8: sponsors written from kinds of Taiyuan businesses and people before the projects, "
            "graded by rules written down first that read cause, resource and place (tests/data/set8/README.md).",
    "grades": {
        "3": "a cause the sponsor names, and exactly what is still needed, within reach",
        "2": "a named cause and a partial fit (money toward goods, a neighbouring skill, a hall in the next "
             "district); or a related cause, or any cause, with an exact fit",
        "1": "a named cause only; or a partial fit for a related or any cause; or an exact fit for a cause the "
             "sponsor did not name",
        "0": "otherwise, or no open need, or outside a sponsor's own district",
    },
    "made_by": "tests/data/set8/build.py from sponsors.py and projects.py",
}

PROJECT_FIELDS = ("key", "title", "category", "district", "service_target", "service_type", "description")
NEED_FIELDS = ("kind", "description", "quantity", "unit", "remaining")
SPONSOR_FIELDS = ("key", "kind", "name", "district", "industry", "interests")
OFFER_FIELDS = ("kind", "description")


def public(record: dict, fields: tuple[str, ...]) -> dict:
    return {field: record[field] for field in fields}


def public_project(project: dict) -> dict:
    return {**public(project, PROJECT_FIELDS), "needs": [public(n, NEED_FIELDS) for n in project["needs"]]}


def public_sponsor(sponsor: dict) -> dict:
    return {**public(sponsor, SPONSOR_FIELDS), "offers": [public(o, OFFER_FIELDS) for o in sponsor["offers"]]}


def qrels() -> dict[str, dict[str, int]]:
    graded = {}
    for sponsor in SPONSORS:
        grades = ((project["key"], grade(sponsor, project)) for project in PROJECTS)
        graded[sponsor["key"]] = {key: g for key, g in grades if g > 0}
    return graded


def build() -> dict:
    return {"about": ABOUT, "projects": [public_project(p) for p in PROJECTS],
            "sponsors": [public_sponsor(s) for s in SPONSORS], "qrels": qrels()}


if __name__ == "__main__":
    data = build()
    out = HERE.parent / "recsys_set8.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(data['projects'])} projects, {len(data['sponsors'])} sponsors")
