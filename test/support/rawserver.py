"""The raw-socket HTTP/1.1 server on 127.0.0.1, plain or TLS, for tests whose server misbehaves
on purpose. (test/support/servers.py has the well-behaved ones.)

``http.server`` always reads a whole request and answers with a whole response. The fault and
hostile tests need the opposite: reset at any byte, stall, drip bytes, cut a body short, write
garbage where a TLS record belongs, answer forever. So a test passes a *handler*, a function of one
:class:`Conn`, and the handler does whatever it wants with the connection (``conn.index`` says
which connection it is, from 0). :class:`FaultServer` is the scripted form: one :class:`Act` per
connection (answer, reset before or after reading the request, stall), one request each.

TLS goes through :class:`ssl.SSLObject` over memory BIOs instead of an ``SSLSocket``: the handler
can then write encrypted bytes (``conn.send``) and raw bytes past the TLS layer
(``conn.send_raw``: garbage, a forged record, a plaintext alert) on the same connection.

Everything is bounded, so a transport that hangs makes a test fail, never the suite hang:

* every socket has a timeout (:data:`SOCKET_TIMEOUT`);
* the accept loop ends by itself after ``lifetime`` seconds, or at once on ``close()``;
* every endless behaviour (drip, endless body, endless ``100 Continue``, a stall) stops at
  :data:`ENDLESS_CAP_SECONDS` (a stall at its own time), when the client goes away, or when the
  server closes;
* a keep-alive loop serves at most :data:`MAX_REQUESTS_PER_CONNECTION` requests.
"""

from __future__ import annotations

import json
import selectors
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

#: Every socket read or write waits at most this long.
SOCKET_TIMEOUT = 5.0
#: An endless behaviour (drip, endless body, 100 Continue) stops after this many seconds; longer
#: than any bound a test asserts, so a client that does not stop by itself fails the test.
ENDLESS_CAP_SECONDS = 6.0
#: A keep-alive connection serves at most this many requests.
MAX_REQUESTS_PER_CONNECTION = 100_000
#: An endless body stops after this many bytes (a client that reads it all fails its test).
ENDLESS_CAP_BYTES = 96 * 1024 * 1024

REASONS = {
    100: "Continue",
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class ClientGone(Exception):
    """The client closed or reset the connection (or the server is closing)."""


@dataclass
class Request:
    method: str
    target: str  # as sent: origin form (/path?q) or absolute form (http://host/path) via a proxy
    version: str
    headers: list[tuple[str, str]]
    body: bytes
    connection: int = -1  # index of the connection it came on

    @property
    def path(self) -> str:
        return urlsplit(self.target).path if "://" in self.target else self.target.split("?")[0]

    def header(self, name: str, default: str | None = None) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return default

    @property
    def header_names(self) -> list[str]:
        return [k.lower() for k, _ in self.headers]

    @property
    def wants_close(self) -> bool:
        return (self.header("connection") or "").lower() == "close"


class Conn:
    """One accepted connection. Plain, or TLS through an SSLObject (see the module docstring)."""

    def __init__(
        self,
        server: RawServer,
        sock: socket.socket,
        index: int,
        tls: ssl.SSLContext | None,
    ) -> None:
        self.server = server
        self.sock = sock
        self.index = index
        self.stop = server.stop
        self.sent = 0  # application bytes sent
        self._buffer = b""
        self.tls: ssl.SSLObject | None = None
        if tls is not None:
            self._incoming = ssl.MemoryBIO()
            self._outgoing = ssl.MemoryBIO()
            self.tls = tls.wrap_bio(self._incoming, self._outgoing, server_side=True)

    # -- bytes in and out ----------------------------------------------------------------------

    def _recv_raw(self, size: int = 65536) -> bytes:
        if self.stop.is_set():
            raise ClientGone("server closing")
        try:
            data = self.sock.recv(size)
        except (TimeoutError, OSError) as err:
            raise ClientGone(str(err)) from err
        return data

    def send_raw(self, data: bytes) -> None:
        """Bytes straight onto the socket (past TLS, if any)."""
        try:
            self.sock.sendall(data)
        except OSError as err:
            raise ClientGone(str(err)) from err

    def flush(self) -> None:
        """Put onto the socket what the TLS layer has written (records, alerts), if any."""
        if self.tls is not None:
            pending = self._outgoing.read()
            if pending:
                self.send_raw(pending)

    def handshake(self) -> None:
        """The TLS handshake (nothing for a plain connection)."""
        if self.tls is None:
            return
        while True:
            try:
                self.tls.do_handshake()
                self.flush()
                return
            except ssl.SSLWantReadError:
                self.flush()
                data = self._recv_raw()
                if not data:
                    raise ClientGone("EOF during the handshake") from None
                self._incoming.write(data)
            except ssl.SSLError as err:
                self.flush()  # the alert the server sends about it
                raise ClientGone(f"handshake failed: {err}") from err

    def recv(self, size: int = 65536) -> bytes:
        """Application bytes (decrypted); b"" when the client closed."""
        if self.tls is None:
            return self._recv_raw(size)
        while True:
            try:
                data = self.tls.read(size)
                self.flush()
                return data
            except ssl.SSLWantReadError:
                self.flush()
                raw = self._recv_raw()
                if not raw:
                    return b""
                self._incoming.write(raw)
            except ssl.SSLZeroReturnError:
                return b""
            except ssl.SSLError as err:
                self.flush()
                raise ClientGone(f"TLS error: {err}") from err

    def send(self, data: bytes) -> None:
        """Application bytes (encrypted when TLS)."""
        self.sent += len(data)
        if self.tls is None:
            self.send_raw(data)
            return
        view = memoryview(data)
        while view:
            written = self.tls.write(view[:16384])
            view = view[written:]
            self.flush()

    # -- HTTP ----------------------------------------------------------------------------------

    def _fill(self) -> None:
        data = self.recv()
        if not data:
            raise ClientGone("EOF")
        self._buffer += data
        if len(self._buffer) > 8 << 20:
            raise ClientGone("request too large")

    def read_head(self) -> Request | None:
        """The request line and headers (the body not read); None if the client closed first."""
        while b"\r\n\r\n" not in self._buffer:
            try:
                self._fill()
            except ClientGone:
                return None
        head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, version = lines[0].split(" ", 2)
        headers = []
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers.append((name.strip(), value.strip()))
        return Request(method, target, version, headers, b"", self.index)

    def read_body(self, request: Request) -> bool:
        """Read the body that *request* announces; False if the client went away first."""
        length = int(request.header("content-length") or 0)
        try:
            while len(self._buffer) < length:
                self._fill()
        except ClientGone:
            return False
        request.body, self._buffer = self._buffer[:length], self._buffer[length:]
        return True

    def read_request(self) -> Request | None:
        """One whole request, recorded on the server (counted); None if the client closed."""
        request = self.read_head()
        if request is None or not self.read_body(request):
            return None
        self.server.record(request)
        return request

    def requests(self, limit: int = MAX_REQUESTS_PER_CONNECTION) -> Iterable[Request]:
        """Keep-alive: each request in turn, until the client closes (at most *limit*)."""
        for _ in range(limit):
            request = self.read_request()
            if request is None:
                return
            yield request
            if request.wants_close:
                return

    # -- misbehaving -----------------------------------------------------------------------------

    def reset(self) -> None:
        """Close with an RST instead of a FIN (SO_LINGER on, zero timeout)."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()

    def peek(self) -> None:
        """Wait until the client has sent something, reading none of it."""
        try:
            self.sock.recv(1, socket.MSG_PEEK)
        except OSError as err:
            raise ClientGone(str(err)) from err

    def drip(self, data: bytes, interval: float = 0.2, cap: float = ENDLESS_CAP_SECONDS) -> None:
        """Send *data* one byte per *interval* seconds (cycling through it), until *cap* seconds
        have passed, the client goes away or the server closes."""
        end = time.monotonic() + cap
        i = 0
        while time.monotonic() < end and not self.stop.is_set():
            self.send(data[i % len(data) : i % len(data) + 1])
            i += 1
            self.stop.wait(interval)

    def send_forever(
        self,
        chunk: bytes,
        chunked: bool = False,
        cap_bytes: int = ENDLESS_CAP_BYTES,
        cap: float = ENDLESS_CAP_SECONDS,
    ) -> None:
        """Send *chunk* again and again (as a chunk of chunked coding, with *chunked*), until the
        caps, the client goes away or the server closes."""
        if chunked:
            chunk = b"%x\r\n%s\r\n" % (len(chunk), chunk)
        end = time.monotonic() + cap
        sent = 0
        while sent < cap_bytes and time.monotonic() < end and not self.stop.is_set():
            self.send(chunk)
            sent += len(chunk)

    def wait(self, seconds: float = ENDLESS_CAP_SECONDS) -> None:
        """Stall (until *seconds* pass or the server closes)."""
        self.stop.wait(seconds)


Handler = Callable[[Conn], None]


class RawServer:
    """``with RawServer(handler) as srv:`` then ``srv.url``, ``srv.connections``,
    ``srv.requests``.

    *handler* runs once per accepted connection, in a thread of its own; the connection is closed
    when it returns. ``tls``: a server-side SSLContext (the handler must call ``conn.handshake()``,
    which :func:`serve` does). ``listening=False`` refuses connections until :meth:`listen`.
    """

    def __init__(
        self,
        handler: Handler,
        *,
        tls: ssl.SSLContext | None = None,
        lifetime: float = 30.0,
        host: str = "127.0.0.1",
        listening: bool = True,
    ) -> None:
        self.handler = handler
        self.tls = tls
        self.lifetime = lifetime
        self.stop = threading.Event()
        self.connections = 0
        self.requests: list[Request] = []
        self.errors: list[BaseException] = []  # unexpected exceptions in handlers
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, 0))
        self.port = self._sock.getsockname()[1]
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []
        self._open: dict[int, socket.socket] = {}  # accepted sockets not closed yet, by index
        self._accepting: threading.Thread | None = None
        self._listening = listening

    def url_for(self, host: str) -> str:
        return self.url.replace("127.0.0.1", host)

    def __enter__(self) -> RawServer:
        if self._listening:
            self.listen()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def listen(self) -> None:
        self._sock.listen(64)
        self._sock.settimeout(0.05)
        self._accepting = threading.Thread(target=self._accept_loop, daemon=True)
        self._accepting.start()

    def close(self) -> None:
        self.stop.set()
        if self._accepting is not None:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self._accepting.join(2)
        self._sock.close()
        with self._lock:
            threads = list(self._threads)
            accepted = list(self._open.values())
        for sock in accepted:  # wakes handlers blocked in recv (a keep-alive connection)
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in threads:
            thread.join(2)

    def record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self.requests)

    def _accept_loop(self) -> None:
        deadline = time.monotonic() + self.lifetime
        while not self.stop.is_set() and time.monotonic() < deadline:
            try:
                sock, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                index = self.connections
                self.connections += 1
                self._open[index] = sock
                thread = threading.Thread(target=self._serve, args=(sock, index), daemon=True)
                self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()

    def _serve(self, sock: socket.socket, index: int) -> None:
        sock.settimeout(SOCKET_TIMEOUT)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = Conn(self, sock, index, self.tls)
        try:
            self.handler(conn)
        except ClientGone:
            pass
        except OSError:
            pass  # a reset closed the socket under the handler, or the client went away
        except BaseException as err:  # noqa: BLE001 (shown by the test that owns the server)
            with self._lock:
                self.errors.append(err)
        finally:
            with self._lock:
                self._open.pop(index, None)
            try:
                sock.close()
            except OSError:
                pass


# -- responses -------------------------------------------------------------------------------------


def head(status: int, headers: Sequence[tuple[str, str]] = ()) -> bytes:
    """A status line and header block, with the blank line that ends it."""
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def response(
    status: int = 200,
    body: Any = b"{}",
    headers: Sequence[tuple[str, str]] = (),
    content_type: str | None = "application/json",
    close: bool = False,
) -> bytes:
    """A whole response with Content-Length (JSON when *body* is not bytes)."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    all_headers = [("Content-Type", content_type)] if content_type else []
    all_headers += list(headers) + [("Content-Length", str(len(raw)))]
    if close:
        all_headers.append(("Connection", "close"))
    return head(status, all_headers) + raw


def chunked(body: bytes, size: int = 7) -> bytes:
    """*body* in chunked transfer coding, *size* bytes a chunk, with the last chunk."""
    out = b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size])
        for i in range(0, len(body), size)
    )
    return out + b"0\r\n\r\n"


