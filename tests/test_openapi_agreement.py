"""The document and the server agree on what a body must carry: a body with only the fields
the document requires is accepted, and leaving out any one of them is refused (422, naming it).
Before, a need's `unit` was optional in the document and required by the server, a
collaboration's `message` likewise, and a profile's `offers`."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from matchmaker.catalog.models import Unit
from matchmaker.extensions import db

from . import factories

IN_A_WEEK = (date.today() + timedelta(days=7)).isoformat()


def schema_of(client, path: str, method: str) -> dict:
    document = client.get("/api/v1/openapi.json").get_json()
    return document["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]


def only_required(schema: dict, full: dict) -> dict:
    return {name: full[name] for name in schema.get("required", [])}


def check_agreement(client, method: str, address: str, schema: dict, full: dict, accepted: int, fields_of=None):
    """Every required field left out in turn is refused naming it; all of them alone are accepted."""
    for name in schema["required"]:
        body = {k: v for k, v in only_required(schema, full).items() if k != name}
        answer = client.open(address, method=method.upper(), json=body)
        assert answer.status_code == 422, (name, answer.get_json())
        assert answer.get_json()["error"]["field"] == (fields_of or {}).get(name, name)
    answer = client.open(address, method=method.upper(), json=only_required(schema, full))
    assert answer.status_code == accepted, answer.get_json()


def test_a_project_and_its_needs(app, api_as):
    unit = api_as("unit")
    schema = schema_of(unit, "/api/v1/projects", "post")
    need = schema["properties"]["needs"]["items"]
    goods = {"kind": "goods", "description": "血压计", "quantity": 10, "unit": "台", "deadline": None}
    minimal_need = only_required(need, goods)
    assert "unit" not in minimal_need  # required only when the kind is not money:
    assert need["else"] == {"required": ["unit"]} and need["if"]["properties"]["kind"]["const"] == "money"
    full = {**factories.PROJECT, "needs": [{**minimal_need, "unit": "台"}, {"kind": "money", "description": "经费",
                                                                           "quantity": 100}]}
    check_agreement(unit, "post", "/api/v1/projects", schema, full, 201, fields_of={"category": "category"})
    without_unit = unit.post("/api/v1/projects", json={**full, "needs": [minimal_need]})
    assert without_unit.status_code == 422 and without_unit.get_json()["error"]["field"] == "needs.0.unit"


def test_a_sponsors_profile(app, api_as):
    sponsor = api_as("sponsor")
    schema = schema_of(sponsor, "/api/v1/me/profile", "put")
    full = {"kind": "merchant", "name": "老王面馆", "offers": [{"kind": "venue", "description": "店面"}]}
    check_agreement(sponsor, "put", "/api/v1/me/profile", schema, full, 200)
    offer = schema["properties"]["offers"]["items"]
    assert sorted(offer["required"]) == ["description", "kind"]


def test_a_collaboration_request(app, api_as):
    unit = api_as("unit")
    project_id = factories.make_project(app, unit.user)
    with app.app_context():
        asked = db.session.scalar(select(Unit.id).where(Unit.name == "市教育局"))
    schema = schema_of(unit, "/api/v1/collaborations", "post")
    full = {"project_id": project_id, "to_unit_id": asked, "ask": "venue", "due_on": IN_A_WEEK, "message": "借用场地"}
    assert "message" in schema["required"]
    check_agreement(unit, "post", "/api/v1/collaborations", schema, full, 201)


@pytest.mark.parametrize(("path", "full"), [
    ("/api/v1/projects/{project}/reports", {"kind": "progress", "body": "本月开展两次义诊"}),
])
def test_a_units_records(app, api_as, path, full):
    unit = api_as("unit")
    address = path.format(project=factories.make_project(app, unit.user))
    check_agreement(unit, "post", address, schema_of(unit, path.replace("{project}", "{project_id}"), "post"),
                    full, 201)


def test_a_sponsors_registration(client):
    schema = schema_of(client, "/api/v1/auth/register", "post")
    full = {"username": "laowang-noodles", "password": "a-long-pass-2026", "kind": "merchant", "name": "老王面馆"}
    check_agreement(client, "post", "/api/v1/auth/register", schema, full, 201)
