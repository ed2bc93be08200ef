"""HubFake: the five job servers, faked in memory, on one loopback port.

One HTTP server (a background thread, 127.0.0.1, a free port) serves the five systems under their
own prefix: ``http://127.0.0.1:<port>/hub``, ``/agave``, ``/sahara``, ``/kubernetes``, ``/gaffer``.
Every request goes through the same steps:

1. it is recorded (:attr:`HubFake.requests`);
2. it is routed to an operation of openapi.yaml and checked against it (parameters, Content-Type,
   body). A request the spec forbids is answered 400 in the system's own error shape, and the
   violation is recorded: :meth:`HubFake.check`, the context manager's exit and the pytest fixture
   raise it, so the test fails even if the code under test swallowed the 400;
3. its credentials are checked as the system does (Hub 403, Agave/Sahara/Kubernetes 401,
   Gaffer 401 missing / 403 wrong);
4. a fault injected by the test (:meth:`HubFake.inject`) applies: a status, a delay, or a dropped
   connection;
5. the system's in-memory state handles it, and the answer is checked against openapi.yaml too (a
   violation there is recorded the same way: it means the fake, or a job seeded by the test, is
   wrong).
"""

from __future__ import annotations

import fnmatch
import socket
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Literal, overload
from urllib.parse import parse_qs, parse_qsl, urlsplit

from stencila_hub.testing._base import Call, DropConnection, Reply, SystemState
from stencila_hub.testing.agave import FakeAgave
from stencila_hub.testing.gaffer import FakeGaffer
from stencila_hub.testing.hub import FakeHub
from stencila_hub.testing.keystone import FakeKeystone
from stencila_hub.testing.kubernetes import FakeKubernetes
from stencila_hub.testing.sahara import FakeSahara
from stencila_hub.testing.spec import SYSTEMS, system_spec
from stencila_hub.testing.tokens import TokenIssuer

#: Services the fake serves besides the five systems: token endpoints only, not in openapi.yaml.
TOKEN_SERVICES = ("keystone",)

if TYPE_CHECKING:
    from stencila_hub.api.agave_jobs_api import AgaveJobsApi
    from stencila_hub.api.batch_v1_api import BatchV1Api
    from stencila_hub.api.data_processing_jobs_api import DataProcessingJobsApi
    from stencila_hub.api.gaffer_jobs_api import GafferJobsApi
    from stencila_hub.api.jobs_api import JobsApi
    from stencila_hub.configuration import Configuration

System = Literal["hub", "agave", "sahara", "kubernetes", "gaffer"]

API_CLASSES = {
    "hub": "JobsApi",
    "agave": "AgaveJobsApi",
    "sahara": "DataProcessingJobsApi",
    "kubernetes": "BatchV1Api",
    "gaffer": "GafferJobsApi",
}


@dataclass(frozen=True)
class Violation:
    """A request or response that openapi.yaml does not allow (or a failure of the fake itself)."""

    system: str
    direction: str  # "request", "response" or "fake"
    method: str
    path: str
    operation_id: str | None
    message: str

    def __str__(self) -> str:
        op = self.operation_id or "no operation"
        return f"{self.system}: {self.method} {self.path} ({op}): {self.direction}: {self.message}"


class SpecViolationError(AssertionError):
    """Raised when the fake saw traffic that openapi.yaml does not allow."""

    def __init__(self, violations: Iterable[Violation]) -> None:
        self.violations = list(violations)
        lines = "\n".join(f"  - {v}" for v in self.violations)
        super().__init__(f"{len(self.violations)} violation(s) of openapi.yaml:\n{lines}")


