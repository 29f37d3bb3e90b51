"""Per-connection settings that SQLAlchemy's URL cannot express."""

from flask import Flask
from sqlalchemy import event

from .extensions import db


def tune_connections(app: Flask) -> None:
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        return
    with app.app_context():
        event.listen(db.engine, "connect", sqlite_pragmas)


def sqlite_pragmas(connection, _record) -> None:
    """WAL lets readers run beside a writer; foreign keys are off in SQLite unless asked."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
