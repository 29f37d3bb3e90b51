"""Field-level: what a role may not set (state, approved quantity, owner, role, who made a
record) is ignored or refused, in the API and in the forms; the database says so."""

import pytest
from sqlalchemy import func, select

from matchmaker.auth.models import Role, User
from matchmaker.collaborations.models import Collaboration
from matchmaker.extensions import db
from matchmaker.matches.models import Match
from matchmaker.projects.models import Need, Project

from . import factories
from .test_access_matrix import build_world, snapshot, user

FOREIGN = {"status": "published", "state": "approved", "approved_quantity": 999_999, "role": "office",
           "published_at": "2020-01-01T00:00:00", "return_reason": "x", "id": 424242}

PLAN_FORM = {
    "category": "13", "title": "社区老年人健康义诊", "service_target": "60 岁以上老人", "service_type": "义诊",
    "service_hours": "120", "volunteers_needed": "20", "funding": "5000", "sessions_planned": "12",
    "district": "小店区", "start_on": "2027-01-01", "end_on": "2027-12-31", "description": "每月一次",
    "contact_name": "张医生", "contact_phone": "0351-1234567",
    "needs-0-kind": "money", "needs-0-description": "药品经费", "needs-0-quantity": "10000", "needs-0-unit": "",
}


def project_row(app, project_id: int) -> Project:
    with app.app_context():
        project = db.session.get(Project, project_id)
        db.session.expunge(project)
        return project


def needs_of(app, project_id: int) -> list[tuple]:
    with app.app_context():
        return db.session.execute(
            select(Need.id, Need.quantity, Need.approved_quantity).where(Need.project_id == project_id).order_by(Need.id)
        ).all()


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


# --- projects and needs ----------------------------------------------------------------------

def test_creating_a_project_ignores_status_owner_and_approved_quantities(app):
    world = build_world(app)
    body = {**factories.PROJECT, **FOREIGN, "created_by_id": world.users["office"].id,
            "needs": [{**factories.PROJECT["needs"][0], "approved_quantity": 10_000}]}
    response = world.api["owner"].post("/api/v1/projects", json=body)
    assert response.status_code == 201
    project = project_row(app, response.get_json()["id"])
    assert project.id != 424242 and project.status.value == "draft" and project.published_at is None
    assert project.created_by_id == world.users["owner"].id and project.return_reason == ""
    assert [approved for _, _, approved in needs_of(app, project.id)] == [0]


@pytest.mark.parametrize("other_unit", ["市教育局", "柳巷社区居委会"])
def test_a_unit_cannot_create_a_project_for_a_unit_it_does_not_manage(app, other_unit):
    world = build_world(app)
    with app.app_context():
        from matchmaker.catalog.models import Unit

        unit_id = db.session.scalar(select(Unit.id).where(Unit.name == other_unit))
    before = count(app, Project)
    response = world.api["owner"].post("/api/v1/projects", json={**factories.PROJECT, "unit_id": unit_id})
    assert response.status_code == 403 and response.get_json()["error"]["field"] == "unit_id"
    assert count(app, Project) == before


def test_editing_a_project_ignores_status_owner_and_approved_quantities(app):
    world = build_world(app, project="draft")
    project_id = world.ids["project"]
    before = project_row(app, project_id)
    with app.app_context():
        other_unit = user(world, "partner").unit_id
    needs = [{**factories.PROJECT["needs"][0], "id": world.ids["need"], "approved_quantity": 10_000}]
    body = {**FOREIGN, "unit_id": other_unit, "created_by_id": world.users["office"].id, "needs": needs}
    response = world.api["owner"].patch(f"/api/v1/projects/{project_id}", json=body)
    assert response.status_code == 200
    after = project_row(app, project_id)
    assert (after.status, after.unit_id, after.created_by_id, after.published_at) == (
        before.status, before.unit_id, before.created_by_id, None)
    assert needs_of(app, project_id) == [(world.ids["need"], 1_000_000, 0)]


def test_a_need_of_another_project_cannot_be_edited_through_ones_own(app):
    world = build_world(app)
    foreign_project = factories.make_project(app, world.users["partner"])
    foreign_need = needs_of(app, foreign_project)[0]
    body = {"needs": [{"id": foreign_need[0], "kind": "money", "description": "改别人的", "quantity": 1}]}
    before = snapshot(app)
    response = world.api["owner"].patch(f"/api/v1/projects/{world.ids['project']}", json=body)
    assert response.status_code == 422 and "不属于此项目" in response.get_json()["error"]["message"]
    assert snapshot(app) == before


def test_the_edit_form_cannot_move_a_project_to_another_unit(app):
    world = build_world(app)
    with app.app_context():
        other_unit = user(world, "peer").unit_id
    form = {**PLAN_FORM, "unit_id": str(other_unit), "status": "closed", "needs-0-need_id": str(world.ids["need"])}
    response = world.page["lead"].post(f"/projects/{world.ids['project']}/edit", data=form)
    assert response.status_code == 302
    project = project_row(app, world.ids["project"])
    assert project.unit_id == user_unit(app, world, "owner") and project.status.value == "published"


