"""Response headers read by stencila_hub.response_head: the same as http.client's, faster.

Each block is read both ways, ours and http.client's own ``parse_headers``, and the messages are
compared field by field; then whole responses over a socket (status line, 1xx, chunked, lengths,
keep-alive), and through the SDK beside raw urllib3.
"""

from __future__ import annotations

import email.parser
import http.client
import io
import socket
import threading
from typing import Any, Iterator

import pytest
import urllib3

import stencila_hub
from stencila_hub import InlineObject3, JobsApi
from stencila_hub.response_head import HTTPResponse, parse_header_lines, parse_headers

BLOCKS = {
    "plain": b"Content-Type: application/json\r\nContent-Length: 12\r\n\r\n",
    "bare LF ends": b"Content-Type: application/json\nContent-Length: 12\n\n",
    "blanks around a value": b"A:   b  \r\nB:\tc\t\r\nC:\r\n\r\n",
    "repeated names": b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nset-cookie: c=3\r\n\r\n",
    "latin-1 value": "X-Name: \u00e9t\u00e9\r\n\r\n".encode("iso-8859-1"),
    "folded value": b"A: b\r\n  folded\r\n\tagain\r\nC: d\r\n\r\n",
    "no colon": b"nocolon\r\nC: d\r\n\r\n",
    "empty name": b": empty\r\nA: b\r\n\r\n",
    "space in name": b"Bad Name: x\r\nA: b\r\n\r\n",
    "bare CR in a value": b"A: b\rc\r\nD: e\r\n\r\n",
    "a From line": b"From somebody\r\nA: b\r\n\r\n",
    "multipart type": b"Content-Type: multipart/mixed; boundary=x\r\n\r\n",
    "message type": b"content-type: Message/rfc822\r\n\r\n",
    "cut short": b"A: b\r\nC: d",
    "no headers": b"\r\n",
}


def _fields(message: http.client.HTTPMessage) -> dict[str, Any]:
    """Everything a message holds; defects by kind and text (they are new objects each parse)."""
    out = dict(vars(message))
    out["defects"] = [(type(d), str(d)) for d in message.defects]
    out["class"] = type(message)
    out["items"] = message.items()
    out["multipart"] = message.is_multipart()
    if isinstance(message._payload, list):  # type: ignore[attr-defined]  # a parsed message/rfc822
        out["_payload"] = [_fields(part) for part in message._payload]  # type: ignore[attr-defined]
    return out


@pytest.mark.parametrize("name", list(BLOCKS))
def test_a_header_block_reads_as_http_client_reads_it(name):
    raw = BLOCKS[name]
    ours = parse_headers(io.BytesIO(raw))
    theirs = http.client.parse_headers(io.BytesIO(raw))
    assert _fields(ours) == _fields(theirs)


def test_the_blocks_cover_both_paths(monkeypatch):
    """Plain blocks are built directly; the others went to the email package (else the
    comparison above would prove nothing about one of the two)."""
    calls = []
    original = email.parser.Parser.parsestr

    def counting(self, text, headersonly=False):
        calls.append(text)
        return original(self, text, headersonly)

    monkeypatch.setattr(email.parser.Parser, "parsestr", counting)
    for name in ("plain", "bare LF ends", "blanks around a value", "repeated names",
                 "latin-1 value", "no headers"):  # fmt: skip
        parse_headers(io.BytesIO(BLOCKS[name]))
    assert calls == []
    for name in ("folded value", "no colon", "multipart type", "cut short"):
        parse_headers(io.BytesIO(BLOCKS[name]))
    assert len(calls) == 4


def test_the_limits_of_http_client_still_hold():
    too_many = b"".join(b"H%d: v\r\n" % i for i in range(101)) + b"\r\n"
    with pytest.raises(http.client.HTTPException, match="more than 100 headers"):
        parse_headers(io.BytesIO(too_many))
    with pytest.raises(http.client.LineTooLong):
        parse_headers(io.BytesIO(b"A: " + b"x" * 70000 + b"\r\n\r\n"))


