"""The asyncio twin of :class:`stencila_hub.api_client.ApiClient` (hand-written).

A generated async method (templates/api.mustache, the ``Async*Api`` classes) awaits
:meth:`AsyncApiClient.call` with the same module-level :class:`~stencila_hub.operation.Operation`
as its sync twin. The call is the sync call's three steps; steps 1 and 3 are the same functions
(:func:`~stencila_hub.operation.prepare`, :func:`~stencila_hub.responses.decode`), and so are the
retry rules (:class:`~stencila_hub.retry.RetryState`), redirect rules, redaction, credential
providers and exceptions. Only step 2, the retry loop around the I/O, is written again here: a
loop that awaits cannot be the loop that blocks.

Cancellation is an outcome. A task cancelled while its POST or PATCH was written but not
answered re-raises :class:`asyncio.CancelledError` (cancellation must stay cancellation, so that
``asyncio.timeout``, ``TaskGroup`` and ``Task.cancel()`` work) whose ``__cause__`` is an
:class:`~stencila_hub.exceptions.OutcomeUnknownConnectionError` (``request_sent=True``): the server
may have acted on it. It is never re-sent.
"""

from __future__ import annotations

import asyncio
import logging
import random as _random
import time
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, cast

import aiohttp

from stencila_hub import exceptions as exc
from stencila_hub.aio.transport import (
    AsyncAttempt,
    AsyncRedirectRefused,
    AsyncRESTResponse,
    AsyncTransport,
    iter_stream,
)
from stencila_hub.api_client import (
    _CREDENTIAL_HEADERS,
    ApiClient,
    _deadline_passed,
    _log,
    _version,
    call_secrets,
    failure_delay,
    raise_unread,
    result_of,
)
from stencila_hub.configuration import Configuration
from stencila_hub.credentials import Credential, current_for, is_refusal, renew
from stencila_hub.operation import Operation, PreparedRequest, prepare
from stencila_hub.redaction import LazySecrets, RedactedHeaders, redact_url
from stencila_hub.rest import BodyTooLarge, Limits, TransportError
from stencila_hub.retry import Failure, RetryPolicy, RetryState, outcome_unknown
from stencila_hub.timeouts import TimeoutArg, call_timeouts

__all__ = ["AsyncApiClient", "AsyncStreamedResponse"]

logger = logging.getLogger("stencila_hub")


class AsyncStreamedResponse:
    """A binary response not read yet: ``async for chunk in resp.iter_bytes()``, then close
    (or use ``async with``). The chunks are the body as the server meant it (decoded)."""

    def __init__(
        self, resp: aiohttp.ClientResponse, retries_taken: int, limit: int | None = None
    ) -> None:
        self.response = resp
        self.status_code = resp.status
        self.headers: Mapping[str, str] = resp.headers
        self.retries_taken = retries_taken
        self._limit = limit

    async def iter_bytes(self, chunk_size: int = 64 * 1024) -> AsyncIterator[bytes]:
        """The body in chunks of at most *chunk_size* bytes, never held whole in memory."""
        failure: exc.OpenApiException
        try:
            async for chunk in iter_stream(self.response, chunk_size, self._limit):
                yield chunk
            return
        except TransportError as err:
            failure = exc.ApiConnectionError(f"download broken: {err}", request_sent=True)
        except BodyTooLarge as err:
            failure = exc.ResponseDecodeError(
                f"download larger than max_download_bytes ({err.limit})", status=self.status_code
            )
        self.close()
        raise failure

    async def read(self) -> bytes:
        return b"".join([chunk async for chunk in self.iter_bytes()])

    def close(self) -> None:
        """Release the connection (closed instead when the body was not read to the end)."""
        if self.response.content.at_eof():
            self.response.release()
        else:
            self.response.close()

    async def __aenter__(self) -> AsyncStreamedResponse:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.close()


