"""One HTTP exchange over aiohttp: the asyncio twin of :mod:`stencila_hub.rest`.

Hand-written. It keeps the sync transport's rules and shares its helpers; only the I/O differs:

* **Was anything written?** Every byte of a request goes out on a connection that aiohttp's
  connector handed over, and nothing before. The client's connector marks the attempt at that
  moment (``connect()``, aiohttp's documented connector interface, through a context variable:
  aiohttp calls it from the caller's task). That fact decides whether a failed POST may have
  reached the server (:func:`stencila_hub.retry.classify_failure`), as in the sync client.
  Waiting for a pooled connection, the TCP connect and the TLS handshake all come before it: a
  call cancelled or out of time while queued for a connection, a refused connection or a failed
  handshake is "nothing written". A failure between the hand-over and the first byte (a pooled
  connection found closing) counts as written: the safe side, it is not re-sent. (aiohttp's
  ``TraceConfig.on_request_headers_sent`` would mark a few steps later, but a session with a
  trace dispatches every one of its signals for every request, listened to or not.)
* **One deadline** is ``asyncio.timeout`` around the attempt, the redirect hops and the body read:
  a server that drips a byte a second cannot outlast it (no watchdog thread is needed).
* **Bounds**: bodies are read in chunks up to the same limits; aiohttp inflates gzip/deflate in
  bounded steps (the floor in setup.py's ``async`` extra is the first release that does).
* **Redirects** follow :mod:`stencila_hub.redirects` hop by hop (``allow_redirects=False``).
* **Proxies** from the same environment rules (:func:`stencila_hub.rest.proxies_from_env`), read
  once per client, passed per request: aiohttp's own ``trust_env`` would read ``.netrc`` too.
* **One retry loop**: a middleware stops aiohttp's own re-send of an idempotent request whose
  connection dropped; the client's retry policy decides, as for the sync client.
* **No cookie jar** (``DummyCookieJar``): the sync client keeps none, and a jar would re-send
  cookies a server set on one origin as an unasked-for credential.
* **One connector per client**, bounded by ``Configuration.connection_pool_maxsize``; a call waits
  for a free connection within its deadline.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Mapping
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import aiohttp
import aiohttp.connector
import urllib3
from yarl import URL

from stencila_hub import redirects
from stencila_hub.exceptions import ApiValueError
from stencila_hub.rest import (
    CHUNK,
    REDIRECT_BODY_LIMIT,
    TLS_ERRORS,
    VERIFY_ERRORS,
    BodyTooLarge,
    Limits,
    TransportError,
    _chain,
    _forget_locals,
    _timed_out,
    bypasses_proxy,
    proxies_from_env,
    reads_at_once,
    sort_failure,
    ssl_context_for,
)
from stencila_hub.retry import Failure, classify_failure, parse_retry_after

if TYPE_CHECKING:
    from stencila_hub.configuration import Configuration
    from stencila_hub.operation import PreparedRequest


class AsyncAttempt:
    """What is known about one attempt: whether a byte of the request may have been written
    (set by the client's connector when it hands the attempt a connection)."""

    __slots__ = ("written",)

    def __init__(self) -> None:
        self.written = False


#: The attempt the running task is sending, for the connector to mark.
_SENDING: ContextVar[AsyncAttempt | None] = ContextVar("stencila_hub_sending", default=None)


class _MarkingConnector(aiohttp.TCPConnector):
    """aiohttp's TCP connector, marking the task's attempt written once a connection is handed
    over: from then on, a failure may come after bytes of the request left."""

    async def connect(
        self, req: aiohttp.ClientRequest, *args: Any, **kwargs: Any
    ) -> aiohttp.connector.Connection:
        conn = await super().connect(req, *args, **kwargs)
        attempt = _SENDING.get()
        if attempt is not None:
            attempt.written = True
        return conn


class _LostConnection(aiohttp.ClientError):
    """Internal: a dropped connection, under a class aiohttp does not re-send for (the cause is
    kept as ``__cause__``, where the failure's sorting looks)."""


async def _no_resend(
    request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
) -> aiohttp.ClientResponse:
    """A client middleware: aiohttp re-sends a GET, PUT or DELETE once by itself when the
    connection drops. The one retry loop is the client's (each attempt counted, within the
    retry policy), so the drop is passed on under another class, which aiohttp does not retry."""
    try:
        return await handler(request)
    except (aiohttp.ClientOSError, aiohttp.ServerDisconnectedError) as err:
        raise _LostConnection(str(err)) from err


#: aiohttp adds ``Accept: */*`` to a request without an Accept header, and a Content-Type to a
#: POST, PUT or PATCH, or to any body, without one; the sync client sends only the headers the
#: request sets. Skipping costs aiohttp a per-request copy of the headers, so it is asked for
#: only when one of the two is missing.
_SKIP_AUTO_HEADERS = ("Accept", "Content-Type")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def _skip_for(
    method: str, headers: Mapping[str, str], body: bytes | None
) -> tuple[str, ...] | None:
    if "Accept" in headers and (
        "Content-Type" in headers or (body is None and method not in _BODY_METHODS)
    ):
        return None
    return _SKIP_AUTO_HEADERS


class AsyncRedirectRefused(Exception):
    """Internal: a redirect that is not followed (downgrade, bad or foreign Location)."""

    def __init__(self, response: AsyncRESTResponse, reason: str) -> None:
        super().__init__(reason)
        self.response = response
        self.reason = reason


class AsyncRESTResponse:
    """A received response. ``data`` is the body read (``None`` for a stream not read yet)."""

    __slots__ = ("data", "headers", "reason", "response", "retry_after", "status", "truncated")

    def __init__(
        self, resp: aiohttp.ClientResponse, data: bytes | None, truncated: bool = False
    ) -> None:
        self.response = resp
        self.status = status = resp.status
        self.reason = resp.reason
        self.headers: Mapping[str, str] = resp.headers
        self.data = data
        self.truncated = truncated
        self.retry_after = (
            parse_retry_after(resp.headers.get("Retry-After")) if status >= 400 else None
        )


class AsyncTransport:
    """An aiohttp session configured from a :class:`Configuration`, made in the loop of the
    first call (aiohttp binds a session to one event loop)."""

    def __init__(self, configuration: Configuration) -> None:
        self._configuration = configuration
        self._ssl: ssl.SSLContext | None = None
        https = configuration.proxy is not None or not configuration.host.lower().startswith(
            "http://"
        )
        if https:  # made now, so that a bad certificate file fails here, not at the first call
            self._ssl = ssl_context_for(configuration)
        self._proxies: dict[str, str] = {}
        if configuration.proxy:
            self._proxies = {"http": configuration.proxy, "https": configuration.proxy}
        elif configuration.trust_env:
            self._proxies = proxies_from_env()
        self.limit = max(1, int(configuration.connection_pool_maxsize or 1))
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._loop is not loop or self._session.closed:
            # One connector per client and loop: a client used from a second loop (a second
            # asyncio.run) gets new connections, never the first loop's.
            connector = _MarkingConnector(limit=self.limit, limit_per_host=self.limit)
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                trust_env=False,
                auto_decompress=True,
                middlewares=(_no_resend,),
            )
            self._loop = loop
        return self._session

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    def _ssl_for(self, url: str) -> ssl.SSLContext | bool:
        if url[:6].lower() != "https:":
            return True
        if self._ssl is None:
            self._ssl = ssl_context_for(self._configuration)
        return self._ssl

    def _proxy_for(self, url: str) -> tuple[str | None, aiohttp.BasicAuth | None]:
        parts = urlsplit(url)
        proxy = self._proxies.get(parts.scheme.lower()) or self._proxies.get("all")
        if proxy and not self._configuration.proxy:
            if bypasses_proxy(parts.hostname or "", parts.port, self._proxies.get("no", "")):
                return None, None
        if not proxy:
            return None, None
        p = urlsplit(proxy if "://" in proxy else "http://" + proxy)
        auth = None
        if p.username is not None:
            auth = aiohttp.BasicAuth(unquote(p.username), unquote(p.password or ""))
        plain = f"{p.scheme}://{p.hostname}" + (f":{p.port}" if p.port else "")
        return plain, auth

    def _request(
        self,
        session: aiohttp.ClientSession,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        timeout: aiohttp.ClientTimeout,
    ) -> Awaitable[aiohttp.ClientResponse]:
        """One hop, not followed (a plain function: awaiting what it returns adds no frame)."""
        target = URL(url, encoded=True)  # prepared and percent-encoded already: sent as is
        skip = _skip_for(method, headers, body)
        server_name = self._configuration.tls_server_name
        # Only the arguments that differ from aiohttp's defaults, in the usual request.
        extra: dict[str, Any] = {}
        if self._proxies or skip is not None or server_name:
            proxy, proxy_auth = self._proxy_for(url) if self._proxies else (None, None)
            extra = {
                "server_hostname": server_name or None,
                "proxy": proxy,
                "proxy_auth": proxy_auth,
                "proxy_headers": self._configuration.proxy_headers if proxy else None,
                "skip_auto_headers": skip,
            }
        return session.request(
            method,
            target,
            headers=headers,
            data=body,
            timeout=timeout,
            allow_redirects=False,
            ssl=self._ssl_for(url),
            **extra,
        )

    async def attempt(
        self,
        attempt: AsyncAttempt,
        request: PreparedRequest,
        timeout: urllib3.Timeout,
        remaining: float | None,
        limits: Limits,
        stream: bool = False,
        secret_headers: frozenset[str] = frozenset(),
    ) -> AsyncRESTResponse:
        """Send *request*, following redirects, and read the answer within *remaining* seconds.

        *attempt* is marked written once a byte of the request may have gone out.

        :raises TransportError: no usable answer. :raises BodyTooLarge: a success body over the
            limit. :raises AsyncRedirectRefused: a redirect that may not be followed.
            ``asyncio.CancelledError`` propagates; the caller reads :attr:`AsyncAttempt.written`
            to know whether the request may have arrived.
        """
        session = self.session()
        client_timeout = _client_timeout(
            timeout.connect_timeout, timeout.read_timeout, timeout.total
        )
        expired = False
        failure: TransportError | None = None
        resp: aiohttp.ClientResponse | None = None
        sending = _SENDING.set(attempt)
        try:
            async with asyncio.timeout(remaining):
                try:
                    method, url, headers, body = request
                    first = await self._request(session, method, url, headers, body, client_timeout)
                    if first.status in redirects.REDIRECT_STATUSES:
                        first = await self._follow(
                            session, first, request, client_timeout, secret_headers
                        )
                    resp = first
                    status = resp.status
                    if stream and status < 300:
                        return AsyncRESTResponse(resp, None)
                    limit = limits.error if status >= 400 else limits.success
                    if limit is None or reads_at_once(limit, resp.content_length, resp.headers):
                        data = await resp.read()
                        resp.release()
                        return AsyncRESTResponse(resp, data)
                    return await _read_bounded(resp, limit)
                except asyncio.CancelledError:
                    if resp is not None:  # cut mid-body (deadline or cancel): not reusable
                        resp.close()
                    raise
                except ApiValueError:
                    raise
                except (aiohttp.ClientError, OSError, ValueError) as err:
                    failure = _transport_error(err, attempt)
        except TimeoutError:
            expired = True
        finally:
            _SENDING.reset(sending)
        if expired:
            failed = classify_failure(written=attempt.written, timed_out=True, verify_failed=False)
            raise TransportError(failed, TimeoutError("the call's deadline passed"), timeout=True)
        assert failure is not None
        raise failure

    async def _follow(
        self,
        session: aiohttp.ClientSession,
        resp: aiohttp.ClientResponse,
        request: PreparedRequest,
        timeout: aiohttp.ClientTimeout,
        secret_headers: frozenset[str],
    ) -> aiohttp.ClientResponse:
        """The final response of the redirect chain that *resp* starts, its body not read yet."""
        method, url, body = request.method, request.url, request.body
        headers: Mapping[str, str] = request.headers
        hops = 0
        while True:
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
            await _drain(resp)
            if isinstance(step, redirects.Refusal):
                raise AsyncRedirectRefused(AsyncRESTResponse(resp, b""), step.reason)
            method, url, headers, body = step
            hops += 1
            resp = await self._request(session, method, url, headers, body, timeout)
            if resp.status not in redirects.REDIRECT_STATUSES:
                return resp


