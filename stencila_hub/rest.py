"""One HTTP exchange over urllib3, and the facts the retry policy needs about it.

Hand-written (see .openapi-generator-ignore). :meth:`RESTClientObject.request` sends one request
(following redirects) and reads its answer; it never retries: the loop is in
:mod:`stencila_hub.api_client`, the rules in :mod:`stencila_hub.retry`. urllib3 does the pooling,
TLS and decompression through its public API; this module adds only what urllib3 cannot express:

* **Was anything written?** A connection class (urllib3's ``ConnectionCls`` hook) notes when the
  first byte of a request goes to the socket. That fact, not the exception's class, decides whether
  a failed POST may have reached the server (:func:`stencila_hub.retry.classify_failure`).
* **One deadline.** urllib3's timeouts are per socket operation: a server that drips a byte a
  second never trips them. A watchdog thread shuts the socket of an attempt down when the call's
  deadline passes, which ends any read in progress (margin: :data:`DEADLINE_MARGIN`).
* **Bounds.** Bodies are read in chunks up to a limit (urllib3 inflates at most what is asked
  for), redirect bodies are never drained past :data:`REDIRECT_BODY_LIMIT`.
* **Redirects** follow :mod:`stencila_hub.redirects`: urllib3's rules plus refusing https→http
  downgrades and dropping every credential header across origins. urllib3's own following cannot
  refuse a hop or bound what it drains, so each hop is one ``urlopen(redirect=False)``.
* **Pools by origin.** A direct request goes to the pool ``PoolManager.connection_from_host``
  gave for its origin, remembered by the origin's text, through ``HTTPConnectionPool.urlopen``:
  ``PoolManager.urlopen`` would parse the whole URL and look the pool up again on every call, the
  largest share of a loopback call's client time. A target that urllib3 would rewrite (characters
  it percent-encodes, dot segments) and every proxied request go through ``PoolManager.urlopen``.
* **Fork safety.** A forked child gets fresh pools (``os.register_at_fork``): parent and child
  never share a connection, so neither reads the other's answers.
* **Proxies** from ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/``NO_PROXY`` when
  ``Configuration.trust_env`` is true (read once, when the client is made), as requests and httpx
  do.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import ssl
import threading
import time
import traceback
import weakref
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import unquote, urlsplit

import certifi
import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ClosedPoolError, HTTPError, LocationParseError
from urllib3.util import make_headers, parse_url

from stencila_hub import redirects
from stencila_hub.exceptions import ApiValueError
from stencila_hub.retry import Failure, classify_failure, parse_retry_after

if TYPE_CHECKING:
    from stencila_hub.configuration import Configuration

#: How late past its deadline a call may end: the watchdog's polling step plus a little.
DEADLINE_MARGIN = 0.5
_WATCHDOG_STEP = 0.25
_WATCHDOG_IDLE = 30.0
#: A redirect body is read up to this many bytes (to reuse the connection); a longer one is dropped.
REDIRECT_BODY_LIMIT = 64 * 1024
#: Body reads go in chunks of this many (decoded) bytes.
CHUNK = 64 * 1024
#: urllib3 neither retries nor follows redirects: the client has the one retry loop, and this
#: module the redirect rules. (Made once: urllib3 would build one from ``retries=False`` per call.)
_NO_URLLIB3_RETRY = urllib3.Retry(total=False, redirect=False, raise_on_redirect=False)
#: How often a call without a deadline takes a fresh pool after finding its pool closed by a
#: concurrent close(). A call with a deadline keeps taking one until the deadline.
_CLOSED_POOL_TRIES = 10_000
#: A request target urllib3's URL parser leaves as it is: only characters it does not encode,
#: upper-case percent escapes, no dot segment (checked apart) and no fragment.
_PLAIN_TARGET = re.compile(r"/(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-F]{2})*\Z")


# -- one attempt, as the connections and the watchdog see it -----------------------------------


class Attempt:
    """What is known about one attempt while it runs: the connection it uses, whether a byte of
    the request was written, whether its deadline passed. Shared with the watchdog thread."""

    __slots__ = ("connecting", "connection", "deadline", "done", "expired", "lock", "written")

    def __init__(self, deadline: float | None) -> None:
        self.deadline = deadline  # time.monotonic() value, or None
        self.connection: HTTPConnection | None = None
        self.connecting = False
        self.written = False
        self.expired = False
        self.done = False
        self.lock = threading.Lock()

    def expire(self) -> None:
        """Called by the watchdog: end whatever read or write is in progress."""
        with self.lock:
            if self.done:
                return
            self.expired = True
            sock = getattr(self.connection, "sock", None)
            if isinstance(sock, socket.socket):
                try:  # the plain socket's shutdown: an SSLSocket's would unwrap under a reader
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                except OSError:
                    pass

    def release(self, resp: urllib3.BaseHTTPResponse) -> None:
        """Give the connection back to its pool, unless the watchdog may have shut it down."""
        with self.lock:
            self.connection = None
            if self.expired:
                resp.close()
        resp.release_conn()

    def finish(self) -> None:
        with self.lock:
            self.done = True


_ATTEMPT: ContextVar[Attempt | None] = ContextVar("stencila_hub_attempt", default=None)


class _TrackingMixin:
    """Notes the attempt's connection, and when the first byte of a request is written."""

    def connect(self) -> None:
        attempt = _ATTEMPT.get()
        if attempt is None:
            super().connect()  # type: ignore[misc]
            return
        attempt.connection = self  # type: ignore[assignment]
        attempt.connecting = True  # a proxy's CONNECT is written while connecting: not the request
        try:
            super().connect()  # type: ignore[misc]
        finally:
            attempt.connecting = False

    def request(
        self, method: str, url: str, body: Any = None, headers: Any = None, **kw: Any
    ) -> None:
        attempt = _ATTEMPT.get()
        if attempt is not None:
            attempt.connection = self  # type: ignore[assignment]
        super().request(method, url, body, headers, **kw)  # type: ignore[misc]

    def send(self, data: Any) -> None:
        attempt = _ATTEMPT.get()
        if attempt is not None and not attempt.connecting:
            if self.is_closed:  # type: ignore[attr-defined]
                self.connect()  # connect first, so that a refused connection is "nothing written"
            attempt.written = True
        super().send(data)  # type: ignore[misc]


