"""Reading a request's JSON body: too large is a 413, malformed or too deep a 400, text that
no field accepts or a non-object a 422. The parsing itself is inputs.CheckedJSONProvider."""

from flask import current_app, request

from ..errors import DomainError, Invalid
from ..inputs import JsonRefused


class MalformedJson(DomainError):
    status, code = 400, "malformed_json"


class BodyTooLarge(DomainError):
    status, code = 413, "request_entity_too_large"


def json_body() -> dict:
    limit = current_app.config["API_JSON_MAX_BYTES"]
    if (request.content_length or 0) > limit:  # refused before a byte of it is read
        raise BodyTooLarge(f"请求体不能超过 {limit // 1024} KB")
    raw = request.get_data(cache=True)
    if len(raw) > limit:  # sent without a length (chunked)
        raise BodyTooLarge(f"请求体不能超过 {limit // 1024} KB")
    try:
        data = current_app.json.loads(raw)
    except JsonRefused as refusal:
        raise (Invalid if refusal.field else MalformedJson)(refusal.message, field=refusal.field) from None
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise MalformedJson("请求体不是有效的 JSON") from None
    if not isinstance(data, dict):
        raise Invalid("请求体应为 JSON 对象")
    return data
