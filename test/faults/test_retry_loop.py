"""The retry loop (ApiClient._send) with an injected sleep, RNG and clock, over a real socket.

The server is the shared RecordingServer; the client is given a ``sleep`` that records the delays
instead of waiting, and a scripted ``clock`` and ``random``, so every delay is asserted exactly.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

import stencila_hub
from stencila_hub import AgaveJobsApi, InlineObject3, InlineObject4, JobsApi
from stencila_hub.retry import RetryPolicy
from test.conftest import fixture_json

pytestmark = pytest.mark.timeout(20)


class FakeClock:
    """A client's ``sleep`` and ``clock``: sleeping advances the clock, nothing waits."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.delays: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.now += seconds

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make(client_for, clock):
    def make(policy: RetryPolicy, randoms=(0.5,), **config) -> stencila_hub.ApiClient:
        values = list(randoms)
        return client_for(
            retries=policy,
            _client_kwargs={
                "sleep": clock.sleep,
                "clock": clock.monotonic,
                "random": lambda: values.pop(0) if len(values) > 1 else values[0],
            },
            **config,
        )

    return make


def hub_put(client):
    return JobsApi(client).jobs_update_with_http_info(1, InlineObject3(status="RUNNING"))


def test_backoff_delays_are_exponential_with_the_drawn_jitter(server, make, clock):
    server.reply(503, times=3)
    server.reply_json({})
    client = make(
        RetryPolicy(max_retries=3, initial_delay=1, jitter=0.5, max_delay=100),
        randoms=[0.0, 0.5, 1.0],
    )
    info = hub_put(client)
    assert info.retries_taken == 3 and len(server.requests) == 4
    assert clock.delays == [1.0, 2.0 * 0.75, 4.0 * 0.5]


def test_backoff_is_capped(server, make, clock):
    server.reply(502, times=5)
    server.reply_json({})
    hub_put(
        make(RetryPolicy(max_retries=5, initial_delay=1, max_delay=3, jitter=0, total_timeout=None))
    )
    assert clock.delays == [1, 2, 3, 3, 3]


def test_retry_after_seconds_replaces_the_backoff(server, make, clock):
    server.reply(429, headers={"Retry-After": "7"})
    server.reply(503, headers={"Retry-After": "2"})
    server.reply_json({})
    info = hub_put(make(RetryPolicy(initial_delay=1)))
    assert clock.delays == [7.0, 2.0] and info.retries_taken == 2


def test_retry_after_http_date_is_honoured(server, make, clock):
    when = datetime.now(UTC) + timedelta(seconds=30)
    server.reply(503, headers={"Retry-After": when.strftime("%a, %d %b %Y %H:%M:%S GMT")})
    server.reply_json({})
    hub_put(make(RetryPolicy()))
    assert len(clock.delays) == 1 and 25 <= clock.delays[0] <= 30


def test_garbage_retry_after_falls_back_to_the_backoff(server, make, clock):
    server.reply(503, headers={"Retry-After": "later, maybe"})
    server.reply_json({})
    hub_put(make(RetryPolicy(initial_delay=0.4, jitter=0)))
    assert clock.delays == [0.4]


def test_a_retry_after_past_the_maximum_is_raised_with_its_value(server, make, clock):
    server.reply(429, b'{"message": "quota"}', headers={"Retry-After": "3600"}, times=3)
    with pytest.raises(stencila_hub.RateLimitException) as info:
        hub_put(make(RetryPolicy(max_retry_after=60)))
    assert clock.delays == [] and info.value.retry_after == 3600 and info.value.attempts == 1
    assert info.value.message == "quota"


def test_the_total_deadline_counts_the_delays(server, make, clock):
    server.reply(503, times=5)
    with pytest.raises(stencila_hub.ServiceException) as info:
        hub_put(make(RetryPolicy(max_retries=5, initial_delay=2, jitter=0, total_timeout=5)))
    # 2 s, then 4 s would end at 6 s > 5 s: the second 503 is raised.
    assert clock.delays == [2] and info.value.attempts == 2 and len(server.requests) == 2


def test_the_deadline_caps_the_read_timeout_of_the_last_attempt(server, client_for):
    """Real clock: the read timeout (10 s) is cut to what is left of the deadline (0.4 s)."""
    api = JobsApi(client_for(timeout=(1, 10), retries=RetryPolicy(total_timeout=0.4)))
    server.reply_json({}, delay=1.5)
    start = time.monotonic()
    with pytest.raises(stencila_hub.ApiTimeoutError):
        api.jobs_update(1, InlineObject3())
    assert time.monotonic() - start < 1.4


def test_retries_zero_sends_once(server, make, clock):
    server.reply(503, times=3)
    with pytest.raises(stencila_hub.ServiceException) as info:
        hub_put(make(RetryPolicy(max_retries=0)))
    assert clock.delays == [] and info.value.attempts == 1 and len(server.requests) == 1


def test_per_call_retries_beat_the_client(server, make, clock):
    server.reply(503, times=3)
    client = make(RetryPolicy(max_retries=5, initial_delay=1, jitter=0))
    with pytest.raises(stencila_hub.ServiceException) as info:
        JobsApi(client).jobs_update(1, InlineObject3(), _retries=1)
    assert info.value.attempts == 2 and clock.delays == [1]


def test_a_patch_answered_502_is_not_retried_and_says_outcome_unknown(server, make, clock):
    server.reply(502, b"bad gateway", times=3)
    with pytest.raises(stencila_hub.OutcomeUnknownError) as info:
        JobsApi(make(RetryPolicy())).jobs_partial_update(1, InlineObject4(status="RUNNING"))
    assert isinstance(info.value, stencila_hub.ServiceException)
    assert info.value.status == 502 and info.value.attempts == 1
    assert clock.delays == [] and len(server.requests) == 1


def test_a_post_answered_503_is_retried(server, make, clock):
    server.reply(503, times=2)
    server.reply_json(fixture_json("agave", "job_submitted"), status=201)
    job = AgaveJobsApi(make(RetryPolicy(initial_delay=1, jitter=0))).submit(
        fixture_json("agave", "job_request")
    )
    assert job.id and clock.delays == [1, 2]
    assert [r.method for r in server.requests] == ["POST"] * 3
    assert server.requests[0].body == server.requests[2].body


def test_each_retry_sends_the_same_request(server, make, clock):
    server.reply(503)
    server.reply_json({})
    hub_put(make(RetryPolicy(), api_key={"Token": "k-123456"}))
    first, second = server.requests
    assert (first.method, first.path, first.body) == (second.method, second.path, second.body)
    assert first.headers["authorization"] == second.headers["authorization"] == "k-123456"
