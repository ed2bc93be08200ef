"""``RetryPolicy(total_timeout=T)`` is ONE deadline for the whole call: a server that drips bytes
(one every 0.2 s, so no single read ever times out), answers ``100 Continue`` forever, stalls
before each retry or redirects slowly cannot keep a call past T + margin.

The bound asserted is T + 1.5 s: generous on purpose (the contract documents 0.5 s). It bounds
a hang, it does not measure speed; the server goes on for ENDLESS_CAP_SECONDS, so a transport
without a deadline fails here instead of hanging. The drips run against the issue's 3 s deadline;
the other faults against 2 s, to keep the suite short. One method of each kind (GET for the
idempotent ones, POST for the others) is enough: the deadline does not depend on the operation.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import stencila_hub
from stencila_hub import exceptions as exc
from stencila_hub.retry import RetryPolicy
from test.hostile.calls import CALLS, credentials
from test.support.rawserver import ENDLESS_CAP_SECONDS, Conn, RawServer, head, response

pytestmark = pytest.mark.timeout(60)
#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

DEADLINE = 2.0
SHORT_DEADLINE = 1.5
MARGIN = 1.5
DRIP_INTERVAL = 0.2
#: The per-read timeout is longer than the drip interval: only the deadline can end the call.
TIMEOUT = (1.0, 1.0)

LONG_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Drip: " + b"a" * 400


def _drip_headers(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.drip(LONG_HEAD, DRIP_INTERVAL)


def _drip_body(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.send(head(200, [("Content-Type", "application/json"), ("Content-Length", "4000")]))
        conn.drip(b'{"pad": "' + b"x" * 3000, DRIP_INTERVAL)


def _endless_continue(conn: Conn) -> None:
    if conn.read_request() is None:
        return
    end = time.monotonic() + ENDLESS_CAP_SECONDS
    while time.monotonic() < end and not conn.stop.is_set():
        conn.send(b"HTTP/1.1 100 Continue\r\n\r\n")
        conn.wait(0.1)


def _stall(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.wait(0.9)  # under the read timeout: each attempt is answered... with a 503
        conn.send(response(503, {"message": "busy"}))


#: fault -> (handler, deadline)
DRIPS: dict[str, tuple[Callable[[Conn], None], float]] = {
    "headers dripped": (_drip_headers, DEADLINE),
    "body dripped": (_drip_body, DEADLINE),
    "endless 100 Continue": (_endless_continue, SHORT_DEADLINE),
}


def _policy(deadline: float, retries: int = 2, delay: float = 0) -> RetryPolicy:
    return RetryPolicy(
        max_retries=retries, initial_delay=delay, max_delay=delay, jitter=0, total_timeout=deadline
    )


def _timed(call: Callable[[], object]) -> tuple:
    start = time.monotonic()
    try:
        call()
    except exc.OpenApiException as err:
        return err, time.monotonic() - start
    return None, time.monotonic() - start


@pytest.mark.parametrize("fault", list(DRIPS))
def test_a_get_ends_at_the_deadline(fault, client_on):
    handler, deadline = DRIPS[fault]
    with RawServer(handler) as srv:
        client = client_on(srv.url, retries=_policy(deadline), timeout=TIMEOUT, **credentials())
        err, elapsed = _timed(lambda: CALLS["GET"](client))
    assert elapsed <= deadline + MARGIN, f"ran {elapsed:.1f}s against a {deadline}s deadline"
    assert isinstance(err, exc.ApiTimeoutError), repr(err)
    assert not isinstance(err, exc.OutcomeUnknownError)


@pytest.mark.parametrize("fault", list(DRIPS))
def test_a_post_ends_at_the_deadline_outcome_unknown(fault, client_on):
    handler, deadline = DRIPS[fault]
    with RawServer(handler) as srv:
        client = client_on(srv.url, retries=_policy(deadline), timeout=TIMEOUT, **credentials())
        err, elapsed = _timed(lambda: CALLS["POST"](client))
    assert elapsed <= deadline + MARGIN, f"ran {elapsed:.1f}s against a {deadline}s deadline"
    assert isinstance(err, exc.OutcomeUnknownTimeoutError), repr(err)
    assert srv.request_count == 1


def test_retries_and_their_waits_stay_within_the_deadline(client_on):
    # each attempt takes 0.9 s and gets a 503 (retried for any method); ten retries would take 9 s
    policy = _policy(SHORT_DEADLINE, retries=10, delay=0.2)
    with RawServer(_stall) as srv:
        client = client_on(srv.url, retries=policy, timeout=TIMEOUT, **credentials())
        err, elapsed = _timed(lambda: CALLS["GET"](client))
    assert elapsed <= SHORT_DEADLINE + MARGIN, f"ran {elapsed:.1f}s"
    assert isinstance(err, (exc.ApiTimeoutError, exc.ServiceException)), repr(err)
    assert srv.request_count <= 3


def test_slow_redirect_hops_share_the_deadline(client_on):
    # five hops of 0.9 s each, then a sixth: each hop is under the read timeout, all of them
    # together over the deadline
    def handler(conn: Conn) -> None:
        for _request in conn.requests():
            conn.wait(0.9)
            conn.send(
                response(
                    307,
                    b"",
                    [("Location", f"/jobs/v2/hop{conn.server.request_count}")],
                    content_type=None,
                )
            )

    with RawServer(handler) as srv:
        client = client_on(
            srv.url, retries=_policy(SHORT_DEADLINE), timeout=TIMEOUT, **credentials()
        )
        err, elapsed = _timed(lambda: CALLS["GET"](client))
    assert elapsed <= SHORT_DEADLINE + MARGIN, f"ran {elapsed:.1f}s"
    assert isinstance(err, exc.ApiTimeoutError), repr(err)


def test_a_streamed_call_waits_for_its_headers_within_the_deadline(client_on):
    # the deadline bounds waiting for the head of a streamed answer too (its body is the
    # caller's to read)
    with RawServer(_endless_continue) as srv:
        client = client_on(
            srv.url, retries=_policy(SHORT_DEADLINE), timeout=TIMEOUT, **credentials()
        )
        api = stencila_hub.AgaveJobsApi(client)
        err, elapsed = _timed(lambda: api.download_output("job-1", "out/a.bin", _stream=True))
    assert elapsed <= SHORT_DEADLINE + MARGIN, f"ran {elapsed:.1f}s"
    assert isinstance(err, exc.ApiTimeoutError), repr(err)
