"""Logs an operator can read: one format for the app, the mail worker and gunicorn, a line
per event (a traceback follows its error line), the request id on every answer and line, and
JSON lines for a log collector when LOG_FORMAT=json.

The request id is taken from the X-Request-ID header when a trusted proxy is in front
(TRUSTED_PROXIES: nginx sends `proxy_set_header X-Request-ID $request_id;`), so the proxy's
log and ours name a request alike; otherwise one is made. The answer carries it back.
"""

import json
import logging
import os
import re
import sys
import uuid
from datetime import UTC, datetime

from flask import Flask, Response, current_app, g, has_request_context, request
from flask.logging import default_handler

REQUEST_ID = "X-Request-ID"
ACCEPTED_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")  # nothing a log line could be forged with
TEXT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


def configure(app: Flask) -> None:
    """Send every logger's lines to stderr in the chosen format (once per process), and give
    each request its id."""
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "matchmaker", False)]
    handler = ours[0] if ours else logging.StreamHandler(sys.stderr)
    handler.matchmaker = True
    handler.setFormatter(formatter(app.config["LOG_FORMAT"]))
    if not handler.filters:
        handler.addFilter(RequestContext())
    if not ours:
        root.addHandler(handler)
    root.setLevel(app.config["LOG_LEVEL"])
    app.logger.removeHandler(default_handler)  # the root handler writes Flask's lines too
    app.before_request(take_request_id)
    app.after_request(send_request_id)


def formatter(kind: str) -> logging.Formatter:
    return JsonLines() if kind == "json" else logging.Formatter(TEXT)


class RequestContext(logging.Filter):
    """Adds the request id and the signed-in user (if already loaded: logging never queries)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id, record.user = "-", "-"
        if has_request_context():
            record.request_id = g.get("request_id", "-")
            user = g.get("_login_user")  # Flask-Login's, once loaded for this request
            if user is not None and getattr(user, "is_authenticated", False):
                record.user = user.username
        return True


class JsonLines(logging.Formatter):
    """One JSON object per line; the traceback, if any, in its own field."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name, "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"), "user": getattr(record, "user", "-"),
        }
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def take_request_id() -> None:
    sent = request.headers.get(REQUEST_ID, "")
    trusted = current_app.config["TRUSTED_PROXIES"] > 0 and ACCEPTED_ID.fullmatch(sent)
    g.request_id = sent if trusted else uuid.uuid4().hex


def send_request_id(response: Response) -> Response:
    response.headers[REQUEST_ID] = g.get("request_id") or "-"
    return response


def request_id() -> str:
    return g.get("request_id", "-") if has_request_context() else "-"


try:
    from gunicorn.glogging import Logger as _GunicornLogger
except ImportError:  # gunicorn is only needed to serve
    _GunicornLogger = object


class GunicornLogger(_GunicornLogger):
    """gunicorn's own lines in our format (gunicorn.conf.py: logger_class); with
    LOG_FORMAT=json its access log is JSON lines too."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        self.json = os.environ.get("LOG_FORMAT") == "json"
        for handler in self.error_log.handlers:
            handler.setFormatter(formatter("json" if self.json else "text"))
            handler.addFilter(RequestContext())

    def access(self, resp, req, environ, request_time) -> None:
        if not self.json:
            return super().access(resp, req, environ, request_time)
        if not self.access_log_enabled:
            return None
        atoms = self.atoms(resp, req, environ, request_time)
        self.access_log.info(json.dumps({
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"), "level": "INFO", "logger": "access",
            "remote": atoms["h"], "method": atoms["m"], "path": atoms["U"], "query": atoms["q"],
            "status": atoms["s"], "bytes": atoms["B"], "ms": round(request_time.total_seconds() * 1000, 1),
            "request_id": atoms.get("{x-request-id}o", "-"), "agent": atoms["a"],
        }, ensure_ascii=False))
        return None