def serve(answer: Callable[[Request], bytes | None]) -> Handler:
    """A keep-alive handler: TLS handshake if any, then ``answer(request)`` for each request
    (``None``: close the connection without answering)."""

    def handler(conn: Conn) -> None:
        conn.handshake()
        for request in conn.requests():
            data = answer(request)
            if data is None:
                return
            conn.send(data)

    return handler


def agave_job(job_id: str, **extra: Any) -> dict[str, Any]:
    """A minimal Agave envelope around a job with *job_id*: what ``AgaveJobsApi.get`` decodes."""
    return {
        "status": "success",
        "message": None,
        "version": "2.2.14",
        "result": {"id": job_id, "name": "hostile", "status": "RUNNING", **extra},
    }


def echo_agave_job(request: Request) -> bytes:
    """The Agave job whose id is the last path segment: each answer echoes its request's id."""
    job_id = request.path.rstrip("/").rsplit("/", 1)[-1]
    return response(200, agave_job(job_id), close=request.wants_close)


# -- a forward proxy -------------------------------------------------------------------------------


@dataclass
class ForwardProxy:
    """A tiny forward proxy on 127.0.0.1: records each request line as it came (absolute form,
    or ``CONNECT host:port``), forwards it to the origin and relays the answer; one request per
    connection (it answers ``Connection: close``)."""

    lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.server = RawServer(self._handle)
        self.url = self.server.url

    def __enter__(self) -> ForwardProxy:
        self.server.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.close()

    def _handle(self, conn: Conn) -> None:
        request = conn.read_request()
        if request is None:
            return
        self.lines.append(f"{request.method} {request.target} {request.version}")
        if request.method == "CONNECT":
            host, _, port = request.target.rpartition(":")
            upstream = socket.create_connection((host, int(port)), timeout=SOCKET_TIMEOUT)
            with upstream:
                conn.send_raw(b"HTTP/1.1 200 Connection established\r\n\r\n")
                _relay(conn.sock, upstream, conn.stop)
            return
        parts = urlsplit(request.target)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        lines = [f"{request.method} {target or '/'} HTTP/1.1"]
        lines += [
            f"{k}: {v}"
            for k, v in request.headers
            if k.lower() not in ("connection", "proxy-connection", "proxy-authorization")
        ]
        lines.append("Connection: close")
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + request.body
        upstream = socket.create_connection(
            (parts.hostname, parts.port or 80), timeout=SOCKET_TIMEOUT
        )
        with upstream:
            upstream.sendall(data)
            answer = b""
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                answer += chunk
        conn.send_raw(answer)


