"""A recording HTTP server on 127.0.0.1 that answers from a script, and a Prism runner.

``RecordingServer`` records every request exactly as it arrived on the socket and answers with the
replies queued by the test (then with the default reply). Tests assert on what crossed the wire.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
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


class RecordingServer:
    """``with RecordingServer() as srv:`` then ``srv.url``, ``srv.reply_json(...)``,
    ``srv.requests``."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._replies: list[Reply] = []
        self.default = Reply(200, b"{}", {"Content-Type": "application/json"})
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                with server._lock:
                    server.requests.append(
                        Recorded(
                            self.command,
                            parts.path,
                            parse_qs(parts.query, keep_blank_values=True),
                            {k.lower(): v for k, v in self.headers.items()},
                            body,
                            parts.query,
                        )
                    )
                    reply = server._replies.pop(0) if server._replies else server.default
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (a timeout test): fine

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self._thread = threading.Thread(  # a short poll: shutdown() waits for it
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> RecordingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

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
            except urllib.error.HTTPError:
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
