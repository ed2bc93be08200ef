"""From a received answer to what the caller gets: decoded data or a typed exception.

Hand-written (see .openapi-generator-ignore); pure, no I/O: the sync client and an asyncio one
share it. What is worked out once per answer: the response type (by status, then ``2XX`` /
``default``, then for an undeclared success the operation's own success type), whether the outcome
of a POST/PATCH is unknown, and ``Retry-After``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from stencila_hub import exceptions as exc
from stencila_hub.base_model import decode_json
from stencila_hub.operation import Operation, resolve_type
from stencila_hub.redaction import NO_SECRETS, Secrets, redact_values
from stencila_hub.retry import Failure, outcome_unknown

__all__ = ["Answer", "ApiResponse", "decode", "raise_for_status", "response_type"]

T = TypeVar("T")


@dataclass
class ApiResponse(Generic[T]):
    """What ``*_with_http_info`` returns: the decoded data plus the HTTP details."""

    status_code: int
    headers: Mapping[str, str]
    data: T
    raw_data: bytes | None
    retries_taken: int = 0


class Answer:
    """A received answer, body read, as the decoding needs it."""

    __slots__ = ("attempts", "body", "headers", "method", "reason", "retry_after", "status")

    def __init__(
        self,
        method: str,
        status: int,
        reason: str | None,
        headers: Mapping[str, str],
        body: bytes | None,
        attempts: int = 1,
        retry_after: float | None = None,
    ) -> None:
        self.method = method
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body
        self.attempts = attempts
        #: The server's Retry-After in seconds, parsed once by the transport (an error status).
        self.retry_after = retry_after

    def __repr__(self) -> str:
        # No body or headers: either may echo a credential, and an Answer is a local of frames
        # that a traceback printed with its locals would show.
        return f"Answer({self.method} -> {self.status}, attempts={self.attempts})"


_ANY = TypeAdapter(Any)


def response_type(op: Operation, status: int) -> Any:
    """The type the spec gives the body of *status*: exact, then ``2XX``/``default``; an undeclared
    success status takes the operation's declared success type (a 200 where 201 is declared)."""
    code = str(status)
    responses = op.responses
    if code in responses:
        name = responses[code]
    elif code[0] + "XX" in responses:
        name = responses[code[0] + "XX"]
    elif 200 <= status < 300:
        name = next(
            (v for k, v in responses.items() if k.startswith("2")), responses.get("default")
        )
    else:
        name = responses.get("default")
    return None if name is None else resolve_type(name)


def decode(
    op: Operation, answer: Answer, http_info: bool, secrets: Iterable[str] = NO_SECRETS
) -> Any:
    """What the call returns for a 2xx or 3xx *answer*; raises for an error status."""
    status = answer.status
    if op.exists and (status < 300 or status == 404):
        found = status != 404
        if http_info:
            return ApiResponse(status, answer.headers, found, answer.body, answer.attempts - 1)
        return found
    if status >= 300:  # an error, or a redirect that was not followed: no operation declares one
        raise_for_status(op, answer, secrets)
    data = _decode_body(op, answer, response_type(op, status), secrets)
    result = data
    if op.unwrap is not None and data is not None:
        _raise_for_envelope(op, answer, data, secrets)
        result = data.get(op.unwrap) if isinstance(data, dict) else getattr(data, op.unwrap, None)
    if http_info:
        return ApiResponse(status, answer.headers, data, answer.body, answer.attempts - 1)
    return result


def decode_error(
    op: Operation,
    answer: Answer,
    message: str,
    secrets: Iterable[str] = NO_SECRETS,
) -> exc.ResponseDecodeError:
    """The exception for a 2xx body that cannot be what the spec says (outcome unknown for a
    POST or PATCH: the server acted, and the answer saying how is lost)."""
    unknown = outcome_unknown(answer.method, Failure.CONNECTION_LOST)
    cls = exc.OutcomeUnknownDecodeError if unknown else exc.ResponseDecodeError
    secrets = Secrets(secrets)
    return cls(
        f"{op.name}(): {message}",
        status=answer.status,
        body=_redacted_body(answer.body, secrets),
        headers=_redacted_headers(answer.headers, secrets),
        attempts=answer.attempts,
        secrets=secrets,
    )


