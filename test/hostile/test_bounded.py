"""Rule 4: everything a server sends is read within a bound. Endless bodies and gzip bombs on
success, error and streamed responses; too many or too long header lines; an endless redirect body.

Every endless body stops at the server's caps (ENDLESS_CAP_BYTES, ENDLESS_CAP_SECONDS), so a
transport that reads it whole fails the test (it gets no exception, or a wrong one, or the server
counts that it sent far more than the bound) instead of hanging.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from typing import Any

import pytest

import stencila_hub
from stencila_hub import exceptions as exc
from test.hostile.calls import CALLS, credentials
from test.support.rawserver import Conn, RawServer, head, response

pytestmark = pytest.mark.timeout(60)
#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

MiB = 1024 * 1024
LIMIT = 1 * MiB  # max_response_bytes and max_download_bytes in these tests
ERROR_LIMIT = 64 * 1024  # max_error_body_bytes in these tests
DEFAULT_ERROR_LIMIT = 1 * MiB  # the contract's default max_error_body_bytes
#: 10 MB of zeros, gzipped: about 10 KB on the wire.
BOMB = gzip.compress(bytes(10_000_000))
JSON_PREFIX = b'{"status": "success", "message": "'


def _endless(
    status: int, prefix: bytes = JSON_PREFIX, content_type: str = "application/json"
) -> Callable[[Conn], None]:
    """Answers *status* with a chunked body that never ends."""

    def handler(conn: Conn) -> None:
        if conn.read_request() is None:
            return
        conn.send(head(status, [("Content-Type", content_type), ("Transfer-Encoding", "chunked")]))
        if prefix:  # (an empty chunk would end the body)
            conn.send(b"%x\r\n%s\r\n" % (len(prefix), prefix))
        conn.send_forever(b"a" * 65536, chunked=True)

    return handler


def _bomb(status: int) -> Callable[[Conn], None]:
    def handler(conn: Conn) -> None:
        if conn.read_request() is None:
            return
        conn.send(
            head(
                status,
                [
                    ("Content-Type", "application/json"),
                    ("Content-Encoding", "gzip"),
                    ("Content-Length", str(len(BOMB))),
                ],
            )
            + BOMB
        )

    return handler


def _client(
    client_on: Callable[..., Any], srv: RawServer, **settings: Any
) -> stencila_hub.ApiClient:
    settings.setdefault("max_response_bytes", LIMIT)
    settings.setdefault("max_error_body_bytes", ERROR_LIMIT)
    settings.setdefault("max_download_bytes", LIMIT)
    return client_on(srv.url, **credentials(), **settings)


def _download(client: stencila_hub.ApiClient) -> Any:
    return stencila_hub.AgaveJobsApi(client).download_output("job-1", "out/big.bin", _stream=True)


# -- success bodies, read whole -------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fault", ["endless", "gzip bomb"])
def test_a_success_body_over_max_response_bytes_raises_decode_error(method, fault, client_on):
    handler = (
        _endless(200 if method == "GET" else 201)
        if fault == "endless"
        else _bomb(200 if method == "GET" else 201)
    )
    with RawServer(handler) as srv:
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](_client(client_on, srv))
    assert isinstance(info.value, exc.ResponseDecodeError), repr(info.value)
    if method == "POST":
        assert isinstance(info.value, exc.OutcomeUnknownDecodeError)  # type: ignore[attr-defined]
    assert srv.request_count == 1  # not retried
    assert "max_response_bytes" in str(info.value)


def test_a_declared_length_over_the_limit_is_refused_without_reading(client_on):
    def handler(conn: Conn) -> None:
        if conn.read_request() is not None:
            conn.send(
                head(
                    200,
                    [
                        ("Content-Type", "application/json"),
                        ("Content-Length", str(10 * 1024 * MiB)),
                    ],
                )
            )
            conn.send_forever(b"a" * 65536)

    with RawServer(handler) as srv:
        with pytest.raises(exc.ResponseDecodeError):
            CALLS["GET"](_client(client_on, srv))


# -- error bodies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, status, cls",
    [
        ("GET", 404, exc.NotFoundException),
        ("POST", 500, exc.OutcomeUnknownServiceException),
        ("PUT", 403, exc.ForbiddenException),
    ],
)
def test_an_endless_error_body_is_cut_at_max_error_body_bytes(method, status, cls, client_on):
    with RawServer(_endless(status, b'{"message": "')) as srv:
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](_client(client_on, srv))
    err = info.value
    assert isinstance(err, cls), repr(err)
    assert err.status == status
    assert err.body is not None and err.body.startswith(b'{"message": "aaa')
    assert len(err.body) <= ERROR_LIMIT
    assert srv.request_count == 1


def test_the_default_error_body_limit_is_one_mib(client_on):
    with RawServer(_endless(404, b'{"message": "')) as srv:
        client = client_on(srv.url, **credentials())  # no limits set: the defaults
        with pytest.raises(exc.NotFoundException) as info:
            CALLS["GET"](client)
    assert info.value.body is not None and 0 < len(info.value.body) <= DEFAULT_ERROR_LIMIT


@pytest.mark.parametrize("method, status", [("GET", 404), ("POST", 500)])
def test_a_gzip_bomb_error_body_is_cut_at_max_error_body_bytes(method, status, client_on):
    with RawServer(_bomb(status)) as srv:
        with pytest.raises(exc.ApiException) as info:
            CALLS[method](_client(client_on, srv))
    assert info.value.status == status
    assert info.value.body is not None and len(info.value.body) <= ERROR_LIMIT


# -- streamed bodies ------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["endless", "gzip bomb"])
def test_a_streamed_body_over_max_download_bytes_raises_while_iterating(fault, client_on):
    handler = _endless(200, b"", "application/octet-stream") if fault == "endless" else _bomb(200)
    with RawServer(handler) as srv:
        read = 0
        with pytest.raises(exc.ResponseDecodeError):
            with _download(_client(client_on, srv)) as stream:
                for chunk in stream.iter_bytes():
                    read += len(chunk)
    assert read <= LIMIT


@pytest.mark.parametrize("fault", ["endless", "gzip bomb"])
def test_an_error_on_a_streamed_call_reads_at_most_max_error_body_bytes(fault, client_on):
    handler = _endless(404, b'{"message": "') if fault == "endless" else _bomb(404)
    with RawServer(handler) as srv:
        with pytest.raises(exc.NotFoundException) as info:
            _download(_client(client_on, srv))
    assert info.value.body is not None and len(info.value.body) <= ERROR_LIMIT


def test_a_streamed_gzip_bomb_within_the_limit_is_decoded(client_on):
    # the same bomb is fine when the caller allows 10 MB: the stream yields the inflated bytes
    with RawServer(_bomb(200)) as srv:
        with _download(_client(client_on, srv, max_download_bytes=None)) as stream:
            total = sum(len(chunk) for chunk in stream.iter_bytes())
    assert total == 10_000_000


# -- header blocks --------------------------------------------------------------------------------


def _many_headers(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        for i in range(200_000):  # stops when the client gives up (ClientGone)
            conn.send(b"X-Header-%d: value\r\n" % i)


def _long_header_line(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Long: ")
        conn.send_forever(b"a" * 65536)


def _endless_status_line(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.send(b"HTTP/1.1 200 ")
        conn.send_forever(b"O" * 65536)


HEADER_FAULTS = {
    "more than 100 header lines": _many_headers,
    "a header line over 64 KiB": _long_header_line,
    "a status line that never ends": _endless_status_line,
}


@pytest.mark.parametrize("fault", list(HEADER_FAULTS))
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_an_oversized_header_block_raises_a_connection_error(method, fault, client_on):
    with RawServer(HEADER_FAULTS[fault]) as srv:
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](_client(client_on, srv))
    assert isinstance(info.value, exc.ApiConnectionError), repr(info.value)
    if method == "POST":
        assert isinstance(info.value, exc.OutcomeUnknownError)
        assert srv.request_count == 1


# -- redirects ------------------------------------------------------------------------------------


def test_an_endless_redirect_body_is_not_read_to_its_end(client_on):
    sent = []

    def handler(conn: Conn) -> None:
        for request in conn.requests():
            if request.path.endswith("/moved"):
                conn.send(response(200, {"status": "success", "result": {"id": "moved"}}))
                continue
            conn.send(head(307, [("Location", "/jobs/v2/moved"), ("Transfer-Encoding", "chunked")]))
            try:
                conn.send_forever(b"a" * 65536, chunked=True)
            finally:
                sent.append(conn.sent)
            return

    with RawServer(handler) as srv:
        job = CALLS["GET"](_client(client_on, srv))
    assert job.id == "moved"
    assert sent and sent[0] < 16 * MiB  # the client stopped reading it early
