"""Settings from the environment, in one place."""

import os
import secrets
import shlex
import sys
from pathlib import Path

from flask.helpers import get_debug_flag

from .database import with_deadline


class ConfigError(RuntimeError):
    """The app cannot start with these settings."""


ENVIRONMENTS = ("development", "production")
SECRET_KEY_MIN_LENGTH = 32  # `python3 -c 'import secrets; print(secrets.token_hex(32))'` gives 64


def load(instance_path: str, overrides: dict | None = None) -> dict:
    """Build the app's settings from the environment, then apply overrides (tests)."""
    env = os.environ
    production = environment(env) == "production"
    settings = {
        "PRODUCTION": production,
        "SQLALCHEMY_DATABASE_URI": database_url(env.get("DATABASE_URL"), instance_path),
        "RATELIMIT_STORAGE_URI": env.get("RATELIMIT_STORAGE_URI", "memory://"),
        "LOGIN_RATE_LIMIT_PER_IP": env.get("LOGIN_RATE_LIMIT_PER_IP", "20/minute"),
        "LOGIN_RATE_LIMIT_PER_USERNAME": env.get("LOGIN_RATE_LIMIT_PER_USERNAME", "5/minute"),
        "REGISTER_RATE_LIMIT_PER_IP": env.get("REGISTER_RATE_LIMIT_PER_IP", "20/hour"),
        # Two sites (or a test) sharing one Redis keep their counts apart under their own prefix.
        "RATELIMIT_KEY_PREFIX": env.get("RATELIMIT_KEY_PREFIX", ""),
        # Redis unreachable: the limits go on in each worker's memory (one warning), never a 500.
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "RATELIMIT_SWALLOW_ERRORS": True,
        "RATELIMIT_ENABLED": env.get("RATELIMIT_ENABLED", "1") != "0",  # 0 only for load tests
        "TRUSTED_PROXIES": int(env.get("TRUSTED_PROXIES", "0")),  # reverse proxies in front (security.py)
        # Cookies only over HTTPS in production; local runs serve plain http on 127.0.0.1.
        "SESSION_COOKIE_SECURE": production or env.get("SESSION_COOKIE_SECURE") == "1",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "PERMANENT_SESSION_LIFETIME": 8 * 3600,
        "MAX_CONTENT_LENGTH": 8 * 1024 * 1024,
        "API_JSON_MAX_BYTES": int(env.get("API_JSON_MAX_BYTES", str(256 * 1024))),  # api/body.py
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
        "WTF_I18N_ENABLED": False,  # no Flask-Babel: forms.Form picks WTForms' Chinese messages
        "JSON_SORT_KEYS": False,
        "DEMO_PASSWORD": env.get("DEMO_PASSWORD", "demo-pass-2026"),
        "MATCH_STALE_DAYS": int(env.get("MATCH_STALE_DAYS", "3")),
        # Public pages kept for visitors until the data's version moves (pagecache.py) at most
        # this long; the version (freshness.py) read at most this often per worker, for the kept
        # pages and the recommender's index alike. The old name is still read.
        "PUBLIC_PAGE_CACHE_SECONDS": float(env.get("PUBLIC_PAGE_CACHE_SECONDS", "60")),
        "DATA_VERSION_RECHECK_SECONDS": float(
            env.get("DATA_VERSION_RECHECK_SECONDS") or env.get("PUBLIC_PAGE_RECHECK_SECONDS") or "1"),
        # Running projects: a project silent this long is flagged; activity photos' limits.
        "REPORT_OVERDUE_DAYS": int(env.get("REPORT_OVERDUE_DAYS", "30")),
        "UPLOAD_FOLDER": env.get("UPLOAD_FOLDER") or str(Path(instance_path) / "uploads"),
        "PHOTO_MAX_BYTES": int(env.get("PHOTO_MAX_BYTES", str(5 * 1024 * 1024))),
        "PHOTOS_PER_ACTIVITY": int(env.get("PHOTOS_PER_ACTIVITY", "9")),
        # Decoding costs memory by pixels, not by file size: 25 MP is a 24 MP phone photo (execution/photos.py).
        "PHOTO_MAX_PIXELS": int(env.get("PHOTO_MAX_PIXELS", "25000000")),
        # Uploaded files (storage.py): empty, the local UPLOAD_FOLDER; s3://bucket/prefix, an
        # S3-compatible store every app server shares (endpoint and keys below, or boto3's own).
        "STORAGE_URL": env.get("STORAGE_URL", ""),
        "STORAGE_ENDPOINT_URL": env.get("STORAGE_ENDPOINT_URL", ""),
        "STORAGE_REGION": env.get("STORAGE_REGION", ""),
        "STORAGE_ACCESS_KEY_ID": env.get("STORAGE_ACCESS_KEY_ID", ""),
        "STORAGE_SECRET_ACCESS_KEY": env.get("STORAGE_SECRET_ACCESS_KEY", ""),
        "STORAGE_TIMEOUT": float(env.get("STORAGE_TIMEOUT", "5")),  # seconds, then 503
        # Notifications copied by email through the outbox (notifications/outbox.py), delivered
        # by `flask mail work`; no MAIL_SERVER, no email.
        "MAIL_SERVER": env.get("MAIL_SERVER", ""),
        "MAIL_PORT": int(env.get("MAIL_PORT", "25")),
        "MAIL_USERNAME": env.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": env.get("MAIL_PASSWORD", ""),
        "MAIL_STARTTLS": env.get("MAIL_STARTTLS", "1") != "0",
        "MAIL_SSL": env.get("MAIL_SSL", "0") == "1",  # TLS from the first byte (port 465) instead
        "MAIL_FROM": env.get("MAIL_FROM") or env.get("MAIL_USERNAME") or "noreply@localhost",
        "MAIL_TIMEOUT": float(env.get("MAIL_TIMEOUT", "10")),
        "MAIL_MAX_ATTEMPTS": int(env.get("MAIL_MAX_ATTEMPTS", "10")),  # then the office resends
        "MAIL_RETRY_SECONDS": float(env.get("MAIL_RETRY_SECONDS", "30")),  # first wait; doubles, to 1 h
        "MAIL_LEASE_SECONDS": float(env.get("MAIL_LEASE_SECONDS", "300")),  # a dead worker's mails wait this
        "MAIL_POLL_SECONDS": float(env.get("MAIL_POLL_SECONDS", "2")),  # the worker looks for new mail
        # SQLite: a writer waits this long for its turn, then the request answers 503 (database.py).
        "SQLITE_WRITE_DEADLINE": float(env.get("SQLITE_WRITE_DEADLINE", "10")),
        "LOG_FORMAT": log_format(env),  # text, or json: one JSON object per line (logs.py)
        "LOG_LEVEL": env.get("LOG_LEVEL", "INFO").upper(),
        "SITE_URL": env.get("SITE_URL", ""),  # links in emails; empty: the request's own address
        # Static files' gzip and Brotli copies, made once per content (static_files.py).
        "STATIC_CACHE_FOLDER": env.get("STATIC_CACHE_FOLDER") or str(Path(instance_path) / "static-cache"),
        # Pages and API answers compressed on the way out (flask-compress); Brotli's quality 4
        # costs about as much CPU as gzip's default and saves more.
        "COMPRESS_ALGORITHM": ["br", "gzip"],
        "COMPRESS_BR_LEVEL": 4,
        "COMPRESS_LEVEL": 6,
    }
    settings["SECRET_KEY"] = secret_key(env, instance_path, production)
    settings.update(overrides or {})
    refuse_debug_in_production(settings)
    refuse_per_worker_limits_in_production(settings, env, sys.argv)
    settings.setdefault("RATELIMIT_STORAGE_OPTIONS", storage_options(settings["RATELIMIT_STORAGE_URI"]))
    settings["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(settings["SQLALCHEMY_DATABASE_URI"],
                                                           settings["SQLITE_WRITE_DEADLINE"])
    return settings


