"""Flask extensions, created unbound so that no module imports the app."""

import logging

from flask.logging import default_handler
from flask_compress import Compress
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names: Alembic can then alter and drop them, and SQLite's batch
# rebuilds keep CHECK constraints they would otherwise drop silently.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address)

compress = Compress()  # pages and API answers gzip/Brotli-compressed for clients that accept it


def limiter_storage_ok() -> bool:
    """Whether the limits' shared storage answers (for /healthz). False while the limits run
    on each worker's memory because it did not; memory storage is always fine."""
    if not limiter.enabled:
        return True
    try:
        return bool(limiter.storage.check())
    except Exception:  # any failure to answer is an answer
        return False


def log_limiter_warnings() -> None:
    """Flask-Limiter logs to "flask-limiter", which has only a NullHandler: with no logging set
    up, its one warning that Redis is unreachable would be lost. Send it where Flask's go."""
    logger = logging.getLogger("flask-limiter")
    if not logging.getLogger().handlers and default_handler not in logger.handlers:
        logger.addHandler(default_handler)
