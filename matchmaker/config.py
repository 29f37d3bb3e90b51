"""Settings from the environment, in one place."""

import os
import secrets
from pathlib import Path

from flask.helpers import get_debug_flag

from .database import WritersTakeTurns


class ConfigError(RuntimeError):
    """The app cannot start with these settings."""


def load(instance_path: str, overrides: dict | None = None) -> dict:
    """Build the app's settings from the environment, then apply overrides (tests)."""
    env = os.environ
    production = env.get("MATCHMAKER_ENV", "development") == "production"
    settings = {
        "PRODUCTION": production,
        "SQLALCHEMY_DATABASE_URI": database_url(env.get("DATABASE_URL"), instance_path),
        "RATELIMIT_STORAGE_URI": env.get("RATELIMIT_STORAGE_URI", "memory://"),
        "LOGIN_RATE_LIMIT_PER_IP": env.get("LOGIN_RATE_LIMIT_PER_IP", "20/minute"),
        "LOGIN_RATE_LIMIT_PER_USERNAME": env.get("LOGIN_RATE_LIMIT_PER_USERNAME", "5/minute"),
        "RATELIMIT_ENABLED": env.get("RATELIMIT_ENABLED", "1") != "0",  # 0 only for load tests
        "TRUSTED_PROXIES": int(env.get("TRUSTED_PROXIES", "0")),  # reverse proxies in front (security.py)
        # Cookies only over HTTPS in production; local runs serve plain http on 127.0.0.1.
        "SESSION_COOKIE_SECURE": production or env.get("SESSION_COOKIE_SECURE") == "1",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "PERMANENT_SESSION_LIFETIME": 8 * 3600,
        "MAX_CONTENT_LENGTH": 8 * 1024 * 1024,
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
        "WTF_I18N_ENABLED": False,  # no Flask-Babel: forms.Form picks WTForms' Chinese messages
        "JSON_SORT_KEYS": False,
        "DEMO_PASSWORD": env.get("DEMO_PASSWORD", "demo-pass-2026"),
        "MATCH_STALE_DAYS": int(env.get("MATCH_STALE_DAYS", "3")),
        # Public pages kept for visitors until the audit log moves (pagecache.py): at most this
        # long, and the audit log read at most this often per worker.
        "PUBLIC_PAGE_CACHE_SECONDS": float(env.get("PUBLIC_PAGE_CACHE_SECONDS", "60")),
        "PUBLIC_PAGE_RECHECK_SECONDS": float(env.get("PUBLIC_PAGE_RECHECK_SECONDS", "1")),
        # Running projects: a project silent this long is flagged; activity photos' limits.
        "REPORT_OVERDUE_DAYS": int(env.get("REPORT_OVERDUE_DAYS", "30")),
        "UPLOAD_FOLDER": env.get("UPLOAD_FOLDER") or str(Path(instance_path) / "uploads"),
        "PHOTO_MAX_BYTES": int(env.get("PHOTO_MAX_BYTES", str(5 * 1024 * 1024))),
        "PHOTOS_PER_ACTIVITY": int(env.get("PHOTOS_PER_ACTIVITY", "9")),
        # Notifications copied by email (notifications/email.py); no MAIL_SERVER, no email.
        "MAIL_SERVER": env.get("MAIL_SERVER", ""),
        "MAIL_PORT": int(env.get("MAIL_PORT", "25")),
        "MAIL_USERNAME": env.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": env.get("MAIL_PASSWORD", ""),
        "MAIL_STARTTLS": env.get("MAIL_STARTTLS", "1") != "0",
        "MAIL_SSL": env.get("MAIL_SSL", "0") == "1",  # TLS from the first byte (port 465) instead
        "MAIL_FROM": env.get("MAIL_FROM") or env.get("MAIL_USERNAME") or "noreply@localhost",
        "MAIL_TIMEOUT": float(env.get("MAIL_TIMEOUT", "10")),
        "SITE_URL": env.get("SITE_URL", ""),  # links in emails; empty: the request's own address
        # Static files' gzip and Brotli copies, made once per content (static_files.py).
        "STATIC_CACHE_FOLDER": env.get("STATIC_CACHE_FOLDER") or str(Path(instance_path) / "static-cache"),
        # Pages and API answers compressed on the way out (flask-compress); Brotli's quality 4
        # costs about as much CPU as gzip's default and saves more.
        "COMPRESS_ALGORITHM": ["br", "gzip"],
        "COMPRESS_BR_LEVEL": 4,
        "COMPRESS_LEVEL": 6,
    }
    settings["SECRET_KEY"] = env.get("SECRET_KEY") or local_secret_key(instance_path, production)
    settings.update(overrides or {})
    refuse_debug_in_production(settings)
    settings["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(settings["SQLALCHEMY_DATABASE_URI"])
    return settings


def refuse_debug_in_production(settings: dict) -> None:
    """The debugger runs any code a visitor types into an error page: never in production.
    FLASK_DEBUG is what `flask run --debug` sets and what Flask itself reads."""
    debug = settings.get("DEBUG", get_debug_flag())
    if settings["PRODUCTION"] and debug:
        raise ConfigError("DEBUG (FLASK_DEBUG) must be off when MATCHMAKER_ENV=production")


def database_url(url: str | None, instance_path: str) -> str:
    if not url:
        return "sqlite:///" + str(Path(instance_path) / "matchmaker.sqlite")
    # Heroku-style URLs name the driver implicitly; we use psycopg 3.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def engine_options(url: str) -> dict:
    if url.startswith("sqlite"):
        # Several gunicorn workers share one file: writers queue for their turn (WritersTakeTurns)
        # and, against a writer outside the app, wait for the lock instead of failing.
        return {"connect_args": {"timeout": 30, "factory": WritersTakeTurns}}
    return {"pool_pre_ping": True}


def local_secret_key(instance_path: str, production: bool) -> str:
    """A key generated once per instance folder, so local sessions survive restarts."""
    if production:
        raise ConfigError("SECRET_KEY must be set when MATCHMAKER_ENV=production")
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
