"""Login throttling shared by every gunicorn worker through Redis: per-worker memory would
let each of the four workers grant its own five guesses."""

import uuid

import pytest
import redis
import requests

from .. import factories
from .conftest import race

REDIS = "redis://127.0.0.1:6379"


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
