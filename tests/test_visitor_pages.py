"""The public pages kept for visitors (matchmaker/pagecache.py): kept until something is decided
(the audit log moves) or they grow too old; never for signed-in people or token clients, never
a page that wrote to the visitor's session; bounded in memory."""

import json
import os
import time

import pytest
from sqlalchemy import select, update

from matchmaker import pagecache
from matchmaker.audit.models import AuditEntry
from matchmaker.extensions import db
from matchmaker.projects.models import Project

from . import factories


def kept(make_app, **settings):
    """An app that keeps pages for a minute and reads the audit log on every request."""
    return make_app(**{"PUBLIC_PAGE_CACHE_SECONDS": 60, "DATA_VERSION_RECHECK_SECONDS": 0, **settings})


def retitle_quietly(app, project_id: int, title: str) -> None:
    """Change a project behind the operations' back: no audit row, so nothing says it changed."""
    with app.app_context():
        db.session.execute(update(Project).where(Project.id == project_id).values(title=title))
        db.session.commit()


def text(client, path: str, **kwargs) -> str:
    response = client.get(path, **kwargs)
    assert response.status_code == 200
    if response.is_json:
        return json.dumps(response.get_json(), ensure_ascii=False)
    return response.get_data(as_text=True)


@pytest.fixture
def unit(app, login_as):
    return login_as("unit").user


def shown_then_retitled_quietly(make_app, unit):
    """An app keeping pages whose list a visitor has seen, and a project retitled since without
    an audit row: until something is decided, the visitor still gets the kept page."""
    cached = kept(make_app)
    project_id = factories.make_project(cached, unit, title="汾河沿岸垃圾清理")
    visitor = cached.test_client()
    assert "汾河沿岸垃圾清理" in text(visitor, "/projects")
    retitle_quietly(cached, project_id, "改过的标题")
    return cached, visitor


def test_a_page_is_kept_until_something_is_decided(app, make_app, unit):
    cached, visitor = shown_then_retitled_quietly(make_app, unit)
    assert "汾河沿岸垃圾清理" in text(visitor, "/projects")  # the kept page: nothing was decided
    factories.make_project(cached, unit, title="新发布的助残项目")  # publishing writes the audit log
    page = text(visitor, "/projects")
    assert "新发布的助残项目" in page and "改过的标题" in page


def test_signing_in_and_out_keeps_the_pages(app, make_app, unit):
    cached, visitor = shown_then_retitled_quietly(make_app, unit)
    someone = factories.make_user(cached, "sponsor")
    signed_in = cached.test_client()
    signed_in.post("/login", data={"username": someone.username, "password": "wrong-password"})  # refused
    assert signed_in.post("/login", data={"username": someone.username, "password": someone.password}).status_code == 302
    signed_in.post("/logout")
    with cached.app_context():
        actions = db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(3)).all()
    assert actions == ["session.close.web", "session.open.web", "session.refused"]

    assert "汾河沿岸垃圾清理" in text(visitor, "/projects")  # still the kept page
    factories.make_project(cached, unit, title="新发布的助残项目")  # a decision
    assert "改过的标题" in text(visitor, "/projects")


def test_the_audit_log_is_read_at_most_every_recheck_seconds(app, make_app, unit):
    cached = kept(make_app, DATA_VERSION_RECHECK_SECONDS=3600)
    factories.make_project(cached, unit, title="汾河沿岸垃圾清理")
    visitor = cached.test_client()
    assert "汾河沿岸垃圾清理" in text(visitor, "/projects")
    factories.make_project(cached, unit, title="新发布的助残项目")
    assert "新发布的助残项目" not in text(visitor, "/projects")  # not looked at again yet
    assert "新发布的助残项目" in text(visitor, "/projects?page=1")  # a page not kept yet is fresh


def test_a_kept_page_is_dropped_when_too_old(app, make_app, unit):
    cached = kept(make_app, PUBLIC_PAGE_CACHE_SECONDS=0.3)
    project_id = factories.make_project(cached, unit, title="汾河沿岸垃圾清理")
    visitor = cached.test_client()
    assert "汾河沿岸垃圾清理" in text(visitor, f"/projects/{project_id}")
    retitle_quietly(cached, project_id, "改过的标题")
    assert "汾河沿岸垃圾清理" in text(visitor, f"/projects/{project_id}")
    time.sleep(0.4)
    assert "改过的标题" in text(visitor, f"/projects/{project_id}")


