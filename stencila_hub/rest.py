"""One HTTP exchange over urllib3: TLS, timeouts, redirects, and failures sorted for the retry policy.

Hand-written (see .openapi-generator-ignore). This module sends exactly one request per call; the
retry loop is in :mod:`stencila_hub.api_client` and the rules in :mod:`stencila_hub.retry`.
urllib3's own retrying is switched off (``Retry(total=None, connect=0, read=0, ...)``) so that there is
one retry layer.

A request goes straight to its origin's connection pool (found by the URL's ``scheme://host:port``
prefix in a small table), not through ``PoolManager.urlopen``, which parses the URL and hashes a pool
key on every request: on a loopback server that was a tenth of a call. Through a proxy, each hop
goes through urllib3's ProxyManager, which picks the proxy's pool and the request form. Either way
redirects are followed here, hop by hop, by the rules of :mod:`stencila_hub.redirects` (urllib3's,
credential headers dropped across origins, plus one of ours). The pools are urllib3's, their
responses' header blocks read by :mod:`stencila_hub.response_head`.
"""

from __future__ import annotations

import functools
import ssl
import threading
import traceback
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import certifi
import urllib3
from urllib3.exceptions import (
    ClosedPoolError,
    ConnectTimeoutError,
    HTTPError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.util.ssl_match_hostname import CertificateError
from urllib3.util.url import parse_url

from stencila_hub.exceptions import ApiException, ApiValueError  # noqa: F401  (re-exported)
from stencila_hub.redirects import REDIRECT_STATUSES, next_hop
from stencila_hub.response_head import POOL_CLASSES_BY_SCHEME
from stencila_hub.retry import Failure

if TYPE_CHECKING:
    from stencila_hub.configuration import Configuration

#: The one urllib3 Retry we use: no retries of any kind. Redirects are not urllib3's either: every
#: call passes ``redirect=False`` and :meth:`RESTClientObject._open` follows them by the rules of
#: :mod:`stencila_hub.redirects` (so the Retry's own redirect settings are never read).
_URLLIB3_RETRY = urllib3.Retry(
    total=None,
    connect=0,
    read=0,
    status=0,
    other=0,
    redirect=0,
    raise_on_status=False,
)


#: Origins remembered by prefix (the configured host, and the few hosts redirects lead to).
_MAX_ROUTES = 16


class TransportError(Exception):
    """Internal: one attempt failed below HTTP. The client turns it into a public exception."""

    def __init__(
        self,
        failure: Failure,
        cause: BaseException,
        *,
        tls: bool = False,
        timeout: bool = False,
    ) -> None:
        super().__init__(str(cause))
        self.failure = failure
        self.cause = cause
        self.tls = tls
        self.timeout = timeout


class BodyTooLarge(Exception):
    """Internal: the response body exceeded the configured limit."""

    def __init__(self, resp: urllib3.BaseHTTPResponse, limit: int) -> None:
        super().__init__(f"response body larger than {limit} bytes")
        self.response = resp
        self.limit = limit


class RESTResponse:
    """A received response, body read. ``headers`` is case-insensitive."""

    __slots__ = ("data", "headers", "reason", "response", "status")

    def __init__(self, resp: urllib3.BaseHTTPResponse, data: bytes | None) -> None:
        self.response = resp
        self.status = resp.status
        self.reason = resp.reason
        self.headers = resp.headers
        self.data = data

    def getheaders(self) -> Mapping[str, str]:
        return self.headers

    def getheader(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name, default)

    def read(self) -> bytes | None:
        return self.data


@functools.lru_cache(maxsize=1)
def _certifi_context() -> ssl.SSLContext:
    """The default context (certifi's bundle, verified), built once: loading it takes ~0.1 s."""
    return ssl.create_default_context(cafile=certifi.where())


def ssl_context_for(configuration: Configuration) -> ssl.SSLContext:
    """The TLS context for a configuration: certifi's CA bundle unless told otherwise.

    The default one (no CA file or data, no client certificate) is shared by every client.
    """
    if (
        configuration.verify_ssl
        and not (configuration.ssl_ca_cert or configuration.ca_cert_data)
        and not configuration.cert_file
    ):
        return _certifi_context()
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
        context.load_cert_chain(configuration.cert_file, configuration.key_file)
    return context


class _LazyTLS:
    """A pool manager that makes its TLS context when it first opens an https pool.

    Loading a CA bundle costs milliseconds; a client of an ``http://`` host (a loopback Gaffer, a
    ``kubectl proxy``) never needs it. Thread-safe: one context, made once.
    """

    connection_pool_kw: dict[str, Any]

    def _init_lazy_tls(self, make: Callable[[], ssl.SSLContext]) -> None:
        self._make_ssl_context = make
        self._ssl_lock = threading.Lock()

    def _new_pool(self, scheme: str, host: str, port: int, request_context: Any = None) -> Any:
        if scheme == "https":
            context = dict(self.connection_pool_kw if request_context is None else request_context)
            if context.get("ssl_context") is None:
                with self._ssl_lock:
                    made = self.connection_pool_kw.get("ssl_context")
                    if made is None:
                        made = self.connection_pool_kw["ssl_context"] = self._make_ssl_context()
                context["ssl_context"] = made
            request_context = context
        return super()._new_pool(scheme, host, port, request_context)  # type: ignore[misc]


class _PoolManager(_LazyTLS, urllib3.PoolManager):
    pass


class _ProxyManager(_LazyTLS, urllib3.ProxyManager):
    pass


class RESTClientObject:
    """A urllib3 pool manager configured from a :class:`Configuration`. Thread-safe."""

    def __init__(self, configuration: Configuration) -> None:
        pool_args: dict[str, Any] = {
            "num_pools": 4,
            "maxsize": configuration.connection_pool_maxsize,
            "block": False,
            "retries": _URLLIB3_RETRY,
        }
        if configuration.proxy or not configuration.host.lower().startswith("http://"):
            # Made now, so that a bad certificate file fails here, not at the first request.
            pool_args["ssl_context"] = ssl_context_for(configuration)
        if not configuration.verify_ssl:
            pool_args["cert_reqs"] = ssl.CERT_NONE
            pool_args["assert_hostname"] = False
        elif configuration.assert_hostname is not None:
            pool_args["assert_hostname"] = configuration.assert_hostname
        if configuration.tls_server_name:
            pool_args["server_hostname"] = configuration.tls_server_name
        if configuration.socket_options is not None:
            pool_args["socket_options"] = configuration.socket_options
        self.pool_manager: urllib3.PoolManager
        manager: _PoolManager | _ProxyManager
        if configuration.proxy:
            manager = _ProxyManager(
                configuration.proxy,
                proxy_headers=configuration.proxy_headers,
                **pool_args,
            )
        else:
            manager = _PoolManager(**pool_args)
        manager._init_lazy_tls(lambda: ssl_context_for(configuration))
        # urllib3's pools and connections, reading each response's headers without email.parser.
        manager.pool_classes_by_scheme = POOL_CLASSES_BY_SCHEME
        self.pool_manager = manager
        self._proxied = bool(configuration.proxy)
        #: ``scheme://host:port`` prefix as written in URLs -> that origin's pool (see _route).
        self._routes: dict[str, urllib3.HTTPConnectionPool] = {}

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: urllib3.Timeout,
        preload_content: bool = True,
        max_body_bytes: int | None = None,
    ) -> RESTResponse:
        """Send one request. Raises :class:`TransportError` when no HTTP answer came.

        With *max_body_bytes*, a body longer than that is not read past the limit and raises
        :class:`BodyTooLarge` (the connection is dropped, not returned to the pool).
        """
        try:
            resp = self._open(method, url, headers, body, timeout)
            data = None
            if preload_content:
                length = resp.length_remaining  # Content-Length, or None
                if max_body_bytes and (
                    length is None
                    or length > max_body_bytes
                    or "content-encoding" in resp.headers  # a small body may inflate
                ):
                    data = resp.read(amt=max_body_bytes + 1)
                    if len(data) > max_body_bytes:
                        resp.close()
                        raise BodyTooLarge(resp, max_body_bytes)
                else:  # the common case: a declared length within the limit, read at once
                    data = resp.read()
                resp.release_conn()
        except (HTTPError, OSError) as err:
            raise _transport_error(err) from err
        return RESTResponse(resp, data)

    def _open(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: urllib3.Timeout,
    ) -> urllib3.BaseHTTPResponse:
        """Send the request, following redirects; the final response, its body not yet read."""
        redirects = 0
        reopened = False
        while True:
            if self._proxied:  # the ProxyManager picks the proxy's pool and the request form
                urlopen: Callable[..., urllib3.BaseHTTPResponse] = self.pool_manager.urlopen
                target = url
            else:
                pool, target = self._route(url)
                urlopen = pool.urlopen
            try:
                resp = urlopen(
                    method,
                    target,
                    body=body,
                    headers=headers,
                    timeout=timeout,
                    preload_content=False,
                    release_conn=False,
                    redirect=False,
                    assert_same_host=False,
                    retries=_URLLIB3_RETRY,
                )
            except ClosedPoolError:
                # close() ran in another thread before a connection was taken: nothing was sent,
                # so take a fresh pool (once).
                if reopened:
                    raise
                reopened = True
                self._routes.clear()
                continue
            except (HTTPError, OSError) as err:
                if not redirects:
                    raise
                # An earlier hop was answered, so the request reached the server (a 303 after a
                # POST: it may have made the job). Whatever fails now, even a connect to the next
                # hop, is "lost after sending": the retry loop must not send a POST again.
                failed = _transport_error(err)
                if failed.failure is Failure.CONNECT:
                    failed = TransportError(Failure.CONNECTION_LOST, failed.cause)
                raise failed from err
            if resp.status not in REDIRECT_STATUSES:
                return resp
            hop = next_hop(
                method, url, headers, body, resp.status, resp.headers.get("Location"), redirects
            )
            if hop is None:
                return resp
            resp.drain_conn()
            resp.release_conn()
            method, url, headers, body = hop
            redirects += 1

    def _route(self, url: str) -> tuple[urllib3.HTTPConnectionPool, str]:
        """The connection pool of *url*'s origin, and the request target (path and query).

        The client builds every URL as the configured host plus a path, so the prefix up to the
        first ``/`` after ``://`` names the origin; a table maps it to the pool. Anything unusual
        (no table entry yet, user info, a fragment) goes through urllib3's own URL parser once.
        """
        authority_end = url.find("/", url.find("://") + 3)
        prefix = url if authority_end < 0 else url[:authority_end]
        pool = self._routes.get(prefix)
        if pool is not None and "#" not in url:
            return pool, url[authority_end:] if authority_end >= 0 else "/"
        parsed = parse_url(url)
        pool = self.pool_manager.connection_from_host(
            parsed.host, port=parsed.port, scheme=parsed.scheme
        )
        if len(self._routes) < _MAX_ROUTES and not any(c in prefix for c in "@?#"):
            self._routes[prefix] = pool
        return pool, parsed.request_uri

    def clear(self) -> None:
        """Close the idle connections of every pool; the next request opens new ones."""
        routes = list(self._routes.values())
        self._routes.clear()
        self.pool_manager.clear()
        for pool in routes:
            pool.close()


