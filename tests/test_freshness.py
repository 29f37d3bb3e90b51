"""One version for everything kept between requests (matchmaker/freshness.py): the kept public
answers and the recommender's index follow the same newest decision, so what a visitor or a
sponsor is shown reflects a decision within two seconds, whatever the timing of the requests.

The other tests turn both caches off; these turn them on, with the production timings."""

import json
import time

from . import factories

CACHES_ON = {"PUBLIC_PAGE_CACHE_SECONDS": 60, "DATA_VERSION_RECHECK_SECONDS": 1}  # as in production

ELDERLY = {
    "title": "社区老年人健康义诊", "category": 13, "district": "小店区",
    "service_target": "社区老年人", "service_type": "健康义诊、用药指导",
    "description": "每月在坪阳社区为老人测血压、讲解慢病用药。",
    "needs": [{"kind": "goods", "description": "常用药品和血压计", "quantity": 20, "unit": "箱"}],
}
# Published in the middle of the test: like the first (so similar, and fit for the same sponsor),
# and carrying a word the first lacks (so a search finds it alone).
NEWCOMER = {**ELDERLY, "title": "社区老年人防诈骗讲座", "description": "为老人讲解电信诈骗的常见套路，测血压、讲用药。"}
PHARMACY = {"kind": "enterprise", "name": "康宁连锁药店", "district": "小店区", "industry": "医药零售",
            "interests": "想为社区老年人做义诊，捐药品", "offers": [{"kind": "goods", "description": "常用药品"}]}
SEARCH = "/projects?q=诈骗"


def shown(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.get_data(as_text=True)
    return readable(response.get_data(as_text=True), response.mimetype)


def readable(body: str, mimetype: str) -> str:
    """A page as it is, an API answer with its Chinese unescaped."""
    return json.dumps(json.loads(body), ensure_ascii=False) if mimetype == "application/json" else body


def sleep_until(moment: float) -> None:
    time.sleep(max(0.0, moment - time.monotonic()))


def test_a_publication_shows_in_search_recommendations_and_similar_projects_within_two_seconds(
        make_app, app, login_as, api_as):
    cached = make_app(**CACHES_ON)
    unit = login_as("unit").user
    elderly = factories.make_project(cached, unit, **ELDERLY)
    sponsor = api_as("sponsor")
    assert sponsor.put("/api/v1/me/profile", json=PHARMACY).status_code == 200
    visitor, mine = cached.test_client(), cached.test_client()
    mine.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {sponsor.token}"
    views = {"search": (visitor, SEARCH), "project page (相似项目)": (visitor, f"/projects/{elderly}"),
             "recommendations": (mine, "/api/v1/recommendations")}
    for client, path in views.values():  # each rendered once and kept
        assert NEWCOMER["title"] not in shown(client, path)

    factories.make_project(cached, unit, **NEWCOMER)
    published = time.monotonic()
    missing = []
    for after in (1.1, 2.0):  # the first recheck of the newest decision, and the promise
        sleep_until(published + after)
        missing += [f"{name} {after} s after" for name, (client, path) in views.items()
                    if NEWCOMER["title"] not in shown(client, path)]
    assert missing == []


def test_pledges_and_their_answers_leave_the_index_alone_and_an_approval_rebuilds_it(app, api_as):
    """A stream of pledges must not make every worker rebuild its index (about 100 ms at 5,000
    projects) when nothing the index holds changed; an approval changes a need's remaining
    quantity, which it holds. The kept public answers still drop at each of them."""
    from matchmaker.freshness import data_version
    from matchmaker.recommend.service import holder

    unit, office, sponsor = api_as("unit"), api_as("office"), api_as("sponsor")
    project_id = factories.make_project(app, unit.user, **ELDERLY)
    need_id = unit.get(f"/api/v1/projects/{project_id}").get_json()["needs"][0]["id"]

    def index_and_version():
        assert "社区老年人健康义诊" in shown(app.test_client(), "/projects?q=义诊")  # the index is used
        with app.app_context():
            return holder().index, data_version()

    index, version = index_and_version()
    body = {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": 2}
    match = sponsor.post("/api/v1/matches", json=body).get_json()["id"]
    withdrawn = sponsor.post("/api/v1/matches", json={**body, "quantity": 1}).get_json()["id"]
    assert sponsor.post(f"/api/v1/matches/{withdrawn}/withdraw").status_code == 200
    assert unit.post(f"/api/v1/matches/{match}/accept").status_code == 200
    unchanged, moved = index_and_version()
    assert unchanged is index and moved != version  # the kept answers follow every decision

    assert office.post(f"/api/v1/matches/{match}/approve").status_code == 200
    rebuilt, _ = index_and_version()
    assert rebuilt is not index
    with app.app_context():
        assert [need.remaining for need in rebuilt.project(project_id).needs] == [18]