def environment(env) -> str:
    """MATCHMAKER_ENV, exactly: a typo (`prod`) must not quietly run a server in development mode."""
    name = env.get("MATCHMAKER_ENV", "development")
    if name not in ENVIRONMENTS:
        raise ConfigError(f"MATCHMAKER_ENV must be one of {', '.join(ENVIRONMENTS)}, not {name!r}")
    return name


def log_format(env) -> str:
    kind = env.get("LOG_FORMAT", "text")
    if kind not in ("text", "json"):
        raise ConfigError(f"LOG_FORMAT must be text or json, not {kind!r}")
    return kind


def secret_key(env, instance_path: str, production: bool) -> str:
    """Production takes its key from the environment, long enough not to be guessed; it signs
    every session, so it must be the same on every server and kept across restarts."""
    key = env.get("SECRET_KEY", "")
    if production and len(key) < SECRET_KEY_MIN_LENGTH:
        raise ConfigError(
            f"SECRET_KEY must be set, at least {SECRET_KEY_MIN_LENGTH} characters, when MATCHMAKER_ENV=production "
            "(one key for every server, kept: see docs/operations.md)" + (f"; it has {len(key)}" if key else "")
        )
    return key or local_secret_key(instance_path)


def refuse_debug_in_production(settings: dict) -> None:
    """The debugger runs any code a visitor types into an error page: never in production.
    FLASK_DEBUG is what `flask run --debug` sets and what Flask itself reads."""
    debug = settings.get("DEBUG", get_debug_flag())
    if settings["PRODUCTION"] and debug:
        raise ConfigError("DEBUG (FLASK_DEBUG) must be off when MATCHMAKER_ENV=production")


