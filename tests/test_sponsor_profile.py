"""The sponsor's profile (爱心档案) and offers (爱心资源), on the page and over the API."""

import re
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from matchmaker.audit.models import AuditEntry
from matchmaker.auth.models import User
from matchmaker.errors import Forbidden
from matchmaker.extensions import db
from matchmaker.sponsors.models import Offer
from matchmaker.sponsors.operations import save_profile
from matchmaker.sponsors.serialize import profile_json

from . import factories

FUTURE = (date.today() + timedelta(days=60)).isoformat()
PAST = (date.today() - timedelta(days=2)).isoformat()  # past in Taiyuan whatever the server's zone

PROFILE = {
    "kind": "merchant",
    "name": "柳巷老街面食馆",
    "district": "迎泽区",
    "industry": "餐饮",
    "interests": "关爱空巢老人，每周为社区老人送一次热饭",
    "contact_name": "刘师傅",
    "contact_phone": "13900000000",
    "offers": [
        {"kind": "money", "description": "助老餐费", "quantity": 1234.5, "unit": "美元"},
        {"kind": "goods", "description": "每周热汤面", "quantity": 50, "unit": "碗", "available_until": FUTURE},
    ],
}


def profile(**changes) -> dict:
    return {**PROFILE, **changes}


def offer(**changes) -> dict:
    return {"kind": "goods", "description": "矿泉水", "quantity": 10, "unit": "箱", **changes}


def state(app, user_id: int):
    """Everything a save could change: the profile as shown, all offers, the audit rows."""
    with app.app_context():
        user = db.session.get(User, user_id)
        return (
            profile_json(user.sponsor) if user.sponsor else None,
            db.session.scalar(select(func.count()).select_from(Offer)),
            db.session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "profile.update")),
            user.display_name,
        )


def stored_offers(app, user_id: int) -> list[tuple]:
    with app.app_context():
        offers = db.session.get(User, user_id).sponsor.offers
        return [(o.kind.value, o.description, o.quantity, o.unit, o.available_until) for o in offers]


def cli_sponsor(app, username: str = "clisponsor", *options: str):
    """A sponsor made by `flask users create --role sponsor`: it has no profile yet."""
    result = app.test_cli_runner().invoke(
        args=["users", "create", username, "--role", "sponsor", *options, "--password-stdin"],
        input=f"{factories.PASSWORD}\n",
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        user = db.session.scalar(select(User).where(User.username == username))
        assert user.sponsor is None
        return SimpleNamespace(id=user.id, username=username, password=factories.PASSWORD)


def token_client(app, user):
    client = app.test_client()
    response = client.post("/api/v1/auth/token", json={"username": user.username, "password": user.password})
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {response.get_json()['token']}"
    return client


# --- the API ---------------------------------------------------------------------------

def test_put_replaces_the_profile_and_get_shows_it(app, api_as):
    client = api_as("sponsor")
    response = client.put("/api/v1/me/profile", json=PROFILE)
    assert response.status_code == 200
    body = response.get_json()
    assert body["name"] == "柳巷老街面食馆" and body["kind"] == "merchant" and body["kind_label"] == "爱心商户"
    assert body["interests"] == PROFILE["interests"] and body["district"] == "迎泽区"
    money, goods = body["offers"]
    assert (money["kind"], money["quantity"], money["unit"], money["available_until"]) == ("money", 1234.5, "元", None)
    assert (goods["quantity"], goods["unit"], goods["available_until"]) == (50, "碗", FUTURE)
    assert stored_offers(app, client.user.id)[0][2] == 123450  # fen
    assert client.get("/api/v1/me/profile").get_json() == body


def test_money_in_whole_yuan_and_as_text_is_read_as_yuan(app, api_as):
    client = api_as("sponsor")
    offers = [offer(kind="money", quantity=500), offer(kind="money", quantity="0.01"), offer(quantity=None)]
    body = client.put("/api/v1/me/profile", json=profile(offers=offers)).get_json()
    assert [o["quantity"] for o in body["offers"]] == [500, 0.01, None]
    assert [o[2] for o in stored_offers(app, client.user.id)] == [50000, 1, None]


def test_offers_are_replaced_not_appended(app, api_as):
    client = api_as("sponsor")
    client.put("/api/v1/me/profile", json=PROFILE)
    response = client.put("/api/v1/me/profile", json=profile(offers=[offer(description="新的一项")]))
    assert [o["description"] for o in response.get_json()["offers"]] == ["新的一项"]
    assert stored_offers(app, client.user.id) == [("goods", "新的一项", 10, "箱", None)]
    assert state(app, client.user.id)[1] == 1  # the old rows are gone, not orphaned
    assert client.put("/api/v1/me/profile", json=profile(offers=[])).get_json()["offers"] == []


def test_optional_fields_left_out_are_emptied(app, api_as):
    client = api_as("sponsor")
    client.put("/api/v1/me/profile", json=PROFILE)
    body = client.put("/api/v1/me/profile", json={"kind": "individual", "name": "王淑芬", "offers": []}).get_json()
    assert (body["district"], body["industry"], body["interests"], body["contact_phone"]) == ("", "", "", "")


def test_saving_writes_an_audit_row_and_renames_the_account(app, api_as):
    client = api_as("sponsor")
    client.put("/api/v1/me/profile", json=PROFILE)
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "profile.update"))
        user = db.session.get(User, client.user.id)
        assert entry.actor_id == user.id and entry.target_type == "sponsorprofile"
        assert entry.target_id == user.sponsor.id and entry.detail == {"created": False, "offers": 2}
        assert user.label == "柳巷老街面食馆"


