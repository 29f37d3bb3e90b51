"""The last-resort wrapper (errors.answer_what_escapes), called as a WSGI server calls it: an
error that escapes after Flask's handlers (a teardown's rollback on a dropped connection) is
answered with our 500, restarting the response with exc_info as PEP 3333 asks; an answer that
does not fail passes through untouched."""

import json
import logging

import pytest
from flask import Flask

from matchmaker.errors import HTTP_MESSAGES, answer_what_escapes


class Server:
    """start_response as a PEP 3333 server keeps it: a second call without exc_info is a bug
    of the app; with exc_info it replaces the headers not yet sent, and once they are sent it
    re-raises the error (the server then drops the connection)."""

    def __init__(self, headers_sent: bool = False):
        self.calls: list[tuple[str, list, object]] = []
        self.headers_sent = headers_sent

    def start_response(self, status, headers, exc_info=None):
        if self.calls and exc_info is None:
            raise AssertionError("start_response called again without exc_info")
        if exc_info is not None and self.headers_sent:
            raise exc_info[1].with_traceback(exc_info[2])
        self.calls.append((status, headers, exc_info))
        return lambda data: None  # write(), unused

    @property
    def status(self) -> str:
        return self.calls[-1][0]

    @property
    def content_type(self) -> str:
        return dict(self.calls[-1][1])["Content-Type"]


def environ(path: str) -> dict:
    return {"REQUEST_METHOD": "POST", "PATH_INFO": path, "SERVER_NAME": "localhost", "SERVER_PORT": "80",
            "wsgi.url_scheme": "http", "wsgi.input": None, "wsgi.errors": None}


class ConnectionDropped(RuntimeError):
    pass


def wrapped(inner) -> Flask:
    app = Flask("last_resort")
    app.wsgi_app = inner
    answer_what_escapes(app)
    return app


def fails_after_answering(environ, start_response):
    """What Flask does when a teardown fails: the answer is started, then the error escapes."""
    start_response("200 OK", [("Content-Type", "application/json")])
    raise ConnectionDropped("server closed the connection unexpectedly")


def fails_before_answering(environ, start_response):
    raise ConnectionDropped("could not connect")


@pytest.mark.parametrize("inner", [fails_after_answering, fails_before_answering])
def test_an_api_error_that_escapes_is_answered_with_our_json_500(inner, caplog):
    server = Server()
    with caplog.at_level(logging.ERROR):
        body = wrapped(inner).wsgi_app(environ("/api/v1/matches"), server.start_response)

    assert server.status == "500 INTERNAL SERVER ERROR"
    assert server.content_type == "application/json"
    assert json.loads(b"".join(body)) == {"error": {"code": "server_error", "message": HTTP_MESSAGES[500]}}
    status, _, exc_info = server.calls[-1]
    assert exc_info is not None and isinstance(exc_info[1], ConnectionDropped)  # headers replaced, not set twice
    assert len(server.calls) == (2 if inner is fails_after_answering else 1)
    assert "POST /api/v1/matches failed after its answer was made" in caplog.text


def test_a_page_error_that_escapes_is_answered_with_a_chinese_page():
    server = Server()
    body = b"".join(wrapped(fails_after_answering).wsgi_app(environ("/projects/1"), server.start_response))
    assert server.status.startswith("500 ")
    assert server.content_type == "text/html; charset=utf-8"
    assert HTTP_MESSAGES[500] in body.decode("utf-8") and body.startswith(b"<!doctype html>")


def test_once_the_headers_are_sent_the_error_goes_to_the_server():
    """Too late to answer: start_response re-raises the error and the server drops the
    connection; the wrapper does not swallow it or send a second set of headers."""
    server = Server(headers_sent=True)
    with pytest.raises(ConnectionDropped):
        wrapped(fails_after_answering).wsgi_app(environ("/api/v1/matches"), server.start_response)
    assert [call[0] for call in server.calls] == ["200 OK"]


def test_an_answer_that_does_not_fail_passes_through_untouched():
    answer = [b'{"ok": true}']
    headers = [("Content-Type", "application/json"), ("X-Request-Id", "abc")]

    def answers(environ, start_response):
        start_response("201 CREATED", headers)
        return answer

    server = Server()
    assert wrapped(answers).wsgi_app(environ("/api/v1/matches"), server.start_response) is answer
    assert server.calls == [("201 CREATED", headers, None)]


def test_a_real_flask_teardown_failure_is_answered_by_it():
    """The case it is for, through Flask itself: the view answered, the teardown failed."""
    app = Flask("teardown")

    @app.post("/api/v1/things")
    def create():
        return {"id": 1}, 201

    @app.teardown_request
    def roll_back(error):
        raise ConnectionDropped("rollback on a dropped connection")

    answer_what_escapes(app)
    server = Server()
    body = app.wsgi_app(environ("/api/v1/things"), server.start_response)
    assert server.status.startswith("500 ") and server.content_type == "application/json"
    assert json.loads(b"".join(body))["error"]["code"] == "server_error"
    assert [call[0] for call in server.calls] == ["201 CREATED", "500 INTERNAL SERVER ERROR"]
