"""Hostile input is answered, never crashed on: each case once found to give a 500 (or to be
accepted when it should not) has its test here, on the pages and over the API."""

from io import BytesIO

import pytest
from PIL import Image

from matchmaker.auth.models import User
from matchmaker.execution.models import Activity, ActivityPhoto
from matchmaker.projects.models import Need
from matchmaker.sponsors.models import SponsorProfile

from . import factories
from .test_execution_helpers import ACTIVITY, count, error, running_project

REGISTRATION = {"username": "laowang", "password": "noodles-2026-taiyuan", "kind": "merchant", "name": "老王面馆",
                "contact_phone": "13800000000"}


@pytest.fixture
def unit_api(app, api_as):
    unit = api_as("unit")
    unit.project_id = running_project(app, unit.user)
    return unit


# --- numbers: bounded before arithmetic, ASCII digits in plain notation ------------------------

@pytest.mark.parametrize("hours", [1e30, "1e30", 1e300, "9" * 400, 10**40, "1E+2", "5e-1", "١٠", "１０", "1_0", "NaN",
                                   "Infinity", "-0.5"])
def test_activity_hours_of_any_size_or_script_are_refused_over_the_api(app, unit_api, hours):
    response = unit_api.post(f"/api/v1/projects/{unit_api.project_id}/activities",
                             json={**ACTIVITY, "volunteers": 1, "volunteer_hours": hours})
    assert response.status_code == 422, response.get_data(as_text=True)
    assert error(response)["field"] == "volunteer_hours"
    assert count(app, Activity) == 0


@pytest.mark.parametrize("hours", ["1e30", "1" + "0" * 40, "٢٤", "２４", "2_4"])
def test_activity_hours_of_any_size_or_script_are_refused_on_the_page(app, login_as, hours):
    unit = login_as("unit")
    project_id = running_project(app, unit.user)
    form = {**ACTIVITY, "volunteers": "1", "volunteer_hours": hours, "people_served": "80"}
    response = unit.post(f"/projects/{project_id}/activities/new", data=form)
    assert response.status_code == 200 and "志愿服务总时长" in response.get_data(as_text=True)
    assert count(app, Activity) == 0


def test_exponent_written_json_numbers_are_refused_but_plain_ones_taken(app, unit_api):
    url = f"/api/v1/projects/{unit_api.project_id}/activities"
    raw = '{"held_on": "%s", "place": "活动室", "volunteers": 2, "volunteer_hours": %s, "people_served": 3}'
    refused = unit_api.post(url, data=raw % (ACTIVITY["held_on"], "5e-1"), content_type="application/json")
    assert refused.status_code == 422 and error(refused)["field"] == "volunteer_hours"
    taken = unit_api.post(url, data=raw % (ACTIVITY["held_on"], "0.5"), content_type="application/json")
    assert taken.status_code == 201 and taken.get_json()["volunteer_hours"] == 0.5


@pytest.mark.parametrize("quantity", ["1_000", "１０００", "١٠٠٠", "5e-1", "0x10", " 1 000", 1e30, "1e30", 10**30])
def test_money_in_the_api_is_written_in_ascii_digits_only(app, api_as, quantity):
    unit, sponsor = api_as("unit"), api_as("sponsor")
    project_id = factories.make_project(app, unit.user)
    need_id = unit.get(f"/api/v1/projects/{project_id}").get_json()["needs"][0]["id"]
    body = {"project_id": project_id, "kind": "pledge", "need_id": need_id, "quantity": quantity}
    response = sponsor.post("/api/v1/matches", json=body)
    assert response.status_code == 422, response.get_data(as_text=True)
    assert error(response)["field"] == "quantity"
    edited = unit.patch(f"/api/v1/projects/{project_id}", json={"funding": quantity})
    assert edited.status_code in (409, 422) and edited.status_code != 500


def test_a_need_quantity_in_other_digits_is_refused_on_the_project(app, api_as):
    unit = api_as("unit")
    response = unit.post("/api/v1/projects", json={**factories.PROJECT, "needs": [
        {"kind": "money", "description": "药品经费", "quantity": "５０００"}]})
    assert response.status_code == 422 and "0-9" in error(response)["message"]
    assert count(app, Need) == 0


# --- JSON: bounded in size and depth before parsing ---------------------------------------------

