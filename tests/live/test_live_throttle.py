"""Login throttling shared by every gunicorn worker through Redis: per-worker memory would
let each of the four workers grant its own five guesses."""

import uuid

import pytest
import redis
import requests

from .. import factories
from .conftest import race

REDIS = "redis://127.0.0.1:6379"
# What is counted lives in Redis, the same whichever database holds the accounts.
pytestmark = pytest.mark.one_database


@pytest.fixture
def redis_client():
    client = redis.Redis.from_url(REDIS)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip(f"no Redis at {REDIS} (`.ci/run` starts one)")
    yield client
    client.close()


def test_failed_logins_are_counted_once_for_all_workers(app, start_live_server, redis_client):
    server = start_live_server(
        RATELIMIT_ENABLED="1", RATELIMIT_STORAGE_URI=REDIS,
        LOGIN_RATE_LIMIT_PER_USERNAME="5/minute", LOGIN_RATE_LIMIT_PER_IP="1000/minute",
    )
    username = f"target{uuid.uuid4().hex[:12]}"  # unique: reruns within the minute never collide
    user = factories.make_user(app, "office", username=username)

    def guess(password=None):
        body = {"username": username, "password": password or "wrong-password"}
        return requests.post(f"{server.url}/api/v1/auth/token", json=body, timeout=60)

    first = [guess().status_code for _ in range(5)]  # a new connection each: any worker may answer
    hammering = race([guess] * 15)  # all four workers busy at once

    assert first == [401] * 5
    assert [answer.status for answer in hammering] == [429] * 15, server.log_tail()
    assert {answer.body["error"]["code"] for answer in hammering} == {"too_many_requests"}
    assert guess(user.password).status_code == 429  # locked for everyone, even with the password
    assert redis_client.keys(f"*{username}*"), "the count should live in Redis, not in a worker"


def test_sign_in_works_on_every_worker_with_redis_unreachable(app, start_live_server):
    """Redis down once made every sign-in a 500; now each worker counts in its own memory."""
    from ..test_account_abuse import closed_port

    server = start_live_server(
        RATELIMIT_ENABLED="1", RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{closed_port()}/15",
        LOGIN_RATE_LIMIT_PER_USERNAME="5/minute", LOGIN_RATE_LIMIT_PER_IP="1000/minute", TRUSTED_PROXIES="1",
    )
    user = factories.make_user(app, "office", username=f"owner{uuid.uuid4().hex[:12]}")

    def sign_in(password, stranger=None):
        body = {"username": user.username, "password": password}
        headers = {"X-Forwarded-For": f"10.6.{stranger // 250}.{stranger % 250}"} if stranger is not None else {}
        return requests.post(f"{server.url}/api/v1/auth/token", json=body, headers=headers, timeout=60)

    answers = race([lambda: sign_in(user.password)] * 12)  # every worker answers some
    assert [answer.status for answer in answers] == [200] * 12, server.log_tail()
    wrong = [sign_in("wrong-password", stranger=n).status_code for n in range(40)]
    assert set(wrong) == {401, 429} and wrong.count(401) <= 5 * 4, server.log_tail()  # at most 5 a worker
    assert sign_in(user.password).status_code == 200  # the owner, from where they signed in before
    log = server.log_tail(200)
    assert "falling back to in-memory storage" in log and "Traceback" not in log