def test_signed_in_people_and_token_clients_always_get_a_fresh_page(app, make_app, unit):
    cached = kept(make_app)
    project_id = factories.make_project(cached, unit, title="汾河沿岸垃圾清理")
    visitor = cached.test_client()
    for path in ("/projects", f"/projects/{project_id}", "/api/v1/projects", f"/api/v1/projects/{project_id}"):
        assert "汾河沿岸垃圾清理" in text(visitor, path)
    retitle_quietly(cached, project_id, "改过的标题")
    signed_in = cached.test_client()
    signed_in.post("/login", data={"username": unit.username, "password": unit.password})
    token = cached.test_client().post(
        "/api/v1/auth/token", json={"username": unit.username, "password": unit.password}
    ).get_json()["token"]
    retitle_quietly(cached, project_id, "再改过的标题")  # signing in wrote the audit log: hide nothing
    bearer = {"Authorization": f"Bearer {token}"}
    assert "再改过的标题" in text(signed_in, "/projects")
    assert "再改过的标题" in text(signed_in, f"/projects/{project_id}")
    assert "再改过的标题" in text(cached.test_client(), "/api/v1/projects", headers=bearer)
    assert "再改过的标题" in text(cached.test_client(), f"/api/v1/projects/{project_id}", headers=bearer)


def test_the_public_api_is_kept_as_json(app, make_app, unit):
    cached = kept(make_app)
    project_id = factories.make_project(cached, unit, title="汾河沿岸垃圾清理")
    visitor = cached.test_client()
    first = visitor.get("/api/v1/projects")
    retitle_quietly(cached, project_id, "改过的标题")
    again = visitor.get("/api/v1/projects")
    assert again.status_code == 200 and again.mimetype == "application/json"
    assert again.get_json() == first.get_json() and again.get_json()["items"][0]["title"] == "汾河沿岸垃圾清理"


def test_pages_with_a_message_or_an_error_are_not_kept(app, make_app, unit):
    cached = kept(make_app)
    factories.make_project(cached, unit, title="汾河沿岸垃圾清理")
    assert "汾河沿岸垃圾清理" in text(cached.test_client(), "/projects")  # kept
    # A bad filter flashes a warning into the visitor's session: that page is theirs alone.
    warned = cached.test_client().get("/projects?district=火星")
    assert "区县" in warned.get_data(as_text=True) and "Set-Cookie" in warned.headers
    other = cached.test_client().get("/projects?district=火星")
    assert "Set-Cookie" in other.headers  # rendered for this visitor too, not another's copy
    assert cached.test_client().get("/projects/999999").status_code == 404
    keys = list(cached.extensions["kept_answers"].pages)
    assert keys and not any("999999" in key or "火星" in key for key in keys)


def test_kept_pages_stay_within_their_memory_bound(monkeypatch):
    monkeypatch.setattr(pagecache, "MAX_BYTES", 100)
    pages = pagecache.KeptAnswers()
    for n in range(5):
        pages.put(f"/p{n}", pagecache.Page(b"x" * 40, "text/html"))
        pages.get("/p0", 60)  # the first page is read again and again: it stays
    assert pages.size <= 100
    assert list(pages.pages) == ["/p4", "/p0"]


# --- answers shared by the workers of one server --------------------------------------------

@pytest.fixture
def workers(make_app, tmp_path):
    """Two apps on one database sharing one folder, as two gunicorn workers forked from one master."""
    def worker():
        app = kept(make_app)
        app.extensions["kept_answers"] = pagecache.SharedAnswers(tmp_path)
        return app
    return worker(), worker()


def test_a_page_rendered_by_one_worker_is_served_by_the_others(workers, unit, tmp_path):
    first, second = workers
    project_id = factories.make_project(first, unit, title="汾河沿岸垃圾清理")
    assert "汾河沿岸垃圾清理" in text(first.test_client(), f"/projects/{project_id}")
    retitle_quietly(first, project_id, "改过的标题")
    assert "汾河沿岸垃圾清理" in text(second.test_client(), f"/projects/{project_id}")  # the first one's copy
    factories.make_project(first, unit, title="新发布的助残项目")  # decided: both forget
    assert "改过的标题" in text(second.test_client(), f"/projects/{project_id}")
    assert "改过的标题" in text(first.test_client(), f"/projects/{project_id}")
    names = [path.name for path in tmp_path.iterdir()]
    assert len(names) == 1  # the files of the earlier audit id are gone