def _decode_body(op: Operation, answer: Answer, tp: Any, secrets: Iterable[str]) -> Any:
    raw = answer.body
    if tp is None:
        return None
    if not raw:
        if op.empty_ok or answer.status == 204:
            return None
        raise decode_error(op, answer, "empty body where the spec says JSON", secrets)
    if tp is bytes:
        return raw
    if tp is str:
        return raw.decode("utf-8", "replace")
    content_type = answer.headers.get("Content-Type", "")
    if content_type and "json" not in content_type.lower():
        raise decode_error(op, answer, f"expected JSON, got Content-Type {content_type!r}", secrets)
    try:
        return decode_json(tp, raw)
    except ValidationError as err:
        problem = _first_error(err)
    # Raised here, not in the except block: the ValidationError quotes the body, which may echo
    # a credential, and would ride along as __context__.
    raise decode_error(op, answer, f"the response does not match the spec: {problem}", secrets)


def raise_for_status(
    op: Operation, answer: Answer, secrets: Iterable[str] = NO_SECRETS, reason: str | None = None
) -> None:
    """Raise the typed exception for an error (or unfollowed redirect) *answer*."""
    secrets = Secrets(secrets)  # listed once; its repr names none
    raw = _redacted_body(answer.body, secrets)
    data: Any = None
    payload: Any = None
    if raw:
        tp = response_type(op, answer.status)
        try:
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                data = decode_json(tp, raw)
                payload = data.to_dict()
            else:
                payload = data = _ANY.validate_json(raw)
        except ValidationError:
            payload = raw.decode("utf-8", "replace") if len(raw) < 2048 else None
    unknown = outcome_unknown(answer.method, Failure.STATUS, answer.status) or (
        300 <= answer.status < 400 and outcome_unknown(answer.method, Failure.CONNECTION_LOST)
    )
    cls = exc.exception_class_for_status(answer.status, outcome_unknown=unknown)
    if isinstance(payload, Mapping) and payload.get("status") == "error":
        # An error envelope (Agave): also an EnvelopeErrorException, like one on HTTP 200.
        cls = exc.envelope_variant(cls)
    raise cls(
        answer.status,
        answer.reason,
        body=raw,
        data=data,
        headers=_redacted_headers(answer.headers, secrets),
        message=reason or exc.error_message_from(payload),
        attempts=answer.attempts,
        retry_after=answer.retry_after,
        secrets=secrets,
    )


def _raise_for_envelope(op: Operation, answer: Answer, data: Any, secrets: Iterable[str]) -> None:
    if isinstance(data, dict):
        status = data.get("status")
    elif "status" in type(data).model_fields:
        status = data.status
    else:  # not a field: an unknown field the server added, or absent
        status = (data.model_extra or {}).get("status")
    if status == "error":
        secrets = Secrets(secrets)
        payload = data if isinstance(data, dict) else data.to_dict()
        raise exc.EnvelopeErrorException(
            answer.status,
            answer.reason,
            body=_redacted_body(answer.body, secrets),
            data=data,
            headers=_redacted_headers(answer.headers, secrets),
            message=exc.error_message_from(payload),
            attempts=answer.attempts,
            secrets=secrets,
        )


def _redacted_body(body: bytes | None, secrets: Secrets) -> bytes | None:
    """*body* with any credential the server echoed back replaced (so ``.body`` and ``.data``
    never hold one)."""
    if not body or not secrets:
        return body
    text = body.decode("utf-8", "surrogateescape")
    redacted = redact_values(text, secrets)
    return body if redacted == text else redacted.encode("utf-8", "surrogateescape")


def _redacted_headers(headers: Mapping[str, str], secrets: Secrets) -> Mapping[str, str]:
    if not secrets or not any(s in v for v in headers.values() for s in secrets if len(s) >= 4):
        return headers
    return {k: redact_values(v, secrets) for k, v in headers.items()}


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "body"
    return f"{where}: {first.get('msg')}"