def refuse_per_worker_limits_in_production(settings: dict, env, argv: list[str]) -> None:
    """Memory storage counts per worker: with four workers a 5/minute limit lets 20 through.
    Production with several workers must share the counts (RATELIMIT_STORAGE_URI=redis://…)."""
    memory = settings["RATELIMIT_STORAGE_URI"].startswith("memory")
    workers = declared_workers(env, argv)
    if settings["PRODUCTION"] and settings["RATELIMIT_ENABLED"] and memory and workers > 1:
        raise ConfigError(
            f"{workers} workers would each count sign-in limits on their own: set RATELIMIT_STORAGE_URI "
            "to a shared storage (redis://127.0.0.1:6379) when MATCHMAKER_ENV=production"
        )


def declared_workers(env, argv: list[str]) -> int:
    """gunicorn's worker count as its command line, GUNICORN_CMD_ARGS or WEB_CONCURRENCY set it."""
    words = shlex.split(env.get("GUNICORN_CMD_ARGS", ""))
    if argv and Path(argv[0]).name.startswith("gunicorn"):
        words += argv[1:]
    count = env.get("WEB_CONCURRENCY", "1")
    for i, word in enumerate(words):
        if word in ("-w", "--workers") and i + 1 < len(words):
            count = words[i + 1]
        elif word.startswith("--workers="):
            count = word.split("=", 1)[1]
        elif word.startswith("-w") and word[2:].isdigit():
            count = word[2:]
    return int(count) if str(count).isascii() and str(count).isdigit() else 1


def storage_options(uri: str) -> dict:
    """A Redis that hangs must not hang sign-in: give up within a second, then fall back."""
    return {"socket_connect_timeout": 1, "socket_timeout": 1} if uri.startswith(("redis", "rediss")) else {}


def database_url(url: str | None, instance_path: str) -> str:
    if not url:
        return "sqlite:///" + str(Path(instance_path) / "matchmaker.sqlite")
    # Heroku-style URLs name the driver implicitly; we use psycopg 3.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def engine_options(url: str, write_deadline: float | None = None) -> dict:
    if url.startswith("sqlite"):
        # Several gunicorn workers share one file: writers queue for their turn (WritersTakeTurns),
        # at most write_deadline seconds, and, against a writer outside the app, wait for SQLite's
        # lock instead of failing.
        return {"connect_args": {"timeout": 30, "factory": with_deadline(write_deadline)}}
    from .postgres import Cursor  # psycopg's libpq is loaded only when it is used

    # A ping for idle connections only: database.ping_if_idle. Columns described when asked for.
    return {"connect_args": {"cursor_factory": Cursor}}


def local_secret_key(instance_path: str) -> str:
    """A key generated once per instance folder, so local sessions survive restarts."""
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
