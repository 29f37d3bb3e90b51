"""GET /api/v1/openapi.json: the API described for the WeChat client and for schemathesis.

The paths come from the URL map, so a new endpoint is listed the moment it exists. What each
one takes (JSON body, query parameters) is declared below; what it answers is in schemas.py
(strict: every field required, no other allowed), errors included (`{"error": {...}}`).
Enums, bounds and limits are imported from the models, step tables and checks that enforce
them. tests/test_openapi.py fails for an endpoint without its answer (or, taking a body,
without its body) and runs schemathesis against the document, answers included;
tests/test_openapi_agreement.py holds the required fields to what the server requires.
"""

import re

from flask import current_app, jsonify

from ..auth.access import public
from ..auth.operations import USERNAME_PATTERN
from ..auth.policy import PASSWORD_MAX, PASSWORD_MIN
from ..collaborations.models import CollaborationAsk, CollaborationState
from ..collaborations.operations import MESSAGE_MAX
from ..collaborations.steps import COLLABORATION_STEPS
from ..execution.checks import MAX_VOLUNTEERS
from ..execution.models import ReportKind
from ..incentives.operations import MAX_QUANTITY
from ..matches.models import MatchKind, MatchState
from ..matches.steps import MATCH_STEPS
from ..models_base import DISTRICTS
from ..paging import MAX_PAGE, MAX_PER_PAGE
from ..projects.operations import MAX_NEEDS
from ..service_records.levels import STAR_LEVELS
from ..sponsors.models import SponsorKind
from ..sponsors.operations import MAX_OFFERS
from ..validation import EMAIL_MAX, MAX_COUNT, MAX_ID
from ..volunteers.models import SignupState
from ..volunteers.recruitments import MAX_PLACES
from . import bp
from .schemas import COMPONENTS, DATE, INTEGER, NEED_KIND, RESPONSES, STRING, choice, ref

# What the server takes (the checks in validation.py and each package's operations.py).
ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
# A quantity: a whole count, or yuan for money ("12.50" as a string keeps the fen exact).
AMOUNT = {"oneOf": [{"type": "number", "exclusiveMinimum": 0}, {"type": "string"}]}
FUNDING = {"oneOf": [{"type": "number", "minimum": 0}, {"type": "string"}]}  # yuan; 0 or absent: none
DISTRICT = choice(("", *DISTRICTS))
REASON = {"type": "object", "properties": {"reason": {"type": "string", "maxLength": 500}}}


def text(max_len: int) -> dict:
    return {"type": "string", "maxLength": max_len}


def count(low: int = 0, high: int = MAX_COUNT) -> dict:
    return {"type": "integer", "minimum": low, "maximum": high}


def obj(required: tuple[str, ...] = (), **properties) -> dict:
    schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


# A need's unit is required, except for money (the server writes 元 itself).
NEED = {
    **obj(("kind", "description", "quantity"), id=ID, kind=NEED_KIND, description=text(200),
          quantity=AMOUNT, unit={"type": "string", "minLength": 1, "maxLength": 10},
          deadline={"type": ["string", "null"], "format": "date"}),
    "if": {"properties": {"kind": {"const": "money"}}}, "else": {"required": ["unit"]},
}
PROJECT_FIELDS = dict(
    title=text(60), category={"type": "integer", "minimum": 1, "maximum": 26}, district=choice(DISTRICTS),
    service_target=text(100), service_type=text(40), service_hours=count(high=1_000_000),
    volunteers_needed=count(high=1_000_000), funding=FUNDING, sessions_planned=count(1, 100_000),
    start_on=DATE, end_on=DATE, description=text(5000), contact_name=text(30), contact_phone=text(20),
    unit_id=ID, needs={"type": "array", "items": NEED, "minItems": 1, "maxItems": MAX_NEEDS},
)
OFFER = obj(("kind", "description"), kind=NEED_KIND, description=text(200), quantity=AMOUNT, unit=text(10),
            available_until={"type": ["string", "null"], "format": "date"})

