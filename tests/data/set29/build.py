"""Grade every sponsor x project pair of evaluation set 29 by the rules of README.md and write ../recsys_set29.json.

Run from the repository: `/work/main/.venv/bin/python tests/data/set29/build.py`. The grader's tags stay in
sponsors.py and projects.py; the JSON holds only the fields set 18's JSON holds, and an `about`.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from projects import PROGRAMME_CAUSE, PROJECTS  # noqa: E402
from sponsors import SPONSORS  # noqa: E402

CITY = frozenset({"小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区"})
COUNTIES = frozenset({"古交市", "清徐县", "阳曲县", "娄烦县"})


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CAUSES = words("""party safety elderly online education community legal migrant environment transit rural
    culture health sport tourism heritage workers youth women science disabled firstaid traffic fire children
    poor hub""")

# Every resource tag of README.md, so that a typo in the data cannot pass as a tag no one gives.
RESOURCES = words("""money people transport print
    goods:food goods:meal goods:water goods:daily goods:clothes goods:bedding goods:tshirt goods:costume goods:medical goods:mobility
    goods:prosthesis goods:rescue goods:aed goods:tents goods:books goods:art goods:toys goods:baby goods:sports
    goods:fitness goods:awards goods:electronics goods:security goods:stage goods:kitchen goods:furniture goods:fire
    goods:safety goods:tools goods:build goods:plants goods:machinery goods:other
    venue:hall venue:classroom venue:computer venue:outdoor venue:sports venue:station venue:lodging venue:other
    skill:legal skill:welfare skill:medical skill:nursing skill:pedicure skill:rehab skill:speech
    skill:nutrition skill:massage skill:firstaid skill:drill skill:ems skill:radio skill:psych skill:phone skill:teaching skill:language
    skill:art skill:restore skill:perform skill:modelling skill:music skill:tuning skill:craft skill:sewing skill:photo
    skill:media skill:animation skill:film skill:it skill:build skill:electric skill:weld skill:repair skill:bike
    skill:carrepair skill:haircut skill:beauty skill:cooking skill:traffic skill:fire skill:antifraud
    skill:antidrug skill:fitness skill:agri skill:vet skill:ecommerce skill:job skill:sign skill:env skill:science
    skill:host skill:guide skill:pest skill:other""")


def read_pairs(text: str) -> frozenset[frozenset[str]]:
    """Pairs written "a–b" as in README.md, which hold either way round."""
    return frozenset(frozenset(pair.split("–")) for pair in text.split())


RELATED_CAUSES = read_pairs("""
    elderly–community elderly–health elderly–poor children–education youth–education children–women
    children–poor women–community health–firstaid sport–health sport–youth traffic–transit transit–hub
    traffic–hub tourism–hub heritage–tourism culture–heritage environment–heritage rural–tourism
    migrant–workers migrant–legal workers–legal rural–poor poor–community safety–legal safety–fire
    fire–firstaid online–science science–education disabled–health disabled–community disabled–elderly
    workers–safety""")

# Set 18's list as it stands (set 17's, set 14's, set 13's, set 12's, set 11's) (set 11's new pairs and its
# amendments' on the last two lines).
NEIGHBOURS = read_pairs("""
    skill:medical–skill:nursing skill:medical–skill:firstaid skill:medical–skill:ems skill:medical–skill:rehab
    skill:medical–skill:nutrition skill:firstaid–skill:ems skill:nursing–skill:firstaid
    skill:nursing–skill:massage skill:nursing–skill:rehab skill:rehab–skill:massage skill:nutrition–skill:cooking
    skill:firstaid–skill:fire skill:art–skill:craft skill:craft–skill:sewing skill:perform–skill:music
    skill:perform–skill:host skill:music–skill:teaching skill:photo–skill:media skill:media–skill:it
    skill:build–skill:electric skill:build–skill:repair skill:build–skill:weld skill:weld–skill:repair
    skill:electric–skill:repair skill:repair–skill:bike skill:repair–skill:carrepair skill:haircut–skill:beauty
    skill:legal–skill:antifraud skill:traffic–skill:antifraud skill:job–skill:teaching
    skill:science–skill:teaching skill:science–skill:env skill:science–skill:it skill:guide–skill:teaching
    skill:agri–skill:ecommerce goods:food–goods:meal goods:food–goods:water goods:books–goods:toys
    goods:toys–goods:baby goods:safety–goods:fire goods:safety–goods:tools goods:medical–goods:rescue
    goods:medical–goods:mobility goods:stage–goods:electronics goods:daily–goods:clothes
    venue:hall–venue:classroom venue:classroom–venue:computer venue:hall–venue:sports venue:sports–venue:outdoor
    venue:hall–venue:lodging venue:hall–venue:station
    skill:antidrug–skill:antifraud skill:welfare–skill:legal skill:welfare–skill:job skill:film–skill:media
    skill:tuning–skill:music skill:speech–skill:rehab goods:prosthesis–goods:mobility goods:aed–goods:rescue
    goods:aed–goods:medical
    skill:restore–skill:build skill:restore–skill:art skill:pedicure–skill:nursing skill:pedicure–skill:beauty
    skill:phone–skill:psych goods:costume–goods:clothes goods:costume–goods:stage goods:tents–goods:rescue
    goods:tents–goods:sports
    skill:animation–skill:media skill:animation–skill:art skill:modelling–skill:perform skill:drill–skill:firstaid
    skill:drill–skill:fire goods:bedding–goods:clothes goods:bedding–goods:tents goods:tshirt–goods:clothes
    skill:language–skill:guide skill:language–skill:teaching goods:fitness–goods:sports
    goods:art–goods:books skill:vet–skill:agri""")

# Skills a merchant or an individual can give by phone or online, so that distance does not lower them.
GIVEN_FROM_AFAR = frozenset({"skill:media", "skill:legal", "skill:psych", "skill:phone"})
NO_FIT, PARTIAL_FIT, EXACT_FIT = 0, 1, 2


def near(one: str, other: str) -> bool:
    return one == other or (one in CITY and other in CITY)


def given_in_person(resource: str) -> bool:
    return resource in ("people", "transport") or (resource.startswith("skill:") and resource not in GIVEN_FROM_AFAR)


def bare_fit(offered: str, needed: str) -> int:
    """How one offered resource meets one needed resource, before place is read."""
    if offered == needed:
        return EXACT_FIT
    if frozenset((offered, needed)) in NEIGHBOURS:
        return PARTIAL_FIT
    can_be_bought = needed.startswith("goods:") or needed in ("print", "transport")
    return PARTIAL_FIT if offered == "money" and can_be_bought else NO_FIT


def placed_fit(sponsor: dict, project: dict, offered: str, needed: str) -> int:
    level = bare_fit(offered, needed)
    home, there = sponsor["district"], project["district"]
    if level == NO_FIT or home == there:
        return level
    if offered.startswith("venue:"):  # a room cannot travel: exact only at home, partial next door
        return level - 1 if near(home, there) else NO_FIT
    if sponsor["kind"] in ("merchant", "individual") and given_in_person(offered) and not near(home, there):
        return level - 1
    return level


def open_needs(project: dict) -> list[str]:
    return [need["tag"] for need in project["needs"] if need["remaining"] > 0]


def resource_fit(sponsor: dict, project: dict) -> int:
    offered = {tag for each in sponsor["offers"] for tag in each["gives"]}
    fits = [placed_fit(sponsor, project, mine, theirs) for mine in offered for theirs in open_needs(project)]
    return max(fits, default=NO_FIT)


def cause_fit(sponsor: dict, project: dict) -> str:
    mine, theirs = set(sponsor["causes"]), set(project["causes"])
    if mine & theirs:
        return "own"
    if any(frozenset((a, b)) in RELATED_CAUSES for a in mine for b in theirs):
        return "related"
    return "none"


def grade(sponsor: dict, project: dict) -> int:
    elsewhere = sponsor["own_only"] and project["district"] != sponsor["district"]
    if not open_needs(project) or elsewhere:
        return 0
    fit, cause, any_cause = resource_fit(sponsor, project), cause_fit(sponsor, project), sponsor["any_cause"]
    if cause == "own" and fit == EXACT_FIT:
        return 3
    if (cause == "own" and fit == PARTIAL_FIT) or (cause == "related" and fit == EXACT_FIT) \
            or (any_cause and fit == EXACT_FIT):
        return 2
    if cause == "own" or (cause == "related" and fit == PARTIAL_FIT) or (any_cause and fit == PARTIAL_FIT) \
            or fit == EXACT_FIT:
        return 1
    return 0


def kind_of(tag: str) -> str:
    """The kind of need a tag belongs to: volunteers for hands, money for money, else the prefix."""
    return {"people": "volunteers", "money": "money"}.get(tag, tag.split(":")[0])


def check_tags() -> None:
    """Fail loudly on a tag or district the README does not define."""
    districts = CITY | COUNTIES
    assert all(pair <= RESOURCES for pair in NEIGHBOURS) and all(pair <= CAUSES for pair in RELATED_CAUSES)
    assert len({s["key"] for s in SPONSORS}) == len(SPONSORS) and len({p["key"] for p in PROJECTS}) == len(PROJECTS)
    for s in SPONSORS:
        assert s["district"] in districts and set(s["causes"]) <= CAUSES, s["key"]
        assert all(set(o["gives"]) <= RESOURCES and o["gives"] for o in s["offers"]), s["key"]
    for p in PROJECTS:
        assert p["district"] in districts and set(p["causes"]) <= CAUSES, p["key"]
        assert 1 <= p["category"] <= 26 and p["needs"] and open_needs(p), p["key"]
        assert p["causes"][0] == PROGRAMME_CAUSE[p["category"]], p["key"]
        assert all(n["tag"] in RESOURCES and 0 <= n["remaining"] <= n["quantity"] for n in p["needs"]), p["key"]
        assert all(n["kind"] == kind_of(n["tag"]) or (n["kind"] == "goods" and n["tag"] in ("transport", "print"))
                   for n in p["needs"]), p["key"]
    assert sum(s["own_only"] for s in SPONSORS) <= 6


ABOUT = {
    "what": "Evaluation set 29: sponsors written from kinds of Taiyuan schools, trainers and people (leaning to "
            "schools and training of every kind) before the projects, "
            "graded by rules written down first that read cause, resource and place (tests/data/set29/README.md).",
    "grades": {
        "3": "a cause the sponsor names, and exactly what is still needed, within reach",
        "2": "a named cause and a partial fit (money toward goods, a neighbouring skill, a hall in the next "
             "district); or a related cause, or any cause, with an exact fit",
        "1": "a named cause only; or a partial fit for a related or any cause; or an exact fit for a cause the "
             "sponsor did not name",
        "0": "otherwise, or no open need, or outside a sponsor's own district",
    },
    "made_by": "tests/data/set29/build.py from sponsors.py and projects.py",
}

PROJECT_FIELDS = ("key", "title", "category", "district", "service_target", "service_type", "description")
NEED_FIELDS = ("kind", "description", "quantity", "unit", "remaining")
SPONSOR_FIELDS = ("key", "kind", "name", "district", "industry", "interests")
OFFER_FIELDS = ("kind", "description")


def pick(record: dict, fields: tuple[str, ...]) -> dict:
    return {field: record[field] for field in fields}


def build() -> dict:
    check_tags()
    projects = [{**pick(p, PROJECT_FIELDS), "needs": [pick(n, NEED_FIELDS) for n in p["needs"]]} for p in PROJECTS]
    sponsors = [{**pick(s, SPONSOR_FIELDS), "offers": [pick(o, OFFER_FIELDS) for o in s["offers"]]} for s in SPONSORS]
    qrels = {s["key"]: {p["key"]: g for p in PROJECTS if (g := grade(s, p)) > 0} for s in SPONSORS}
    return {"about": ABOUT, "projects": projects, "sponsors": sponsors, "qrels": qrels}


if __name__ == "__main__":
    data = build()
    out = HERE.parent / "recsys_set29.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(data['projects'])} projects, {len(data['sponsors'])} sponsors")
    grades = [g for row in data["qrels"].values() for g in row.values()]
    relevant = {key: sum(g >= 2 for g in row.values()) for key, row in data["qrels"].items()}
    counts = sorted(relevant.values())
    print("grades 3/2/1:", grades.count(3), grades.count(2), grades.count(1),
          f"over {len(data['projects']) * len(data['sponsors'])} pairs")
    print("relevant per sponsor: min", counts[0], "median", statistics.median(counts), "max", counts[-1])
    print("sponsors with none:", [key for key, n in relevant.items() if n == 0])
    print("own district only:", {s["key"]: relevant[s["key"]] for s in SPONSORS if s["own_only"]})
    reached = [min(10, n) / n for n in relevant.values() if n]
    print(f"perfect Recall@10: {sum(reached) / len(reached):.3f}")
