"""The test suite's HTTP servers on 127.0.0.1, and a Prism runner.

``LoopbackServer`` is the one server loop: an HTTP/1.1 server in a thread (HTTPS with an
``ssl_context``) that calls the test's ``handle(request)`` for every request of any method. A test
that needs its own behaviour (a stream, a range, a store with versions) writes only that function.
``RecordingServer`` is built on it: it records every request exactly as it arrived on the socket
and answers with the replies queued by the test (then with the default reply).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import ssl
import subprocess
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Recorded:
    method: str
    path: str  # as sent, percent-encoding kept, without the query
    query: dict[str, list[str]]
    headers: dict[str, str]  # names lower-cased
    body: bytes
    raw_query: str = ""  # the query string exactly as sent (order and percent-encoding kept)

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to stall before answering
    drop: bool = False  # close the connection without answering


class LoopbackServer:
    """``with LoopbackServer(handle) as srv:`` then ``srv.url``; ``handle(request)`` gets the
    :class:`BaseHTTPRequestHandler` of each request (``request.command``, ``.path``,
    ``.headers``, ``.rfile``, ``.wfile``) and writes the answer. Started by ``with`` or
    :meth:`start`, stopped by the ``with``'s end or :meth:`close`."""

    def __init__(
        self,
        handle: Callable[[BaseHTTPRequestHandler], None],
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # The status line and headers go out in one write, the body in another: with Nagle's
            # algorithm on, the body waits for the client's delayed ACK (tens of milliseconds) on
            # every answer of a kept-alive connection after its first two.
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                handle(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if ssl_context is not None:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_port
        scheme = "https" if ssl_context is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(  # a short poll: shutdown() waits for it
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def send(
    request: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> None:
    """Answer *request* with *status*, *headers* and *body* (Content-Length set)."""
    request.send_response(status)
    for name, value in (headers or {}).items():
        request.send_header(name, value)
    request.send_header("Content-Length", str(len(body)))
    request.end_headers()
    request.wfile.write(body)


class RecordingServer:
    """``with RecordingServer() as srv:`` then ``srv.url``, ``srv.reply_json(...)``,
    ``srv.requests``. With an ``ssl_context`` it serves HTTPS (``srv.url`` says so)."""

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self.requests: list[Recorded] = []
        self._replies: list[Reply] = []
        self.default = Reply(200, b"{}", {"Content-Type": "application/json"})
        self._lock = threading.Lock()
        self._server = LoopbackServer(self._handle, ssl_context=ssl_context)
        self.httpd = self._server.httpd
        self.url = self._server.url

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        parts = urlsplit(request.path)
        with self._lock:
            self.requests.append(
                Recorded(
                    request.command,
                    parts.path,
                    parse_qs(parts.query, keep_blank_values=True),
                    {k.lower(): v for k, v in request.headers.items()},
                    body,
                    parts.query,
                )
            )
            reply = self._replies.pop(0) if self._replies else self.default
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:
            request.close_connection = True
            request.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            send(request, reply.status, reply.body, reply.headers)
        except (BrokenPipeError, ConnectionResetError):
            request.close_connection = True  # the client gave up (a timeout test): fine

    def __enter__(self) -> RecordingServer:
        self._server.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.close()

    def reply(
        self,
        status: int = 200,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        drop: bool = False,
        times: int = 1,
    ) -> None:
        with self._lock:
            self._replies.extend(
                Reply(status, body, dict(headers or {}), delay, drop) for _ in range(times)
            )

    def reply_json(
        self, payload: Any, status: int = 200, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> None:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.reply(status, body, {"Content-Type": "application/json", **(headers or {})}, **kwargs)

    @property
    def last(self) -> Recorded:
        assert self.requests, "the server received no request"
        return self.requests[-1]


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released): a connection to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Prism:
    """``prism mock openapi.yaml`` on a free loopback port, from ./node_modules (make setup)."""

    def __init__(self, spec: Path = ROOT / "openapi.yaml") -> None:
        binary = ROOT / "node_modules" / ".bin" / "prism"
        if not binary.exists():
            raise RuntimeError("Prism is not installed: run `make setup` (npm ci)")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = ROOT / ".tmp" / "prism.log"
        self.log.parent.mkdir(exist_ok=True)
        self._log_file = open(self.log, "wb")
        self.proc = subprocess.Popen(
            [str(binary), "mock", str(spec), "-h", "127.0.0.1", "-p", str(self.port), "--errors"],
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, "NODE_OPTIONS": "--max-old-space-size=2048"},
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Prism exited: {self.log.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(self.url + "/__health__", timeout=1)
            except urllib.error.HTTPError as answer:
                answer.close()
                return  # it answers (404 for an unknown path): ready
            except OSError:
                time.sleep(0.2)
        self.close()
        raise RuntimeError("Prism did not start within 90 s")

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log_file.close()


def node_available() -> bool:
    return shutil.which("node") is not None
