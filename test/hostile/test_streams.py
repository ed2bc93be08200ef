"""Rule 9: streams. ``AgaveJobsApi.download_output(..., _stream=True)`` gives the same bytes
whatever the framing (Content-Length, chunked, read-to-close) and decodes
``Content-Encoding: gzip``;
so does the non-streamed call. A stream cut short raises a typed error; ``max_download_bytes`` is
exact; a stream closed half-read leaves the client usable.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable
from typing import Any

import pytest

import stencila_hub
from stencila_hub import exceptions as exc
from test.hostile.calls import credentials
from test.support.rawserver import Conn, RawServer, chunked, head, response

pytestmark = pytest.mark.timeout(60)
#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

#: 200 KB that are not all alike, so a lost or repeated chunk shows.
PAYLOAD = b"".join(i.to_bytes(4, "big") for i in range(50_000))
OCTETS = ("Content-Type", "application/octet-stream")


def _content_length(body: bytes = PAYLOAD) -> bytes:
    return head(200, [OCTETS, ("Content-Length", str(len(body)))]) + body


def _chunked(size: int) -> Callable[[], bytes]:
    return lambda: head(200, [OCTETS, ("Transfer-Encoding", "chunked")]) + chunked(PAYLOAD, size)


def _gzip_length() -> bytes:
    packed = gzip.compress(PAYLOAD)
    return (
        head(200, [OCTETS, ("Content-Encoding", "gzip"), ("Content-Length", str(len(packed)))])
        + packed
    )


def _gzip_chunked() -> bytes:
    packed = gzip.compress(PAYLOAD)
    return head(
        200, [OCTETS, ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]
    ) + chunked(packed, 999)


def _until_close() -> bytes:
    return head(200, [OCTETS, ("Connection", "close")]) + PAYLOAD


FRAMINGS: dict[str, Callable[[], bytes]] = {
    "Content-Length": _content_length,
    "chunked, 1-byte chunks at the start": lambda: (
        head(200, [OCTETS, ("Transfer-Encoding", "chunked")])
        + chunked(PAYLOAD[:50], 1)[:-5]
        + chunked(PAYLOAD[50:], 8192)
    ),
    "chunked, 8 KiB chunks": _chunked(8192),
    "chunked, 100 KB chunks": _chunked(100_000),
    "gzip, Content-Length": _gzip_length,
    "gzip, chunked": _gzip_chunked,
    "read to close": _until_close,
}


def _serve(make: Callable[[], bytes]) -> RawServer:
    def handler(conn: Conn) -> None:
        for _request in conn.requests():
            data = make()
            conn.send(data)
            if b"Connection: close" in data.split(b"\r\n\r\n", 1)[0]:
                return

    return RawServer(handler)


def _api(
    client_on: Callable[..., Any], srv: RawServer, **settings: Any
) -> stencila_hub.AgaveJobsApi:
    return stencila_hub.AgaveJobsApi(client_on(srv.url, **credentials(), **settings))


@pytest.mark.parametrize("framing", list(FRAMINGS))
def test_every_framing_streams_the_same_bytes(framing, client_on):
    with _serve(FRAMINGS[framing]) as srv:
        api = _api(client_on, srv)
        with api.download_output("job-1", "out/data.bin", _stream=True) as stream:
            chunks: list[bytes] = list(stream.iter_bytes(chunk_size=10_000))
        assert b"".join(chunks) == PAYLOAD
        assert all(0 < len(c) <= 10_000 for c in chunks)
        stream = api.download_output("job-1", "out/data.bin", _stream=True)
        try:
            assert stream.read() == PAYLOAD
        finally:
            stream.close()
        # and the non-streamed call returns the same bytes
        assert api.download_output("job-1", "out/data.bin") == PAYLOAD


def test_a_stream_cut_short_raises_a_connection_error(client_on):
    def handler(conn: Conn) -> None:
        if conn.read_request() is not None:
            conn.send(head(200, [OCTETS, ("Content-Length", str(len(PAYLOAD) + 1000))]) + PAYLOAD)

    with RawServer(handler) as srv:
        stream = _api(client_on, srv).download_output("job-1", "out/data.bin", _stream=True)
        with pytest.raises(exc.OpenApiException) as info:
            with stream:
                stream.read()
    assert isinstance(info.value, exc.ApiConnectionError), repr(info.value)


def test_a_chunked_stream_with_a_bad_chunk_size_raises_a_typed_error(client_on, client_kind):
    def handler(conn: Conn) -> None:
        if conn.read_request() is not None:
            conn.send(
                head(200, [OCTETS, ("Transfer-Encoding", "chunked")])
                + b"10\r\n0123456789abcdef\r\nzz\r\n"
            )

    with RawServer(handler) as srv:
        if client_kind == "async":
            # aiohttp parses the bytes that came with the head before it returns the head: the
            # bad chunk, in the same packet, fails the call itself, with the same typed error.
            with pytest.raises(exc.OpenApiException) as info:
                _api(client_on, srv).download_output("job-1", "out/data.bin", _stream=True)
        else:
            stream = _api(client_on, srv).download_output("job-1", "out/data.bin", _stream=True)
            with pytest.raises(exc.OpenApiException) as info:
                with stream:
                    stream.read()
    assert isinstance(info.value, exc.ApiConnectionError), repr(info.value)


@pytest.mark.parametrize("framing", ["Content-Length", "chunked, 8 KiB chunks", "gzip, chunked"])
def test_max_download_bytes_is_exact(framing, client_on):
    with _serve(FRAMINGS[framing]) as srv:
        api = _api(client_on, srv, max_download_bytes=len(PAYLOAD))
        with api.download_output("job-1", "out/data.bin", _stream=True) as stream:
            assert stream.read() == PAYLOAD  # exactly the limit: fine
        api = _api(client_on, srv, max_download_bytes=len(PAYLOAD) - 1)
        with pytest.raises(exc.ResponseDecodeError):
            with api.download_output("job-1", "out/data.bin", _stream=True) as stream:
                stream.read()


def test_a_stream_closed_half_read_leaves_the_client_usable(client_on):
    def handler(conn: Conn) -> None:
        for request in conn.requests():
            if request.path.endswith("/outputs/media/out/data.bin"):
                conn.send(_content_length())
            else:
                conn.send(response(200, {"status": "success", "result": {"id": "job-9"}}))

    with RawServer(handler) as srv:
        api = _api(client_on, srv)
        with api.download_output("job-1", "out/data.bin", _stream=True) as stream:
            first = next(iter(stream.iter_bytes(chunk_size=1000)))
        assert first == PAYLOAD[: len(first)]
        # the half-read connection is not reused: the next answer is the job, not payload bytes
        assert api.get("job-9").id == "job-9"


def test_an_error_status_on_a_stream_raises_its_class(client_on):
    def handler(conn: Conn) -> None:
        for _ in conn.requests():
            conn.send(response(404, {"status": "error", "message": "File not found"}))

    with RawServer(handler) as srv:
        with pytest.raises(exc.NotFoundException) as info:
            _api(client_on, srv).download_output("job-1", "out/data.bin", _stream=True)
    assert info.value.message == "File not found"
    assert srv.request_count == 1


def test_a_stream_outlives_the_calls_deadline(client_on):
    """The deadline bounds a streamed call until its head arrives; then each read has the read
    timeout, not what was left of the deadline (a long download, a quiet watch)."""

    def handler(conn: Conn) -> None:
        if conn.read_request() is None:
            return
        conn.send(head(200, [OCTETS, ("Content-Length", str(len(PAYLOAD)))]))
        time.sleep(1.5)  # past the 1 s deadline, within the 5 s read timeout
        conn.send(PAYLOAD)

    with RawServer(handler) as srv:
        policy = stencila_hub.RetryPolicy(total_timeout=1, max_retries=0)
        api = _api(client_on, srv, retries=policy, timeout=(5, 5))
        with api.download_output("job-1", "out/data.bin", _stream=True) as stream:
            assert stream.read() == PAYLOAD
