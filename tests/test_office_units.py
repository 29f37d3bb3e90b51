"""The office creates units (lead and branch) and their accounts; deactivation ends every
session and token at once."""

import pytest
from sqlalchemy import select

from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.catalog.models import Unit
from matchmaker.catalog.operations import create_unit
from matchmaker.errors import Forbidden
from matchmaker.extensions import db

from . import factories
from .office_data import count

UNIT_PAGES = [("get", "/office/units"), ("post", "/office/units")]
LEAD = {"kind": "lead", "name": "市城管局", "category": "9", "district": "杏花岭区", "contact": "王科长 0351-7654321"}


def unit_id(app, name: str) -> int:
    with app.app_context():
        return db.session.scalar(select(Unit.id).where(Unit.name == name))


@pytest.fixture
def office(app, login_as):
    return login_as("office")


@pytest.mark.parametrize(("method", "path"), UNIT_PAGES)
def test_anonymous_is_sent_to_login(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 302 and "/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["unit", "sponsor"])
@pytest.mark.parametrize(("method", "path"), UNIT_PAGES)
def test_other_roles_are_refused_and_nothing_is_created(app, login_as, role, method, path):
    response = getattr(login_as(role), method)(path, data=LEAD)
    assert response.status_code == 403 and "您无权执行此操作" in response.get_data(as_text=True)
    assert unit_id(app, "市城管局") is None


def test_only_the_office_may_create_units_whoever_calls(app):
    user = factories.make_user(app, "unit")
    with app.app_context(), pytest.raises(Forbidden, match="只有市文明办可以新增单位"):
        create_unit(db.session.get(User, user.id), {**LEAD, "category": 9})


def test_office_creates_a_lead_unit_for_a_programme(app, office):
    response = office.post("/office/units", data=LEAD)
    assert response.status_code == 302
    with app.app_context():
        unit = db.session.scalar(select(Unit).where(Unit.name == "市城管局"))
        assert unit.is_lead and unit.category.number == 9
        assert (unit.district, unit.contact) == ("杏花岭区", "王科长 0351-7654321")
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "unit.create"))
        assert entry.actor_id == office.user.id and entry.target_id == unit.id and entry.detail["kind"] == "lead"
    page = office.get("/office/units").get_data(as_text=True)
    listing = page[page.index('class="list-group"'):]
    programme = listing[listing.index("9. 关爱山川河流志愿服务项目"):listing.index("10. 城市公共交通")]
    assert "市环保局" in programme and "市城管局" in programme


def test_office_creates_a_branch_that_shares_its_leads_programme(app, office):
    parent = unit_id(app, "市民政局")
    office.post("/office/units", data={"kind": "branch", "name": "坞城街道", "parent_id": str(parent),
                                       "category": "", "district": "小店区", "contact": ""})
    with app.app_context():
        branch = db.session.scalar(select(Unit).where(Unit.name == "坞城街道"))
        assert branch.parent_id == parent and branch.category.number == 6
    factories.make_user(app, "unit", unit="坞城街道")
    page = office.get("/office/units").get_data(as_text=True)
    assert "坞城街道" in page and "账号 1" in page


def test_units_page_links_to_opening_an_account_for_the_unit(app, office):
    page = office.get("/office/units").get_data(as_text=True)
    assert "/office/users?unit=" in page
    form = office.get("/office/users?unit=市教育局").get_data(as_text=True)
    assert '<option selected value="市教育局">' in form or 'value="市教育局" selected' in form


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "请填写单位名称"),
        ({"name": "市民政局"}, "已有同名单位"),
        ({"name": "x" * 61}, "单位名称不能超过 60 个字"),
        ({"kind": "ministry"}, "请选择有效的单位类型（牵头单位或下属组织）"),
        ({"category": ""}, "请选择项目类别"),
        ({"category": "27"}, "项目类别应在 1 到 26 之间"),
        ({"category": "0"}, "项目类别应在 1 到 26 之间"),
        ({"district": "火星区"}, "请选择太原市的区县"),
        ({"contact": "电话" * 31}, "联系人及电话不能超过 60 个字"),
        ({"kind": "branch", "parent_id": ""}, "请选择上级牵头单位"),
        ({"kind": "branch", "parent_id": "999999"}, "请选择一个已存在的牵头单位"),
        ({"kind": "branch", "parent_id": "BRANCH"}, "下属组织只能隶属于牵头单位，不能再设下级"),
    ],
)
def test_unit_refusals_are_clear_and_change_nothing(app, office, changes, message):
    branch = factories.make_branch(app, "已有下属组织", "市民政局")
    if changes.get("parent_id") == "BRANCH":
        changes = {**changes, "parent_id": str(branch)}
    before = count(app, Unit)
    response = office.post("/office/units", data={**LEAD, "parent_id": "", **changes})
    assert response.status_code == 200 and message in response.get_data(as_text=True)
    assert count(app, Unit) == before
    assert count(app, AuditEntry, AuditEntry.action == "unit.create") == 0


def test_unit_names_are_unique_whatever_the_case(app, office):
    office.post("/office/units", data={**LEAD, "name": "Taiyuan Volunteers"})
    response = office.post("/office/units", data={**LEAD, "name": "taiyuan volunteers"})
    assert "已有同名单位" in response.get_data(as_text=True)


def test_office_creates_another_office_account(app, office):
    response = office.post("/office/users", data={"role": "office", "unit": "", "username": "clerk-wang",
                                                  "password": "office-2026!", "display_name": "王干事"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(User.role).where(User.username == "clerk-wang")).value == "office"


def test_deactivation_stops_an_api_token_at_once(app, office, api_as):
    sponsor = api_as("sponsor")
    assert sponsor.get("/api/v1/me").status_code == 200
    office.post(f"/office/users/{sponsor.user.id}/active")
    response = sponsor.get("/api/v1/me")
    assert response.status_code == 401
    office.post(f"/office/users/{sponsor.user.id}/active")  # reactivated: the old token stays revoked
    assert sponsor.get("/api/v1/me").status_code == 401


def test_password_reset_stops_api_tokens_too(app, office, api_as):
    unit = api_as("unit")
    office.post(f"/office/users/{unit.user.id}/password", data={"password": "brand-new-pass"})
    assert unit.get("/api/v1/me").status_code == 401
