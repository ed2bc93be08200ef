"""A raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, one connection at a time.

``http.server`` always reads the request and always answers with a complete response; the faults
here need more control: reset a connection before reading the request (or after), stall, cut a body
short, send a body whose bytes are not what its headers say. Each accepted connection takes the
next :class:`Act` of the script (then ``then``), serves at most one request and is closed.

The server is bounded: every socket has a timeout, a stall ends at its own time or when the server
closes, and the accept loop ends by itself after ``lifetime`` seconds.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

#: What a stalled answer waits for at most (the client's read timeout in the suite is far shorter).
STALL_SECONDS = 3.0


@dataclass(frozen=True)
class Act:
    """What the server does with one connection.

    kind: ``answer`` (status, headers, body; ``declared_length`` overrides Content-Length),
    ``reset_before`` (RST once the request has arrived, without reading any of it), ``reset_after``
    (read the request, then RST),
    ``stall`` (read the request, answer nothing until ``stall`` seconds pass, then close).
    """

    kind: str = "answer"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    body: bytes = b"{}"
    declared_length: int | None = None
    stall: float = STALL_SECONDS


def answer(
    status: int = 200,
    body: Any = b"{}",
    content_type: str | None = "application/json",
    headers: Sequence[tuple[str, str]] = (),
    declared_length: int | None = None,
) -> Act:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    all_headers = ((("Content-Type", content_type),) if content_type else ()) + tuple(headers)
    return Act("answer", status, all_headers, raw, declared_length)


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: bytes
    act: Act = field(default_factory=Act)  # what the server did with it


@dataclass
class FaultServer:
    """``with FaultServer([Act(...), ...], then=answer(...)) as srv:`` then ``srv.url``.

    ``listening=False`` binds the port without listening: connections are refused until
    :meth:`listen` is called (a server that comes up while the client is retrying).
    """

    script: list[Act] = field(default_factory=list)
    then: Act = field(default_factory=answer)
    listening: bool = True
    lifetime: float = 30.0

    def __post_init__(self) -> None:
        self.connections = 0  # accepted
        self.requests: list[Received] = []  # read completely
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []
        self._accepting: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> FaultServer:
        if self.listening:
            self.listen()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def listen(self) -> None:
        self._sock.listen(16)
        self._sock.settimeout(0.05)
        self._accepting = threading.Thread(target=self._accept_loop, daemon=True)
        self._accepting.start()

    def close(self) -> None:
        self._stop.set()
        if self._accepting is not None:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked accept() at once
            except OSError:
                pass
            self._accepting.join(2)
        self._sock.close()
        for thread in self._threads:
            thread.join(2)

    @property
    def methods(self) -> list[str]:
        return [r.method for r in self.requests]

    # -- serving ---------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        deadline = time.monotonic() + self.lifetime
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self.connections += 1
                act = self.script.pop(0) if self.script else self.then
            thread = threading.Thread(target=self._serve, args=(conn, act), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket, act: Act) -> None:
        conn.settimeout(5)
        try:
            if act.kind == "reset_before":
                # Wait until the request has arrived (peek: nothing is read), then reset. Resetting
                # at once races the client: it may see the reset while connecting (urllib3 then
                # reports a failed connection) or after sending; this way it is always after.
                conn.recv(1, socket.MSG_PEEK)
                _reset(conn)
                return
            request = _read_request(conn)
            if request is None:
                return
            request.act = act
            with self._lock:
                self.requests.append(request)
            if act.kind == "reset_after":
                _reset(conn)
                return
            if act.kind == "stall":
                self._stop.wait(act.stall)
                return
            conn.sendall(_response_bytes(act, request.method))
        except OSError:
            pass  # the client went away (it timed out): nothing to do
        finally:
            try:
                conn.close()
            except OSError:
                pass


def _reset(conn: socket.socket) -> None:
    """Close with an RST instead of a FIN (SO_LINGER on, zero timeout)."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _read_request(conn: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > 1 << 20:
            return None
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length") or 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    return Received(method, target.split("?")[0], headers, body[:length])


def _response_bytes(act: Act, method: str) -> bytes:
    reasons = {
        200: "OK",
        201: "Created",
        202: "Accepted",
        204: "No Content",
        429: "Too Many Requests",
        500: "Internal Server Error",
        502: "Bad Gateway",
        503: "Service Unavailable",
        504: "Gateway Timeout",
    }
    length = act.declared_length if act.declared_length is not None else len(act.body)
    lines = [f"HTTP/1.1 {act.status} {reasons.get(act.status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in act.headers]
    if act.status != 204:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    if method == "HEAD" or act.status == 204:
        return head
    return head + act.body


def refused_port() -> socket.socket:
    """A socket bound on 127.0.0.1 but not listening: connecting to its port is refused.

    Keep it open while the test runs (the port stays reserved), close it after.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock
