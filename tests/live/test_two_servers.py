"""Two gunicorns behind one proxy on loopback serve one site (bench/two_servers.py): a sign-in
on one is valid on the other, a photo uploaded through A is served through B, a project
published through A shows on B's public list within 2 s. PostgreSQL, Redis and S3 (moto)."""

import os

import pytest
from sqlalchemy import create_engine, text

from bench import two_servers
from matchmaker import config


def postgresql_reachable() -> bool:
    url = os.environ.get("TEST_DATABASE_URL") or "postgresql://postgres@127.0.0.1:5432/test"
    engine = create_engine(config.database_url(url, ""), connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
    finally:
        engine.dispose()


def test_two_app_servers_behind_one_proxy_serve_one_site(tmp_path):
    if not postgresql_reachable():
        pytest.skip("two servers need PostgreSQL (TEST_DATABASE_URL or postgres@127.0.0.1:5432/test)")
    results = two_servers.run(tmp_path)
    assert len(results) == 4
    failed = [f"{name}: {detail}" for name, ok, detail in results if not ok]
    assert not failed, failed
