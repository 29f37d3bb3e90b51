"""Security headers on every answer, and the proxy settings that make them (and the login
limits) see the real client.

We write the handful of headers ourselves instead of using flask-talisman: they are a few
lines, they need no new dependency, and Talisman's `force_https` would have to be switched
off for the test client and for plain-http local runs anyway.

The Content-Security-Policy allows no inline script and no inline style: pages keep their
JavaScript in static/js/*.js and set widths with classes (static/css/app.css .pct-*).
"""

from flask import Flask, Response, current_app, request
from werkzeug.middleware.proxy_fix import ProxyFix

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


def register_security(app: Flask) -> None:
    trust_proxies(app)
    app.after_request(add_security_headers)


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
