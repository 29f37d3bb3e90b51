"""Write ../recsys_set2.json from sponsors.py and projects.py by the rules of README.md.

    python tests/data/set2/build.py
"""

import json
from pathlib import Path

from projects import P
from sponsors import S

HERE = Path(__file__).resolve().parent


def open_needs(project):
    return [need for need in project["needs"] if need.get("remaining", need["quantity"]) > 0]


def grade(sponsor, project) -> int:
    needs = open_needs(project)
    if not needs or (sponsor.get("own_district_only") and sponsor["district"] != project["district"]):
        return 0
    cause = bool(set(sponsor["_causes"]) & set(project["_causes"]))
    exact = bool(set(sponsor["_gives"]) & {need["_tag"] for need in needs})
    offered = {offer["kind"] for offer in sponsor["offers"]}
    # Goods are bought: money or other goods go some way toward a need for goods; one skill
    # does not stand in for another, and venues, money and people are matched exactly.
    partial = bool(offered & {"money", "goods"}) and any(need["kind"] == "goods" for need in needs)
    if cause and exact:
        return 3
    if (cause and partial) or (exact and sponsor["_any_cause"]):
        return 2
    if cause or exact:
        return 1
    return 0


def main() -> None:
    qrels = {}
    for sponsor in S:
        grades = {project["key"]: g for project in P if (g := grade(sponsor, project))}
        qrels[sponsor["key"]] = dict(sorted(grades.items()))
    data = {
        "about": {
            "what": "Evaluation set 2: sponsors written from kinds of Taiyuan businesses and people before the "
                    "projects, graded by rules written down first (tests/data/set2/README.md).",
            "grades": {"3": "a named cause and exactly what is still needed",
                       "2": "a named cause and the kind still needed; or exactly what is needed, given for any cause",
                       "1": "a named cause only; or exactly what is needed for a cause not named",
                       "0": "otherwise, or no open need, or outside a sponsor's own district"},
            "made_by": "tests/data/set2/build.py from sponsors.py and projects.py",
        },
        "projects": P, "sponsors": S, "qrels": qrels,
    }
    (HERE.parent / "recsys_set2.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
