"""GET /api/v1/openapi.json: the API described for the WeChat client and for schemathesis.

The paths come from the URL map, so a new endpoint is described the moment it exists;
what each one takes (its JSON body and query parameters) is declared below, in one table
per kind, and a test fails when an endpoint that takes a body has no entry here.
"""

import re

from flask import current_app, jsonify

from ..auth.access import public
from ..collaborations.steps import COLLABORATION_STEPS
from ..matches.steps import MATCH_STEPS
from ..models_base import DISTRICTS
from . import bp

STRING = {"type": "string"}
INTEGER = {"type": "integer"}
DATE = {"type": "string", "format": "date"}
AMOUNT = {"oneOf": [{"type": "number"}, {"type": "string"}]}  # yuan; "12.50" keeps the fen exact
NEED_KIND = {"type": "string", "enum": ["money", "goods", "venue", "skill", "volunteers"]}
DISTRICT = {"type": "string", "enum": ["", *DISTRICTS]}
REASON = {"type": "object", "properties": {"reason": STRING}}


def obj(required: tuple[str, ...] = (), **properties) -> dict:
    schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


NEED = obj(("kind", "description", "quantity"), id=INTEGER, kind=NEED_KIND, description=STRING,
           quantity=AMOUNT, unit=STRING, deadline={"type": ["string", "null"], "format": "date"})
PROJECT_FIELDS = dict(
    title=STRING, category={"type": "integer", "minimum": 1, "maximum": 26}, district=DISTRICT,
    service_target=STRING, service_type=STRING, service_hours=INTEGER, volunteers_needed=INTEGER,
    funding=AMOUNT, sessions_planned=INTEGER, start_on=DATE, end_on=DATE, description=STRING,
    contact_name=STRING, contact_phone=STRING, unit_id=INTEGER, needs={"type": "array", "items": NEED},
)
OFFER = obj(("kind", "description"), kind=NEED_KIND, description=STRING, quantity=AMOUNT, unit=STRING,
            available_until={"type": ["string", "null"], "format": "date"})

# endpoint → the JSON body it takes
BODIES = {
    "api.create_token": obj(("username", "password"), username=STRING, password=STRING),
    "api.register": obj(("username", "password", "kind", "name"), username=STRING, password=STRING,
                        kind={"type": "string", "enum": ["enterprise", "social_org", "merchant", "individual"]},
                        name=STRING, district=DISTRICT, contact_phone=STRING, email=STRING),
    "api.update_me": obj(email=STRING),
    "api.create_project": obj(("title", "category", "district", "service_target", "service_type",
                               "service_hours", "volunteers_needed", "sessions_planned", "start_on",
                               "end_on", "needs"), **PROJECT_FIELDS),
    "api.edit_project": obj(**PROJECT_FIELDS),
    "api.step_project": REASON,
    "api.put_profile": obj(("kind", "name"), kind={"type": "string"}, name=STRING, district=DISTRICT,
                           industry=STRING, interests=STRING, contact_name=STRING, contact_phone=STRING,
                           offers={"type": "array", "items": OFFER}),
    "api.create_match": obj(("project_id", "kind"), project_id=INTEGER,
                            kind={"type": "string", "enum": ["claim", "pledge"]},
                            need_id={"type": ["integer", "null"]}, quantity=AMOUNT, message=STRING),
    "api.step_match": REASON,
    "api.create_collaboration": obj(("project_id", "to_unit_id", "ask", "due_on"), project_id=INTEGER,
                                    to_unit_id=INTEGER, due_on=DATE, message=STRING,
                                    ask={"type": "string", "enum": ["people", "venue", "expertise", "co_organising"]}),
    "api.step_collaboration": REASON,
    "api.create_activity": obj(("held_on", "place", "volunteers", "volunteer_hours", "people_served"),
                               held_on=DATE, place=STRING, volunteers=INTEGER, people_served=INTEGER,
                               volunteer_hours={"type": "number"}, notes=STRING),
    "api.create_report": obj(("kind", "body"), kind={"type": "string", "enum": ["progress", "difficulty"]},
                             body=STRING),
    "api.answer_report": obj(("answer",), answer=STRING),
    "api.submit_summary": obj(("goals_met", "resources_used", "lessons"), goals_met=STRING,
                              resources_used=STRING, lessons=STRING),
    "api.rate_project": obj(("stars", "comment"), stars={"type": "integer", "minimum": 1, "maximum": 5},
                            comment=STRING, outstanding={"type": "boolean"}),
}
# Volunteers' records and rewards (attendance, trainings, incentives): one block.
HOURS = {"oneOf": [{"type": "number"}, {"type": "string"}]}  # "2.5" keeps the tenth exact
BODIES |= {
    "api.record_attendance": obj(("records",), records={"type": "array", "items": obj(
        ("volunteer_id", "hours"), volunteer_id=INTEGER, hours=HOURS)}),
    "api.create_incentive": obj(("title", "quantity", "valid_until"), title=STRING, description=STRING,
                                min_stars={"type": "integer", "minimum": 0, "maximum": 5}, min_hours=HOURS,
                                quantity=INTEGER, valid_until=DATE),
    "api.create_training": obj(("topic", "held_on", "hours", "trainer"), topic=STRING, held_on=DATE, hours=HOURS,
                               trainer=STRING),
    "api.add_attendees": obj(("volunteer_ids",), volunteer_ids={"type": "array", "items": INTEGER}),
    "api.require_training": obj(("training_id",), training_id={"type": ["integer", "null"]}),
    "api.record_insurance": obj(("insurer", "policy_number", "starts_on", "ends_on"), insurer=STRING,
                                policy_number=STRING, starts_on=DATE, ends_on=DATE, covers_all={"type": "boolean"},
                                volunteer_ids={"type": "array", "items": INTEGER}),
}
FILES = {"api.my_certificate": "application/pdf"}  # endpoint → the file type it answers
UPLOADS = {"api.add_photo": "photo"}  # multipart/form-data: endpoint → file field

