"""What every API answer looks like, as JSON Schema for the OpenAPI document (openapi.py).

Each schema mirrors one serializer (projects/serialize.py, matches/serialize.py, …): every
field required, no other field allowed, so schemathesis' response check (tests/test_openapi.py)
fails the moment a serializer and its schema part. Enums come from the models and step tables,
the scorecard's parts and facts from execution/scorecard.py: nothing is typed twice.
"""

import enum
from dataclasses import fields

from ..auth.models import Role
from ..collaborations.models import CollaborationAsk, CollaborationState
from ..execution.models import ReportKind
from ..execution.scorecard import PART_LABELS, Facts
from ..matches.models import MatchKind, MatchState
from ..models_base import DISTRICTS, NeedKind
from ..notifications.models import MailState
from ..projects.models import ProjectStatus
from ..service_records.levels import NO_LEVEL, STAR_LEVELS
from ..sponsors.models import SponsorKind
from ..volunteers.models import RecruitmentState, SignupState

STRING = {"type": "string"}
INTEGER = {"type": "integer"}
NUMBER = {"type": "number"}
BOOLEAN = {"type": "boolean"}
DATE = {"type": "string", "format": "date"}
# Local time (Asia/Shanghai) as isoformat() writes it: no zone, so not RFC 3339's date-time.
TIMESTAMP = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$"}
STRINGS = {"type": "array", "items": STRING}


def choice(values: type[enum.Enum] | tuple | list) -> dict:
    """A string from an Enum of the models (or a tuple of plain values)."""
    return {"type": "string", "enum": [getattr(v, "value", v) for v in values]}


def nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def record(**properties) -> dict:
    """An answer object: exactly these fields, all present."""
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def items_of(item: dict) -> dict:
    """An unpaged list: the whole list is short and bounded (categories, units, recommendations)."""
    return record(items={"type": "array", "items": item})


def page_of(item: dict, **more) -> dict:
    """A paged list (paging.py): the same four fields on every one."""
    return record(items={"type": "array", "items": item}, total=INTEGER, page=INTEGER, per_page=INTEGER, **more)


NEED_KIND, DISTRICT = choice(NeedKind), choice(("", *DISTRICTS))
QUANTITY = NUMBER  # a count, or yuan (with fen as decimals) for money
NAMED = record(id=INTEGER, name=STRING)
TITLED = record(id=INTEGER, title=STRING)
STEP = record(from_state=nullable(STRING), to_state=STRING,  # from_state null: the record was created
              actor=record(id=INTEGER, name=STRING, role=choice(Role)),
              at=TIMESTAMP, reason=STRING)
TOTALS = record(activities=INTEGER, volunteers=INTEGER, volunteer_hours=NUMBER, people_served=INTEGER)


def with_history(schema: dict) -> dict:
    return {**schema, "properties": {**schema["properties"], "history": {"type": "array", "items": STEP}},
            "required": [*schema["required"], "history"]}


NEED = record(id=INTEGER, kind=NEED_KIND, description=STRING, quantity=QUANTITY, unit=STRING,
              deadline=nullable(DATE), approved_quantity=QUANTITY, pending_quantity=QUANTITY, remaining=QUANTITY)
PROJECT = record(
    id=INTEGER, title=STRING, status=choice(ProjectStatus), status_label=STRING,
    category=record(number=INTEGER, name=STRING), unit=NAMED, district=DISTRICT, service_target=STRING,
    service_type=STRING, service_hours=INTEGER, volunteers_needed=INTEGER, funding=NUMBER,
    sessions_planned=INTEGER, start_on=DATE, end_on=DATE, description=STRING, contact_name=STRING,
    contact_phone=STRING, return_reason=STRING, published_at=nullable(TIMESTAMP),
    needs={"type": "array", "items": ref("Need")},
)
MATCH = record(
    id=INTEGER, kind=choice(MatchKind), state=choice(MatchState), state_label=STRING, project=TITLED,
    need=nullable(record(id=INTEGER, kind=NEED_KIND, description=STRING, unit=STRING)),
    quantity=nullable(QUANTITY), sponsor=record(id=INTEGER, name=STRING, kind=choice(SponsorKind)),
    message=STRING, created_at=TIMESTAMP, updated_at=TIMESTAMP,
)
UNIT_OF_REQUEST = record(id=INTEGER, name=STRING, parent_id=nullable(INTEGER))
COLLABORATION = record(
    id=INTEGER, state=choice(CollaborationState), state_label=STRING, overdue=BOOLEAN, project=TITLED,
    from_unit=UNIT_OF_REQUEST, to_unit=UNIT_OF_REQUEST, ask=choice(CollaborationAsk), ask_label=STRING,
    due_on=DATE, message=STRING, created_at=TIMESTAMP, updated_at=TIMESTAMP,
)
PHOTO = record(id=INTEGER, url=STRING, content_type=STRING)
ACTIVITY = record(id=INTEGER, project_id=INTEGER, held_on=DATE, place=STRING, volunteers=INTEGER,
                  volunteer_hours=NUMBER, people_served=INTEGER, notes=STRING,
                  photos={"type": "array", "items": ref("Photo")}, created_at=TIMESTAMP)