def test_a_cli_made_sponsor_has_no_profile_until_it_saves_one(app):
    user = cli_sponsor(app)
    client = token_client(app, user)
    missing = client.get("/api/v1/me/profile")
    assert missing.status_code == 404
    assert missing.get_json()["error"] == {"code": "no_profile", "message": "您还没有填写爱心档案"}
    assert client.put("/api/v1/me/profile", json=PROFILE).status_code == 200
    assert client.get("/api/v1/me/profile").get_json()["name"] == "柳巷老街面食馆"
    with app.app_context():
        entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "profile.update"))
        assert entry.detail["created"] is True


@pytest.mark.parametrize("method", ["get", "put"])
@pytest.mark.parametrize("role", ["unit", "office"])
def test_api_refuses_other_roles(app, api_as, role, method):
    response = getattr(api_as(role), method)("/api/v1/me/profile", json=PROFILE)
    assert response.status_code == 403 and response.get_json()["error"]["code"] == "forbidden"
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Offer)) == 0


@pytest.mark.parametrize("method", ["get", "put"])
def test_api_refuses_anonymous(client, method):
    response = getattr(client, method)("/api/v1/me/profile", json=PROFILE)
    assert response.status_code == 401 and response.get_json()["error"]["code"] == "unauthorized"


def test_only_a_sponsor_may_save_a_profile(app):
    unit = factories.make_user(app, "unit")
    with app.app_context(), pytest.raises(Forbidden):
        save_profile(db.session.get(User, unit.id), PROFILE)


def without(key: str) -> dict:
    return {k: v for k, v in PROFILE.items() if k != key}