# endpoint → the JSON body it takes. New endpoints add their body here, and their answer in
# schemas.RESPONSES: tests/test_openapi.py fails for an API endpoint missing from either.
BODIES = {
    "api.create_token": obj(("username", "password"), username=STRING, password=STRING),
    "api.register": obj(("username", "password", "kind", "name"),
                        username={"type": "string", "pattern": USERNAME_PATTERN.pattern},
                        password={"type": "string", "minLength": PASSWORD_MIN, "maxLength": PASSWORD_MAX},
                        kind=choice(SponsorKind), name=text(60), district=DISTRICT, contact_phone=text(20),
                        email=text(EMAIL_MAX)),
    "api.update_me": obj(email=text(EMAIL_MAX)),
    "api.create_project": obj(("title", "category", "district", "service_target", "service_type",
                               "service_hours", "volunteers_needed", "sessions_planned", "start_on",
                               "end_on", "needs"), **PROJECT_FIELDS),
    "api.edit_project": obj(**PROJECT_FIELDS),
    "api.step_project": REASON,
    "api.put_profile": obj(("kind", "name", "offers"), kind=choice(SponsorKind), name=text(60), district=DISTRICT,
                           industry=text(40), interests=text(2000), contact_name=text(30), contact_phone=text(20),
                           offers={"type": "array", "items": OFFER, "maxItems": MAX_OFFERS}),
    "api.create_match": obj(("project_id", "kind"), project_id=ID, kind=choice(MatchKind),
                            need_id={"anyOf": [ID, {"type": "null"}]}, quantity=AMOUNT, message=text(1000)),
    "api.step_match": REASON,
    "api.create_collaboration": obj(("project_id", "to_unit_id", "ask", "due_on", "message"), project_id=ID,
                                    to_unit_id=ID, due_on=DATE, message=text(MESSAGE_MAX),
                                    ask=choice(CollaborationAsk)),
    "api.step_collaboration": REASON,
    "api.create_activity": obj(("held_on", "place", "volunteers", "volunteer_hours", "people_served"),
                               held_on=DATE, place=text(100), volunteers=count(1, MAX_VOLUNTEERS),
                               people_served=count(high=10_000_000), volunteer_hours={"type": "number", "minimum": 0},
                               notes=text(2000)),
    "api.create_report": obj(("kind", "body"), kind=choice(ReportKind), body=text(5000)),
    "api.answer_report": obj(("answer",), answer=text(5000)),
    "api.submit_summary": obj(("goals_met", "resources_used", "lessons"), goals_met=text(5000),
                              resources_used=text(5000), lessons=text(5000)),
    "api.rate_project": obj(("stars", "comment"), stars=count(1, 5), comment=text(2000),
                            outstanding={"type": "boolean"}),
}
# Volunteers' records and rewards (attendance, trainings, incentives): one block.


def hours(high: int) -> dict:
    """Hours to a tenth: a number, or a string ("2.5" keeps the tenth exact)."""
    return {"oneOf": [{"type": "number", "minimum": 0, "maximum": high}, {"type": "string"}]}


BODIES |= {
    "api.record_attendance": obj(("records",), records={"type": "array", "items": obj(
        ("volunteer_id", "hours"), volunteer_id=ID, hours=hours(24))}),  # 0: off the list
    "api.create_incentive": obj(("title", "quantity", "valid_until"), title=text(60), description=text(1000),
                                min_stars=count(0, STAR_LEVELS[-1].stars), min_hours=hours(100_000),
                                quantity=count(1, MAX_QUANTITY), valid_until=DATE),
    "api.create_training": obj(("topic", "held_on", "hours", "trainer"), topic=text(100), held_on=DATE,
                               hours=hours(1_000), trainer=text(60)),
    "api.add_attendees": obj(("volunteer_ids",), volunteer_ids={"type": "array", "items": ID}),
    "api.require_training": obj(("training_id",), training_id={"anyOf": [ID, {"type": "null"}]}),  # null: none
    # The volunteers named are read only when the cover is not for all (covers_all false).
    "api.record_insurance": {**obj(("insurer", "policy_number", "starts_on", "ends_on"), insurer=text(60),
                                   policy_number=text(40), starts_on=DATE, ends_on=DATE,
                                   covers_all={"type": "boolean"}, volunteer_ids={}),
                             "if": {"properties": {"covers_all": {"const": False}}, "required": ["covers_all"]},
                             "then": {"properties": {"volunteer_ids": {"type": "array", "items": ID, "minItems": 1}},
                                      "required": ["volunteer_ids"]}},
}
FILES = {"api.my_certificate": "application/pdf"}  # endpoint → the file type it answers
UPLOADS = {"api.add_photo": "photo"}  # multipart/form-data: endpoint → file field

