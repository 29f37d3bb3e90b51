"""Security headers, HTTPS-only settings, upload limits, no debugger in production, and
templates the strict Content-Security-Policy will not break."""

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from matchmaker import config
from matchmaker.auth.models import User
from matchmaker.extensions import db
from matchmaker.security import CONTENT_SECURITY_POLICY

from . import factories

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

EXPECTED = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
}


def count_users(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(User))


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),
        ("/login", 200),
        ("/api/v1/categories", 200),
        ("/static/css/app.css", 200),
        ("/no/such/page", 404),
        ("/api/v1/no-such-thing", 404),
        ("/api/v1/me", 401),
        ("/office/users", 302),
    ],
)
def test_every_answer_carries_the_headers(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, name
    assert "Strict-Transport-Security" not in response.headers  # plain http: HSTS means nothing


def test_the_policy_allows_nothing_inline():
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY and "unsafe-eval" not in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    ("production", "base_url", "hsts"),
    [(True, "https://matchmaker.example", True), (True, "http://matchmaker.example", False),
     (False, "https://localhost", False)],
)
def test_hsts_only_over_https_in_production(make_app, app, production, base_url, hsts):
    client = make_app(PRODUCTION=production).test_client()
    response = client.get("/", base_url=base_url)
    assert ("Strict-Transport-Security" in response.headers) is hsts
    if hsts:
        assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


@pytest.mark.parametrize(("proxies", "hsts"), [(1, True), (0, False)])
def test_forwarded_https_is_believed_only_from_a_trusted_proxy(make_app, app, proxies, hsts):
    """Behind nginx the app sees http; X-Forwarded-Proto counts only when we said a proxy is there."""
    client = make_app(PRODUCTION=True, TRUSTED_PROXIES=proxies).test_client()
    response = client.get("/", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"})
    assert ("Strict-Transport-Security" in response.headers) is hsts


def test_production_session_cookie_is_secure_httponly_lax(monkeypatch, make_app, app):
    monkeypatch.setenv("MATCHMAKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    production = make_app()
    user = factories.make_user(production, "sponsor")
    client = production.test_client()
    response = client.post(
        "/login", data={"username": user.username, "password": user.password}, base_url="https://matchmaker.example"
    )
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


@pytest.mark.parametrize(
    ("env", "overrides"),
    [({"FLASK_DEBUG": "1"}, {}), ({"FLASK_DEBUG": "true"}, {}), ({}, {"DEBUG": True})],
)
def test_debug_is_refused_in_production(monkeypatch, tmp_path, env, overrides):
    monkeypatch.setenv("MATCHMAKER_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(config.ConfigError, match="DEBUG"):
        config.load(str(tmp_path), overrides)


def test_debug_is_allowed_outside_production_and_off_by_default(monkeypatch, tmp_path):
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    monkeypatch.setenv("MATCHMAKER_ENV", "production")
    assert not config.load(str(tmp_path)).get("DEBUG")
    monkeypatch.setenv("MATCHMAKER_ENV", "development")
    monkeypatch.setenv("FLASK_DEBUG", "1")
    config.load(str(tmp_path))  # a developer's machine may debug


def test_uploads_are_limited_to_8_mib_by_default(tmp_path):
    assert config.load(str(tmp_path), {"SECRET_KEY": "k"})["MAX_CONTENT_LENGTH"] == 8 * 1024 * 1024


def test_a_body_over_the_limit_is_a_413_json_for_the_api(make_app, app):
    limited = make_app(MAX_CONTENT_LENGTH=4096)
    body = {"username": "bigbody", "password": "long-enough-1", "kind": "individual", "name": "名" * 3000}
    response = limited.test_client().post("/api/v1/auth/register", json=body)
    assert response.status_code == 413
    assert response.get_json()["error"]["message"] == "上传的内容过大"
    assert count_users(limited) == 0


def test_a_body_over_the_limit_is_a_413_page_for_people(make_app, app):
    limited = make_app(MAX_CONTENT_LENGTH=4096)
    form = {"username": "bigform", "password": "long-enough-1", "kind": "individual", "name": "x" * 5000}
    response = limited.test_client().post("/register", data=form)
    assert response.status_code == 413
    assert "上传的内容过大" in response.get_data(as_text=True)
    assert count_users(limited) == 0


def test_the_default_limit_refuses_a_9_mib_body(client):
    response = client.post("/api/v1/auth/token", data=b"x" * (9 * 1024 * 1024), content_type="application/json")
    assert response.status_code == 413


# --- what the strict policy would block -----------------------------------------------------

INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.I)
STYLE_ELEMENT = re.compile(r"<style\b", re.I)
EVENT_HANDLER = re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I)


def csp_violations(html: str) -> list[str]:
    """Inline script, inline style and on* handlers: what script-src/style-src 'self' refuse."""
    found = []
    for name, pattern in (("inline <script>", INLINE_SCRIPT), ("style=", STYLE_ATTRIBUTE),
                          ("<style>", STYLE_ELEMENT), ("on*= handler", EVENT_HANDLER)):
        found += [f"{name}: {match.group(0).strip()}" for match in pattern.finditer(html)]
    return found


def test_the_pattern_finds_what_it_should():
    assert csp_violations('<script>alert(1)</script><div style="width:3%">') == [
        "inline <script>: <script>", 'style=: style=']
    assert csp_violations('<button onclick="go()">') == ['on*= handler: onclick="']
    assert csp_violations('<script src="/static/js/a.js"></script><script type="application/json">{}</script>') == []


def test_no_template_has_inline_script_or_style():
    """Templates ending in _pdf.html are rendered to PDF on the server, never sent to a browser."""
    offenders = {
        str(path.relative_to(TEMPLATES)): problems
        for path in sorted(TEMPLATES.rglob("*.html"))
        if not path.name.endswith("_pdf.html") and (problems := csp_violations(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, "these would be blocked by the Content-Security-Policy"
