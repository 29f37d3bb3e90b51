"""What every request's input must be before any view reads it.

- JSON is parsed only when it is small (API_JSON_MAX_BYTES) and shallow (JSON_MAX_DEPTH):
  Python's parser recurses, and about 1,000 nested brackets raised RecursionError.
- JSON holds no NaN or Infinity (not JSON at all), and each number remembers how it was
  written, so money and hours can refuse `5e-1` (validation.plain_decimal).
- No text anywhere (JSON strings and keys, query strings here; form fields in forms.Form)
  holds a lone surrogate or a control character: the database cannot store the first,
  PostgreSQL refuses NUL, and no field of ours means either. validation.check_text refuses
  the same for its callers.

- A URL over URL_MAX_LENGTH is a 414 and headers over HEADERS_MAX_COUNT or HEADERS_MAX_BYTES
  a 431, answered by us in JSON or HTML like every error, well before gunicorn's own limits
  (4094-byte request line, 100 headers of 8190 bytes) whose plain HTML pages then never show
  for anything our limits refuse (docs/hostile-input.md says what answers where).

Refusals are ValueErrors inside the JSON provider, so that `get_json(silent=True)` (the login
limit's key) gets None instead of an exception; api.body turns them into 400 or 422.
"""

import json
import re

from flask import Flask, request
from flask.json.provider import DefaultJSONProvider
from werkzeug.exceptions import RequestHeaderFieldsTooLarge, RequestURITooLarge

from .errors import Invalid
from .validation import BAD_TEXT

JSON_MAX_DEPTH = 32  # our deepest body (a project's needs) is 3
URL_MAX_LENGTH = 2048  # bytes of path and query string; the longest filter link is under 600
HEADERS_MAX_COUNT, HEADERS_MAX_BYTES = 60, 16 * 1024
STRING_LITERAL = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")


class JsonRefused(ValueError):
    """A body we will not parse, or that holds what no field accepts."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message, self.field = message, field


class JsonFloat(float):
    """A JSON number with a fraction or exponent, and the text it was written as."""

    __slots__ = ("literal",)

    @classmethod
    def parse(cls, literal: str) -> "JsonFloat":
        number = cls(literal)
        number.literal = literal
        return number


def refuse_constant(name: str):
    raise JsonRefused(f"请求体含有 JSON 不允许的数值 {name}")


def too_deep(text: str, limit: int = JSON_MAX_DEPTH) -> bool:
    """Whether brackets outside strings nest deeper than `limit`, without recursing."""
    if text.count("[") + text.count("{") <= limit:
        return False  # cannot be deeper than it has brackets: nearly every body
    depth = 0
    for bracket in NOT_A_BRACKET.sub("", STRING_LITERAL.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        if depth > limit:
            return True
    return False


def first_bad_text(value, key: str | None = None) -> str | None:
    """The name of the first field (or "") whose text holds what no field accepts, else None."""
    if isinstance(value, str):
        return (key or "") if BAD_TEXT.search(value) else None
    if isinstance(value, dict):
        for name, item in value.items():
            if BAD_TEXT.search(name):
                return ""
            found = first_bad_text(item, key or name)
            if found is not None:
                return found
    elif isinstance(value, list):
        for item in value:
            found = first_bad_text(item, key)
            if found is not None:
                return found
    return None


class CheckedJSONProvider(DefaultJSONProvider):
    """Flask's JSON, refusing deep nesting, NaN and invalid text before anyone sees the data."""

    def loads(self, s: str | bytes, **kwargs):
        if isinstance(s, bytes | bytearray):
            s = bytes(s).decode(json.detect_encoding(s), "surrogatepass")  # as json.loads would
        if too_deep(s):
            raise JsonRefused(f"请求体嵌套过深（最多 {JSON_MAX_DEPTH} 层）")
        kwargs.setdefault("parse_float", JsonFloat.parse)
        kwargs.setdefault("parse_constant", refuse_constant)
        data = json.loads(s, **kwargs)
        field = first_bad_text(data)
        if field is not None:
            raise JsonRefused(f"{field or '请求体'}含有无效字符（如控制字符或不成对的代理码位）", field or None)
        return data


def refuse_oversized_request() -> None:
    """A URL or headers larger than any client of ours sends: 414 or 431, in our words."""
    environ = request.environ
    if len(environ.get("PATH_INFO", "")) + len(environ.get("QUERY_STRING", "")) > URL_MAX_LENGTH:
        raise RequestURITooLarge()
    headers = [(k, v) for k, v in environ.items() if k.startswith("HTTP_")]
    if len(headers) > HEADERS_MAX_COUNT or sum(len(k) + len(str(v)) for k, v in headers) > HEADERS_MAX_BYTES:
        raise RequestHeaderFieldsTooLarge()


def refuse_bad_text_in_query() -> None:
    """Query strings: no control characters, whatever the view does next. (Form fields are
    checked by forms.Form, which shows the refusal beside the field.)"""
    for name, value in request.args.items(multi=True):
        if BAD_TEXT.search(name):
            raise Invalid("查询参数含有无效字符")
        if BAD_TEXT.search(value):
            raise Invalid(f"查询参数含有无效字符（{name[:40]}）", field=name)


def register_input_checks(app: Flask) -> None:
    app.json = CheckedJSONProvider(app)
    app.before_request(refuse_oversized_request)
    app.before_request(refuse_bad_text_in_query)