@pytest.mark.parametrize("depth", [33, 1000, 100_000])
def test_deeply_nested_json_is_a_400_on_sign_in(client, depth):
    response = client.post("/api/v1/auth/token", data="[" * depth + "]" * depth, content_type="application/json")
    assert response.status_code == 400 and error(response)["code"] == "malformed_json"
    assert "嵌套" in error(response)["message"]


def test_deeply_nested_json_inside_an_object_is_a_400_on_every_kind_of_endpoint(app, unit_api):
    deep = '{"title": ' + "[" * 5000 + "]" * 5000 + "}"
    for method, url in [("post", "/api/v1/projects"), ("patch", f"/api/v1/projects/{unit_api.project_id}"),
                        ("post", "/api/v1/auth/register"), ("patch", "/api/v1/me")]:
        response = getattr(unit_api, method)(url, data=deep, content_type="application/json")
        assert response.status_code == 400, (url, response.get_data(as_text=True))


def test_brackets_inside_strings_do_not_count_as_nesting(app, unit_api):
    response = unit_api.post(f"/api/v1/projects/{unit_api.project_id}/activities",
                             json={**ACTIVITY, "notes": "[" * 1500 + '{"\\"'})
    assert response.status_code == 201


def test_a_json_body_over_the_limit_is_a_413_before_it_is_read(make_app, app):
    small = make_app(API_JSON_MAX_BYTES=1024)
    response = small.test_client().post("/api/v1/auth/token", json={"username": "x" * 2000, "password": "p"})
    assert response.status_code == 413 and error(response)["code"] == "request_entity_too_large"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_constants_that_are_not_json_are_refused(client, constant):
    response = client.post("/api/v1/auth/token", data=f'{{"username": {constant}, "password": "x"}}',
                           content_type="application/json")
    assert response.status_code == 400 and error(response)["code"] == "malformed_json"


# --- text: valid Unicode, no control characters ---------------------------------------------

@pytest.mark.parametrize("username", ["\ud800", "a\udfffb", "boss\u0000", "\u0007bell"])
def test_invalid_text_at_sign_in_is_a_422_not_a_crash(app, client, username):
    response = client.post("/api/v1/auth/token", json={"username": username, "password": "whatever-long"})
    assert response.status_code == 422 and error(response)["field"] == "username"


def test_a_lone_surrogate_written_as_raw_bytes_is_refused_too(client):
    body = b'{"username": "\xed\xa0\x80", "password": "x"}'  # UTF-8-encoded U+D800: json reads it
    response = client.post("/api/v1/auth/token", data=body, content_type="application/json")
    assert response.status_code in (400, 422)


@pytest.mark.parametrize("name", ["\ud800", "老王\udc00面馆", "老王\u0000面馆", "老王\u202e馆面", "\x1b[31m"])
def test_invalid_text_in_a_sponsors_name_is_refused_at_registration(app, client, name):
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "name": name})
    assert response.status_code == 422 and error(response)["field"] == "name"
    assert count(app, User) == 0


@pytest.mark.parametrize("field", ["username", "password"])
def test_a_nul_in_the_sign_in_form_is_shown_on_the_form(app, client, field):
    user = factories.make_user(app, "office")
    form = {"username": user.username, "password": user.password, field: "a\x00b"}
    response = client.post("/login", data=form)
    assert response.status_code == 200 and "含有无效字符" in response.get_data(as_text=True)


def test_a_nul_in_a_query_string_is_a_422(app, login_as):
    office = login_as("office")
    response = office.get("/office/accounts?q=a%00b")
    assert response.status_code == 422 and "无效字符" in response.get_data(as_text=True)
    api = app.test_client().get("/api/v1/projects?q=%00")
    assert api.status_code == 422 and error(api)["field"] == "q"


def test_text_keys_and_nested_values_are_checked_too(app, unit_api):
    response = unit_api.post("/api/v1/projects", json={**factories.PROJECT, "needs": [
        {"kind": "goods", "description": "轮椅\ud800", "quantity": 2}]})
    assert response.status_code == 422 and error(response)["field"] == "needs"
    odd_key = unit_api.post("/api/v1/projects", json={**factories.PROJECT, "\u0000": 1})
    assert odd_key.status_code == 400


# --- phone numbers and emails where they are asked for ----------------------------------------

@pytest.mark.parametrize("phone", ["call me maybe", "123", "1380000000", "138000000001", "02-1234", "0351-12",
                                   "１３８００００００００", "+1 555 0100"])