PAGING = {"page": count(1, MAX_PAGE), "per_page": count(1, MAX_PER_PAGE)}
LIMIT = {"limit": count(1, 50)}
QUERIES = {
    "api.list_projects": {"q": text(100), "category": count(1, 26), "district": choice(DISTRICTS),
                          "need_kind": NEED_KIND, **PAGING},
    "api.list_matches": {"state": choice(MatchState), **PAGING},
    "api.list_collaborations": {"state": choice(CollaborationState),
                                "direction": {"type": "string", "enum": ["incoming", "outgoing"]},
                                "overdue": {"type": "string", "enum": ["0", "1"]}, **PAGING},
    "api.list_activities": PAGING,
    "api.list_reports": PAGING,
    "api.recommendations": LIMIT,
    "api.recommended_sponsors": LIMIT,
    "api.recommended_partners": LIMIT,
    "api.similar_projects": LIMIT,
    "api.unit_scorecard": {"year": count(2000, 2100)},
    "api.list_mail": {"state": {"type": "string", "enum": ["failed", "pending", "sent"]}, **PAGING},
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
WORDS = {"oneOf": [text(200), {"type": "array", "items": STRING}]}  # "急救、摄影" or a list
BLANK = {"type": "string", "pattern": r"^\s*$"}  # "" (a form's empty box) is taken as null
BIRTH_YEAR = {"anyOf": [{"type": "integer"}, {"type": "null"}, BLANK, {"type": "string", "pattern": r"^\s*\d+\s*$"}]}
VOLUNTEER_FIELDS = dict(name=text(30), phone=text(20), district=choice(DISTRICTS), skills=WORDS,
                        availability=text(100), interests=WORDS, birth_year=BIRTH_YEAR)
BODIES |= {
    "api.register_volunteer": obj(("username", "password", "name", "phone", "district", "consent"),
                                  username={"type": "string", "pattern": USERNAME_PATTERN.pattern},
                                  password={"type": "string", "minLength": PASSWORD_MIN, "maxLength": PASSWORD_MAX},
                                  consent={"type": "boolean", "const": True}, **VOLUNTEER_FIELDS),
    "api.put_volunteer_profile": obj(**VOLUNTEER_FIELDS),
    "api.create_recruitment": obj(("title", "places", "starts_on", "signup_until"), title=text(60),
                                  places=count(1, MAX_PLACES), requirements=text(2000), skills=WORDS,
                                  min_age={"anyOf": [count(0, 100), {"type": "null"}, {"const": ""}]}, place=text(100),
                                  starts_on=DATE, ends_on=DATE, signup_until=DATE,
                                  need_id={"anyOf": [ID, {"type": "null"}]}),
    "api.create_signup": obj(message=text(500)),
    "api.step_signup": REASON,
}
QUERIES |= {
    "api.list_recruitments": {"q": text(100), "category": count(1, 26), "district": DISTRICT, "date": DATE, **PAGING},
    "api.list_signups": {"state": choice(SignupState), **PAGING},
}
OPTIONAL_BODIES = {"api.create_signup"}
CREATED |= {"api.register_volunteer", "api.create_recruitment", "api.create_signup"}
ERRORS = {
    "400": "请求格式有误", "401": "未登录或令牌无效", "403": "无权操作", "404": "不存在", "405": "方法不允许",
    "409": "当前状态不允许", "413": "请求过大", "415": "不是 JSON", "422": "内容有误", "429": "请求过于频繁",
}


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
            "schemas": COMPONENTS,
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
    if method == "DELETE" or RESPONSES[endpoint] is None:  # no answer but its status
        return "204"
    if endpoint in CREATED:
        return "201"
    return "200"


def operation(rule, method: str, parameters: list[dict]) -> dict:
    view = current_app.view_functions[rule.endpoint]
    query = [{"name": k, "in": "query", "schema": v} for k, v in QUERIES.get(rule.endpoint, {}).items()]
    success, answer = success_status(rule.endpoint, method), RESPONSES[rule.endpoint]
    responses = {success: {"description": "成功", **({} if answer is None else json_content(answer))}}
    if rule.endpoint == "api.create_match":
        responses["200"] = {"description": "同一 Idempotency-Key 的重复请求：返回第一次创建的记录", **json_content(answer)}
    if rule.endpoint == "api.show_photo":
        responses[success] = {"description": "图片", "content": {"image/*": {"schema": answer}}}
    if rule.endpoint in FILES:
        responses[success] = {"description": "文件", "content": {FILES[rule.endpoint]: {"schema": {
            "type": "string", "format": "binary"}}}}
    for status, description in ERRORS.items():
        responses[status] = {"description": description, **json_content(ref("Error"))}
    entry = {
        "operationId": rule.endpoint.split(".", 1)[1],
        "summary": (view.__doc__ or "").strip().splitlines()[0] if view.__doc__ else rule.endpoint,
        "parameters": parameters + query,
        "responses": responses,
    }
    if getattr(view, "access", None) != "public":
        entry["security"] = [{"bearer": []}]
    if rule.endpoint in BODIES:
        # a step's reason is optional, and so its body; a sign-up's message likewise
        required = BODIES[rule.endpoint] is not REASON and rule.endpoint not in OPTIONAL_BODIES
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