def test_shared_answers_grow_too_old_and_stay_within_their_bound(workers, unit, tmp_path, monkeypatch):
    first, second = workers
    project_id = factories.make_project(first, unit, title="汾河沿岸垃圾清理")
    assert "汾河沿岸垃圾清理" in text(first.test_client(), f"/projects/{project_id}")
    retitle_quietly(first, project_id, "改过的标题")
    [kept_file] = tmp_path.iterdir()
    an_hour_ago = time.time() - 3600
    os.utime(kept_file, (an_hour_ago, an_hour_ago))
    assert "改过的标题" in text(second.test_client(), f"/projects/{project_id}")  # too old: rendered again
    store = second.extensions["kept_answers"]
    monkeypatch.setattr(pagecache, "SIZE_CHECK_EVERY", 1)
    monkeypatch.setattr(pagecache, "SHARED_MAX_BYTES", 3 * 100)
    for n in range(10):
        store.put(f"/p{n}", pagecache.Page(b"x" * 90, "text/html"))
    assert sum(path.stat().st_size for path in tmp_path.iterdir()) <= 3 * 100


def test_a_file_left_half_written_is_removed_once_abandoned_and_never_read(workers, tmp_path):
    store = workers[0].extensions["kept_answers"]
    abandoned, in_flight = tmp_path / ".left-by-a-killed-worker", tmp_path / ".being-written"
    for path in (abandoned, in_flight):
        path.write_bytes(b"text/html\n<p>half")
    two_minutes_ago = time.time() - 120
    os.utime(abandoned, (two_minutes_ago, two_minutes_ago))
    store.put("/projects", pagecache.Page(b"<p>whole</p>", "text/html"))
    # Counted (for the size bound and for removal): the answer and the abandoned file, not the one in flight.
    assert sorted(path for path, _ in store.files()) == sorted([store.path("/projects"), abandoned])
    store.version = (42, 1)
    store.forget()  # something was decided: every other file goes, the one being written stays
    assert not abandoned.exists() and in_flight.exists() and not store.path("/projects").exists()


def test_the_shared_folder_is_removed_by_the_process_that_made_it_alone(app, tmp_path, monkeypatch):
    hooks = []
    monkeypatch.setattr(pagecache.atexit, "register", hooks.append)
    monkeypatch.setattr(pagecache.tempfile, "tempdir", str(tmp_path))
    pagecache.share_between_workers(app)
    folder = app.extensions["kept_answers"].folder
    assert folder.is_dir() and folder.parent == tmp_path
    master = os.getpid()
    monkeypatch.setattr(pagecache.os, "getpid", lambda: master + 1)  # a forked worker exiting
    hooks[0]()
    assert folder.is_dir()
    monkeypatch.setattr(pagecache.os, "getpid", lambda: master)  # the master exiting
    hooks[0]()
    assert not folder.exists()


# --- a sponsor's recommendations, kept per user ---------------------------------------------

INTERESTS = {"kind": "enterprise", "name": "康宁连锁药店", "district": "小店区", "industry": "医药零售",
             "interests": "想为社区老年人做义诊，捐药品", "offers": [{"kind": "goods", "description": "常用药品"}]}


def bearer(app, token: str):
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return client


def recommended_titles(client) -> list[str]:
    response = client.get("/api/v1/recommendations")
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item["project"]["title"] for item in response.get_json()["items"]]


def test_a_sponsors_recommendations_are_kept_for_that_sponsor_alone(app, make_app, unit, api_as):
    cached = kept(make_app)
    project_id = factories.make_project(cached, unit, title="社区老年人健康义诊", service_target="社区老年人")
    first, second = api_as("sponsor"), api_as("sponsor")
    assert first.put("/api/v1/me/profile", json=INTERESTS).status_code == 200
    assert second.put("/api/v1/me/profile", json={**INTERESTS, "name": "晋阳面馆"}).status_code == 200
    mine = bearer(cached, first.token)
    assert recommended_titles(mine) == ["社区老年人健康义诊"]
    retitle_quietly(cached, project_id, "改过的标题")
    assert recommended_titles(mine) == ["社区老年人健康义诊"]  # kept: nothing was decided
    # Another sponsor's request is answered for them, not from the first one's copy.
    assert recommended_titles(bearer(cached, second.token)) == ["改过的标题"]


def test_kept_recommendations_follow_what_is_decided_and_never_outlive_the_token(app, make_app, unit, api_as):
    cached = kept(make_app)
    project_id = factories.make_project(cached, unit, title="社区老年人健康义诊", service_target="社区老年人")
    sponsor = api_as("sponsor")
    sponsor.put("/api/v1/me/profile", json=INTERESTS)
    mine = bearer(cached, sponsor.token)
    assert recommended_titles(mine) == ["社区老年人健康义诊"]
    claim = mine.post("/api/v1/matches", json={"project_id": project_id, "kind": "claim"})
    assert claim.status_code == 201
    assert recommended_titles(mine) == []  # the claim was decided: the kept answer is gone
    assert mine.delete("/api/v1/auth/token").status_code == 204
    assert mine.get("/api/v1/recommendations").status_code == 401  # the access check runs first
    assert bearer(cached, api_as("unit").token).get("/api/v1/recommendations").status_code == 403
