"""Every page form that creates something carries a key made when it is rendered: the same
form posted twice makes one record and the second answer goes where the first did. The API's
Idempotency-Key and the pages' key refuse the same key with another body (422)."""

import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from matchmaker.audit.models import AuditEntry
from matchmaker.catalog.models import Unit
from matchmaker.collaborations.models import Collaboration
from matchmaker.collaborations.queries import today
from matchmaker.execution.models import Activity, ActivityPhoto, Report, Summary
from matchmaker.extensions import db
from matchmaker.matches.models import IdempotencyKey, Match
from matchmaker.projects.models import Need, Project

from .match_pages import flashes
from .test_execution_helpers import ACTIVITY, SUMMARY, image_bytes, parties
from .test_projects_pages import PLAN_FORM

KEY = re.compile(r'name="idempotency_key" value="([^"]+)"')


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def keys_on(client, path: str) -> list[str]:
    page = client.get(path)
    assert page.status_code == 200
    return KEY.findall(page.get_data(as_text=True))


def world(app, login_as) -> SimpleNamespace:
    people = parties(app, login_as)
    with app.app_context():
        people.need_id = db.session.scalar(select(Need.id).where(Need.project_id == people.project_id).order_by(Need.id))
        people.asked = db.session.scalar(select(Unit.id).where(Unit.name == "市教育局"))
    return people


def with_activity(app, w) -> None:
    assert w.unit.post(f"/projects/{w.project_id}/activities/new", data=ACTIVITY).status_code == 302


# Each form: who fills it, the page that renders it, where it posts, what it sends, what it makes.
FORMS = {
    "pledge": ("sponsor", "/projects/{p}", "/projects/{p}/pledge",
               lambda w: {"need_id": w.need_id, "quantity": "100", "message": "一点心意"}, Match),
    "claim": ("sponsor", "/projects/{p}", "/projects/{p}/claim", lambda w: {"message": "整体认领"}, Match),
    "collaboration": ("unit", "/projects/{p}/collaborations/new", "/projects/{p}/collaborations/new",
                      lambda w: {"to_unit_id": str(w.asked), "ask": "venue", "message": "借礼堂",
                                 "due_on": (today() + timedelta(days=5)).isoformat()}, Collaboration),
    "activity": ("unit", "/projects/{p}/activities/new", "/projects/{p}/activities/new", lambda w: ACTIVITY, Activity),
    "report": ("unit", "/projects/{p}/reports/new", "/projects/{p}/reports/new",
               lambda w: {"kind": "progress", "body": "已开展 3 次"}, Report),
    "summary": ("unit", "/projects/{p}/summary", "/projects/{p}/summary", lambda w: SUMMARY, Summary),
    "project": ("unit", "/projects/new", "/projects/new", lambda w: PLAN_FORM, Project),
}


@pytest.mark.parametrize("form", FORMS)
def test_a_form_posted_twice_makes_one_record(app, login_as, form):
    role, page, action, data, model = FORMS[form]
    w = world(app, login_as)
    if form == "summary":
        with_activity(app, w)
    client = getattr(w, role)
    keys = keys_on(client, page.format(p=w.project_id))
    assert keys and len(set(keys)) == len(keys)  # one key per form on the page
    key = keys[-1] if form == "claim" else keys[0]
    assert keys_on(client, page.format(p=w.project_id))[0] != keys[0]  # made anew for each rendering
    before = count(app, model)
    body = {**data(w), "idempotency_key": key}

    first = client.post(action.format(p=w.project_id), data=body)
    assert first.status_code == 302, first.get_data(as_text=True)
    said = flashes(client)
    second = client.post(action.format(p=w.project_id), data=body)

    assert second.status_code == 302 and second.headers["Location"] == first.headers["Location"]
    assert flashes(client) == said  # the same answer: no refusal, no "duplicate"
    assert count(app, model) == before + 1
    # A form rendered anew is a new request: it makes a record of its own.
    if form in ("activity", "report", "project"):
        fresh = keys_on(client, page.format(p=w.project_id))[0]
        client.post(action.format(p=w.project_id), data={**data(w), "idempotency_key": fresh})
        assert count(app, model) == before + 2


def test_a_photo_uploaded_twice_is_stored_once(app, login_as):
    w = world(app, login_as)
    with_activity(app, w)
    with app.app_context():
        activity_id = db.session.scalar(select(Activity.id))
    key = keys_on(w.unit, f"/projects/{w.project_id}/execution")[0]
    picture = image_bytes()

    def upload():
        from io import BytesIO
        return w.unit.post(f"/activities/{activity_id}/photos", content_type="multipart/form-data",
                           data={"photo": (BytesIO(picture), "a.png"), "idempotency_key": key})

    first, second = upload(), upload()
    assert second.headers["Location"] == first.headers["Location"]
    assert count(app, ActivityPhoto) == 1