PAGING = {"page": INTEGER, "per_page": INTEGER}
LIMIT = {"limit": INTEGER}
QUERIES = {
    "api.list_projects": {"q": STRING, "category": INTEGER, "district": DISTRICT, "need_kind": NEED_KIND, **PAGING},
    "api.list_matches": {"state": STRING, **PAGING},
    "api.list_collaborations": {"state": STRING, "direction": {"type": "string", "enum": ["incoming", "outgoing"]},
                                "overdue": {"type": "string", "enum": ["0", "1"]}, **PAGING},
    "api.list_activities": PAGING,
    "api.list_reports": PAGING,
    "api.recommendations": LIMIT,
    "api.recommended_sponsors": LIMIT,
    "api.recommended_partners": LIMIT,
    "api.similar_projects": LIMIT,
    "api.unit_scorecard": {"year": INTEGER},
}
# path parameters that are not plain integers: endpoint → parameter → allowed values
STEP_NAMES = {
    "api.step_match": sorted(MATCH_STEPS),
    "api.step_collaboration": sorted(COLLABORATION_STEPS),
}
CREATED = {  # POSTs that answer 201 Created
    "api.register", "api.create_project", "api.create_match", "api.create_collaboration",
    "api.create_activity", "api.add_photo", "api.create_report", "api.submit_summary",
    "api.create_incentive", "api.take_incentive", "api.create_training",
    "api.record_insurance", "api.city_insurance",
}
# --- volunteers (matchmaker/volunteers, docs/volunteers.md): kept in one block ---------------
WORDS = {"oneOf": [{"type": "string"}, {"type": "array", "items": STRING}]}  # "急救、摄影" or a list
VOLUNTEER_FIELDS = dict(name=STRING, phone=STRING, district=DISTRICT, skills=WORDS, availability=STRING,
                        interests=WORDS, birth_year={"type": ["integer", "null"]})
BODIES |= {
    "api.register_volunteer": obj(("username", "password", "name", "phone", "district", "consent"),
                                  username=STRING, password=STRING, consent={"type": "boolean", "const": True},
                                  **VOLUNTEER_FIELDS),
    "api.put_volunteer_profile": obj(**VOLUNTEER_FIELDS),
    "api.create_recruitment": obj(("title", "places", "starts_on", "signup_until"), title=STRING,
                                  places={"type": "integer", "minimum": 1}, requirements=STRING, skills=WORDS,
                                  min_age={"type": ["integer", "null"]}, place=STRING, starts_on=DATE,
                                  ends_on=DATE, signup_until=DATE, need_id={"type": ["integer", "null"]}),
    "api.create_signup": obj(message=STRING),
    "api.step_signup": REASON,
}
QUERIES |= {
    "api.list_recruitments": {"q": STRING, "category": INTEGER, "district": DISTRICT, "date": DATE, **PAGING},
    "api.list_signups": {"state": {"type": "string", "enum": ["applied", "admitted", "declined", "withdrawn"]},
                         **PAGING},
}
CREATED |= {"api.register_volunteer", "api.create_recruitment", "api.create_signup"}
ERRORS = ("400", "401", "403", "404", "405", "409", "413", "415", "422", "429")