REPORT = record(id=INTEGER, project_id=INTEGER, kind=choice(ReportKind), kind_label=STRING, body=STRING,
                created_at=TIMESTAMP, answer=nullable(STRING), answered_by=nullable(STRING),
                answered_at=nullable(TIMESTAMP))
SUMMARY = record(project_id=INTEGER, goals_met=STRING, resources_used=STRING, lessons=STRING, totals=TOTALS,
                 created_at=TIMESTAMP)
RATING = record(project_id=INTEGER, stars=INTEGER, comment=STRING, outstanding=BOOLEAN, rated_at=TIMESTAMP,
                criteria=STRINGS)
FACTS = record(**{f.name: INTEGER if f.type in (int, "int") else NUMBER for f in fields(Facts)})
SCORECARD = record(
    unit=record(id=INTEGER, name=STRING, lead=BOOLEAN), year=INTEGER, score=NUMBER,
    parts=record(**{name: nullable(NUMBER) for name in PART_LABELS}), facts=FACTS,
    weights=record(**{name: record(label=STRING, weight=NUMBER) for name in PART_LABELS}),
)
OFFER = record(id=INTEGER, kind=NEED_KIND, description=STRING, quantity=nullable(QUANTITY), unit=STRING,
               available_until=nullable(DATE))
PROFILE = record(id=INTEGER, kind=choice(SponsorKind), kind_label=STRING, name=STRING, district=DISTRICT,
                 industry=STRING, interests=STRING, contact_name=STRING, contact_phone=STRING,
                 updated_at=nullable(TIMESTAMP), offers={"type": "array", "items": ref("Offer")})
USER = record(id=INTEGER, username=STRING, role=choice(Role), name=STRING, email=STRING)
UNIT = record(id=INTEGER, name=STRING, category=INTEGER, parent_id=nullable(INTEGER), is_lead=BOOLEAN,
              district=STRING)
ERROR = record(error={
    "type": "object", "required": ["code", "message"], "additionalProperties": False,
    "properties": {"code": STRING, "message": STRING, "field": STRING},
})


def scored(**what) -> dict:
    """A recommendation: what is recommended, its score and the reasons given to people."""
    return record(**what, score=NUMBER, reasons=STRINGS)


COMPONENTS = {
    "Error": ERROR, "User": USER, "Need": NEED, "Project": PROJECT, "Match": MATCH,
    "MatchWithHistory": with_history(MATCH), "Collaboration": COLLABORATION,
    "CollaborationWithHistory": with_history(COLLABORATION), "Photo": PHOTO, "Activity": ACTIVITY,
    "Report": REPORT, "Summary": SUMMARY, "Rating": RATING, "Scorecard": SCORECARD, "Offer": OFFER,
    "Profile": PROFILE, "Unit": UNIT,
}

# endpoint → the schema of its successful answer (None: 204, no body). A test fails for an API
# endpoint missing here: a new endpoint is described before it is merged.
NO_BODY = None  # 204: the answer has no body