BAD_BODIES = [
    (without("name"), "name"),
    (without("kind"), "kind"),
    (without("offers"), "offers"),
    (profile(name=""), "name"),
    (profile(name="   "), "name"),
    (profile(name=12), "name"),
    (profile(name="名" * 61), "name"),
    (profile(name="坏\x00名字"), "name"),
    (profile(kind="government"), "kind"),
    (profile(kind=["merchant"]), "kind"),
    (profile(district="北京市"), "district"),
    (profile(district=3), "district"),
    (profile(industry="行" * 41), "industry"),
    (profile(interests="爱" * 2001), "interests"),
    (profile(interests={"text": "老人"}), "interests"),
    (profile(contact_name="名" * 31), "contact_name"),
    (profile(contact_phone="1" * 21), "contact_phone"),
    (profile(offers="矿泉水"), "offers"),
    (profile(offers={"kind": "goods"}), "offers"),
    (profile(offers=[offer() for _ in range(21)]), "offers"),
    (profile(offers=[5]), "offers.0"),
    (profile(offers=[offer(kind="food")]), "offers.0.kind"),
    (profile(offers=[offer(kind=None)]), "offers.0.kind"),
    (profile(offers=[offer(description="")]), "offers.0.description"),
    (profile(offers=[offer(description="说" * 201)]), "offers.0.description"),
    (profile(offers=[offer(unit="单" * 11)]), "offers.0.unit"),
    (profile(offers=[offer(quantity="12")]), "offers.0.quantity"),
    (profile(offers=[offer(quantity=1.5)]), "offers.0.quantity"),
    (profile(offers=[offer(quantity=0)]), "offers.0.quantity"),
    (profile(offers=[offer(quantity=-3)]), "offers.0.quantity"),
    (profile(offers=[offer(quantity=True)]), "offers.0.quantity"),
    (profile(offers=[offer(kind="money", quantity="0.001")]), "offers.0.quantity"),
    (profile(offers=[offer(kind="money", quantity=0.001)]), "offers.0.quantity"),
    (profile(offers=[offer(kind="money", quantity=-5)]), "offers.0.quantity"),
    (profile(offers=[offer(kind="money", quantity="很多")]), "offers.0.quantity"),
    (profile(offers=[offer(kind="money", quantity=200_000_000)]), "offers.0.quantity"),
    (profile(offers=[offer(available_until=PAST)]), "offers.0.available_until"),
    (profile(offers=[offer(available_until="2099/01/01")]), "offers.0.available_until"),
    (profile(offers=[offer(available_until=20990101)]), "offers.0.available_until"),
    (profile(offers=[offer(), offer(quantity="x")]), "offers.1.quantity"),
]


def test_bad_input_is_refused_and_changes_nothing(app, api_as):
    """Every bad body in turn, on one sponsor: a refused body changes nothing, so each meets the
    profile as it was (checked after each); a failure names the body."""
    client = api_as("sponsor")
    client.put("/api/v1/me/profile", json=profile(offers=[offer(description="原有的一项")]))
    before = state(app, client.user.id)
    for body, field in BAD_BODIES:
        response = client.put("/api/v1/me/profile", json=body)
        assert response.status_code == 422, (body, response.get_json())
        error = response.get_json()["error"]
        assert error["code"] == "invalid" and error["field"] == field and error["message"], (body, error)
        assert state(app, client.user.id) == before, body


@pytest.mark.parametrize(
    ("data", "status", "code"),
    [("{not json", 400, "malformed_json"), ('["a", "list"]', 422, "invalid"), ("42", 422, "invalid")],
)
def test_a_body_that_is_not_a_json_object_is_refused(app, api_as, data, status, code):
    client = api_as("sponsor")
    before = state(app, client.user.id)
    response = client.put("/api/v1/me/profile", data=data, content_type="application/json")
    assert response.status_code == status and response.get_json()["error"]["code"] == code
    assert state(app, client.user.id) == before


# --- the page --------------------------------------------------------------------------

def page_form(**changes) -> dict:
    form = {k: v for k, v in PROFILE.items() if k != "offers"}
    rows = [
        {"kind": "money", "description": "助老餐费", "quantity": "99.90", "unit": "", "available_until": ""},
        {"kind": "", "description": "", "quantity": "", "unit": "", "available_until": ""},
        {"kind": "goods", "description": "热汤面", "quantity": "50", "unit": "碗", "available_until": FUTURE},
    ] + [{"kind": "", "description": "", "quantity": "", "unit": "", "available_until": ""}] * 2
    for i, row in enumerate(rows):
        form.update({f"offers-{i}-{name}": value for name, value in row.items()})
    return {**form, **changes}


def test_the_page_saves_the_profile_and_ignores_blank_rows(app, login_as):
    client = login_as("sponsor")
    page = client.get("/sponsor/profile").get_data(as_text=True)
    assert "我的爱心档案" in page
    assert all(f'name="offers-{i}-description"' in page for i in range(5)) and "offers-5-" not in page
    response = client.post("/sponsor/profile", data=page_form())
    assert response.status_code == 302 and response.headers["Location"] == "/sponsor/profile"
    assert stored_offers(app, client.user.id) == [
        ("money", "助老餐费", 9990, "元", None),
        ("goods", "热汤面", 50, "碗", date.fromisoformat(FUTURE)),
    ]
    page = client.get("/sponsor/profile").get_data(as_text=True)
    assert "爱心档案已保存" in page and 'value="99.9"' in page and "柳巷老街面食馆" in page
    assert f'value="{FUTURE}"' in page