@dataclass
class Fault:
    """A fault the fake applies to the next ``times`` requests matching system, method and path.

    :param path: the system-relative path (``/jobs/7/``, no query), or a glob (``/jobs/*``).
    :param status: answer this status (with a body in the system's error shape, or *body*).
    :param delay: hold the answer back this many seconds (the request is handled first).
    :param drop: close the connection without answering.
    :param processed: with *status* or *drop*: carry the request out first (the server acted on
        it, then the answer was lost or replaced); by default it is not carried out.
    """

    system: str
    path: str = "*"
    method: str | None = None
    status: int | None = None
    delay: float = 0.0
    drop: bool = False
    times: int = 1
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    processed: bool = False
    hits: int = 0

    @property
    def remaining(self) -> int:
        return self.times - self.hits

    def matches(self, system: str, method: str, path: str) -> bool:
        return (
            self.remaining > 0
            and system == self.system
            and (self.method is None or self.method.upper() == method)
            and fnmatch.fnmatchcase(path, self.path)
        )


@dataclass
class RecordedRequest:
    """A request the fake received, and the status it answered (None: the connection dropped)."""

    system: str
    method: str
    path: str  # system-relative, percent-encoding kept, no query
    query: dict[str, list[str]]
    headers: dict[str, str]  # names lower-cased
    body: bytes
    operation_id: str | None = None
    status: int | None = None
    fault: Fault | None = None


@dataclass
class _Outcome:
    reply: Reply | None  # None: drop the connection
    delay: float = 0.0