def test_a_form_key_reused_for_another_pledge_is_refused_and_makes_nothing(app, login_as):
    w = world(app, login_as)
    key = keys_on(w.sponsor, f"/projects/{w.project_id}")[0]
    w.sponsor.post(f"/projects/{w.project_id}/pledge", data={"need_id": w.need_id, "quantity": "100", "idempotency_key": key})
    flashes(w.sponsor)
    audits = count(app, AuditEntry)
    other = w.sponsor.post(f"/projects/{w.project_id}/pledge",
                           data={"need_id": w.need_id, "quantity": "200", "idempotency_key": key})
    assert other.status_code == 302 and other.headers["Location"].split("#")[0].endswith(f"/projects/{w.project_id}")
    assert flashes(w.sponsor) == ["该 Idempotency-Key 已用于内容不同的另一次提交，请换一个新的 Key（页面上请刷新后重新填写）"]
    assert count(app, Match) == 1 and count(app, AuditEntry) == audits


def test_a_form_key_reused_for_another_activity_is_shown_on_the_form(app, login_as):
    w = world(app, login_as)
    key = keys_on(w.unit, f"/projects/{w.project_id}/activities/new")[0]
    w.unit.post(f"/projects/{w.project_id}/activities/new", data={**ACTIVITY, "idempotency_key": key})
    again = w.unit.post(f"/projects/{w.project_id}/activities/new",
                        data={**ACTIVITY, "place": "另一个地方", "idempotency_key": key}, follow_redirects=True)
    assert "已用于内容不同的另一次提交" in again.get_data(as_text=True)
    assert count(app, Activity) == 1


def test_without_a_key_a_double_submission_is_still_refused_by_the_rules(app, login_as):
    """Forms posted by scripts without the key behave as before: a second collaboration request
    to the same unit is refused as a duplicate (the key is what makes the second answer the first)."""
    w = world(app, login_as)
    body = FORMS["collaboration"][3](w)
    w.unit.post(f"/projects/{w.project_id}/collaborations/new", data=body)
    flashes(w.unit)
    again = w.unit.post(f"/projects/{w.project_id}/collaborations/new", data=body)
    assert again.status_code == 200 and "请等待对方答复" in again.get_data(as_text=True)
    assert count(app, Collaboration) == 1


# --- the API's Idempotency-Key ------------------------------------------------------------

def test_an_api_key_reused_with_another_body_is_refused(app, api_as):
    w = parties(app, api_as)
    with app.app_context():
        need_id = db.session.scalar(select(Need.id).where(Need.project_id == w.project_id).order_by(Need.id))
    body = {"project_id": w.project_id, "kind": "pledge", "need_id": need_id, "quantity": 100}
    headers = {"Idempotency-Key": "order-2026-0001"}
    first = w.sponsor.post("/api/v1/matches", json=body, headers=headers)
    same = w.sponsor.post("/api/v1/matches", json=dict(reversed(body.items())), headers=headers)
    assert (first.status_code, same.status_code) == (201, 200)
    assert same.get_json()["id"] == first.get_json()["id"]
    audits = count(app, AuditEntry)

    for changed in ({**body, "quantity": 200}, {**body, "message": "改了留言"}, {**body, "kind": "claim"}):
        refused = w.sponsor.post("/api/v1/matches", json=changed, headers=headers)
        assert refused.status_code == 422
        assert refused.get_json()["error"]["code"] == "idempotency_key_reused"
        assert refused.get_json()["error"]["field"] == "Idempotency-Key"
    assert count(app, Match) == 1 and count(app, AuditEntry) == audits
    with app.app_context():
        stored = db.session.scalar(select(IdempotencyKey))
        assert stored.resource == "match" and len(stored.request_hash) == 64
    # Keys are each user's own: another sponsor's same key is a request of its own.
    other = api_as("sponsor").post("/api/v1/matches", json=body, headers=headers)
    assert other.status_code == 201 and count(app, Match) == 2


def test_a_key_stored_before_hashes_were_kept_is_still_honoured(app, api_as):
    w = parties(app, api_as)
    with app.app_context():
        need_id = db.session.scalar(select(Need.id).where(Need.project_id == w.project_id).order_by(Need.id))
    body = {"project_id": w.project_id, "kind": "pledge", "need_id": need_id, "quantity": 100}
    first = w.sponsor.post("/api/v1/matches", json=body, headers={"Idempotency-Key": "old"})
    with app.app_context():
        db.session.scalar(select(IdempotencyKey)).request_hash = None
        db.session.commit()
    again = w.sponsor.post("/api/v1/matches", json={**body, "quantity": 5}, headers={"Idempotency-Key": "old"})
    assert again.status_code == 200 and again.get_json()["id"] == first.get_json()["id"]


def test_the_office_adds_a_unit_once_whatever_the_clicks(app, login_as):
    office = login_as("office")
    key = keys_on(office, "/office/units")[0]
    with app.app_context():
        lead = db.session.scalar(select(Unit.id).where(Unit.name == "市民政局"))
    body = {"kind": "branch", "name": "小店区坞城街道社区服务站", "parent_id": str(lead), "idempotency_key": key}
    before = count(app, Unit)
    first, second = office.post("/office/units", data=body), office.post("/office/units", data=body)
    assert first.status_code == second.status_code == 302
    assert count(app, Unit) == before + 1