@lru_cache(maxsize=64)
def _client_timeout(connect: Any, read: Any, total: Any) -> aiohttp.ClientTimeout:
    """aiohttp's timeouts for urllib3's (made once per distinct triple: most calls share one)."""
    return aiohttp.ClientTimeout(
        total=total if isinstance(total, (int, float)) else None,
        sock_connect=connect if isinstance(connect, (int, float)) else None,
        sock_read=read if isinstance(read, (int, float)) else None,
    )


async def _drain(resp: aiohttp.ClientResponse) -> None:
    """Read a redirect's body (bounded) so that its connection can serve the next hop."""
    data = await resp.content.read(REDIRECT_BODY_LIMIT + 1)
    if len(data) > REDIRECT_BODY_LIMIT or not resp.content.at_eof():
        resp.close()
    else:
        resp.release()


async def _read_bounded(resp: aiohttp.ClientResponse, limit: int) -> AsyncRESTResponse:
    """Read a body of unknown or encoded size up to *limit* bytes: a success body over it raises,
    an error body is cut; the connection goes back to the pool only when the body was read whole.
    """
    data, truncated = await _read_up_to(resp, limit)
    if truncated:
        resp.close()
        if resp.status < 400:
            raise BodyTooLarge(resp.status, resp.headers, limit)
    else:
        resp.release()
    return AsyncRESTResponse(resp, data, truncated)