class _HTTPConnection(_TrackingMixin, HTTPConnection):
    pass


class _HTTPSConnection(_TrackingMixin, HTTPSConnection):
    pass


class _HTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOL_CLASSES = {"http": _HTTPConnectionPool, "https": _HTTPSConnectionPool}


class _Watchdog:
    """One daemon thread that expires the attempts whose deadline passed.

    It polls every :data:`_WATCHDOG_STEP` while calls run and is never woken by one: a call only
    puts its attempt in a dict (a wake-up per call would cost a thread switch). After
    :data:`_WATCHDOG_IDLE` seconds without calls it ends, and the next call starts it again.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._attempts: dict[int, Attempt] = {}
        self._thread: threading.Thread | None = None

    def watch(self, attempt: Attempt) -> None:
        # One dict store per call, no lock: single dict operations are atomic, and the thread
        # copies the values in one call. The lock guards only starting and ending the thread.
        self._attempts[id(attempt)] = attempt
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(
                        target=self._run, name="stencila_hub-deadlines", daemon=True
                    )
                    self._thread.start()

    def unwatch(self, attempt: Attempt) -> None:
        self._attempts.pop(id(attempt), None)

    def _run(self) -> None:
        idle_since = time.monotonic()
        while True:
            time.sleep(_WATCHDOG_STEP)
            now = time.monotonic()
            attempts = list(self._attempts.values())
            if attempts:
                idle_since = now
            elif now - idle_since > _WATCHDOG_IDLE:
                with self._lock:
                    if not self._attempts:  # a call may have come in meanwhile: keep serving it
                        self._thread = None
                        return
            due = [a for a in attempts if a.deadline is not None and a.deadline <= now]
            for attempt in due:
                self._attempts.pop(id(attempt), None)
            for attempt in due:
                attempt.expire()


_WATCHDOG = _Watchdog()


# -- errors the client turns into public exceptions ---------------------------------------------


class TransportError(Exception):
    """Internal: one attempt got no usable answer. The client raises a public exception for it."""

    def __init__(
        self, failure: Failure, cause: BaseException, *, tls: bool = False, timeout: bool = False
    ) -> None:
        super().__init__(_describe(cause))
        self.failure = failure
        self.cause = cause
        self.tls = tls
        self.timeout = timeout


class BodyTooLarge(Exception):
    """Internal: a success body exceeded the configured limit (the connection was dropped)."""

    def __init__(self, status: int, headers: Mapping[str, str], limit: int) -> None:
        super().__init__(f"response body larger than {limit} bytes")
        self.status = status
        self.headers = headers
        self.limit = limit


class RedirectRefused(Exception):
    """Internal: a redirect that is not followed (downgrade, bad or foreign Location)."""

    def __init__(self, response: RESTResponse, reason: str) -> None:
        super().__init__(reason)
        self.response = response
        self.reason = reason


class RESTResponse:
    """A received response. ``data`` is the body read (``None`` for a stream not read yet)."""

    __slots__ = ("data", "headers", "reason", "response", "retry_after", "status", "truncated")

    def __init__(
        self, resp: urllib3.BaseHTTPResponse, data: bytes | None, truncated: bool = False
    ) -> None:
        self.response = resp
        self.status = resp.status
        self.reason = resp.reason
        self.headers = resp.headers
        self.data = data
        self.truncated = truncated
        #: Retry-After in seconds, for an error status (parsed once, here).
        self.retry_after = (
            parse_retry_after(resp.headers.get("Retry-After")) if resp.status >= 400 else None
        )

    def getheaders(self) -> Mapping[str, str]:
        return self.headers

    def getheader(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name, default)

    def read(self) -> bytes | None:
        return self.data


# -- TLS and proxies ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _certifi_context() -> ssl.SSLContext:
    """The default context (certifi's bundle, verified), made once and shared by every client."""
    return ssl.create_default_context(cafile=certifi.where())


def ssl_context_for(configuration: Configuration) -> ssl.SSLContext:
    """The TLS context of a configuration: certifi's CA bundle unless told otherwise.

    A missing or unreadable certificate file raises :class:`ApiValueError` naming the setting.
    """
    if (
        configuration.verify_ssl
        and not (configuration.ssl_ca_cert or configuration.ca_cert_data)
        and not configuration.cert_file
    ):
        return _certifi_context()
    setting = "ssl_ca_cert"
    try:
        if not configuration.verify_ssl:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        else:
            cafile = configuration.ssl_ca_cert or (
                None if configuration.ca_cert_data else certifi.where()
            )
            context = ssl.create_default_context(cafile=cafile, cadata=configuration.ca_cert_data)
        if configuration.cert_file:
            setting = "cert_file/key_file"
            context.load_cert_chain(configuration.cert_file, configuration.key_file)
    except (OSError, ValueError) as err:  # ssl.SSLError is an OSError
        raise ApiValueError(
            f"cannot load the TLS files of Configuration.{setting}: {_describe(err)}"
        ) from None
    return context


def proxies_from_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """``{"http": url, "https": url, "no": "host,.domain"}`` from the environment (any case)."""
    env = os.environ if environ is None else environ
    found: dict[str, str] = {}
    for key, value in env.items():
        name = key.lower()
        if name.endswith("_proxy") and value:
            found.setdefault(name[: -len("_proxy")], value)
    if "REQUEST_METHOD" in env:  # CGI: HTTP_PROXY may come from a request's "Proxy:" header
        found.pop("http", None)
    return found


def bypasses_proxy(host: str, port: int | None, no_proxy: str) -> bool:
    """Does NO_PROXY (``*``, ``host``, ``.domain``, ``domain``, ``host:port``) cover *host*?"""
    host = host.lower().strip("[]")
    for entry in (e.strip().lower() for e in no_proxy.split(",")):
        if not entry:
            continue
        if entry == "*":
            return True
        name, _, entry_port = entry.rpartition(":") if entry.count(":") == 1 else (entry, "", "")
        if entry_port and port is not None and entry_port != str(port):
            continue
        name = name.strip("[]").lstrip(".")
        if host == name or host.endswith("." + name):
            return True
    return False


# -- the transport ---------------------------------------------------------------------------------


class Limits(NamedTuple):
    """How much of a response body one call reads."""

    success: int | None  # a success body: more raises BodyTooLarge
    error: int  # an error body: more is dropped (the exception carries the first bytes)


_CLIENTS: weakref.WeakSet[RESTClientObject] = weakref.WeakSet()


class RESTClientObject:
    """urllib3 pool managers configured from a :class:`Configuration`. Thread-safe, fork-safe."""

    def __init__(self, configuration: Configuration) -> None:
        self._configuration = configuration
        self._pool_args: dict[str, Any] = {
            "num_pools": 8,
            "maxsize": configuration.connection_pool_maxsize,
            "block": False,
            "retries": _NO_URLLIB3_RETRY,
        }
        https = configuration.proxy is not None or not configuration.host.lower().startswith(
            "http://"
        )
        if https:  # made now, so that a bad certificate file fails here, not at the first call
            self._pool_args["ssl_context"] = ssl_context_for(configuration)
        if not configuration.verify_ssl:
            self._pool_args["cert_reqs"] = ssl.CERT_NONE
            self._pool_args["assert_hostname"] = False
        elif configuration.assert_hostname is not None:
            self._pool_args["assert_hostname"] = configuration.assert_hostname
        if configuration.tls_server_name:
            self._pool_args["server_hostname"] = configuration.tls_server_name
        if configuration.socket_options is not None:
            self._pool_args["socket_options"] = configuration.socket_options
        self._proxies: dict[str, str] = {}
        if configuration.proxy:
            self._proxies = {"http": configuration.proxy, "https": configuration.proxy}
        elif configuration.trust_env:
            self._proxies = proxies_from_env()
        self._lock = threading.Lock()
        self._open_managers()
        _CLIENTS.add(self)

    def _open_managers(self) -> None:
        self.pool_manager = self._manager(None)
        self._proxy_managers: dict[str, urllib3.ProxyManager] = {}
        self._route_cache: dict[str, urllib3.PoolManager] = {}
        #: origin text ("http://host:port") -> the direct pool connection_from_host gave for it.
        self._pools: dict[str, HTTPConnectionPool] = {}

    def _manager(self, proxy: str | None) -> urllib3.PoolManager:
        if proxy is None:
            manager = urllib3.PoolManager(**self._pool_args)
        else:
            parts = urlsplit(proxy if "://" in proxy else "http://" + proxy)
            headers = dict(self._configuration.proxy_headers or {})
            if parts.username is not None:
                auth = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
                headers.update(make_headers(proxy_basic_auth=auth))
                proxy = f"{parts.scheme}://{parts.hostname}" + (
                    f":{parts.port}" if parts.port else ""
                )
            manager = urllib3.ProxyManager(proxy, proxy_headers=headers or None, **self._pool_args)
        manager.pool_classes_by_scheme = _POOL_CLASSES
        return manager

    def _manager_for(self, url: str) -> urllib3.PoolManager:
        """The pool manager for *url*: direct, or the proxy the environment names for it."""
        if not self._proxies:
            return self.pool_manager
        authority_end = url.find("/", url.find("://") + 3)
        origin = url if authority_end < 0 else url[:authority_end]
        manager = self._route_cache.get(origin)
        if manager is not None:
            return manager
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        proxy = self._proxies.get(scheme) or self._proxies.get("all")
        if proxy and not self._configuration.proxy:
            if bypasses_proxy(parts.hostname or "", parts.port, self._proxies.get("no", "")):
                proxy = None
        if proxy:
            with self._lock:
                manager = self._proxy_managers.get(proxy)
                if manager is None:
                    manager = self._proxy_managers[proxy] = self._manager(proxy)  # type: ignore[assignment]
        else:
            manager = self.pool_manager
        if len(self._route_cache) < 32:
            self._route_cache[origin] = manager
        return manager

    def _ensure_tls(self) -> None:
        """Give the managers the TLS context before their first https pool (a redirect to https
        from an http host): urllib3 would otherwise verify with the system's CAs, not certifi's."""
        if "ssl_context" in self._pool_args:
            return
        with self._lock:
            if "ssl_context" not in self._pool_args:
                self._pool_args["ssl_context"] = ssl_context_for(self._configuration)
                for manager in (self.pool_manager, *self._proxy_managers.values()):
                    manager.connection_pool_kw["ssl_context"] = self._pool_args["ssl_context"]

    def after_fork(self) -> None:
        """In a forked child: forget the parent's pools (their sockets are the parent's too)."""
        self._lock = threading.Lock()
        self._open_managers()

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: urllib3.Timeout,
        deadline: float | None,
        limits: Limits,
        stream: bool = False,
        secret_headers: frozenset[str] = frozenset(),
        stream_read_timeout: float | None = None,
    ) -> RESTResponse:
        """Send one request, following redirects, and read the answer.

        :param deadline: ``time.monotonic()`` after which the attempt is ended, or None.
        :param stream: return the final response unread (a 2xx only; an error body is read).
        :param secret_headers: lower-case names of the credential headers, dropped across origins.
        :param stream_read_timeout: a stream's timeout per read once its head has arrived (the
            timeout the request went out with was cut to the call's deadline, which a stream
            outlives).
        :raises TransportError: no usable answer. :raises BodyTooLarge: a success body over the
            limit. :raises RedirectRefused: a redirect that may not be followed.
        """
        attempt = Attempt(deadline)
        token = _ATTEMPT.set(attempt)
        if deadline is not None:
            _WATCHDOG.watch(attempt)
        try:
            resp = self._exchange(attempt, method, url, headers, body, timeout, secret_headers)
            if stream and resp.status < 300:
                attempt.finish()  # the caller reads the body, with the read timeout per read
                sock = getattr(resp.connection, "sock", None)
                if isinstance(sock, socket.socket):
                    sock.settimeout(stream_read_timeout)
                return RESTResponse(resp, None)
            return self._read(attempt, resp, limits)
        except ApiValueError:
            raise
        except (HTTPError, OSError, http.client.HTTPException, ValueError) as err:
            if isinstance(err, LocationParseError) and not attempt.written:
                raise ApiValueError(f"the URL cannot be parsed: {_describe(err)}") from None
            raise sort_failure(err, written=attempt.written, expired=attempt.expired) from None
        finally:
            attempt.finish()
            if deadline is not None:
                _WATCHDOG.unwatch(attempt)
            _ATTEMPT.reset(token)

    def _exchange(
        self,
        attempt: Attempt,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: urllib3.Timeout,
        secret_headers: frozenset[str],
    ) -> urllib3.BaseHTTPResponse:
        """The final response of the redirect chain, its body not read yet."""
        hops = 0
        while True:
            if url[:6].lower() == "https:":
                self._ensure_tls()
            tries = 0
            while True:
                try:
                    resp = self._urlopen(method, url, headers, body, timeout)
                    break
                except ClosedPoolError:
                    # close() in another thread closed the pool this call found before it took
                    # a connection: nothing was sent, and the manager opens a fresh pool. A
                    # close() loop can land in that window several times running, so the call
                    # tries until its deadline rather than a small count.
                    tries += 1
                    if attempt.deadline is None:
                        if tries >= _CLOSED_POOL_TRIES:
                            raise
                    elif time.monotonic() >= attempt.deadline:
                        raise
            if resp.status not in redirects.REDIRECT_STATUSES:
                return resp
            step = redirects.next_hop(
                method,
                url,
                headers,
                body,
                resp.status,
                resp.headers.get("Location"),
                hops,
                secret_headers,
            )
            if step is None:
                return resp
            if isinstance(step, redirects.Refusal):
                self._drain(attempt, resp)
                raise RedirectRefused(RESTResponse(resp, b""), step.reason)
            self._drain(attempt, resp)
            attempt.written = True  # answered: whatever happens on the next hop, it arrived
            method, url, headers, body = step
            hops += 1

    def _urlopen(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: urllib3.Timeout,
    ) -> urllib3.BaseHTTPResponse:
        cut = url.find("/", url.find("://") + 3)
        origin = url[:cut] if cut > 0 else url
        pool = self._pools.get(origin) if cut > 0 else None
        target = url[cut:]
        if pool is None or "/." in target or not _PLAIN_TARGET.match(target):
            manager = self._manager_for(url)
            if manager is not self.pool_manager:  # proxied: the proxy manager's own rules
                return manager.urlopen(method, url, **self._urlopen_args(headers, body, timeout))
            parts = parse_url(url)
            pool = manager.connection_from_host(parts.host, parts.port, parts.scheme)
            target = parts.request_uri  # what PoolManager.urlopen would send
            if (
                cut > 0
                and origin == f"{parts.scheme}://{parts.netloc}"  # as urllib3 reads it
                and len(self._pools) < self._pool_args["num_pools"]
            ):
                self._pools[origin] = pool
        try:
            return pool.urlopen(
                method, target, assert_same_host=False, **self._urlopen_args(headers, body, timeout)
            )
        except ClosedPoolError:
            # clear() closed the pool in another thread: nothing was sent. Ask the manager
            # for the origin's pool again next time.
            self._pools.pop(origin, None)
            raise

    @staticmethod
    def _urlopen_args(
        headers: Mapping[str, str], body: bytes | None, timeout: urllib3.Timeout
    ) -> dict[str, Any]:
        return {
            "body": body,
            "headers": headers,
            "timeout": timeout,
            "redirect": False,
            "retries": _NO_URLLIB3_RETRY,
            "preload_content": False,
            "release_conn": False,
        }

    def _drain(self, attempt: Attempt, resp: urllib3.BaseHTTPResponse) -> None:
        """Read a redirect's body (bounded) so that its connection can serve the next hop."""
        if len(resp.read(REDIRECT_BODY_LIMIT + 1, decode_content=False)) > REDIRECT_BODY_LIMIT:
            resp.close()
        attempt.release(resp)

    def _read(
        self, attempt: Attempt, resp: urllib3.BaseHTTPResponse, limits: Limits
    ) -> RESTResponse:
        """Read the body within the limits; the connection goes back to its pool when read whole."""
        error = resp.status >= 400
        limit = limits.error if error else limits.success
        if limit is None or reads_at_once(limit, resp.length_remaining, resp.headers):
            data = resp.read()  # the common case: a declared length within the limit
            truncated = False
        else:
            data, truncated = _read_up_to(resp, limit)
        if attempt.expired:
            resp.close()
            raise TimeoutError("the call's deadline passed")
        if truncated:
            resp.close()
            if not error:
                attempt.release(resp)
                raise BodyTooLarge(resp.status, resp.headers, limit or 0)
        attempt.release(resp)
        return RESTResponse(resp, data, truncated)

    def clear(self) -> None:
        """Close the idle connections of every pool; the next request opens new ones."""
        with self._lock:
            managers = [self.pool_manager, *self._proxy_managers.values()]
        pools, self._pools = self._pools, {}
        for pool in pools.values():  # one the manager dropped is still open here
            pool.close()
        for manager in managers:
            manager.clear()