def _forget_locals(err: BaseException | None) -> None:
    """Clear the local variables of the finished frames in *err*'s traceback and its causes.

    urllib3's and http.client's frames hold the request headers in locals (http.client joins them
    into one bytes object before connecting), and a traceback printed with its locals (pytest
    ``--showlocals``, error trackers) would show the credentials. The frames and line numbers stay.
    """
    seen: set[int] = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        traceback.clear_frames(err.__traceback__)
        err = err.__cause__ or err.__context__


def _transport_error(err: HTTPError | OSError) -> TransportError:
    """A urllib3 or socket failure as a TransportError, with its frames' locals cleared."""
    _forget_locals(err)
    if isinstance(err, MaxRetryError):  # what urllib3 raises when its (zero) retries run out
        return _classify(err.reason or err)
    if isinstance(err, HTTPError):
        return _classify(err)
    return TransportError(Failure.CONNECTION_LOST, err)  # a raw socket error urllib3 let through


def _classify(err: BaseException) -> TransportError:
    """Sort a urllib3 failure into: not sent (connect), read timeout, or lost after sending."""
    if isinstance(err, SSLError):
        # A certificate or host name that does not verify will not verify next time either.
        verify = any(isinstance(a, (ssl.SSLCertVerificationError, CertificateError))
                     for a in (err, *err.args))
        return TransportError(Failure.TLS if verify else Failure.CONNECT, err, tls=True)
    if isinstance(err, (NewConnectionError, ProxyError)):
        return TransportError(Failure.CONNECT, err)
    if isinstance(err, ConnectTimeoutError):  # NewConnectionError is a subclass: checked above
        return TransportError(Failure.CONNECT, err, timeout=True)
    if isinstance(err, ReadTimeoutError):
        return TransportError(Failure.READ_TIMEOUT, err, timeout=True)
    if isinstance(err, ProtocolError):
        return TransportError(Failure.CONNECTION_LOST, err)
    return TransportError(Failure.CONNECTION_LOST, err)