def document() -> dict:
    paths: dict[str, dict] = {}
    for rule in sorted(current_app.url_map.iter_rules(), key=lambda r: r.rule):
        if rule.endpoint.startswith("api.") and rule.endpoint != "api.openapi":
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                path, parameters = openapi_path(rule)
                paths.setdefault(path, {})[method.lower()] = operation(rule, method, parameters)
    return {
        "openapi": "3.1.0",
        "info": {"title": "志愿服务项目对接平台 API", "version": "1"},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Error": obj(("error",), error=obj(("code", "message"), code=STRING, message=STRING,
                                                            field=STRING))},
        },
    }


RULE_PART = re.compile(r"<(?:(?P<converter>\w+)(?:\((?P<args>[^)]*)\))?:)?(?P<name>\w+)>")


def openapi_path(rule) -> tuple[str, list[dict]]:
    """/projects/<int:project_id> → /projects/{project_id}, with its typed path parameters."""
    parameters = []
    for part in RULE_PART.finditer(rule.rule):
        converter, name = part["converter"], part["name"]
        if converter == "int":
            schema = INTEGER
        elif converter == "any":
            schema = {"type": "string", "enum": sorted(a.strip() for a in part["args"].split(","))}
        else:
            schema = {"type": "string", "enum": STEP_NAMES[rule.endpoint]} if rule.endpoint in STEP_NAMES else STRING
        parameters.append({"name": name, "in": "path", "required": True, "schema": schema})
    return RULE_PART.sub(lambda m: "{" + m["name"] + "}", rule.rule), parameters


def success_status(endpoint: str, method: str) -> str:
    if method == "DELETE":
        return "204"
    if endpoint in CREATED:
        return "201"
    return "200"


def operation(rule, method: str, parameters: list[dict]) -> dict:
    view = current_app.view_functions[rule.endpoint]
    query = [{"name": k, "in": "query", "schema": v} for k, v in QUERIES.get(rule.endpoint, {}).items()]
    success = success_status(rule.endpoint, method)
    responses = {success: {"description": "成功", **({} if success == "204" else json_content({}))}}
    if rule.endpoint == "api.create_match":
        responses["200"] = {"description": "同一 Idempotency-Key 的重复请求：返回第一次创建的记录", **json_content({})}
    if rule.endpoint == "api.show_photo":
        responses[success] = {"description": "图片", "content": {"image/*": {"schema": {"type": "string",
                                                                                       "format": "binary"}}}}
    if rule.endpoint in FILES:
        responses[success] = {"description": "文件", "content": {FILES[rule.endpoint]: {"schema": {
            "type": "string", "format": "binary"}}}}
    for status in ERRORS:
        responses[status] = {"description": "错误", **json_content({"$ref": "#/components/schemas/Error"})}
    entry = {
        "operationId": rule.endpoint.split(".", 1)[1],
        "summary": (view.__doc__ or "").strip().splitlines()[0] if view.__doc__ else rule.endpoint,
        "parameters": parameters + query,
        "responses": responses,
    }
    if getattr(view, "access", None) != "public":
        entry["security"] = [{"bearer": []}]
    if rule.endpoint in BODIES:
        required = BODIES[rule.endpoint] is not REASON  # a step's reason is optional, and so its body
        entry["requestBody"] = {"required": required, **json_content(BODIES[rule.endpoint])}
    elif rule.endpoint in UPLOADS:
        field = UPLOADS[rule.endpoint]
        entry["requestBody"] = {"required": True, "content": {"multipart/form-data": {
            "schema": obj((field,), **{field: {"type": "string", "format": "binary"}})}}}
    if rule.endpoint == "api.create_match":
        entry["parameters"].append({"name": "Idempotency-Key", "in": "header", "schema": STRING})
    return entry


def json_content(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


@bp.get("/openapi.json")
@public
def openapi():
    """This document."""
    return jsonify(document())