def test_the_page_never_drops_offers_beyond_its_five_rows(app, login_as):
    client = login_as("sponsor")
    offers = [offer(description=f"第{n}项") for n in range(8)]
    with app.app_context():
        save_profile(db.session.get(User, client.user.id), profile(offers=offers))
    page = client.get("/sponsor/profile").get_data(as_text=True)
    assert 'name="offers-8-description"' in page and "offers-9-" not in page
    form = {k: v for k, v in PROFILE.items() if k != "offers"}
    for i, row in enumerate(offers):
        form.update({f"offers-{i}-{k}": str(v) for k, v in row.items()})
    assert client.post("/sponsor/profile", data=form).status_code == 302
    assert len(stored_offers(app, client.user.id)) == 8


def test_a_cli_made_sponsor_fills_its_profile_on_the_page(app):
    user = cli_sponsor(app, "xinlai", "--name", "新来的爱心人士")
    client = app.test_client()
    client.post("/login", data={"username": user.username, "password": user.password})
    assert 'value="新来的爱心人士"' in client.get("/sponsor/profile").get_data(as_text=True)
    assert client.post("/sponsor/profile", data=page_form()).status_code == 302
    assert len(stored_offers(app, user.id)) == 2


def invalid_input(page: str, field_id: str) -> bool:
    return re.search(rf'<[^>]*class="[^"]*is-invalid[^"]*" id="{field_id}"', page) is not None


@pytest.mark.parametrize(
    ("change", "field_id", "message"),
    [
        ({"name": ""}, "name", "请填写名称"),
        ({"name": "名" * 61}, "name", "名称不能超过 60 个字"),
        ({"kind": "government"}, "kind", "请选择有效的爱心主体类型"),
        ({"district": "北京市"}, "district", "请选择太原市的区县"),
        ({"interests": "爱" * 2001}, "interests", "不能超过 2000 个字"),
        ({"offers-0-quantity": "0.001"}, "offers-0-quantity", "最多精确到分"),
        ({"offers-0-quantity": "-5"}, "offers-0-quantity", "应大于 0"),
        ({"offers-2-quantity": "1.5"}, "offers-2-quantity", "应为整数"),
        ({"offers-2-quantity": "五十"}, "offers-2-quantity", "应为整数"),
        ({"offers-2-available_until": PAST}, "offers-2-available_until", "不能早于今天"),
        ({"offers-2-kind": "food"}, "offers-2-kind", "请选择有效的爱心资源类型"),
        ({"offers-2-description": ""}, "offers-2-description", "请填写爱心资源说明"),
        ({"offers-1-unit": "箱"}, "offers-1-kind", "请选择有效的爱心资源类型"),
    ],
)
def test_the_page_refuses_bad_input_under_its_field(app, login_as, change, field_id, message):
    client = login_as("sponsor")
    before = state(app, client.user.id)
    response = client.post("/sponsor/profile", data=page_form(**change))
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and message in page
    assert invalid_input(page, field_id), page
    assert state(app, client.user.id) == before


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("role", ["unit", "office"])
def test_the_page_refuses_other_roles(login_as, role, method):
    response = getattr(login_as(role), method)("/sponsor/profile", data=page_form())
    assert response.status_code == 403 and "您无权执行此操作" in response.get_data(as_text=True)


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_page_sends_anonymous_visitors_to_login(client, method):
    response = getattr(client, method)("/sponsor/profile", data=page_form())
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_the_menu_shows_the_profile_to_sponsors_only(login_as):
    assert "我的爱心档案" in login_as("sponsor").get("/").get_data(as_text=True)
    assert "我的爱心档案" not in login_as("unit").get("/").get_data(as_text=True)


def test_the_page_has_no_inline_script_or_style(login_as):
    page = login_as("sponsor").get("/sponsor/profile").get_data(as_text=True)
    assert " style=" not in page and "<style" not in page
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", page))