class AsyncApiClient:
    """Holds a Configuration and one bounded aiohttp connector; shared by every async Api class.

    Use it as ``async with AsyncApiClient(configuration) as client:``, or ``await client.close()``.
    The connector is made in the event loop of the first call. ``clock``, ``sleep`` and ``random``
    are the retry loop's time and jitter, as in :class:`stencila_hub.ApiClient` (``sleep`` is a
    coroutine function here, ``asyncio.sleep`` unless given).
    """

    _default: AsyncApiClient | None = None

    def __init__(
        self,
        configuration: Configuration | None = None,
        header_name: str | None = None,
        header_value: str | None = None,
        cookie: str | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.configuration = (
            configuration if configuration is not None else Configuration.get_default()
        )
        self.transport = AsyncTransport(self.configuration)
        self.default_headers: dict[str, str] = RedactedHeaders()
        if header_name is not None:
            self.default_headers[header_name] = header_value or ""
        self.cookie = cookie
        self.default_headers["User-Agent"] = f"stencila_hub/{_version()} (python; asyncio)"
        self._clock = clock
        self._sleep = sleep
        self._random = random
        self.configuration.check_credentials()
        self.configuration.warn_plain_http()

    def check_host(self, system: str) -> None:
        """The sync client's rule, its code: an Api class refuses another system's public host
        (it reads only ``self.configuration``)."""
        ApiClient.check_host(cast(ApiClient, self), system)

    def __repr__(self) -> str:
        return f"AsyncApiClient(configuration={self.configuration!r})"

    async def __aenter__(self) -> AsyncApiClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connector and its connections."""
        await self.transport.close()

    @property
    def user_agent(self) -> str:
        return self.default_headers["User-Agent"]

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.default_headers["User-Agent"] = value

    def set_default_header(self, header_name: str, header_value: str) -> None:
        self.default_headers[header_name] = header_value

    @classmethod
    def get_default(cls) -> AsyncApiClient:
        if cls._default is None:
            cls._default = AsyncApiClient()
        return cls._default

    @classmethod
    def set_default(cls, default: AsyncApiClient | None) -> None:
        cls._default = default

    # -- the call ---------------------------------------------------------------------------

    async def call(
        self,
        op: Operation,
        args: Mapping[str, Any],
        request_timeout: TimeoutArg = None,
        retries: None | int | RetryPolicy = None,
        headers: Mapping[str, str] | None = None,
        http_info: bool = False,
        stream: bool = False,
    ) -> Any:
        """Check, send, retry and decode one operation call (see ApiClient.call)."""
        if headers is not None:
            if not isinstance(headers, Mapping):
                raise exc.ApiTypeError(
                    f"{op.name}(): _headers must be a mapping, not {type(headers).__name__}"
                )
            headers = RedactedHeaders(headers)
        config = self.configuration
        providers = config.credentials
        # Providers may refresh a token over the network with the sync client: in a worker
        # thread, so that the event loop keeps running. No providers, no thread hop.
        used = await asyncio.to_thread(current_for, providers, op.auth) if providers else {}
        request = prepare(op, args, config, self.default_headers, self.cookie, headers, used)
        sent = [request]
        reauthenticate = self._reauthenticator(op, args, headers, used, sent) if used else None
        timeout, policy = call_timeouts(op, request_timeout, retries, config)
        secrets = LazySecrets(
            lambda: [s for r in sent for s in call_secrets(config, self.cookie, r.headers)]
        )
        try:
            resp, state = await self._send(
                op, request, timeout, policy, stream, secrets, reauthenticate
            )
            if stream and resp.data is None:
                limit = config.max_download_bytes
                return AsyncStreamedResponse(resp.response, state.retries, limit)
            return result_of(op, config, request, resp, state, http_info, secrets)
        except exc.OpenApiException as err:
            traceback.clear_frames(err.__traceback__)
            raise

    def _reauthenticator(
        self,
        op: Operation,
        args: Mapping[str, Any],
        headers: Mapping[str, str] | None,
        used: Mapping[str, Credential],
        sent: list[PreparedRequest],
    ) -> Callable[[int, bytes | None], Awaitable[PreparedRequest | None]]:
        config = self.configuration

        async def reauthenticate(status: int, body: bytes | None) -> PreparedRequest | None:
            if not is_refusal(op.auth, status, body):
                return None
            fresh = await asyncio.to_thread(renew, config.credentials, used)
            if fresh is None:
                return None
            sent.append(
                prepare(op, args, config, self.default_headers, self.cookie, headers, fresh)
            )
            return sent[-1]

        return reauthenticate

    async def _send(
        self,
        op: Operation,
        request: PreparedRequest,
        timeout: Any,
        policy: RetryPolicy,
        stream: bool,
        secrets: LazySecrets,
        reauthenticate: Callable[[int, bytes | None], Awaitable[PreparedRequest | None]]
        | None = None,
    ) -> tuple[AsyncRESTResponse, RetryState]:
        """Send until an answer that is not retried (the loop of ApiClient._send, awaiting)."""
        config = self.configuration
        limits = Limits(success=config.max_response_bytes, error=config.max_error_body_bytes)
        state = RetryState(policy, request.method, self._clock, self._random)
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            remaining = state.remaining()
            if remaining is not None and remaining <= 0:
                raise _deadline_passed(request, state, secrets)
            started = time.monotonic() if debug else 0.0
            failed: TransportError | None = None
            too_large: BodyTooLarge | None = None
            refused: AsyncRedirectRefused | None = None
            cancelled: asyncio.CancelledError | None = None
            attempt = AsyncAttempt()
            try:
                resp = await self.transport.attempt(
                    attempt,
                    request,
                    timeout,
                    remaining,
                    limits,
                    stream,
                    _CREDENTIAL_HEADERS,
                )
            except TransportError as err:
                failed = err
            except BodyTooLarge as err:
                too_large = err
            except AsyncRedirectRefused as err:
                refused = err
            except asyncio.CancelledError as err:
                cancelled = err
            if cancelled is not None:
                raise _cancelled(request, attempt, state, secrets, cancelled)
            if too_large is not None or refused is not None:
                raise_unread(op, request, state, secrets, too_large, refused)
            if failed is not None:
                await self._sleep(
                    failure_delay(request, failed, state, secrets, started if debug else None)
                )
                continue
            if debug:
                _log(request, str(resp.status), started, state)
            if resp.status < 400:
                return resp, state
            if reauthenticate is not None and resp.status in (401, 403):
                renewed = await reauthenticate(resp.status, resp.data)
                reauthenticate = None
                if renewed is not None:
                    request = renewed
                    state.retries += 1
                    continue
            delay = state.next_delay(Failure.STATUS, resp.status, resp.retry_after)
            if delay is None:
                return resp, state
            await self._sleep(delay)


def _cancelled(
    request: PreparedRequest,
    attempt: AsyncAttempt,
    state: RetryState,
    secrets: LazySecrets,
    cancelled: asyncio.CancelledError,
) -> asyncio.CancelledError:
    """The CancelledError to re-raise: the same one, or, when the request was written and its
    method is not idempotent, a new one caused by the outcome-unknown exception."""
    if not attempt.written or not outcome_unknown(request.method, Failure.CONNECTION_LOST):
        return cancelled
    unknown = exc.OutcomeUnknownConnectionError(
        "cancelled after the request was written; the server may have acted on it",
        request_sent=True,
        method=request.method,
        url=redact_url(request.url),
        attempts=state.attempts,
        secrets=secrets,
    )
    again = asyncio.CancelledError(
        f"{request.method} {redact_url(request.url)} cancelled after it was written: "
        "outcome unknown (see __cause__)"
    )
    again.__cause__ = unknown
    return again
