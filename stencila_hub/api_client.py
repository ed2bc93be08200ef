"""The one base client every generated Api class calls (hand-written; see
.openapi-generator-ignore).

A generated method (templates/api.mustache) describes its operation once, at import, as an
:class:`~stencila_hub.operation.Operation`, and calls :meth:`ApiClient.call`, which:

1. checks the arguments and builds the request (:mod:`stencila_hub.operation`, no I/O), with
   the credentials the configuration's providers give (:mod:`stencila_hub.credentials`);
2. sends it through :mod:`stencila_hub.rest`, retrying as :class:`stencila_hub.retry.RetryState`
   decides, within one deadline, and re-sending once with renewed credentials if the server
   refused them;
3. decodes the answer or raises its typed exception (:mod:`stencila_hub.responses`, no I/O).

Only step 2 does I/O; it is the part an asyncio client writes again.
"""

from __future__ import annotations

import logging
import random as _random
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import urllib3
from pydantic import BaseModel

from stencila_hub import exceptions as exc
from stencila_hub.configuration import AUTH_SCHEMES, SYSTEM_SERVERS, Configuration
from stencila_hub.credentials import Credential, current_for, is_refusal, renew
from stencila_hub.operation import Operation, Param, PreparedRequest, prepare
from stencila_hub.redaction import LazySecrets, RedactedHeaders, Secrets, redact_headers, redact_url
from stencila_hub.redirects import origin
from stencila_hub.responses import Answer, ApiResponse, decode, decode_error, raise_for_status
from stencila_hub.rest import (
    BodyTooLarge,
    Limits,
    RedirectRefused,
    RESTClientObject,
    RESTResponse,
    TransportError,
    iter_stream,
)
from stencila_hub.retry import Failure, RetryPolicy, RetryState, outcome_unknown
from stencila_hub.timeouts import TimeoutArg, call_timeouts, within

__all__ = ["ApiClient", "ApiResponse", "Operation", "Param", "StreamedResponse", "TimeoutArg"]

logger = logging.getLogger("stencila_hub")

#: Lower-case names of the headers the spec's security schemes set: dropped across origins.
_CREDENTIAL_HEADERS = frozenset(header.lower() for _kind, header in AUTH_SCHEMES.values())