RESPONSES = {
    "api.hello": record(hello=STRING),
    "api.openapi": {"type": "object"},
    "api.create_token": record(token=STRING, user=ref("User")),
    "api.revoke_token": NO_BODY,
    "api.register": record(user=ref("User")),
    "api.me": record(user=ref("User")),
    "api.update_me": record(user=ref("User")),
    "api.get_profile": ref("Profile"),
    "api.put_profile": ref("Profile"),
    "api.categories": items_of(record(number=INTEGER, name=STRING, lead_units={"type": "array", "items": ref("Unit")})),
    "api.units": items_of(ref("Unit")),
    "api.list_projects": page_of(ref("Project")),
    "api.create_project": ref("Project"),
    "api.show_project": ref("Project"),
    "api.edit_project": ref("Project"),
    "api.step_project": ref("Project"),
    "api.list_matches": page_of(ref("Match")),
    "api.create_match": ref("MatchWithHistory"),
    "api.show_match": ref("MatchWithHistory"),
    "api.step_match": ref("MatchWithHistory"),
    "api.list_collaborations": page_of(ref("Collaboration")),
    "api.create_collaboration": ref("CollaborationWithHistory"),
    "api.show_collaboration": ref("CollaborationWithHistory"),
    "api.step_collaboration": ref("CollaborationWithHistory"),
    "api.remind_collaboration": ref("CollaborationWithHistory"),
    "api.list_activities": page_of(ref("Activity"), totals=TOTALS),
    "api.create_activity": ref("Activity"),
    "api.add_photo": ref("Photo"),
    "api.show_photo": {"type": "string", "format": "binary"},
    "api.list_reports": page_of(ref("Report")),
    "api.create_report": ref("Report"),
    "api.answer_report": ref("Report"),
    "api.show_summary": ref("Summary"),
    "api.submit_summary": ref("Summary"),
    "api.rate_project": ref("Rating"),
    "api.unit_scorecard": ref("Scorecard"),
    "api.recommended_sponsors": items_of(scored(sponsor=ref("Profile"))),
    "api.recommended_partners": items_of(scored(unit=NAMED)),
    "api.similar_projects": items_of(scored(project=TITLED)),
}

# --- volunteers and their records (volunteers/, service_records/, trainings/, incentives/) ---
VOLUNTEER = record(id=INTEGER, name=STRING, phone=STRING, district=DISTRICT, skills=STRINGS, availability=STRING,
                   interests=STRINGS, birth_year=nullable(INTEGER), closed=BOOLEAN)
RECRUITMENT = record(
    id=INTEGER, title=STRING,
    project=record(id=INTEGER, title=STRING, district=DISTRICT, category=INTEGER, unit=STRING),
    need_id=nullable(INTEGER), places=INTEGER, admitted=INTEGER, remaining=INTEGER, requirements=STRING,
    skills=STRINGS, min_age=nullable(INTEGER), place=STRING, starts_on=DATE, ends_on=DATE, signup_until=DATE,
    state=choice(RecruitmentState), state_label=STRING, taking_signups=BOOLEAN,
)
SIGNUP = record(id=INTEGER, state=choice(SignupState), state_label=STRING, message=STRING, reason=STRING,
                created_at=TIMESTAMP, recruitment=record(id=INTEGER, title=STRING, project_id=INTEGER),
                volunteer=ref("Volunteer"))
VOLUNTEER_DATA = record(
    account=record(username=STRING, email=STRING, role=choice(Role), created_at=TIMESTAMP),
    profile={**VOLUNTEER, "properties": {**VOLUNTEER["properties"], "consent_at": TIMESTAMP},
             "required": [*VOLUNTEER["required"], "consent_at"]},
    signups={"type": "array", "items": record(
        id=INTEGER, recruitment=STRING, project=STRING, unit=STRING, state=choice(SignupState), message=STRING,
        reason=STRING, created_at=TIMESTAMP)},
    exported_at=TIMESTAMP,
)
STAR_LEVEL = record(stars={"type": "integer", "enum": [NO_LEVEL.stars, *(level.stars for level in STAR_LEVELS)]},
                    label=STRING, hours=INTEGER)
ATTENDANCE = record(volunteer_id=INTEGER, name=STRING, hours=NUMBER, recorded_at=TIMESTAMP, updated_at=TIMESTAMP)
ACTIVITY_ATTENDANCE = record(activity=ref("Activity"), records={"type": "array", "items": ATTENDANCE})
TRAINING = record(id=INTEGER, unit=NAMED, topic=STRING, held_on=DATE, hours=NUMBER, trainer=STRING,
                  volunteer_ids={"type": "array", "items": INTEGER})
TRAINING_LINE = record(held_on=DATE, topic=STRING, unit=STRING, hours=NUMBER)
HOURS = record(
    total_hours=NUMBER, star_level=STAR_LEVEL, next_level=nullable(STAR_LEVEL),
    records={"type": "array", "items": record(held_on=DATE, project_id=INTEGER, project=STRING, unit=STRING,
                                              place=STRING, hours=NUMBER)},
    trainings={"type": "array", "items": TRAINING_LINE},
)
OFFERED = record(id=INTEGER, title=STRING, description=STRING, sponsor=NAMED, min_stars=INTEGER, min_hours=NUMBER,
                 requirement=STRING, quantity=INTEGER, remaining=INTEGER, valid_until=DATE)  # as volunteers see it