def test_parse_header_lines_takes_what_read_headers_returns():
    lines = [b"A: b\r\n", b"C: d\r\n", b"\r\n"]
    assert parse_header_lines(lines).items() == [("A", "b"), ("C", "d")]


def test_begin_is_http_clients_own_code():
    """Only the header parse differs: the status line, 1xx and length rules are the stdlib's."""
    assert HTTPResponse.begin.__code__ is http.client.HTTPResponse.begin.__code__
    assert HTTPResponse.begin.__globals__["parse_headers"] is parse_headers


# -- whole responses over a socket ----------------------------------------------------------------

RESPONSES = {
    "content-length": (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", "GET"),
    "chunked": (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        "GET",
    ),
    "connection close, no length": (b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhello", "GET"),
    "HTTP/1.0": (b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello", "GET"),
    "100 then 200": (
        b"HTTP/1.1 100 Continue\r\nX-A: 1\r\n\r\n"
        b"HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok",
        "PUT",
    ),
    "204": (b"HTTP/1.1 204 No Content\r\nX-A: 1\r\n\r\n", "DELETE"),
    "HEAD": (b"HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n", "HEAD"),
    "negative length": (
        b"HTTP/1.1 200 OK\r\nContent-Length: -3\r\nConnection: close\r\n\r\nabc",
        "GET",
    ),
    "folded": (b"HTTP/1.1 200 OK\r\nX-A: 1\r\n 2\r\nContent-Length: 2\r\n\r\nok", "GET"),
}


class CannedServer:
    """127.0.0.1: each connection reads one request head and gets *raw* back, then is closed."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(5)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                conn.sendall(self.raw)

    def close(self) -> None:
        try:
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the accept() (close alone does not)
        except OSError:
            pass
        self.sock.close()
        self.thread.join(5)


@pytest.fixture
def canned() -> Iterator[Any]:
    servers: list[CannedServer] = []

    def start(raw: bytes) -> CannedServer:
        servers.append(CannedServer(raw))
        return servers[-1]

    yield start
    for srv in servers:
        srv.close()


def _exchange(port: int, method: str, response_class: type) -> dict[str, Any]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.response_class = response_class
    try:
        conn.request(method, "/x", body=b"{}" if method == "PUT" else None)
        resp = conn.getresponse()
        seen = {
            k: getattr(resp, k)
            for k in ("status", "reason", "version", "chunked", "length", "will_close")
        }
        seen["headers"] = resp.headers.items()
        seen["body"] = resp.read()
        return seen
    finally:
        conn.close()


@pytest.mark.parametrize("name", list(RESPONSES))
def test_a_response_reads_as_http_client_reads_it(canned, name):
    raw, method = RESPONSES[name]
    srv = canned(raw)
    ours = _exchange(srv.port, method, HTTPResponse)
    theirs = _exchange(srv.port, method, http.client.HTTPResponse)
    assert ours == theirs
    assert ours["status"] in (200, 201, 204)


def test_the_sdk_reads_headers_as_raw_urllib3_does(canned):
    srv = canned(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nSet-Cookie: a=1\r\n"
        b"Set-Cookie: b=2\r\nX-Folded: one\r\n two\r\nX-Trail: v  \r\nContent-Length: 20\r\n\r\n"
        b'{"status":"RUNNING"}'
    )
    url = f"http://127.0.0.1:{srv.port}"
    with stencila_hub.ApiClient(stencila_hub.Configuration(host=url)) as client:
        got = JobsApi(client).jobs_update_with_http_info(1, InlineObject3(status="RUNNING"))
        pool = client.rest_client._routes[url]
    raw = urllib3.PoolManager().request("PUT", url + "/jobs/1/", body=b"{}")
    assert list(got.headers.items()) == list(raw.headers.items())
    assert got.headers.getlist("Set-Cookie") == ["a=1", "b=2"]
    assert got.data.status == "RUNNING"
    assert pool.ConnectionCls.response_class is HTTPResponse  # the SDK's path took our parse