def _relay(a: socket.socket, b: socket.socket, stop: threading.Event) -> None:
    """Copy bytes both ways until either side closes (bounded by the endless cap)."""
    end = time.monotonic() + ENDLESS_CAP_SECONDS
    with selectors.DefaultSelector() as selector:
        selector.register(a, selectors.EVENT_READ, b)
        selector.register(b, selectors.EVENT_READ, a)
        while time.monotonic() < end and not stop.is_set():
            for key, _ in selector.select(0.05):
                data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                if not data:
                    return
                key.data.sendall(data)


# -- a scripted server: one act per connection ---------------------------------------------------

#: What a stalled answer waits for at most (the client's read timeout in the suite is far shorter).
STALL_SECONDS = 3.0


@dataclass(frozen=True)
class Act:
    """What the server does with one connection.

    kind: ``answer`` (status, headers, body; ``declared_length`` overrides Content-Length),
    ``reset_before`` (RST once the request has arrived, without reading any of it), ``reset_after``
    (read the request, then RST), ``stall`` (read the request, answer nothing until ``stall``
    seconds pass, then close).
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


class FaultServer(RawServer):
    """``with FaultServer([Act(...), ...], then=answer(...)) as srv:`` then ``srv.url``.

    Connection *i* plays ``script[i]`` (``then`` past the script's end), serves at most one request
    and is closed; :meth:`act_for` says what the server did with a request. ``listening=False``
    refuses connections until :meth:`listen` (a server that comes up while the client retries).
    """

    def __init__(
        self,
        script: Sequence[Act] = (),
        then: Act | None = None,
        *,
        listening: bool = True,
        lifetime: float = 30.0,
    ) -> None:
        self.script = list(script)
        self.then = then if then is not None else answer()
        super().__init__(self._play, lifetime=lifetime, listening=listening)

    def act_for(self, request: Request) -> Act:
        index = request.connection
        return self.script[index] if index < len(self.script) else self.then

    @property
    def methods(self) -> list[str]:
        return [r.method for r in self.requests]

    def _play(self, conn: Conn) -> None:
        act = self.script[conn.index] if conn.index < len(self.script) else self.then
        if act.kind == "reset_before":
            # Wait until the request has arrived, then reset. Resetting at once races the client:
            # it may see the reset while connecting (urllib3 then reports a failed connection) or
            # after sending; this way it is always after.
            conn.peek()
            conn.reset()
            return
        request = conn.read_request()
        if request is None:
            return
        if act.kind == "reset_after":
            conn.reset()
        elif act.kind == "stall":
            conn.wait(act.stall)
        else:
            conn.send(_act_bytes(act, request.method))


def _act_bytes(act: Act, method: str) -> bytes:
    length = act.declared_length if act.declared_length is not None else len(act.body)
    headers = list(act.headers)
    if act.status != 204:
        headers.append(("Content-Length", str(length)))
    headers.append(("Connection", "close"))
    data = head(act.status, headers)
    return data if method == "HEAD" or act.status == 204 else data + act.body
