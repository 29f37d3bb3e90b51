"""The app's error types, and handlers that answer JSON to the API and HTML to people."""

import json
import logging
import math
import sys
import time

from flask import Flask, g, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException


class DomainError(Exception):
    """A refusal by an operation. Raised before anything is changed, or rolled back."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None,
                 fields: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.fields = fields or {}  # every field at fault with its message, when several are
        if code:
            self.code = code


class Errors:
    """The refusals of several checks, gathered so that a form shows every mistake at once.

        errors = Errors()
        title = errors.check(check_text, data.get("title"), "title", "项目名称", max_len=60)
        ...
        errors.raise_any()   # one Invalid naming every field at fault
    """

    def __init__(self):
        self.fields: dict[str, str] = {}

    def check(self, check, *args, **kwargs):
        """The check's clean value, or None with its refusal noted (the first per field)."""
        try:
            return check(*args, **kwargs)
        except Invalid as error:
            self.add(error)
            return None

    def add(self, error: DomainError) -> None:
        for field, message in (error.fields or {error.field or "": error.message}).items():
            self.fields.setdefault(field, message)

    def raise_any(self) -> None:
        if not self.fields:
            return
        field, message = next(iter(self.fields.items()))
        if len(self.fields) > 1:
            message = f"有 {len(self.fields)} 处需要修改：{message}……"
        raise Invalid(message, field=field or None, fields=dict(self.fields))


class Unauthenticated(DomainError):
    status, code = 401, "unauthorized"


class Invalid(DomainError):
    status, code = 422, "invalid"


class Conflict(DomainError):
    """The step is not allowed from the record's current state, or the record exists."""

    status, code = 409, "conflict"


class Forbidden(DomainError):
    status, code = 403, "forbidden"


class NotFound(DomainError):
    status, code = 404, "not_found"


class Overloaded(Exception):
    """The server cannot take this request now (a writer waited past its deadline): 503, try
    again. Not a DomainError: a form must not show it as a mistake in what was typed."""


HTTP_MESSAGES = {
    400: "请求格式有误",
    401: "请先登录",
    403: "您无权执行此操作",
    404: "您访问的页面或记录不存在",
    405: "不支持该请求方法",
    409: "当前状态不允许此操作",
    413: "上传的内容过大",
    414: "网址过长",
    422: "提交的内容有误",
    429: "操作过于频繁，请稍后再试",
    431: "请求头过大",
    500: "服务器出错了，请稍后再试",
    503: "服务器正忙，请稍后再试",
}
RETRY_AFTER_SECONDS = 5


security_log = logging.getLogger("matchmaker.security")


def wants_json() -> bool:
    return request.path.startswith("/api/") or (
        request.accept_mimetypes.best == "application/json"
    )


def error_response(status: int, code: str, message: str, field: str | None = None,
                   fields: dict[str, str] | None = None, headers=None):
    """The one shape of every error: JSON for the API, a friendly page for people.
    `field` names the (first) field at fault; `fields`, when several are, each with its message."""
    if wants_json():
        body = {"code": code, "message": message}
        if field:
            body["field"] = field
        if fields:
            body["fields"] = fields
        return jsonify(error=body), status, headers or {}
    return render_template("errors/error.html", status=status, message=message), status, headers or {}


def protocol_headers(error: HTTPException) -> dict:
    """Headers an error status promises: Allow on 405, Retry-After on 429 (and 503)."""
    headers = {name: value for name, value in error.get_headers() if name.lower() in ("allow", "retry-after")}
    if error.code == 429 and "Retry-After" not in headers:
        headers["Retry-After"] = str(retry_after_seconds())
    return headers


def retry_after_seconds() -> int:
    """Seconds until the limit that refused this request lets it through again (at least 1)."""
    from .extensions import limiter

    try:
        limit = limiter.current_limit
        if not limit:
            return 60
        # Never more than the limit's own window, whatever the clocks of storage and worker say.
        return max(1, min(math.ceil(limit.reset_at - time.time()), limit.limit.get_expiry()))
    except Exception:  # the limits' storage may be what failed; a guess is better than no header
        return 60