def reads_at_once(limit: int, length: int | None, headers: Mapping[str, str]) -> bool:
    """Whether a body may be read in one go under *limit*: its declared length (Content-Length,
    else None) is within it, and no Content-Encoding could inflate it past that. Shared by the
    sync and the asyncio transport."""
    return length is not None and length <= limit and "content-encoding" not in headers


def _read_up_to(resp: urllib3.BaseHTTPResponse, limit: int) -> tuple[bytes, bool]:
    """At most *limit* decoded bytes of *resp*, and whether there was more."""
    parts: list[bytes] = []
    size = 0
    for chunk in resp.stream(min(CHUNK, limit + 1), decode_content=True):
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            return b"".join(parts)[:limit], True
    return b"".join(parts), False


def iter_stream(
    resp: urllib3.BaseHTTPResponse, chunk_size: int, limit: int | None
) -> Iterator[bytes]:
    """A streamed body in decoded chunks of at most *chunk_size*; raises past *limit* bytes."""
    size = 0
    try:
        # decode_content=True: urllib3 leaves a chunked body encoded unless told.
        for chunk in resp.stream(chunk_size, decode_content=True):
            size += len(chunk)
            if limit is not None and size > limit:
                resp.close()
                raise BodyTooLarge(resp.status, resp.headers, limit)
            yield chunk
    except (HTTPError, OSError, http.client.HTTPException, ValueError) as err:
        _forget_locals(err)
        raise TransportError(
            Failure.CONNECTION_LOST, err, timeout=_timed_out(_chain(err))
        ) from None


