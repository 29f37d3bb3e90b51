"""The API's OpenAPI document, and schemathesis throwing generated requests at it.

schemathesis reads /api/v1/openapi.json, generates requests for every operation (valid
ones and, in negative mode, ones that break the schema) and checks each answer: never a
server error, always a documented status and content type, always JSON that fits the
document. It runs in-process (WSGI) on the suite's database, signed in as each role.
"""

from types import SimpleNamespace

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from sqlalchemy import select

from matchmaker.extensions import db
from matchmaker.volunteers.models import VolunteerProfile

from . import factories, records_data
from .budgets import examples

BODY_METHODS = {"POST", "PUT", "PATCH"}


@pytest.fixture
def tokens(app, api_as):
    """A small world (a published project with needs and a recruitment, a sponsor with a profile,
    a volunteer admitted to the recruitment) and a token per role."""
    unit = api_as("unit")
    project_id = factories.make_project(app, unit.user)
    sponsor, office, volunteer = api_as("sponsor"), api_as("office"), api_as("volunteer", skills="急救")
    sponsor.put("/api/v1/me/profile", json={"kind": "merchant", "name": "老王面馆", "interests": "社区老人",
                                            "offers": [{"kind": "venue", "description": "店面"}]})
    with app.app_context():
        profile_id = db.session.scalar(select(VolunteerProfile.id).where(VolunteerProfile.user_id == volunteer.user.id))
    records_data.admit(app, project_id, SimpleNamespace(profile_id=profile_id))
    return {"unit": unit.token, "sponsor": sponsor.token, "office": office.token, "volunteer": volunteer.token}


def test_every_endpoint_that_takes_a_body_declares_it(app):
    from matchmaker.api.openapi import BODIES, UPLOADS

    body_free = {"api.revoke_token", "api.remind_collaboration", "api.resend_mail", "api.close_volunteer_account",
                 "api.close_recruitment", "api.city_insurance", "api.take_incentive", "api.redeem_code"}
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("api.") and rule.methods & BODY_METHODS and rule.endpoint not in body_free:
            assert rule.endpoint in BODIES or rule.endpoint in UPLOADS, rule.endpoint


def test_every_endpoint_describes_its_answer(app):
    """A new endpoint (volunteers', say) fails here until its answer is in schemas.RESPONSES."""
    from matchmaker.api.schemas import RESPONSES

    endpoints = {rule.endpoint for rule in app.url_map.iter_rules() if rule.endpoint.startswith("api.")}
    assert sorted(endpoints - set(RESPONSES)) == []
    assert sorted(set(RESPONSES) - endpoints) == []  # nor one left behind by a removed endpoint


def test_every_answer_schema_is_strict(app, client):
    """Every object in an answer names its fields, requires them all and allows no other, so the
    response check below sees a serializer and its schema part."""
    document = client.get("/api/v1/openapi.json").get_json()
    loose = []

    def walk(schema, where):
        if isinstance(schema, dict):
            if "properties" in schema and schema.get("additionalProperties") is not False:
                loose.append(where)
            for key, value in schema.items():
                walk(value, f"{where}.{key}")
        elif isinstance(schema, list):
            for i, value in enumerate(schema):
                walk(value, f"{where}[{i}]")

    walk(document["components"]["schemas"], "components")
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            for status, response in operation["responses"].items():
                walk(response.get("content", {}), f"{method} {path} {status}")
    assert loose == []


def test_the_documents_enums_are_the_models(client):
    from matchmaker.matches.models import MatchState
    from matchmaker.models_base import NeedKind

    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    assert schemas["Match"]["properties"]["state"]["enum"] == [state.value for state in MatchState]
    assert schemas["Need"]["properties"]["kind"]["enum"] == [kind.value for kind in NeedKind]


def test_the_document_is_served_and_describes_every_api_route(app, client):
    document = client.get("/api/v1/openapi.json").get_json()
    assert document["openapi"].startswith("3.")
    operations = {op["operationId"] for path in document["paths"].values() for op in path.values()}
    api_endpoints = {r.endpoint.split(".", 1)[1] for r in app.url_map.iter_rules()
                     if r.endpoint.startswith("api.") and r.endpoint != "api.openapi"}
    assert operations == api_endpoints


# What must hold for every answer. Not "valid-looking data is accepted": a schema cannot say
# that a date lies inside the project or that a pledge fits what is left of a need.
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.negative_data_rejection,
]
EXAMPLES = settings(max_examples=examples(6), deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))


def failures_as(app, token: str) -> list[str]:
    """Run every operation's generated cases; return what broke, one line per operation."""
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    # schemathesis asks for gzip like any HTTP client, but its WSGI transport does not undo the
    # Content-Encoding that flask-compress then adds (an HTTP client would): the JSON is checked as sent.
    headers = {"Authorization": f"Bearer {token}", "Accept-Encoding": "identity"}
    broken = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @EXAMPLES
        def check(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        try:
            check()
        except (Exception, BaseExceptionGroup) as failure:  # every kind of failure is reported
            broken.append(f"{operation.label}: {describe(failure)}")
    return broken


def describe(failure: BaseException) -> str:
    """The failures' titles and the request that showed them, without the traceback."""
    lines = [line.strip() for line in str(failure).splitlines() if line.strip()]
    return " | ".join(line for line in lines if not line.startswith(("+", "|", "Reproduce")))[:600]


@pytest.mark.parametrize("role", ["office", "unit", "sponsor", "volunteer"])
def test_api_conforms_to_its_document(app, tokens, role):
    broken = failures_as(app, tokens[role])
    assert not broken, "\n".join(broken)