def answer_what_escapes(app: Flask) -> None:
    """The last resort: an error raised after the handlers had their turn (the session's
    teardown rolling back on a connection the database just dropped) would otherwise reach
    gunicorn, which answers its own HTML page. Answer our JSON (or Chinese page) instead."""
    inner = app.wsgi_app

    def wsgi_app(environ, start_response):
        try:
            return inner(environ, start_response)
        except Exception:  # noqa: BLE001  anything at all: the client still gets our answer
            app.logger.exception("%s %s failed after its answer was made", environ.get("REQUEST_METHOD"),
                                 environ.get("PATH_INFO"))
            api = environ.get("PATH_INFO", "").startswith("/api/")
            body = (json.dumps({"error": {"code": "server_error", "message": HTTP_MESSAGES[500]}}, ensure_ascii=False)
                    if api else f"<!doctype html><meta charset=utf-8><title>出错了</title><p>{HTTP_MESSAGES[500]}</p>")
            content_type = "application/json" if api else "text/html; charset=utf-8"
            start_response("500 INTERNAL SERVER ERROR", [("Content-Type", content_type)], sys.exc_info())
            return [body.encode("utf-8")]

    app.wsgi_app = wsgi_app


def register_error_handlers(app: Flask) -> None:
    answer_what_escapes(app)

    @app.errorhandler(DomainError)
    def domain_error(error: DomainError):
        return error_response(error.status, error.code, error.message, error.field, error.fields)

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        security_log.warning("CSRF check failed: %s %s by %s: %s", request.method, request.path, who(),
                             error.description)
        return error_response(400, "csrf", "页面已过期或来源不明，请刷新页面后重试")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        status = error.code or 500
        code = (error.name or "error").lower().replace(" ", "_")
        message = HTTP_MESSAGES.get(status, error.description or "请求失败")
        if status == 429:
            security_log.warning("rate limit hit: %s %s by %s from %s (%s)", request.method, request.path, who(),
                                 request.remote_addr, error.description)
        return error_response(status, code, message, headers=protocol_headers(error))

    @app.errorhandler(Overloaded)
    def overloaded(error: Overloaded):
        from .extensions import db

        db.session.rollback()  # the page around the message reads the database again
        app.logger.warning("%s %s answered 503: %s", request.method, request.path, error)
        return error_response(503, "busy", HTTP_MESSAGES[503], headers={"Retry-After": str(RETRY_AFTER_SECONDS)})

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception):
        if isinstance(error, HTTPException):
            return http_error(error)
        # One line that says which request failed (the traceback follows it), then the answer.
        app.logger.error("%s %s failed: %s: %s (user %s, request %s)", request.method, request.full_path.rstrip("?"),
                         type(error).__name__, error, who(), g.get("request_id", "-"), exc_info=error)
        roll_back_quietly()
        return error_response(500, "server_error", HTTP_MESSAGES[500])


def roll_back_quietly() -> None:
    """End the failed request's transaction here, where a dead connection (a database
    restarting) can be forgiven: left to the teardown, the rollback's own error would escape
    past every handler as the server's HTML 500 instead of our JSON one."""
    from .extensions import db

    try:
        db.session.rollback()
    except Exception:  # noqa: BLE001  the connection is gone and SQLAlchemy has invalidated it
        app_logger().warning("rollback after a failed request failed too; the connection was dropped")


def app_logger():
    from flask import current_app

    return current_app.logger


def who() -> str:
    """The signed-in user's name for a log line, from what the loaded object holds: never a
    query (the error may be the database going away, and an expired attribute would be read
    again from it, raising a second error inside this handler)."""
    user = g.get("_login_user")
    return getattr(user, "__dict__", {}).get("username") or "anonymous"