class HubFake:
    """In-memory fakes of the job endpoints of the Hub, Agave, Sahara, Kubernetes and Gaffer.

    Use it as a context manager (or :meth:`start` / :meth:`stop`)::

        with HubFake() as fake:
            job_id = fake.hub.add_job(status="WAITING")
            jobs = JobsApi(ApiClient(fake.configuration("hub")))
            jobs.jobs_partial_update(job_id, InlineObject4(status="RUNNING"))
            assert fake.hub.job(job_id)["status"] == "RUNNING"

    On exit it raises :class:`SpecViolationError` if any request or response broke openapi.yaml.

    :param advance_on_read: jobs move one step on each time a client reads them (the default);
        with False they move only when :meth:`advance` is called.
    :param tokens: the credential each system accepts, by system name (default: random ones; read
        them with :meth:`token`, or just use :meth:`configuration`).
    :param gaffer_require_key: Gaffer checks ``X-Api-Key`` (as gafferd with a config file).
    :param clock: wall-clock seconds (``time.time``) for the tokens the fake issues; a test
        passes a virtual clock (the same one its credential providers use) to make hours pass.
    :param token_lifetime: seconds an issued token is valid (Agave's ``/token``, Keystone's
        ``/v3/auth/tokens``, :meth:`issue_token`); ``None``: until :meth:`expire_tokens`. The
        static tokens of :meth:`token` never expire.
    """

    def __init__(
        self,
        *,
        advance_on_read: bool = True,
        tokens: Mapping[str, str] | None = None,
        gaffer_require_key: bool = True,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
        token_lifetime: float | None = 3600.0,
    ) -> None:
        import secrets

        self.advance_on_read = advance_on_read
        self.lock = threading.RLock()
        self._tokens = {s: f"fake-{s}-{secrets.token_hex(8)}" for s in SYSTEMS}
        self._tokens.update(tokens or {})
        self.hub = FakeHub(self)
        self.agave = FakeAgave(self)
        self.sahara = FakeSahara(self)
        self.kubernetes = FakeKubernetes(self)
        self.gaffer = FakeGaffer(self, require_key=gaffer_require_key)
        self.tokens = TokenIssuer(clock, token_lifetime)
        self.keystone = FakeKeystone(self)
        self._states: dict[str, SystemState] = {
            "hub": self.hub,
            "agave": self.agave,
            "sahara": self.sahara,
            "kubernetes": self.kubernetes,
            "gaffer": self.gaffer,
        }
        self._host, self._port = host, port
        self._faults: list[Fault] = []
        self._violations: list[Violation] = []
        self._requests: list[RecordedRequest] = []
        self._clients: list[Any] = []
        self._async_clients: list[Any] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> HubFake:
        """Load openapi.yaml (once per process) and start serving."""
        if self._server is not None:
            return self
        for system in SYSTEMS:
            system_spec(system)._get_validators()  # fail now, not in the first request
        self._server = _Server((self._host, self._port), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="stencila_hub-fake", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the clients made by :meth:`api`. Violations are kept."""
        for client in self._clients:
            client.close()
        self._clients.clear()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.close_connections()
            server.server_close()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def __enter__(self) -> HubFake:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
        self.check()

    # -- where and how to call it --------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Serving (started and not stopped): a long answer (a watch stream) ends when not."""
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the fake is not started")
        return self._server.server_address[1]

    def url(self, system: str) -> str:
        """The base URL of *system*, e.g. ``http://127.0.0.1:40123/agave``."""
        _check_system(system)
        return f"http://127.0.0.1:{self.port}/{system}"

    def token(self, system: str) -> str:
        """The credential *system* accepts."""
        _check_system(system)
        return self._tokens[system]

    def issue_token(self, system: str, lifetime: float | None = None) -> str:
        """A new token that *system* accepts for *lifetime* seconds of the fake's clock (default:
        ``token_lifetime``), as a token endpoint would issue it: for a token file or an exec
        plugin in a test."""
        _check_system(system)
        return self.tokens.issue(system, lifetime)[0]

    def expire_tokens(self, system: str) -> int:
        """Every token issued for *system* (Agave's ``/token``, Keystone for ``"sahara"``,
        :meth:`issue_token`) is refused from now on, as if it had expired; how many were valid.
        The static :meth:`token` keeps working."""
        _check_system(system)
        return self.tokens.expire(system)

    def configuration(self, system: str, **overrides: Any) -> Configuration:
        """A ready Configuration for *system*: host and credentials; *overrides* go to it too
        (e.g. ``retries=RetryPolicy(initial_delay=0.01)``, ``timeout=2``)."""
        from stencila_hub.configuration import Configuration

        token = self.token(system)
        auths: dict[str, dict[str, Any]] = {
            "hub": {"api_key": {"Token": token}, "api_key_prefix": {"Token": "Token"}},
            "agave": {"access_token": token},
            "sahara": {"api_key": {"KeystoneToken": token}},
            "kubernetes": {
                "api_key": {"BearerToken": token},
                "api_key_prefix": {"BearerToken": "Bearer"},
            },
            "gaffer": {"api_key": {"GafferApiKey": token}},
        }
        auth = auths[system]
        return Configuration(host=self.url(system), **{**auth, **overrides})

    @overload
    def api(self, system: Literal["hub"], **overrides: Any) -> JobsApi: ...
    @overload
    def api(self, system: Literal["agave"], **overrides: Any) -> AgaveJobsApi: ...
    @overload
    def api(self, system: Literal["sahara"], **overrides: Any) -> DataProcessingJobsApi: ...
    @overload
    def api(self, system: Literal["kubernetes"], **overrides: Any) -> BatchV1Api: ...
    @overload
    def api(self, system: Literal["gaffer"], **overrides: Any) -> GafferJobsApi: ...
    @overload
    def api(self, system: str, **overrides: Any) -> Any: ...

    def api(self, system: str, **overrides: Any) -> Any:
        """The Api class of *system* on a client of :meth:`configuration` (closed by stop)."""
        import stencila_hub

        client = stencila_hub.ApiClient(self.configuration(system, **overrides))
        self._clients.append(client)
        return getattr(stencila_hub, API_CLASSES[system])(client)

    def async_api(self, system: str, **overrides: Any) -> Any:
        """The async Api class of *system* (``stencila_hub.aio``) on an AsyncApiClient of
        :meth:`configuration`. The fake is a real server, so async clients talk to it as sync
        ones do. Close the client in its event loop (``await api.api_client.close()``, or
        :meth:`aclose`): :meth:`stop` cannot await it."""
        from stencila_hub import aio

        client = aio.AsyncApiClient(self.configuration(system, **overrides))
        self._async_clients.append(client)
        return getattr(aio, API_CLASSES[system])(client)

    async def aclose(self) -> None:
        """Close the async clients made by :meth:`async_api` (in the running event loop)."""
        clients, self._async_clients = self._async_clients, []
        for client in clients:
            await client.close()

    # -- what the test controls and reads -------------------------------------------------------

    def inject(
        self,
        system: str,
        path: str = "*",
        *,
        method: str | None = None,
        status: int | None = None,
        delay: float = 0.0,
        drop: bool = False,
        times: int = 1,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        processed: bool = False,
    ) -> Fault:
        """Make the next *times* requests to *path* of *system* fail (see :class:`Fault`).

        Examples: ``inject("hub", "/jobs/7/", status=503, times=2)``;
        ``inject("agave", "/jobs/v2/*/status", drop=True)``;
        ``inject("kubernetes", "*", delay=1.5)``.
        """
        _check_system(system)
        if status is None and not drop and not delay:
            raise ValueError("a fault needs a status, a delay or drop=True")
        if times < 1:
            raise ValueError("times must be >= 1")
        fault = Fault(
            system, path, method, status, delay, drop, times, body, dict(headers or {}), processed
        )
        with self.lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def advance(self, system: str | None = None, steps: int = 1) -> None:
        """Move every scripted job (of *system*, or of all) *steps* steps on."""
        with self.lock:
            for _ in range(steps):
                for name, state in self._states.items():
                    if system is None or system == name:
                        state.advance()

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, oldest first."""
        with self.lock:
            return list(self._requests)

    def requests_to(self, system: str, operation_id: str | None = None) -> list[RecordedRequest]:
        return [
            r
            for r in self.requests
            if r.system == system and (operation_id is None or r.operation_id == operation_id)
        ]

    @property
    def violations(self) -> list[Violation]:
        with self.lock:
            return list(self._violations)

    def take_violations(self) -> list[Violation]:
        """The violations so far, forgotten (for a test that sends a bad request on purpose)."""
        with self.lock:
            taken, self._violations = self._violations, []
            return taken

    def check(self) -> None:
        """Raise :class:`SpecViolationError` if any traffic broke openapi.yaml."""
        violations = self.violations
        if violations:
            raise SpecViolationError(violations)

    # -- the request pipeline --------------------------------------------------------------------

    def _violation(self, record: RecordedRequest, direction: str, message: str) -> None:
        self._violations.append(
            Violation(
                record.system, direction, record.method, record.path, record.operation_id, message
            )
        )

    def _dispatch(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> _Outcome:
        parts = urlsplit(target)
        system, _, rest = parts.path.lstrip("/").partition("/")
        path = "/" + rest
        query = parse_qsl(parts.query, keep_blank_values=True)
        lower = {k.lower(): v for k, v in headers.items()}
        with self.lock:
            record = RecordedRequest(
                system, method, path, parse_qs(parts.query, keep_blank_values=True), lower, body
            )
            self._requests.append(record)
            token_outcome = self._token_endpoint(record, lower)
            if token_outcome is not None:
                return token_outcome
            state = self._states.get(system)
            if state is None:
                self._violation(
                    record,
                    "request",
                    f"no system at /{system}; the fake serves {', '.join(SYSTEMS)}",
                )
                return _Outcome(Reply(404, b"unknown system", "text/plain"))
            spec = system_spec(system)
            route, params, other_method = spec.route(method, path)
            if route is not None:
                record.operation_id = route.operation_id
            fault = next((f for f in self._faults if f.matches(system, method, path)), None)
            if fault is not None:
                fault.hits += 1
                record.fault = fault

            reply = self._handle(
                record, state, route, params, other_method, query, headers, lower, body, fault
            )
            if fault is not None and (fault.status is not None or fault.drop):
                if fault.drop:
                    return _Outcome(None, fault.delay)
                assert fault.status is not None
                reply = state.error(fault.status, f"fault injected by the test ({fault.status})")
                if fault.body is not None:
                    reply.body = fault.body
                reply.headers.update(fault.headers)
                reply.checked = False
            elif route is not None and reply.checked:
                reply_headers = dict(reply.headers)
                if reply.content_type:
                    reply_headers["Content-Type"] = reply.content_type
                for error in spec.response_errors(
                    route, params, reply.status, reply.content_type, reply.body, reply_headers
                ):
                    self._violation(record, "response", error)
            record.status = reply.status
            return _Outcome(reply, max(fault.delay if fault is not None else 0.0, reply.delay))

    def _token_endpoint(self, record: RecordedRequest, headers: dict[str, str]) -> _Outcome | None:
        """The answer of a token endpoint (Agave's ``/token``, Keystone), with the test's faults;
        None for any other request."""
        if record.system == "keystone":
            reply = self.keystone.handle(record.method, record.path, record.body)
        elif record.system == "agave" and record.path == "/token":
            reply = self.agave.token_endpoint(record.method, record.path, headers, record.body)
        else:
            return None
        if reply is None:
            reply = Reply(404, b"no such token endpoint", "text/plain")
            self._violation(record, "request", "no such token endpoint")
        record.operation_id = "token"
        fault = next(
            (f for f in self._faults if f.matches(record.system, record.method, record.path)), None
        )
        if fault is not None:
            fault.hits += 1
            record.fault = fault
            if fault.drop:
                return _Outcome(None, fault.delay)
            if fault.status is not None:
                reply = Reply(
                    fault.status, fault.body or b"{}", "application/json", dict(fault.headers)
                )
        record.status = reply.status
        return _Outcome(reply, fault.delay if fault is not None else 0.0)

    def _handle(
        self,
        record: RecordedRequest,
        state: SystemState,
        route: Any,
        params: dict[str, str],
        other_method: bool,
        query: list[tuple[str, str]],
        headers: Mapping[str, str],
        lower: dict[str, str],
        body: bytes,
        fault: Fault | None,
    ) -> Reply:
        if route is None:
            what = "method not allowed on this path" if other_method else "no such path"
            self._violation(record, "request", f"openapi.yaml has no such operation ({what})")
            if other_method:
                reply = state.not_allowed(record.method, record.path)
            else:
                reply = state.error(
                    404, f"no operation of openapi.yaml for {record.method} {record.path}"
                )
            reply.checked = False
            return reply
        errors = system_spec(record.system).request_errors(route, params, query, headers, body)
        if errors:
            for error in errors:
                self._violation(record, "request", error)
            reply = state.invalid(
                f"request does not match openapi.yaml ({route.operation_id}): {'; '.join(errors)}"
            )
            reply.checked = False
            return reply
        call = Call(
            record.system,
            route.operation_id,
            record.method,
            record.path,
            params,
            record.query,
            self.tokens.admit(record.system, lower, self._tokens[record.system]),
            body,
        )
        denied = state.authenticate(call)
        if denied is not None:
            return denied
        if fault is not None and (fault.status is not None or fault.drop) and not fault.processed:
            return Reply(0)  # replaced by the fault's answer
        try:
            return state.handle(call)
        except Exception:  # a bug of the fake: fail the test loudly
            self._violation(record, "fake", traceback.format_exc(limit=5))
            reply = state.error(500, "the fake failed; see the violation")
            reply.checked = False
            return reply


def _check_system(system: str) -> None:
    if system not in SYSTEMS and system not in TOKEN_SERVICES:
        raise ValueError(f"unknown system {system!r}; one of {', '.join(SYSTEMS)}")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # The head and the body go out in two writes: with Nagle's algorithm on, the body waits for
    # the client's delayed ACK of the head (40 ms on Linux) on a reused connection.
    disable_nagle_algorithm = True
    timeout = 30  # an idle keep-alive connection is closed after this
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _respond(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        outcome = self.server.fake._dispatch(
            self.command, self.path, dict(self.headers.items()), body
        )
        if outcome.delay:
            time.sleep(outcome.delay)
        reply = outcome.reply
        if reply is None:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        try:
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.stream is not None:
                self._write_stream(reply.stream)
                return
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a timeout test)

    def _write_stream(self, chunks: Iterable[bytes]) -> None:
        """Each chunk as it comes, chunked framing; a DropConnection cuts the connection."""
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for chunk in chunks:
                if chunk:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except DropConnection:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _respond


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], fake: HubFake) -> None:
        self.fake = fake
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """End the keep-alive connections still open (their threads then close them)."""
        with self._connections_lock:
            connections = list(self._connections)
        for sock in connections:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away mid-request (timeout tests): nothing to report
