"""Reading a request's JSON body: malformed JSON is a 400, a non-object a 422."""

from flask import request
from werkzeug.exceptions import BadRequest

from ..errors import DomainError, Invalid


class MalformedJson(DomainError):
    status, code = 400, "malformed_json"


def json_body() -> dict:
    try:
        data = request.get_json(force=True, silent=False)
    except BadRequest:
        raise MalformedJson("请求体不是有效的 JSON") from None
    if not isinstance(data, dict):
        raise Invalid("请求体应为 JSON 对象")
    return data