def user_unit(app, world, actor) -> int:
    with app.app_context():
        return user(world, actor).unit_id


def test_the_new_project_form_refuses_a_unit_it_does_not_manage(app):
    world = build_world(app)
    before = count(app, Project)
    form = {**PLAN_FORM, "unit_id": str(user_unit(app, world, "partner")), "status": "published"}
    response = world.page["lead"].post("/projects/new", data=form)  # the lead unit sees the unit box
    assert response.status_code == 200 and "只能为本单位或下属组织创建项目" in response.get_data(as_text=True)
    assert count(app, Project) == before


# --- matches -----------------------------------------------------------------------------------

def test_a_pledge_ignores_state_and_sponsor_sent_with_it(app):
    world = build_world(app)
    with app.app_context():
        victim = user(world, "sponsor").sponsor.id
    body = {"project_id": world.ids["project"], "kind": "pledge", "need_id": world.ids["need"], "quantity": 10,
            **FOREIGN, "sponsor_id": victim}
    response = world.api["other_sponsor"].post("/api/v1/matches", json=body)
    assert response.status_code == 201
    with app.app_context():
        match = db.session.get(Match, response.get_json()["id"])
        assert match.state.value == "submitted" and match.sponsor.user_id == world.users["other_sponsor"].id
        assert db.session.get(Need, world.ids["need"]).approved_quantity == 0


def test_a_pledge_to_a_need_of_another_project_is_refused(app):
    world = build_world(app)
    foreign_need = needs_of(app, factories.make_project(app, world.users["partner"]))[0][0]
    before = snapshot(app)
    body = {"project_id": world.ids["project"], "kind": "pledge", "need_id": foreign_need, "quantity": 10}
    response = world.api["sponsor"].post("/api/v1/matches", json=body)
    assert response.status_code == 422 and response.get_json()["error"]["field"] == "need_id"
    assert snapshot(app) == before


def test_a_step_goes_only_where_the_table_says_whatever_the_body(app):
    world = build_world(app, match="submitted")
    response = world.api["owner"].post(f"/api/v1/matches/{world.ids['match']}/accept",
                                       json={"reason": "好", "state": "fulfilled", "to_state": "fulfilled"})
    assert response.status_code == 200 and response.get_json()["state"] == "accepted"


def test_the_pledge_form_ignores_sponsor_and_state(app):
    world = build_world(app)
    with app.app_context():
        victim = user(world, "sponsor").sponsor.id
    form = {"need_id": str(world.ids["need"]), "quantity": "5", "sponsor_id": str(victim), "state": "approved"}
    response = world.page["other_sponsor"].post(f"/projects/{world.ids['project']}/pledge", data=form)
    assert response.status_code == 302
    with app.app_context():
        match = db.session.scalar(select(Match))
        assert match.state.value == "submitted" and match.sponsor.user_id == world.users["other_sponsor"].id


def test_a_collaboration_ignores_the_asking_unit_and_state_sent_with_it(app):
    world = build_world(app)
    body = {"project_id": world.ids["project"], "to_unit_id": user_unit(app, world, "partner"), "ask": "venue",
            "due_on": "2099-01-01", "message": "借用场地", "from_unit_id": user_unit(app, world, "peer"), **FOREIGN}
    response = world.api["lead"].post("/api/v1/collaborations", json=body)
    assert response.status_code == 201
    with app.app_context():
        collaboration = db.session.get(Collaboration, response.get_json()["id"])
        assert collaboration.state.value == "requested"
        assert collaboration.from_unit_id == user(world, "owner").unit_id  # the project's unit


# --- accounts and profiles ----------------------------------------------------------------------

REGISTRATION = {"username": "wouldbeoffice", "password": "long-enough-1", "kind": "individual", "name": "张三"}


@pytest.mark.parametrize("extra", [{"role": "office"}, {"role": "unit", "unit": "市民政局", "unit_id": 1}])
def test_registration_over_the_api_always_makes_a_sponsor(app, client, extra):
    assert client.post("/api/v1/auth/register", json={**REGISTRATION, **extra}).status_code == 201
    with app.app_context():
        created = db.session.scalar(select(User).where(User.username == "wouldbeoffice"))
        assert created.role is Role.sponsor and created.unit_id is None


@pytest.mark.parametrize("extra", [{"role": "office"}, {"role": "unit", "unit": "市民政局", "unit_id": "1"}])
def test_the_registration_form_always_makes_a_sponsor(app, client, extra):
    assert client.post("/register", data={**REGISTRATION, **extra}).status_code == 302
    with app.app_context():
        created = db.session.scalar(select(User).where(User.username == "wouldbeoffice"))
        assert created.role is Role.sponsor and created.unit_id is None


def test_a_profile_cannot_change_its_accounts_role(app):
    world = build_world(app)
    body = {"kind": "enterprise", "name": "想当文明办", "offers": [], "role": "office", "unit_id": 1, "active": False}
    assert world.api["sponsor"].put("/api/v1/me/profile", json=body).status_code == 200
    with app.app_context():
        account = user(world, "sponsor")
        assert account.role is Role.sponsor and account.unit_id is None and account.active
