"""Grade every sponsor x project pair of evaluation set 9 by the rules of README.md and write ../recsys_set9.json.

Run from the repository: `.venv/bin/python tests/data/set9/build.py`. The grader's tags stay in
sponsors.py and projects.py; the JSON holds only the fields set 8's JSON holds, and an `about`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from projects import PROJECTS  # noqa: E402
from sponsors import SPONSORS  # noqa: E402

CITY = frozenset({"小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"})


def pairs(text: str) -> frozenset[frozenset[str]]:
    """Pairs as the README writes them, "a–b", read in either order."""
    return frozenset(frozenset(word.split("–")) for word in text.split())


RELATED_CAUSES = pairs("""
    elderly–community elderly–health elderly–poor children–education youth–education children–women
    children–poor women–community health–firstaid sport–health sport–youth traffic–transit transit–hub
    traffic–hub tourism–hub heritage–tourism culture–heritage environment–heritage rural–tourism
    migrant–workers migrant–legal workers–legal rural–poor poor–community safety–legal safety–fire
    fire–firstaid online–science science–education disabled–health disabled–community disabled–elderly
    workers–safety""")

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
    venue:sports–venue:outdoor venue:hall–venue:lodging venue:hall–venue:station
    skill:antidrug–skill:antifraud skill:welfare–skill:legal skill:welfare–skill:job skill:film–skill:media
    skill:tuning–skill:music skill:speech–skill:rehab goods:prosthesis–goods:mobility goods:aed–goods:rescue
    goods:aed–goods:medical""")

# What a merchant or an individual can give by phone or online, so that distance does not lower it.
FROM_AFAR = frozenset({"skill:media", "skill:legal", "skill:psych"})
NONE, PARTIAL, EXACT = 0, 1, 2


def near(a: str, b: str) -> bool:
    return a == b or (a in CITY and b in CITY)


def in_person(resource: str) -> bool:
    return resource in ("people", "transport") or (resource.startswith("skill:") and resource not in FROM_AFAR)


def fit(offered: str, needed: str) -> int:
    """One offered resource against one needed resource, place aside."""
    if offered == needed:
        return EXACT
    if frozenset((offered, needed)) in NEIGHBOURS:
        return PARTIAL
    buyable = needed.startswith("goods:") or needed in ("print", "transport")
    return PARTIAL if offered == "money" and buyable else NONE


def fit_with_place(sponsor: dict, project: dict, offered: str, needed: str) -> int:
    level = fit(offered, needed)
    home, there = sponsor["district"], project["district"]
    if level == NONE or home == there:
        return level
    if offered.startswith("venue:"):
        return level - 1 if near(home, there) else NONE
    if sponsor["kind"] in ("merchant", "individual") and in_person(offered) and not near(home, there):
        return level - 1
    return level


def open_tags(project: dict) -> list[str]:
    return [n["tag"] for n in project["needs"] if n["remaining"] > 0]


def resource_fit(sponsor: dict, project: dict) -> int:
    offered = {tag for o in sponsor["offers"] for tag in o["gives"]}
    return max((fit_with_place(sponsor, project, o, n) for o in offered for n in open_tags(project)), default=NONE)


def cause_fit(sponsor: dict, project: dict) -> str:
    mine, theirs = set(sponsor["causes"]), set(project["causes"])
    if mine & theirs:
        return "own"
    if any(frozenset((a, b)) in RELATED_CAUSES for a in mine for b in theirs):
        return "related"
    return "none"


def grade(sponsor: dict, project: dict) -> int:
    if not open_tags(project) or (sponsor["own_only"] and project["district"] != sponsor["district"]):
        return 0
    r, c, anyc = resource_fit(sponsor, project), cause_fit(sponsor, project), sponsor["any_cause"]
    if c == "own" and r == EXACT:
        return 3
    if (c == "own" and r == PARTIAL) or (c == "related" and r == EXACT) or (anyc and r == EXACT):
        return 2
    if c == "own" or (c == "related" and r == PARTIAL) or (anyc and r == PARTIAL) or r == EXACT:
        return 1
    return 0


ABOUT = {
    "what": "Evaluation set 9: sponsors written from kinds of Taiyuan businesses and people before the projects, "
            "graded by rules written down first that read cause, resource and place (tests/data/set9/README.md).",
    "grades": {
        "3": "a cause the sponsor names, and exactly what is still needed, within reach",
        "2": "a named cause and a partial fit (money toward goods, a neighbouring skill, a hall in the next "
             "district); or a related cause, or any cause, with an exact fit",
        "1": "a named cause only; or a partial fit for a related or any cause; or an exact fit for a cause the "
             "sponsor did not name",
        "0": "otherwise, or no open need, or outside a sponsor's own district",
    },
    "made_by": "tests/data/set9/build.py from sponsors.py and projects.py",
}

PROJECT_KEYS = ("key", "title", "category", "district", "service_target", "service_type", "description")
NEED_KEYS = ("kind", "description", "quantity", "unit", "remaining")
SPONSOR_KEYS = ("key", "kind", "name", "district", "industry", "interests")
OFFER_KEYS = ("kind", "description")


def only(record: dict, keys: tuple[str, ...]) -> dict:
    return {k: record[k] for k in keys}


def build() -> dict:
    projects = [{**only(p, PROJECT_KEYS), "needs": [only(n, NEED_KEYS) for n in p["needs"]]} for p in PROJECTS]
    sponsors = [{**only(s, SPONSOR_KEYS), "offers": [only(o, OFFER_KEYS) for o in s["offers"]]} for s in SPONSORS]
    qrels = {s["key"]: {p["key"]: g for p in PROJECTS if (g := grade(s, p)) > 0} for s in SPONSORS}
    return {"about": ABOUT, "projects": projects, "sponsors": sponsors, "qrels": qrels}


if __name__ == "__main__":
    data = build()
    out = HERE.parent / "recsys_set9.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(data['projects'])} projects, {len(data['sponsors'])} sponsors")
