"""What the benchmark asks for: one list of requests per scenario, cycled through by wrk.

Each scenario mixes many different requests (pages, projects, words, sponsors), so no
answer is measured from a warm spot that real traffic would not hit.
"""

import json
import random
from dataclasses import dataclass
from urllib.parse import urlencode

from matchmaker.recommend import synthetic

from .data import Generated

VARIANTS = 500


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    token: str | None = None  # a sponsor's API token, sent as a Bearer header
    body: str = ""

    def line(self) -> str:
        return "\t".join((self.method, self.path, self.token or "-", self.body))


@dataclass(frozen=True)
class Scenario:
    name: str
    what: str
    requests: tuple[Request, ...]
    # Each request can succeed once (a step taken is not there to take again): the runs of the
    # scenario (warm-up, measured) take the requests in turn instead of each from the start.
    once: bool = False

    @property
    def only_reads(self) -> bool:
        return all(request.method == "GET" for request in self.requests)


def build(data: Generated, tokens: list[str], unit_tokens: list[str], seed: int = 11) -> list[Scenario]:
    """Every scenario, the reference first and those that write last. `unit_tokens`: for each of
    data.step_targets, the token of the unit that may accept it."""
    rng = random.Random(seed)  # noqa: S311  # benchmark data, not secrets
    projects = rng.sample(data.projects, min(VARIANTS, len(data.projects)))
    pages = range(1, 21)
    return [
        Scenario("hello", "GET /api/v1/hello (reference, no database)", (Request("GET", "/api/v1/hello"),)),
        Scenario("list", "GET /projects?page=1..20 (public list page)",
                 tuple(Request("GET", f"/projects?page={page}") for page in pages)),
        Scenario("list_api", "GET /api/v1/projects?page=1..20",
                 tuple(Request("GET", f"/api/v1/projects?page={page}") for page in pages)),
        Scenario("project", "GET /projects/<id> (project page)",
                 tuple(Request("GET", f"/projects/{project_id}") for project_id in projects)),
        Scenario("search", "GET /projects?q=<words> (search)",
                 tuple(Request("GET", "/projects?" + urlencode({"q": words})) for words in search_words(rng))),
        Scenario("recommend", "GET /api/v1/recommendations (a sponsor's)",
                 tuple(Request("GET", "/api/v1/recommendations?limit=10", token) for token in tokens)),
        Scenario("pledge", "POST /api/v1/matches (a pledge)", pledges(data, tokens, rng)),
        Scenario("step", "POST /api/v1/matches/<id>/accept (a unit accepts a pledge)",
                 steps(data, unit_tokens), once=True),
    ]


def search_words(rng: random.Random) -> list[str]:
    """What people type: a group of people and an activity, sometimes a place."""
    words = []
    for _ in range(VARIANTS):
        parts = [rng.choice(synthetic.TARGETS), rng.choice(synthetic.ACTIVITIES)]
        if rng.random() < 0.3:
            parts.append(rng.choice(synthetic.PLACES))
        words.append(" ".join(parts))
    return words


def pledges(data: Generated, tokens: list[str], rng: random.Random) -> tuple[Request, ...]:
    """One goods unit at a time to needs that cannot fill up; no Idempotency-Key, so each is new."""
    requests = []
    for _ in range(VARIANTS):
        project_id, need_id = rng.choice(data.pledge_targets)
        body = {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": 1,
                "message": "公司工会组织员工捐赠，请联系我们安排送达。"}
        requests.append(Request("POST", "/api/v1/matches", rng.choice(tokens), json.dumps(body, ensure_ascii=False)))
    return tuple(requests)


def steps(data: Generated, unit_tokens: list[str]) -> tuple[Request, ...]:
    """The owning (lead) unit accepts each waiting pledge prepared for it, once."""
    return tuple(Request("POST", f"/api/v1/matches/{match_id}/accept", token, "{}")
                 for (match_id, _), token in zip(data.step_targets, unit_tokens, strict=True))
