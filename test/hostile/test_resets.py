"""Rule 2 over plain TCP: a reset (RST, SO_LINGER 0) at every stage of the exchange, protocol
garbage instead of an answer, and the bodies that make a POST's outcome unknown.

Once the first request byte was written, a POST or PATCH raises an OutcomeUnknownError after one
connection (one request at most reached the server); a GET or PUT is retried (retries=2: three
connections) and ends in ApiConnectionError. A failure before anything was written (refused) is
retried for every method.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stencila_hub import exceptions as exc
from test.hostile.calls import CALLS, IDEMPOTENT, NON_IDEMPOTENT, credentials
from test.support.rawserver import Conn, RawServer, head, response

pytestmark = pytest.mark.timeout(60)
#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

#: A pause that lets the client take in the bytes sent before the reset (on Linux a reset throws
#: away what the client has not read yet). Not a synchronisation: the outcome must be the same
#: whether the client read them or not.
LET_BYTES_ARRIVE = 0.05

OK_BODY = b'{"id": 56, "status": "RUNNING"}'


def _before_reading(conn: Conn) -> None:
    conn.peek()  # the request has started to arrive; none of it is read
    conn.reset()


def _after_part_of_request(conn: Conn) -> None:
    conn.peek()
    conn.sock.recv(10)  # "POST /jobs" and no more
    conn.reset()


def _after_request_head(conn: Conn) -> None:
    conn.read_head()  # the request line and headers; a body, if any, is not read
    conn.reset()


def _after_request(conn: Conn) -> None:
    conn.read_request()
    conn.reset()


def _answer_then_reset(cut: Callable[[bytes], bytes]) -> Callable[[Conn], None]:
    def handler(conn: Conn) -> None:
        if conn.read_request() is None:
            return
        conn.send(cut(response(200, OK_BODY)))
        conn.wait(LET_BYTES_ARRIVE)
        conn.reset()

    return handler


def _garbage_status_line(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.send(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")  # not HTTP at all; then the server closes


STAGES: dict[str, Callable[[Conn], None]] = {
    "before reading the request": _before_reading,
    "after reading part of the request": _after_part_of_request,
    "after reading the request head": _after_request_head,
    "after reading all of the request": _after_request,
    "after part of the status line": _answer_then_reset(lambda r: r[:10]),
    "after part of the headers": _answer_then_reset(lambda r: r[: r.index(b"\r\n") + 8]),
    "after the headers": _answer_then_reset(lambda r: r[: r.index(b"\r\n\r\n") + 4]),
    "after part of the body": _answer_then_reset(lambda r: r[:-10]),
    "garbage instead of a status line": _garbage_status_line,
}


@pytest.mark.parametrize("stage", list(STAGES))
@pytest.mark.parametrize("method", NON_IDEMPOTENT)
def test_post_and_patch_raise_outcome_unknown_on_one_connection(method, stage, client_on):
    with RawServer(STAGES[stage]) as srv:
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](client_on(srv.url, **credentials()))
    assert isinstance(info.value, exc.OutcomeUnknownError), repr(info.value)
    assert isinstance(info.value, exc.ApiConnectionError)
    assert srv.connections == 1 and srv.request_count <= 1


@pytest.mark.parametrize("stage", list(STAGES))
@pytest.mark.parametrize("method", IDEMPOTENT)
def test_idempotent_calls_are_retried_then_raise_a_connection_error(method, stage, client_on):
    with RawServer(STAGES[stage]) as srv:
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](client_on(srv.url, **credentials()))
    assert isinstance(info.value, exc.ApiConnectionError), repr(info.value)
    assert not isinstance(info.value, exc.OutcomeUnknownError)
    assert srv.connections == 3


@pytest.mark.parametrize("stage", list(STAGES))
@pytest.mark.parametrize("method", ["GET", "PUT"])
def test_a_reset_once_then_a_good_answer_succeeds(method, stage, client_on):
    body = b'{"status": "success", "result": {"id": "job-1"}}' if method == "GET" else OK_BODY

    def handler(conn: Conn) -> None:
        if conn.index == 0:
            STAGES[stage](conn)
            return
        for _ in conn.requests():
            conn.send(response(200, body))

    with RawServer(handler) as srv:
        result = CALLS[method](client_on(srv.url, **credentials()))
    assert result.id in ("job-1", 56)
    assert srv.connections == 2


@pytest.mark.parametrize("method", NON_IDEMPOTENT + IDEMPOTENT)
def test_a_refused_connection_is_retried_for_every_method(method, client_on):
    with RawServer(_after_request, listening=False) as srv:  # bound, not listening: refused
        with pytest.raises(exc.ApiConnectionError) as info:
            CALLS[method](client_on(srv.url, **credentials()))
    assert not isinstance(info.value, exc.OutcomeUnknownError)
    assert info.value.attempts == 3 and srv.connections == 0


def _cut_short(conn: Conn) -> None:
    if conn.read_request() is not None:  # declares 200 bytes, sends 10, closes
        conn.send(head(200, [("Content-Type", "application/json"), ("Content-Length", "200")]))
        conn.send(b'{"id": 56,')


def _undecodable(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.send(response(200, b'{"status": "success", "result": {"id": '))


def _not_json(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.send(response(200, b"<html>proxy error</html>", content_type="text/html"))


def _oversized(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.send(response(200, b'{"pad": "' + b"x" * 200_000 + b'"}'))


BAD_SUCCESS_BODIES = {
    "a body cut short": (_cut_short, exc.ApiConnectionError),
    "a truncated JSON body": (_undecodable, exc.ResponseDecodeError),
    "an HTML body": (_not_json, exc.ResponseDecodeError),
    "a body over max_response_bytes": (_oversized, exc.ResponseDecodeError),
}


@pytest.mark.parametrize("fault", list(BAD_SUCCESS_BODIES))
@pytest.mark.parametrize("method", NON_IDEMPOTENT)
def test_a_bad_2xx_body_leaves_a_post_or_patch_outcome_unknown(method, fault, client_on):
    handler, base = BAD_SUCCESS_BODIES[fault]
    with RawServer(handler) as srv:
        client = client_on(srv.url, max_response_bytes=100_000, **credentials())
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](client)
    assert isinstance(info.value, base), repr(info.value)
    assert isinstance(info.value, exc.OutcomeUnknownError), repr(info.value)
    if base is exc.ResponseDecodeError:
        assert type(info.value).__name__ == "OutcomeUnknownDecodeError"
        assert isinstance(info.value, exc.OutcomeUnknownDecodeError)  # type: ignore[attr-defined]
    assert srv.request_count == 1
