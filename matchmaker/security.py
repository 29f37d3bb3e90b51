"""Security headers on every answer, and the proxy settings that make them (and the login
limits) see the real client.

We write the handful of headers ourselves instead of using flask-talisman: they are a few
lines, they need no new dependency, and Talisman's `force_https` would have to be switched
off for the test client and for plain-http local runs anyway.

The Content-Security-Policy allows no inline script and no inline style: pages keep their
JavaScript in static/js/*.js and set widths with classes (static/css/app.css .pct-*).
"""

import logging

from flask import Flask, Response, current_app, request
from werkzeug.middleware.proxy_fix import ProxyFix

from .errors import error_response

log = logging.getLogger("matchmaker.security")

CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
))

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",  # frame-ancestors' older twin, for browsers that ignore CSP
}

# A year, as browsers' preload lists expect; sent only over HTTPS, where it means something.
STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains"


# Told to anyone who reaches production over plain HTTP, instead of a failed sign-in: a
# Secure session cookie never comes back over HTTP, so every form would fail its CSRF check.
HTTPS_REQUIRED = "本站只能通过 HTTPS 访问，请使用以 https:// 开头的地址"
PLAIN_HTTP_ALLOWED = {"health.healthz"}  # the proxy's health check reaches gunicorn directly


def register_security(app: Flask) -> None:
    trust_proxies(app)
    app.before_request(require_https)
    app.after_request(add_security_headers)


def require_https():
    """In production, refuse plain HTTP with a clear answer (behind a proxy, HTTPS is what the
    proxy says it received: TRUSTED_PROXIES and X-Forwarded-Proto)."""
    if current_app.config["PRODUCTION"] and not request.is_secure and request.endpoint not in PLAIN_HTTP_ALLOWED:
        log.warning("plain HTTP refused in production: %s %s (behind a proxy? check TRUSTED_PROXIES and "
                    "X-Forwarded-Proto)", request.method, request.path)
        return error_response(403, "https_required", HTTPS_REQUIRED)
    return None


def trust_proxies(app: Flask) -> None:
    """Behind TRUSTED_PROXIES reverse proxies (nginx terminating HTTPS), believe their
    X-Forwarded-For and -Proto: otherwise every client has the proxy's address (one login
    limit for the whole city) and no request is ever seen as HTTPS (no HSTS)."""
    count = app.config.get("TRUSTED_PROXIES", 0)
    if count:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)


def add_security_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure and current_app.config["PRODUCTION"]:
        response.headers.setdefault("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY)
    return response