class StreamedResponse:
    """A binary response not read yet: iterate over it in chunks, then close (or use ``with``).

    The chunks are the body as the server meant it: a ``Content-Encoding`` (gzip, deflate) is
    undone, and the framing (Content-Length or chunked) does not change them.
    """

    def __init__(
        self, resp: urllib3.BaseHTTPResponse, retries_taken: int, limit: int | None = None
    ) -> None:
        self.response = resp
        self.status_code = resp.status
        self.headers = resp.headers
        self.retries_taken = retries_taken
        self._limit = limit

    def iter_bytes(self, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
        """The body in chunks of at most *chunk_size* bytes, never held whole in memory."""
        failure: exc.OpenApiException
        try:
            yield from iter_stream(self.response, chunk_size, self._limit)
            return
        except TransportError as err:
            failure = exc.ApiConnectionError(f"download broken: {err}", request_sent=True)
        except BodyTooLarge as err:
            failure = exc.ResponseDecodeError(
                f"download larger than max_download_bytes ({err.limit})", status=self.status_code
            )
        self.close()
        raise failure

    def read(self) -> bytes:
        return b"".join(self.iter_bytes())

    def close(self) -> None:
        """Release the connection; one whose body was not read to the end is closed instead (its
        unread bytes would be taken for the next response on it)."""
        if not self.response.closed:
            self.response.close()
        self.response.release_conn()

    def __enter__(self) -> StreamedResponse:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ApiClient:
    """Holds a Configuration and connection pools; shared by every Api class and thread.

    Use it as a context manager, or call :meth:`close`, to release the pools' connections.

    :param clock: ``time.monotonic`` unless given; :param sleep: ``time.sleep`` unless given;
    :param random: ``random.random`` unless given. The retry loop's waits and jitter come from
    these three (tests pass a virtual clock: nothing waits).
    """

    _default: ApiClient | None = None

    def __init__(
        self,
        configuration: Configuration | None = None,
        header_name: str | None = None,
        header_value: str | None = None,
        cookie: str | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.configuration = (
            configuration if configuration is not None else Configuration.get_default()
        )
        self.rest_client = RESTClientObject(self.configuration)
        self.default_headers: dict[str, str] = RedactedHeaders()
        if header_name is not None:
            self.default_headers[header_name] = header_value or ""
        self.cookie = cookie
        self.user_agent = f"stencila_hub/{_version()} (python)"
        self._clock = clock
        self._sleep = sleep
        self._random = random
        self.configuration.check_credentials()
        self.configuration.warn_plain_http()

    def __repr__(self) -> str:
        return f"ApiClient(configuration={self.configuration!r})"

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every pooled connection."""
        self.rest_client.clear()

    @property
    def user_agent(self) -> str:
        return self.default_headers["User-Agent"]

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.default_headers["User-Agent"] = value

    def set_default_header(self, header_name: str, header_value: str) -> None:
        self.default_headers[header_name] = header_value

    def check_host(self, system: str) -> None:
        """Refuse to serve *system*'s Api class with another system's public host (an Agave
        token must not go to the Hub): called when an Api class is made."""
        host = self.configuration.configured_host
        if host is None:
            return
        for other, (default, _env) in SYSTEM_SERVERS.items():
            if other != system and default is not None and origin(host) == origin(default):
                own = SYSTEM_SERVERS.get(system, (None, ""))
                raise exc.ApiValueError(
                    f"{host} is {other}'s host, not {system}'s: set Configuration(host=...) "
                    f"to {own[0] or 'its server'} ({own[1]}) for this Api class"
                )

    @classmethod
    def get_default(cls) -> ApiClient:
        if cls._default is None:
            cls._default = ApiClient()
        return cls._default

    @classmethod
    def set_default(cls, default: ApiClient | None) -> None:
        cls._default = default

    # -- the call ---------------------------------------------------------------------------

    def call(
        self,
        op: Operation,
        args: Mapping[str, Any],
        request_timeout: TimeoutArg = None,
        retries: None | int | RetryPolicy = None,
        headers: Mapping[str, str] | None = None,
        http_info: bool = False,
        stream: bool = False,
    ) -> Any:
        """Check, send, retry and decode one operation call. See the module docstring."""
        if headers is not None:
            if not isinstance(headers, Mapping):
                raise exc.ApiTypeError(
                    f"{op.name}(): _headers must be a mapping, not {type(headers).__name__}"
                )
            headers = RedactedHeaders(headers)  # may hold a credential: hidden from tracebacks
        config = self.configuration
        used = current_for(config.credentials, op.auth)
        request = prepare(op, args, config, self.default_headers, self.cookie, headers, used)
        sent = [request]  # every request of this call: each one's credentials are secrets
        reauthenticate = self._reauthenticator(op, args, headers, used, sent) if used else None
        timeout, policy = call_timeouts(op, request_timeout, retries, config)
        # The call's credentials, listed only when an exception is raised.
        secrets = LazySecrets(
            lambda: [s for r in sent for s in call_secrets(config, self.cookie, r.headers)]
        )
        try:
            resp, state = self._send(op, request, timeout, policy, stream, secrets, reauthenticate)
            if stream and resp.data is None:
                limit = config.max_download_bytes
                return StreamedResponse(resp.response, state.retries, limit)
            return result_of(op, config, request, resp, state, http_info, secrets)
        except exc.OpenApiException as err:
            # The finished frames below this one hold the answer's raw body and headers, which
            # may echo a credential: a traceback printed with its locals would show them.
            traceback.clear_frames(err.__traceback__)
            raise

    def _reauthenticator(
        self,
        op: Operation,
        args: Mapping[str, Any],
        headers: Mapping[str, str] | None,
        used: Mapping[str, Credential],
        sent: list[PreparedRequest],
    ) -> Callable[[int, bytes | None], PreparedRequest | None]:
        """For :meth:`_send`: given a refused answer, the request again with the credentials the
        providers renewed (added to *sent*), or None when it was no refusal or nothing changed."""
        config = self.configuration

        def reauthenticate(status: int, body: bytes | None) -> PreparedRequest | None:
            if not is_refusal(op.auth, status, body):
                return None
            fresh = renew(config.credentials, used)
            if fresh is None:
                return None
            sent.append(
                prepare(op, args, config, self.default_headers, self.cookie, headers, fresh)
            )
            return sent[-1]

        return reauthenticate

    def _send(
        self,
        op: Operation,
        request: PreparedRequest,
        timeout: urllib3.Timeout,
        policy: RetryPolicy,
        stream: bool,
        secrets: LazySecrets,
        reauthenticate: Callable[[int, bytes | None], PreparedRequest | None] | None = None,
    ) -> tuple[RESTResponse, RetryState]:
        """Send until an answer that is not retried; raise when no attempt is left.

        *reauthenticate*: given a refused answer's status and body, the request again with
        renewed credentials (or None); asked once per call, so a call re-sends at most once for
        its credentials. Safe for every method: the server refused the request, it did nothing.

        Exceptions are raised outside ``except`` blocks, so that none carries the transport's
        failure (and whatever it holds) as its ``__context__``.
        """
        config = self.configuration
        limits = Limits(success=config.max_response_bytes, error=config.max_error_body_bytes)
        state = RetryState(policy, request.method, self._clock, self._random)
        debug = logger.isEnabledFor(logging.DEBUG)
        while True:
            remaining = state.remaining()
            if remaining is not None and remaining <= 0:
                raise _deadline_passed(request, state, secrets)
            deadline = None if remaining is None else time.monotonic() + remaining
            started = time.monotonic() if debug else 0.0
            failed: TransportError | None = None
            too_large: BodyTooLarge | None = None
            refused: RedirectRefused | None = None
            try:
                resp = self.rest_client.request(
                    request.method,
                    request.url,
                    request.headers,
                    request.body,
                    within(timeout, remaining),
                    deadline,
                    limits,
                    stream,
                    _CREDENTIAL_HEADERS,
                    timeout.read_timeout if stream else None,
                )
            except TransportError as err:
                failed = err
            except BodyTooLarge as err:
                too_large = err
            except RedirectRefused as err:
                refused = err
            if too_large is not None or refused is not None:
                raise_unread(op, request, state, secrets, too_large, refused)
            if failed is not None:
                self._sleep(
                    failure_delay(request, failed, state, secrets, started if debug else None)
                )
                continue
            if debug:
                _log(request, str(resp.status), started, state)
            if resp.status < 400:
                return resp, state
            if reauthenticate is not None and resp.status in (401, 403):
                renewed, reauthenticate = reauthenticate(resp.status, resp.data), None
                if renewed is not None:
                    request = renewed
                    state.retries += 1  # counted in attempts and retries_taken, like any re-send
                    continue
            delay = state.next_delay(Failure.STATUS, resp.status, resp.retry_after)
            if delay is None:
                return resp, state
            self._sleep(delay)

    # -- compatibility with code written for the stock generator ------------------------------

    def sanitize_for_serialization(self, obj: Any) -> Any:
        """JSON-ready form of *obj* (models by JSON name, set fields only)."""
        if isinstance(obj, BaseModel):
            return obj.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if isinstance(obj, (list, tuple)):
            return [self.sanitize_for_serialization(o) for o in obj]
        if isinstance(obj, dict):
            return {k: self.sanitize_for_serialization(v) for k, v in obj.items()}
        if hasattr(obj, "isoformat"):
            return obj.isoformat()
        return obj


def _version() -> str:
    from stencila_hub import __version__

    return __version__


def _log(request: PreparedRequest, outcome: str, started: float, state: RetryState) -> None:
    logger.debug(
        "%s %s -> %s in %.1f ms (attempt %d) headers=%r",
        request.method,
        redact_url(request.url),
        outcome,
        (time.monotonic() - started) * 1000,
        state.attempts,
        redact_headers(request.headers),
    )


def call_secrets(
    configuration: Configuration, cookie: str | None, headers: RedactedHeaders
) -> Secrets:
    """The credential values of a call's request, to scrub from exception messages and bodies."""
    values = [*headers.secret_values(), *configuration.api_key.values()]
    values += [v for v in (configuration.access_token, configuration.password, cookie) if v]
    return Secrets(v for v in values if isinstance(v, str) and v)


def result_of(
    op: Operation,
    configuration: Configuration,
    request: PreparedRequest,
    resp: RESTResponse | Any,
    state: RetryState,
    http_info: bool,
    secrets: LazySecrets,
) -> Any:
    """What the call returns for the answer its retry loop ended with (sync or asyncio), or its
    exception, with a hint when a 401/403's scheme expects a prefix that was not set."""
    answer = Answer(
        request.method,
        resp.status,
        resp.reason,
        resp.headers,
        resp.data,
        state.attempts,
        resp.retry_after,
    )
    if resp.status == 401 or resp.status == 403:
        hint = configuration.prefix_hint(op.auth)
        if hint is not None:
            try:
                return decode(op, answer, http_info, secrets)
            except exc.ApiException as err:
                err.add_hint(hint)
                raise
    return decode(op, answer, http_info, secrets)


def raise_unread(
    op: Operation,
    request: PreparedRequest,
    state: RetryState,
    secrets: LazySecrets,
    too_large: BodyTooLarge | None,
    refused: RedirectRefused | Any,
) -> None:
    """Raise for an attempt whose answer was not read: a success body over
    ``max_response_bytes``, or a redirect that may not be followed."""
    if too_large is not None:
        answer = Answer(
            request.method, too_large.status, None, too_large.headers, None, state.attempts
        )
        raise decode_error(
            op,
            answer,
            f"response body larger than max_response_bytes ({too_large.limit})",
            secrets,
        )
    r = refused.response
    answer = Answer(request.method, r.status, r.reason, r.headers, None, state.attempts)
    raise_for_status(op, answer, secrets, reason=refused.reason)


def failure_delay(
    request: PreparedRequest,
    failed: TransportError,
    state: RetryState,
    secrets: LazySecrets,
    started: float | None,
) -> float:
    """Seconds to wait before the next attempt after a failed one (logged when *started*, the
    attempt's start, is given); raises when the policy gives it no next attempt."""
    if started is not None:
        _log(request, failed.failure.value, started, state)
    delay = state.next_delay(failed.failure)
    if delay is None:
        raise _transport_exception(request, failed, state.attempts, secrets)
    return delay


def _deadline_passed(
    request: PreparedRequest, state: RetryState, secrets: LazySecrets
) -> exc.ApiTimeoutError:
    return exc.ApiTimeoutError(
        f"total deadline of {state.policy.total_timeout}s passed",
        attempts=state.attempts,
        request_sent=state.retries > 0,
        method=request.method,
        url=redact_url(request.url),
        secrets=secrets,
    )


def _transport_exception(
    request: PreparedRequest, err: TransportError, attempts: int, secrets: LazySecrets
) -> exc.OpenApiException:
    """The public exception for an attempt that got no usable answer and is not retried."""
    where: dict[str, Any] = {
        "method": request.method,
        "url": redact_url(request.url),
        "attempts": attempts,
        "secrets": secrets,
    }
    sent = err.failure not in (Failure.CONNECT, Failure.TLS)
    unknown = outcome_unknown(request.method, err.failure)
    if err.tls and not sent:
        return exc.ApiSSLError(f"TLS failed: {err}", request_sent=False, **where)
    if err.timeout:
        cls = exc.OutcomeUnknownTimeoutError if unknown else exc.ApiTimeoutError
        what = (
            f"timed out; the server may have acted on it: {err}" if unknown else f"timed out: {err}"
        )
        return cls(what, request_sent=sent, **where)
    if unknown:
        return exc.OutcomeUnknownConnectionError(
            f"connection lost after sending; the server may have acted on it: {err}",
            request_sent=True,
            **where,
        )
    return exc.ApiConnectionError(f"{err.failure.value}: {err}", request_sent=sent, **where)