async def _read_up_to(resp: aiohttp.ClientResponse, limit: int) -> tuple[bytes, bool]:
    """At most *limit* decoded bytes of *resp*, and whether there was more."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = await resp.content.read(min(CHUNK, limit + 1))
        if not chunk:
            return b"".join(parts), False
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            return b"".join(parts)[:limit], True


async def iter_stream(
    resp: aiohttp.ClientResponse, chunk_size: int, limit: int | None
) -> AsyncIterator[bytes]:
    """A streamed body in decoded chunks of at most *chunk_size*; raises past *limit* bytes."""
    size = 0
    failure: TransportError | None = None
    try:
        while True:
            chunk = await resp.content.read(chunk_size)
            if not chunk:
                return
            size += len(chunk)
            if limit is not None and size > limit:
                resp.close()
                raise BodyTooLarge(resp.status, resp.headers, limit)
            yield chunk
    except (aiohttp.ClientError, OSError, ValueError) as err:
        _forget_locals(err)
        failure = TransportError(Failure.CONNECTION_LOST, err, timeout=_timed_out(_chain(err)))
    raise failure


def _transport_error(err: BaseException, attempt: AsyncAttempt) -> TransportError:
    """:func:`stencila_hub.rest.sort_failure`, with aiohttp's TLS errors besides the stdlib's."""
    if isinstance(err, aiohttp.InvalidURL) and not attempt.written:
        raise ApiValueError(f"the URL cannot be parsed: {err}") from None
    return sort_failure(
        err,
        written=attempt.written,
        verify_errors=(*VERIFY_ERRORS, aiohttp.ClientConnectorCertificateError),
        tls_errors=(*TLS_ERRORS, aiohttp.ClientSSLError, aiohttp.ClientConnectorSSLError),
    )
