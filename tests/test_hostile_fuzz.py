"""Fuzzing: no input makes any endpoint answer 500.

Hypothesis writes hostile values (huge and odd numbers, NaN, lone surrogates, control
characters, other scripts' digits, deep and wide nesting) into every field that the API's
document names for each operation, and into every field of the main page forms, as each
role; whatever it finds, the answer must be below 500. The ids in paths are real records
of a small world, so the requests reach the checks instead of stopping at a 404.
"""

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import factories
from .budgets import examples
from .test_execution_helpers import ACTIVITY, give, running_project

FUZZ = settings(max_examples=examples(12), deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))

ODD_TEXT = st.sampled_from([
    "\ud800", "a\udfffb", "\x00", "\x07\x1b[31m", "\u202e", "1_000", "１０００", "٣٠", "5e-1", "1e30", "-0", "NaN",
    "Infinity", " ", "", "0x1F", "9" * 400, "'; DROP TABLE user; --", "<script>alert(1)</script>", "名" * 5000,
])
NUMBERS = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 2**31, 2**63, 10**30, 1e30, 1e-30, 0.1, 5e-1, True, False]),
)
SCALARS = st.one_of(st.none(), NUMBERS, ODD_TEXT, st.text(st.characters(codec=None), max_size=30))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                      max_leaves=8)
RAW_BODIES = st.sampled_from([
    "[" * 3000 + "]" * 3000, '{"a":' * 2000 + "1" + "}" * 2000, "", "null", "[]", '"text"', "{", "\x00",
    '{"username": NaN}', "1" * 5000, '{"x": 1e999999}', b'{"username": "\xed\xa0\x80"}', b"\xff\xfe\x00",
])


@pytest.fixture
def world(app, api_as):
    """Tokens per role, and real ids for every kind of record a path names."""
    unit, sponsor, office = api_as("unit"), api_as("sponsor"), api_as("office")
    project_id = running_project(app, unit.user)
    match_id = give(app, project_id, sponsor.user, unit.user, office.user, to="accepted")
    activity_id = unit.post(f"/api/v1/projects/{project_id}/activities", json=ACTIVITY).get_json()["id"]
    ids = {"project_id": project_id, "match_id": match_id, "activity_id": activity_id, "unit_id": 1,
           "collaboration_id": 1, "report_id": 1, "photo_id": 1}
    return {"clients": {"unit": unit, "sponsor": sponsor, "office": office, "anonymous": app.test_client()},
            "ids": ids}


def operations(app) -> list[tuple[str, str, list[str]]]:
    """(method, path, body field names) for every operation the API's document describes."""
    document = app.test_client().get("/api/v1/openapi.json").get_json()
    found = []
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            schema = (operation.get("requestBody", {}).get("content", {}).get("application/json", {})
                      .get("schema", {}))
            found.append((method.upper(), path, sorted(schema.get("properties", {}))))
    return found


def fill(path: str, ids: dict, step: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: step if m.group(1) == "step" else str(ids.get(m.group(1), 1)), path)


def answer_of(client, method: str, url: str, body) -> int:
    if isinstance(body, bytes | str) and not isinstance(body, dict):
        response = client.open(url, method=method, data=body, content_type="application/json")
    else:
        response = client.open(url, method=method, data=json.dumps(body), content_type="application/json")
    return response.status_code


def test_every_api_operation_answers_hostile_bodies_without_a_server_error(app, world):
    ops = operations(app)
    assert len(ops) > 30  # the document really was read
    broken = []
    for method, path, fields in ops:
        try:
            fuzz_operation(world, method, path, fields)
        except AssertionError as failure:
            broken.append(str(failure)[:300])
    assert not broken, "\n".join(broken)


def fuzz_operation(world, method: str, path: str, fields: list[str]) -> None:
    @given(
        role=st.sampled_from(["unit", "sponsor", "office", "anonymous"]),
        step=st.sampled_from(["accept", "approve", "publish", "cancel", "../x", "%00"]),
        data=st.data(),
    )
    @FUZZ
    def check(role, step, data):
        if fields:
            body = data.draw(st.fixed_dictionaries({}, optional={name: VALUES for name in fields}))
        else:
            body = data.draw(st.one_of(VALUES, st.just({})))
        if method != "GET" and data.draw(st.booleans()):
            body = data.draw(RAW_BODIES)
        url = fill(path, world["ids"], step)
        client = world["clients"][role]
        if method == "GET":
            query = data.draw(st.dictionaries(st.sampled_from(["page", "per_page", "q", "state", "category"]),
                                              ODD_TEXT, max_size=2))
            status = client.get(url, query_string=query).status_code
        else:
            status = answer_of(client, method, url, body)
        assert status < 500, (method, url, role, body if not isinstance(body, str) else body[:80])

    check()


PAGE_FORMS = [  # (role, page with the form, where it posts)
    ("anonymous", "/login", "/login"),
    ("anonymous", "/register", "/register"),
    ("sponsor", "/sponsor/profile", "/sponsor/profile"),
    ("sponsor", "/account", "/account"),
    ("sponsor", "/account/password", "/account/password"),
    ("unit", "/projects/new", "/projects/new"),
    ("unit", "/projects/{project_id}/activities/new", "/projects/{project_id}/activities/new"),
]


def test_the_page_forms_answer_hostile_fields_without_a_server_error(app, login_as):
    unit = login_as("unit")
    clients = {"unit": unit, "sponsor": login_as("sponsor"), "anonymous": app.test_client()}
    project_id = running_project(app, unit.user)
    forms = []
    for role, page, target in PAGE_FORMS:
        html = clients[role].get(page.format(project_id=project_id)).get_data(as_text=True)
        names = sorted(set(re.findall(r'name="([\w-]+)"', html)) - {"csrf_token"})
        assert names, page
        forms.append((role, target.format(project_id=project_id), names))

    form_text = st.one_of(ODD_TEXT.filter(lambda t: not re.search("[\ud800-\udfff]", t)),
                          st.text(st.characters(exclude_categories=["Cs"]), max_size=30),
                          st.integers(-(10**30), 10**30).map(str))

    @given(form=st.sampled_from(forms), data=st.data())
    @FUZZ
    def check(form, data):
        role, target, names = form
        fields = data.draw(st.fixed_dictionaries({}, optional={name: form_text for name in names}))
        response = clients[role].post(target, data=fields)
        assert response.status_code < 500, (target, fields)

    check()


def test_a_surrogate_reaching_a_form_as_raw_bytes_is_answered(app, client):
    user = factories.make_user(app, "office")
    body = b"username=" + user.username.encode() + b"&password=%ED%A0%80"  # UTF-8 of U+D800
    response = client.post("/login", data=body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