INCENTIVE = {**OFFERED, "properties": {**OFFERED["properties"], "taken": INTEGER},
             "required": [*OFFERED["required"], "taken"]}  # as its sponsor sees it
CODE = record(code=STRING, incentive=ref("OfferedIncentive"), taken_at=TIMESTAMP, redeemed_at=nullable(TIMESTAMP))
MAIL = record(id=INTEGER, state=choice(MailState), to_address=STRING, user=record(id=INTEGER, username=STRING,
                                                                                  name=STRING),
              message=STRING, url=STRING, attempts=INTEGER, last_error=STRING, created_at=TIMESTAMP,
              due_at=TIMESTAMP, sent_at=nullable(TIMESTAMP))
SECTION = record(key=STRING, title=STRING, link=STRING, items={"type": "array", "items": record(
    text=STRING, link=STRING, note=STRING)}, total=nullable(INTEGER), empty=STRING, urgent=BOOLEAN, count=INTEGER)


def either(*schemas: dict) -> dict:
    """An answer that differs by the reader's role (a unit's list or a volunteer's, say)."""
    return {"anyOf": list(schemas)}


COMPONENTS |= {
    "Volunteer": VOLUNTEER, "Recruitment": RECRUITMENT, "Signup": SIGNUP, "SignupWithHistory": with_history(SIGNUP),
    "Training": TRAINING, "Incentive": INCENTIVE, "OfferedIncentive": OFFERED, "IncentiveCode": CODE,
    "Mail": MAIL,
}
RESPONSES |= {
    "api.register_volunteer": record(user=ref("User"), volunteer=ref("Volunteer")),
    "api.show_volunteer_profile": ref("Volunteer"),
    "api.put_volunteer_profile": ref("Volunteer"),
    "api.export_volunteer_data": VOLUNTEER_DATA,
    "api.close_volunteer_account": None,
    "api.create_recruitment": ref("Recruitment"),
    "api.list_recruitments": page_of(ref("Recruitment")),
    "api.show_recruitment": ref("Recruitment"),
    "api.close_recruitment": ref("Recruitment"),
    "api.create_signup": ref("Signup"),
    "api.list_signups": page_of(ref("Signup")),
    "api.show_signup": ref("SignupWithHistory"),
    "api.step_signup": ref("SignupWithHistory"),
    "api.list_attendance": ACTIVITY_ATTENDANCE,
    "api.record_attendance": ACTIVITY_ATTENDANCE,
    "api.my_hours": HOURS,
    "api.my_certificate": {"type": "string", "format": "binary"},
    "api.create_training": ref("Training"),
    "api.list_trainings": either(items_of(ref("Training")), items_of(TRAINING_LINE)),
    "api.add_attendees": ref("Training"),
    "api.require_training": record(recruitment_id=INTEGER, training_id=nullable(INTEGER)),
    "api.create_incentive": ref("Incentive"),
    "api.list_incentives": either(items_of(ref("Incentive")), items_of(ref("OfferedIncentive"))),
    "api.take_incentive": ref("IncentiveCode"),
    "api.my_codes": items_of(ref("IncentiveCode")),
    "api.redeem_code": ref("IncentiveCode"),
    "api.list_mail": page_of(ref("Mail")),
    "api.resend_mail": ref("Mail"),
    "api.workspace": record(sections={"type": "array", "items": SECTION}),
    "api.recommendations": either(items_of(scored(project=ref("Project"))),
                                  items_of(scored(recruitment=ref("Recruitment")))),
}

# --- insurance (insurance/, api/insurance.py) ---
COVER = record(id=INTEGER, insurer=STRING, policy_number=STRING, starts_on=DATE, ends_on=DATE, covers_all=BOOLEAN,
               by_city=BOOLEAN, volunteer_ids={"type": "array", "items": INTEGER})
COMPONENTS |= {"Cover": COVER}
RESPONSES |= {
    "api.list_insurance": record(items={"type": "array", "items": ref("Cover")}, uncovered={
        "type": "array", "items": record(activity_id=INTEGER, held_on=DATE, volunteers=INTEGER)}),
    "api.record_insurance": ref("Cover"),
    "api.city_insurance": ref("Cover"),
}
