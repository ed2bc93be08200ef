"""The pure retry policy (stencila_hub/retry.py), table by table: no sockets, no clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stencila_hub.retry import (
    NO_RETRIES,
    Failure,
    RetryPolicy,
    classify_failure,
    outcome_unknown,
    parse_retry_after,
)

POLICY = RetryPolicy()
IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]
UNSAFE = ["POST", "PATCH"]
C, T, RT, LOST, S = (
    Failure.CONNECT,
    Failure.TLS,
    Failure.READ_TIMEOUT,
    Failure.CONNECTION_LOST,
    Failure.STATUS,
)

# (failure, status, retried for idempotent methods, retried for POST/PATCH, outcome unknown for
#  POST/PATCH when not retried)
MATRIX = [
    (C, None, True, True, False),
    (T, None, False, False, False),
    (RT, None, True, False, True),
    (LOST, None, True, False, True),
    (S, 429, True, True, False),
    (S, 503, True, True, False),
    (S, 502, True, False, True),
    (S, 504, True, False, True),
    (S, 500, False, False, True),
    (S, 501, False, False, False),
    (S, 400, False, False, False),
    (S, 401, False, False, False),
    (S, 404, False, False, False),
    (S, 409, False, False, False),
    (S, 422, False, False, False),
]


@pytest.mark.parametrize(
    "failure, status, idem, unsafe, unknown", MATRIX, ids=[f"{f.name}-{s}" for f, s, *_ in MATRIX]
)
@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE + ["get", "post"])
def test_may_retry_matrix(method, failure, status, idem, unsafe, unknown):
    want = idem if method.upper() in IDEMPOTENT else unsafe
    assert POLICY.may_retry(method, failure, status) is want
    assert outcome_unknown(method, failure, status) is (method.upper() in UNSAFE and unknown)


@pytest.mark.parametrize(
    "retry_number, random, expected",
    [
        (1, 0.0, 0.5),
        (2, 0.0, 1.0),
        (3, 0.0, 2.0),
        (4, 0.0, 4.0),
        (5, 0.0, 8.0),
        (6, 0.0, 8.0),
        (20, 0.0, 8.0),
        (1, 0.5, 0.5 * 0.875),
        (3, 0.999, 2.0 * (1 - 0.25 * 0.999)),
    ],
)
def test_backoff_is_exponential_capped_and_jittered(retry_number, random, expected):
    assert POLICY.backoff(retry_number, random) == pytest.approx(expected)


@settings(max_examples=300, deadline=None)
@given(
    initial=st.floats(0, 10),
    cap=st.floats(0, 60),
    jitter=st.floats(0, 1),
    n=st.integers(1, 40),
    r=st.floats(0, 1, exclude_max=True),
)
def test_backoff_stays_within_its_bounds(initial, cap, jitter, n, r):
    policy = RetryPolicy(initial_delay=initial, max_delay=cap, jitter=jitter)
    base = min(cap, initial * 2 ** (n - 1))
    delay = policy.backoff(n, r)
    assert base * (1 - jitter) - 1e-9 <= delay <= base + 1e-9
    assert delay <= cap + 1e-9


def test_full_jitter_can_reach_zero_and_no_jitter_is_exact():
    assert RetryPolicy(jitter=1).backoff(1, 0.999999) == pytest.approx(0, abs=1e-5)
    assert RetryPolicy(jitter=0).backoff(2, 0.7) == 1.0


NOW = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "value, seconds",
    [
        ("120", 120.0),
        ("0", 0.0),
        (" 7 ", 7.0),
        ("0.5", 0.5),
        ("Wed, 01 May 2024 12:00:30 GMT", 30.0),  # IMF-fixdate
        ("Wednesday, 01-May-24 12:01:00 GMT", 60.0),  # RFC 850
        ("Wed May  1 12:00:10 2024", 10.0),  # asctime (no zone: UTC)
        ("Wed, 01 May 2024 11:59:00 GMT", 0.0),  # in the past: no wait
        ("Mon, 01 Jan 1990 00:00:00 GMT", 0.0),
        ("-5", None),  # negative
        ("-0.1", None),
        ("soon", None),  # garbage
        ("12 seconds", None),
        ("nan", None),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_parse_retry_after_with_a_frozen_now(value, seconds):
    assert parse_retry_after(value, now=NOW) == seconds


def test_parse_retry_after_uses_the_real_clock_without_now():
    ahead = datetime.now(UTC) + timedelta(seconds=100)
    parsed = parse_retry_after(ahead.strftime("%a, %d %b %Y %H:%M:%S GMT"))
    assert parsed is not None and 90 <= parsed <= 100


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        # honoured Retry-After, within the maximum
        ({"retry_after": 3.0}, 3.0),
        ({"retry_after": 0.0}, 0.0),
        # longer than max_retry_after (60): raised, not waited for
        ({"retry_after": 61.0}, None),
        # no Retry-After: backoff of retry 1
        ({}, 0.5),
        ({"retries_done": 1}, 1.0),
        # no retries left
        ({"retries_done": 2}, None),
        # past the total deadline (120 s) once the delay is added
        ({"elapsed": 119.6}, None),
        ({"elapsed": 119.4}, 0.5),
        ({"elapsed": 100.0, "retry_after": 30.0}, None),
        # a status that is not retried
        ({"status": 500}, None),
    ],
)
def test_next_delay(kwargs, expected):
    args = {
        "method": "GET",
        "failure": Failure.STATUS,
        "status": 503,
        "retries_done": 0,
        "elapsed": 0.0,
        "random": 0.0,
        **kwargs,
    }
    assert POLICY.next_delay(**args) == expected


def test_next_delay_never_retries_an_unsafe_request_that_may_have_been_received():
    for failure, status in [(RT, None), (LOST, None), (S, 500), (S, 502), (S, 504)]:
        for method in UNSAFE:
            assert (
                POLICY.next_delay(
                    method=method,
                    failure=failure,
                    status=status,
                    retries_done=0,
                    elapsed=0,
                    random=0,
                )
                is None
            )


def test_no_total_deadline():
    policy = RetryPolicy(total_timeout=None)
    assert policy.next_delay(method="GET", failure=C, retries_done=0, elapsed=1e9, random=0) == 0.5


def test_retries_zero_turns_it_off():
    assert NO_RETRIES.max_retries == 0
    for failure in (C, RT, LOST):
        assert (
            NO_RETRIES.next_delay(
                method="GET", failure=failure, retries_done=0, elapsed=0, random=0
            )
            is None
        )


def test_coerce():
    default = RetryPolicy(initial_delay=0.1)
    assert RetryPolicy.coerce(None, default) is default
    assert RetryPolicy.coerce(5, default) == RetryPolicy(max_retries=5, initial_delay=0.1)
    assert RetryPolicy.coerce(0, default).max_retries == 0
    custom = RetryPolicy(max_retries=9)
    assert RetryPolicy.coerce(custom, default) is custom
    for bad in (True, 1.5, "2"):
        with pytest.raises(TypeError):
            RetryPolicy.coerce(bad, default)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        RetryPolicy.coerce(-1, default)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"initial_delay": -0.1},
        {"max_delay": -1},
        {"jitter": 1.5},
        {"jitter": -0.1},
    ],
)
def test_invalid_policies_are_refused(kwargs):
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)


def test_the_default_is_two_retries_and_immutable():
    assert POLICY.max_retries == 2
    with pytest.raises(AttributeError):
        POLICY.max_retries = 5  # type: ignore[misc]


# -- what a failed attempt was: decided by what was written, not by the exception's class ----------

CLASSIFY_TABLE = [
    # written, timed_out, verify_failed -> failure
    (False, False, False, Failure.CONNECT),  # refused, DNS, handshake reset, pool closed
    (False, True, False, Failure.CONNECT),  # connect timeout
    (False, False, True, Failure.TLS),  # certificate or host name did not verify
    (False, True, True, Failure.TLS),
    (True, False, False, Failure.CONNECTION_LOST),  # RST, EOF, TLS alert or bad record after
    (True, False, True, Failure.CONNECTION_LOST),  # verification of a later hop, after an answer
    (True, True, False, Failure.READ_TIMEOUT),  # read timeout or the call's deadline
    (True, True, True, Failure.READ_TIMEOUT),
]


@pytest.mark.parametrize("written,timed_out,verify_failed,failure", CLASSIFY_TABLE)
def test_classify_failure(written, timed_out, verify_failed, failure):
    got = classify_failure(written=written, timed_out=timed_out, verify_failed=verify_failed)
    assert got is failure
    for method in ("POST", "PATCH"):
        # A POST or PATCH is retried exactly when nothing was written (and TLS did not fail).
        assert RetryPolicy().may_retry(method, got) == (failure is Failure.CONNECT)
        assert outcome_unknown(method, got) == written
    for method in ("GET", "PUT", "DELETE"):
        assert RetryPolicy().may_retry(method, got) == (failure is not Failure.TLS)
        assert not outcome_unknown(method, got)
