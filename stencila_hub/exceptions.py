"""The one exception tree of stencila_hub (hand-written; see .openapi-generator-ignore).

Everything this package raises on purpose derives from :class:`OpenApiException` (alias
:class:`StencilaHubError`)::

    OpenApiException (StencilaHubError)
    ├── ApiTypeError, ApiValueError, ApiKeyError, ApiAttributeError   bad input, nothing was sent
    ├── ApiConnectionError          no usable response (refused, reset, TLS, retries exhausted)
    │   ├── ApiTimeoutError         connect or read timeout, or the total deadline passed
    │   └── ApiSSLError             TLS handshake or certificate verification failed
    ├── ApiException                the server answered with an error status (carries status, body)
    │   ├── BadRequestException 400, UnauthorizedException 401, ForbiddenException 403,
    │   │   NotFoundException 404, ConflictException 409, UnprocessableEntityException 422,
    │   │   RateLimitException 429, ServiceException 5xx
    │   └── EnvelopeErrorException  an Agave envelope with "status": "error", even on HTTP 200
    ├── CredentialsError            a credential provider could not get a token (refused, unreachable)
    ├── ResponseDecodeError         a response body that is not what the spec says (bad JSON, ...)
    │                               or larger than the configured limit
    └── OutcomeUnknownError         mixin: the server may have acted on a POST/PATCH we did not retry

``OutcomeUnknownError`` is mixed into the transport or status error that caused it
(:class:`OutcomeUnknownTimeoutError`, :class:`OutcomeUnknownConnectionError`,
:class:`OutcomeUnknownServiceException`, :class:`OutcomeUnknownDecodeError`,
:class:`OutcomeUnknownRedirectException`), so ``except OutcomeUnknownError`` catches every case in
which a job may have been submitted although the call failed.

The mapping from an HTTP status to a class is :func:`exception_class_for_status`: pure, no I/O.
Messages never contain request headers, so no credential can reach a log through an exception;
and every message is scrubbed of the call's credential values (``secrets=``), in case a server
echoes a token back in an error body.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from stencila_hub.redaction import redact_values

#: How much of a response body an exception's message quotes (the whole body stays on ``.body``).
BODY_EXCERPT_CHARS = 500


class OpenApiException(Exception):
    """The base class of every exception this package raises on purpose."""


StencilaHubError = OpenApiException


def _render_path(path_to_item: list | None) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f"['{p}']" for p in path_to_item or ())


class ApiTypeError(OpenApiException, TypeError):
    """An argument has the wrong type; raised before anything is sent."""

    def __init__(
        self,
        msg: str,
        path_to_item: list | None = None,
        valid_classes: tuple | None = None,
        key_type: bool | None = None,
    ) -> None:
        self.path_to_item = path_to_item
        self.valid_classes = valid_classes
        self.key_type = key_type
        if path_to_item:
            msg = f"{msg} at {_render_path(path_to_item)}"
        super().__init__(msg)


class ApiValueError(OpenApiException, ValueError):
    """An argument has a bad value; raised before anything is sent."""

    def __init__(self, msg: str, path_to_item: list | None = None) -> None:
        self.path_to_item = path_to_item
        if path_to_item:
            msg = f"{msg} at {_render_path(path_to_item)}"
        super().__init__(msg)


class ApiAttributeError(OpenApiException, AttributeError):
    """An attribute that does not exist was asked for."""


class ApiKeyError(OpenApiException, KeyError):
    """A key that does not exist was asked for."""


class OutcomeUnknownError(OpenApiException):
    """Mixin: a non-idempotent request (POST, PATCH) may have reached the server and been acted on.

    It was not retried, because a retry could submit the job twice. Check the server's state
    (list or read the job) before trying again.
    """

    outcome_unknown = True


class ApiConnectionError(OpenApiException):
    """No usable HTTP response was received.

    :ivar attempts: how many requests were tried (1 = no retry).
    :ivar request_sent: False when the failure happened before the request left this process
        (connection refused, DNS, TLS handshake): the server cannot have seen it.
    """

    outcome_unknown = False

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 1,
        request_sent: bool = False,
        method: str = "",
        url: str = "",
        secrets: Iterable[str] = (),
    ) -> None:
        self.attempts = attempts
        self.request_sent = request_sent
        self.method = method
        self.url = url
        where = f"{method} {url}: " if method else ""
        super().__init__(redact_values(f"{where}{message} (attempts: {attempts})", secrets))


class ApiTimeoutError(ApiConnectionError):
    """A connect or read timeout, or the total deadline across retries, passed."""


class ApiSSLError(ApiConnectionError):
    """The TLS handshake failed, for example because the certificate could not be verified."""


class OutcomeUnknownTimeoutError(ApiTimeoutError, OutcomeUnknownError):
    """A POST or PATCH timed out waiting for the answer; the server may have acted on it."""


class OutcomeUnknownConnectionError(ApiConnectionError, OutcomeUnknownError):
    """The connection broke after a POST or PATCH was sent; the server may have acted on it."""


class ResponseDecodeError(OpenApiException):
    """The server answered, but the body is not what the spec says (bad JSON, wrong type, ...)."""

    def __init__(
        self,
        message: str,
        *,
        status: int = 0,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        attempts: int = 1,
        secrets: Iterable[str] = (),
    ) -> None:
        self.status = status
        self.body = body
        self.headers = headers
        self.attempts = attempts
        excerpt = _excerpt(body)
        text = f"{message} (HTTP {status}){': ' + excerpt if excerpt else ''}"
        super().__init__(redact_values(text, secrets))


class OutcomeUnknownDecodeError(ResponseDecodeError, OutcomeUnknownError):
    """The answer to a POST or PATCH could not be read or decoded (too large, cut short, not what
    the spec says): the server acted on the request, and how is unknown."""


def _excerpt(body: bytes | None) -> str:
    if not body:
        return ""
    text = body[:BODY_EXCERPT_CHARS].decode("utf-8", "replace")
    return text + ("..." if len(body) > BODY_EXCERPT_CHARS else "")


class ApiException(OpenApiException):
    """The server answered with an error status.

    :ivar status: the HTTP status code.
    :ivar reason: the HTTP reason phrase.
    :ivar body: the raw response body (bytes), also when it is not JSON.
    :ivar data: the error body decoded to the spec's error model, when it decodes; else None.
    :ivar message: the server's own message (``message``, ``error_message``, ``error`` ...), if any.
    :ivar headers: the response headers.
    :ivar attempts: how many requests were tried.
    :ivar retry_after: seconds the server asked us to wait (429/503), when it said.

    :attr:`errors` lists the field errors of the answer, when it has some (the Hub's 400).
    """

    status: int | None = None

    def __init__(
        self,
        status: int | None = None,
        reason: str | None = None,
        http_resp: Any = None,
        *,
        body: bytes | None = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        message: str | None = None,
        attempts: int = 1,
        retry_after: float | None = None,
        secrets: Iterable[str] = (),
    ) -> None:
        if status is not None or self.status is None:
            self.status = status
        self.reason = reason
        self.body = body
        self.data = data
        self.headers = headers
        secrets = tuple(secrets)  # used here only: never stored on the exception
        self.message = redact_values(message, secrets) if message else message
        self.attempts = attempts
        self.retry_after = retry_after
        self._text = redact_values(self._render(), secrets)
        super().__init__(self._text)

    @property
    def errors(self) -> list[tuple[str, str]]:
        """The field errors of the answer as ``(field, message)`` pairs: the Hub's 400
        ``{"message": "Invalid input.", "errors": [{"field": "status", "message": "..."}]}``
        gives ``[("status", "...")]`` (``.data.errors`` holds them as ``HubFieldError`` models).
        Empty when the answer has none (every other error body)."""
        items = getattr(self.data, "errors", None)
        if not isinstance(items, list):
            return []
        pairs = []
        for item in items:
            fields = item.to_dict() if hasattr(item, "to_dict") else item
            if isinstance(fields, Mapping) and fields.get("field") is not None:
                pairs.append((str(fields["field"]), str(fields.get("message"))))
        return pairs

    def _render(self) -> str:
        text = f"({self.status})\nReason: {self.reason}\n"
        if self.message:
            text += f"Message: {self.message}\n"
        if self.errors:
            text += f"Field errors: {'; '.join(f'{f}: {m}' for f, m in self.errors)}\n"
        excerpt = _excerpt(self.body)
        if excerpt:
            text += f"HTTP response body: {excerpt}\n"
        return text

    def __str__(self) -> str:
        return self._text

    #: What is likely wrong on the caller's side (a credential without its prefix), when known.
    hint: str | None = None

    def add_hint(self, hint: str) -> None:
        """Add *hint* to the message (it names settings, never a credential's value)."""
        self.hint = hint
        self._text += f"Hint: {hint}\n"
        self.args = (self._text,)

    # The generator's name for the decoded body; kept for code written against it.
    @property
    def data_or_body(self) -> Any:
        return self.data if self.data is not None else self.body


class BadRequestException(ApiException):
    status = 400


class UnauthorizedException(ApiException):
    status = 401


class ForbiddenException(ApiException):
    status = 403


class NotFoundException(ApiException):
    status = 404


class ConflictException(ApiException):
    """409: for Kubernetes, the resourceVersion you sent is stale; read again and retry."""

    status = 409


class UnprocessableEntityException(ApiException):
    status = 422


class RateLimitException(ApiException):
    status = 429


class ServiceException(ApiException):
    """A 5xx answer."""


class OutcomeUnknownServiceException(ServiceException, OutcomeUnknownError):
    """A 500, 502 or 504 answer to a POST or PATCH: the job may have been acted on (not retried)."""


class OutcomeUnknownRedirectException(ApiException, OutcomeUnknownError):
    """A redirect answered to a POST or PATCH was not followed (refused, or one too many): the
    server may have acted on the request."""


class EnvelopeErrorException(ApiException):
    """The body is an envelope that says ``"status": "error"`` (Agave does so even with HTTP 200)."""


_STATUS_CLASSES = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
    429: RateLimitException,
}


def exception_class_for_status(status: int, *, outcome_unknown: bool = False) -> type[ApiException]:
    """The exception class for an HTTP error status. Pure: the one place statuses are mapped."""
    if status >= 500:
        return OutcomeUnknownServiceException if outcome_unknown else ServiceException
    if 300 <= status < 400 and outcome_unknown:
        return OutcomeUnknownRedirectException
    return _STATUS_CLASSES.get(status, ApiException)


def _make_envelope_variants() -> dict[type[ApiException], type[ApiException]]:
    variants: dict[type[ApiException], type[ApiException]] = {ApiException: EnvelopeErrorException}
    for base in (
        *_STATUS_CLASSES.values(),
        ServiceException,
        OutcomeUnknownServiceException,
    ):
        name = "Envelope" + base.__name__
        variants[base] = type(
            name,
            (base, EnvelopeErrorException),
            {
                "__module__": __name__,
                "__qualname__": name,
                "__doc__": f"An error envelope with an HTTP error status: both a "
                f"{base.__name__} and an EnvelopeErrorException.",
            },
        )
    return variants


#: ``EnvelopeNotFoundException`` and the like: an error envelope that came with an error status
#: (Agave) is both the status's class and an :class:`EnvelopeErrorException`. Module attributes,
#: so they pickle.
_ENVELOPE_VARIANTS = _make_envelope_variants()
globals().update({cls.__name__: cls for cls in _ENVELOPE_VARIANTS.values()})


def envelope_variant(cls: type[ApiException]) -> type[ApiException]:
    """The class to raise for an error envelope that came with the status of *cls* (pure)."""
    return _ENVELOPE_VARIANTS.get(cls, cls)


_MESSAGE_KEYS = ("message", "error_message", "error", "reason", "detail", "msg")


def error_message_from(payload: Any) -> str | None:
    """The human message in a decoded error body of any of the five systems, or None.

    Hub ``{"message"}``, Agave ``{"status": "error", "message"}``, Kubernetes ``V1Status.message``,
    Sahara ``{"error_code", "error_name", "error_message"}``, Gaffer ``{"error", "reason"}`` (both
    strings: ``"<error>: <reason>"``; a numeric ``error``: the ``reason``), ``{"error", "errno"}``
    and plain strings.
    """
    if isinstance(payload, str):
        return payload or None
    if not isinstance(payload, Mapping):
        return None
    error, reason = payload.get("error"), payload.get("reason")
    if isinstance(error, str) and error and isinstance(reason, str) and reason:
        return f"{error}: {reason}"  # Gaffer: {"error": "bad_request", "reason": "..."}
    for key in _MESSAGE_KEYS:
        value = payload.get(key)
        if isinstance(value, str) and value:
            return value
        if isinstance(value, Mapping):
            nested = error_message_from(value)
            if nested:
                return nested
    return None