# -- sorting failures ---------------------------------------------------------------------------


def _chain(err: BaseException) -> Iterator[BaseException]:
    """*err*, its causes and contexts, and exceptions it carries as arguments or reasons."""
    seen: set[int] = set()
    todo = [err]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        for nxt in (
            e.__cause__,
            e.__context__,
            getattr(e, "reason", None),
            getattr(e, "original_error", None),
            *e.args,
        ):
            if isinstance(nxt, BaseException):
                todo.append(nxt)


def _timed_out(chain: Iterable[BaseException]) -> bool:
    """Did a timeout end the attempt, by the exceptions of its :func:`_chain`? (urllib3's
    NewConnectionError subclasses its connect timeout for history's sake: a refused connection is
    not a timeout.)"""
    return any(
        isinstance(e, (TimeoutError, urllib3.exceptions.TimeoutError))
        and not isinstance(e, urllib3.exceptions.NewConnectionError)
        for e in chain
    )


#: What a failed certificate or host name check raises; what any TLS failure raises.
VERIFY_ERRORS: tuple[type[BaseException], ...] = (
    ssl.SSLCertVerificationError,
    ssl.CertificateError,
)
TLS_ERRORS: tuple[type[BaseException], ...] = (ssl.SSLError, urllib3.exceptions.SSLError)