def test_a_phone_that_cannot_be_called_is_refused(app, client, phone):
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "contact_phone": phone})
    assert response.status_code == 422 and error(response)["field"] == "contact_phone"
    assert count(app, User) == 0


@pytest.mark.parametrize(("phone", "kept"), [
    ("13912345678", "13912345678"), ("139 1234 5678", "13912345678"), ("+8613912345678", "+8613912345678"),
    ("0351-4123456", "0351-4123456"), ("03514123456", "03514123456"), ("010-62345678-801", "010-62345678-801"),
    ("400-810-1234", "400-810-1234"), ("", ""),
])
def test_mobiles_landlines_with_area_code_and_service_numbers_are_taken(app, client, phone, kept):
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "contact_phone": phone})
    assert response.status_code == 201, response.get_data(as_text=True)
    assert count(app, SponsorProfile, SponsorProfile.contact_phone == kept) == 1


def test_the_phone_is_checked_on_the_profile_page_and_the_project_too(app, api_as, login_as):
    sponsor = login_as("sponsor")
    page = sponsor.post("/sponsor/profile", data={"kind": "merchant", "name": "面馆", "contact_phone": "call me"})
    assert page.status_code == 200 and "联系电话应为手机号码或座机号码" in page.get_data(as_text=True)
    unit = api_as("unit")
    response = unit.post("/api/v1/projects", json={**factories.PROJECT, "contact_phone": "call me maybe"})
    assert response.status_code == 422 and error(response)["field"] == "contact_phone"


@pytest.mark.parametrize("email", ["not-an-email", "a@b", "名字@example.com", "a@exa mple.com"])
def test_an_email_that_is_not_an_address_is_refused(app, client, email):
    response = client.post("/api/v1/auth/register", json={**REGISTRATION, "email": email})
    assert response.status_code == 422 and error(response)["field"] == "email"


# --- protocol: 405 says what is allowed ---------------------------------------------------------

def test_405_carries_allow_on_pages_and_in_the_api(client):
    api = client.delete("/api/v1/projects")
    assert api.status_code == 405 and {"GET", "POST"} <= set(api.headers["Allow"].replace(" ", "").split(","))
    assert error(api)["code"] == "method_not_allowed"
    page = client.put("/login")
    assert page.status_code == 405 and "POST" in page.headers["Allow"]


def test_a_url_too_long_is_a_414_and_too_many_headers_a_431_in_our_words(client):
    api = client.get("/api/v1/projects?q=" + "a" * 3000)
    assert api.status_code == 414 and error(api)["message"] == "网址过长"
    page = client.get("/projects?q=" + "a" * 3000)
    assert page.status_code == 414 and "网址过长" in page.get_data(as_text=True)
    crowded = client.get("/api/v1/projects", headers={f"X-Extra-{n}": "1" for n in range(80)})
    assert crowded.status_code == 431 and error(crowded)["message"] == "请求头过大"
    assert client.get("/api/v1/projects?q=" + "a" * 1500).status_code == 422  # the search box says "too long"


# --- photos: a pixel budget read from the header ------------------------------------------------

def png_of(width: int, height: int) -> bytes:
    out = BytesIO()
    Image.new("1", (width, height)).save(out, format="PNG", optimize=True)
    return out.getvalue()


def test_a_small_file_of_too_many_pixels_is_refused_before_decoding(app, unit_api, tmp_path):
    app.config.update(UPLOAD_FOLDER=str(tmp_path / "uploads"))
    activity_id = unit_api.post(f"/api/v1/projects/{unit_api.project_id}/activities", json=ACTIVITY).get_json()["id"]
    bomb = png_of(6300, 6300)
    assert len(bomb) < 200_000  # small on the wire, 40 megapixels once decoded
    response = unit_api.post(f"/api/v1/activities/{activity_id}/photos", data={"photo": (BytesIO(bomb), "a.png")},
                             content_type="multipart/form-data")
    assert response.status_code == 422 and "像素过大" in error(response)["message"]
    assert count(app, ActivityPhoto) == 0
    app.config.update(PHOTO_MAX_PIXELS=50 * 50)
    just = unit_api.post(f"/api/v1/activities/{activity_id}/photos", data={"photo": (BytesIO(png_of(50, 50)), "b.png")},
                         content_type="multipart/form-data")
    over = unit_api.post(f"/api/v1/activities/{activity_id}/photos", data={"photo": (BytesIO(png_of(51, 50)), "c.png")},
                         content_type="multipart/form-data")
    assert (just.status_code, over.status_code) == (201, 422)