def sort_failure(
    err: BaseException,
    *,
    written: bool,
    expired: bool = False,
    verify_errors: tuple[type[BaseException], ...] = VERIFY_ERRORS,
    tls_errors: tuple[type[BaseException], ...] = TLS_ERRORS,
) -> TransportError:
    """Sort a failed attempt by what was written (:func:`classify_failure`); locals cleared.

    Shared by the sync and the asyncio transport, which pass their own library's TLS errors.
    """
    _forget_locals(err)
    chain = list(_chain(err))
    verify = any(isinstance(e, verify_errors) for e in chain)
    tls = verify or any(isinstance(e, tls_errors) for e in chain)
    timed_out = expired or _timed_out(chain)
    failure = classify_failure(written=written, timed_out=timed_out, verify_failed=verify)
    cause = TimeoutError("the call's deadline passed") if expired else err
    return TransportError(failure, cause, tls=tls and not written, timeout=timed_out)


def _describe(err: BaseException) -> str:
    """A short text for *err*, without the request's headers (urllib3 puts none in its messages)."""
    text = str(err) or type(err).__name__
    return text if len(text) < 300 else text[:300] + "..."


def _forget_locals(err: BaseException | None) -> None:
    """Clear the locals of the finished frames in *err*'s traceback and its causes.

    urllib3's and http.client's frames hold the request headers in locals, and a traceback printed
    with its locals (pytest ``--showlocals``, error trackers) would show the credentials.
    """
    seen: set[int] = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        traceback.clear_frames(err.__traceback__)
        err = err.__cause__ or err.__context__


def _after_fork_in_child() -> None:
    global _WATCHDOG
    _WATCHDOG = _Watchdog()
    for client in list(_CLIENTS):
        client.after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)
