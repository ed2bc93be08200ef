"""The one base client every generated Api class calls (hand-written; see .openapi-generator-ignore).

A generated method (templates/api.mustache) describes its operation once, at import time, as an
:class:`Operation`, and calls :meth:`ApiClient.call` with the caller's arguments. This module:

1. checks the arguments (types, limits, required body fields, ``.``/``..`` in paths, CR/LF in
   headers) and raises before anything is sent;
2. builds the request: percent-encoded path, query, auth headers from the Configuration, JSON body
   with only the fields the caller set;
3. sends it through :mod:`stencila_hub.rest`, retrying as :mod:`stencila_hub.retry` decides;
4. decodes the answer leniently straight from the bytes (``model_validate_json``), or raises the
   typed exception of :mod:`stencila_hub.exceptions`.
"""

from __future__ import annotations

import dataclasses
import logging
import random as _random
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, Generic, List, Optional, TypeVar, Union
from urllib.parse import quote

import urllib3
from pydantic import BaseModel, TypeAdapter, ValidationError

from stencila_hub import exceptions as exc
from stencila_hub.base_model import (
    as_model,
    decode_json,
    matches_pattern,
    missing_required_fields,
    request_json,
)
from stencila_hub.configuration import Configuration
from stencila_hub.redaction import (
    NO_SECRETS,
    LazySecrets,
    RedactedHeaders,
    Secrets,
    is_secret_header,
    redact_headers,
    redact_url,
)
from stencila_hub.rest import (
    BodyTooLarge,
    RESTClientObject,
    RESTResponse,
    TransportError,
)
from stencila_hub.retry import Failure, RetryPolicy, outcome_unknown, parse_retry_after

__all__ = ["ApiClient", "ApiResponse", "Operation", "Param"]

logger = logging.getLogger("stencila_hub")

T = TypeVar("T")

TimeoutArg = Union[None, float, int, tuple[float | None, float | None], urllib3.Timeout]


@dataclass(frozen=True)
class Param:
    """One path, query or header parameter of an operation, as the template describes it.

    :param name: the Python argument name. :param wire: the name on the wire.
    :param kind: the accepted Python types (``bool`` never counts as ``int``).
    """

    name: str
    wire: str
    kind: tuple[type, ...] = (str,)
    required: bool = False
    allow_slash: bool = False
    enum: frozenset | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None  # an OpenAPI (ECMA-262) regex the text must match
    #: No constraint but the type, not an array nor a map: an exact type match is all to check.
    plain: bool = field(init=False, repr=False, compare=False, default=False)
    placeholder: str = field(init=False, repr=False, compare=False, default="")  # "{wire}"

    def __post_init__(self) -> None:
        object.__setattr__(self, "placeholder", "{" + self.wire + "}")
        plain = (
            list not in self.kind
            and dict not in self.kind
            and self.enum is None
            and self.minimum is None
            and self.maximum is None
            and self.min_length is None
            and self.max_length is None
            and self.pattern is None
        )
        object.__setattr__(self, "plain", plain)


@dataclass(frozen=True)
class Operation:
    """Everything about one operation that does not depend on the call's arguments."""

    name: str
    method: str
    path: str
    path_params: tuple[Param, ...] = ()
    query_params: tuple[Param, ...] = ()
    header_params: tuple[Param, ...] = ()
    body: str | None = None  # the Python name of the body argument
    body_type: Any = None  # the model's name (resolved at first use), or None for free-form JSON
    body_required: bool = False
    body_required_fields: tuple[str, ...] = ()
    body_enum: frozenset | None = None  # the allowed values of a text body (Gaffer's state write)
    body_matches_path: tuple[str, ...] = ()  # "body_field=path_param": must be equal
    content_type: str | None = None
    accept: str | None = None
    auth: tuple[str, ...] = ()
    responses: Mapping[str, Any] = field(default_factory=dict)  # "200" / "2XX" / "default" -> type
    empty_ok: bool = False
    unwrap: str | None = None
    exists: bool = False  # answers whether a resource exists: True on 2xx, False on 404
    stream: bool = False  # binary response: may be streamed
    #: The operation's default read timeout (x-sdk-read-timeout): used when the caller passes no
    #: _request_timeout and the configured read timeout is shorter.
    read_timeout: float | None = None
    #: status code -> resolved response type, filled in as statuses are seen.
    types: dict = field(default_factory=dict, init=False, repr=False, compare=False)


@dataclass
class ApiResponse(Generic[T]):
    """What ``*_with_http_info`` returns: the decoded data plus the HTTP details."""

    status_code: int
    headers: Mapping[str, str]
    data: T
    raw_data: bytes | None
    retries_taken: int = 0


class StreamedResponse:
    """A binary response not read yet: iterate over it in chunks, then close (or use ``with``)."""

    def __init__(self, resp: urllib3.BaseHTTPResponse, retries_taken: int) -> None:
        self.response = resp
        self.status_code = resp.status
        self.headers = resp.headers
        self.retries_taken = retries_taken

    def iter_bytes(self, chunk_size: int = 64 * 1024):
        """The body in chunks of at most *chunk_size* bytes, never held whole in memory."""
        try:
            yield from self.response.stream(chunk_size)
        except urllib3.exceptions.HTTPError as err:
            raise exc.ApiConnectionError(f"download broken: {err}", request_sent=True) from err

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


_ADAPTERS: dict[Any, TypeAdapter] = {}
_ADAPTERS_LOCK = threading.Lock()


def _adapter(tp: Any) -> TypeAdapter:
    adapter = _ADAPTERS.get(tp)
    if adapter is None:
        with _ADAPTERS_LOCK:
            adapter = _ADAPTERS.setdefault(tp, TypeAdapter(tp))
    return adapter


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


class ApiClient:
    """Holds a Configuration and a connection pool; shared by every Api class and thread.

    Use it as a context manager, or call :meth:`close`, to release the pool's connections.
    """

    PRIMITIVE_TYPES = (float, bool, bytes, str, int)
    _default: ApiClient | None = None

    def __init__(
        self,
        configuration: Configuration | None = None,
        header_name: str | None = None,
        header_value: str | None = None,
        cookie: str | None = None,
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
        # Injectable for tests of the retry loop; the defaults are the real clock and RNG.
        self._sleep: Callable[[float], None] = time.sleep
        self._random: Callable[[], float] = _random.random
        self._monotonic: Callable[[], float] = time.monotonic

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
        if headers:  # the caller's extra headers may hold a credential: hide it from tracebacks
            headers = RedactedHeaders(headers)
        method, url, req_headers, body = self._build(op, args, headers)
        policy = RetryPolicy.coerce(retries, self.configuration.retry_policy)
        timeout = self._timeout(request_timeout, op)
        if (
            request_timeout is None
            and op.read_timeout is not None
            and policy.total_timeout is not None
            and policy.total_timeout < op.read_timeout
        ):
            # The server may take this long (x-sdk-read-timeout): the total deadline, which cuts
            # each attempt's timeouts, must not give up on it before the read timeout does.
            policy = dataclasses.replace(policy, total_timeout=op.read_timeout)
        secrets = LazySecrets(lambda: self._secrets(req_headers))  # listed only for an exception
        resp, retries_taken = self._send(
            op, method, url, req_headers, body, timeout, policy, stream, secrets
        )
        if stream:
            if resp.status >= 300:
                resp.data = resp.response.read()
                resp.response.release_conn()
                self._raise_for_status(op, resp, retries_taken + 1, secrets)
            return StreamedResponse(resp.response, retries_taken)
        return self._decode(op, resp, retries_taken, http_info, secrets)

    def _secrets(self, headers: RedactedHeaders) -> Secrets:
        """The credential values of this call, to scrub from exception messages."""
        config = self.configuration
        values = [*headers.secret_values(), *config.api_key.values()]
        values += [v for v in (config.access_token, config.password, self.cookie) if v]
        return Secrets(v for v in values if isinstance(v, str) and v)

    # -- 1 and 2: check and build -------------------------------------------------------------

    def _build(
        self,
        op: Operation,
        args: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[str, str, RedactedHeaders, bytes | None]:
        if op.unwrap is not None and args.get("naked"):
            # Agave's naked=true strips the envelope this method reads (status, message, result).
            raise exc.ApiValueError(
                f"{op.name}(): naked=True removes the envelope this method unwraps; leave it unset")
        path = op.path
        for p in op.path_params:
            value = args.get(p.name)
            _check_param(op, p, value)
            path = path.replace(p.placeholder, _encode_path_value(op, p, value))

        query: list = []
        for p in op.query_params:
            value = _given_argument(op, p, args)
            if value is None:
                continue
            if dict in p.kind:  # a free-form object (style form, explode): one pair per key
                query.extend(_expand_query_map(op, p, value))
            elif isinstance(value, (list, tuple)):
                query.extend((p.wire, _query_text(v)) for v in value)
            else:
                query.append((p.wire, _query_text(value)))

        # The credentials go first: urllib3 loops over the headers, and its loop variable must not
        # end holding one (a traceback printed with its locals would show it). A default header
        # of the same name does not replace one. (Comprehensions: no local here holds a value.)
        headers = RedactedHeaders(self.configuration.auth_headers(op.auth))
        headers.update({k: v for k, v in self.default_headers.items() if k not in headers})
        if op.accept:
            headers["Accept"] = op.accept
        for p in op.header_params:
            value = _given_argument(op, p, args)
            if value is not None:
                headers[p.wire] = str(value)

        body_bytes: bytes | None = None
        if op.body is not None:
            body = self._check_body(op, args)
            if body is not None:
                content_type = op.content_type or "application/json"
                if "json" in content_type:
                    body_bytes = request_json(body, partial=op.method == "PATCH")
                else:  # text/plain and the like: the value as text (Gaffer's state write)
                    body_bytes = body if isinstance(body, bytes) else str(body).encode()
                headers["Content-Type"] = content_type
            elif op.body_required:
                raise exc.ApiValueError(f"{op.name}(): missing the required argument '{op.body}'")

        if self.cookie:
            headers["Cookie"] = self.cookie
        if extra_headers:
            headers.update(extra_headers)
        bad = _header_with_crlf(headers)
        if bad is not None:
            raise exc.ApiValueError(f"{op.name}(): header {bad!r} contains CR or LF")
        if is_secret_header(next(reversed(headers), "")):  # a cookie or a caller's credential header
            headers = headers.secrets_first()

        url = self.configuration.host + path
        if query:
            url += "?" + "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in query)
        return op.method, url, headers, body_bytes

    def _check_body(self, op: Operation, args: Mapping[str, Any]) -> Any:
        body = args.get(op.body)  # type: ignore[arg-type]
        if body is None:
            return None
        if op.body_enum is not None and (not isinstance(body, str) or body not in op.body_enum):
            raise exc.ApiValueError(
                f"{op.name}(): '{op.body}' must be one of {', '.join(sorted(op.body_enum))}, "
                f"not {body!r}"
            )
        model = op.body_type
        if isinstance(model, str):
            model = _resolve_type(model)
        if model is not None and _is_model(model) and not isinstance(body, model):
            same_schema = as_model(body, model)  # InlineObject3 for InlineObject4 (the Hub)
            if same_schema is not None:
                body = same_schema
            elif isinstance(body, Mapping):
                try:
                    body = model.model_validate(body)
                except ValidationError as err:
                    raise exc.ApiValueError(f"{op.name}(): invalid '{op.body}': {err}") from err
            else:
                raise exc.ApiTypeError(
                    f"{op.name}(): '{op.body}' must be a {model.__name__} or a dict, "
                    f"not {type(body).__name__}"
                )
        if isinstance(body, BaseModel):
            missing = missing_required_fields(
                body, op.body_required_fields, partial=op.method == "PATCH"
            )
            if missing:
                raise exc.ApiValueError(
                    f"{op.name}(): the server requires '{op.body}' to set {', '.join(missing)}"
                    " (not null)"
                )
            for rule in op.body_matches_path:
                body_field, _, path_param = rule.partition("=")
                value = getattr(body, body_field, None)
                if value is not None and value != args.get(path_param):
                    raise exc.ApiValueError(
                        f"{op.name}(): {op.body}.{body_field} ({value!r}) differs from "
                        f"{path_param} ({args.get(path_param)!r})"
                    )
        return body

    def _timeout(self, request_timeout: TimeoutArg, op: Operation | None = None) -> urllib3.Timeout:
        if request_timeout is None:
            configured = self.configuration.urllib3_timeout
            read = configured.read_timeout
            if (
                op is not None
                and op.read_timeout is not None
                and isinstance(read, (int, float))
                and read < op.read_timeout
            ):
                return urllib3.Timeout(connect=configured.connect_timeout, read=op.read_timeout)
            return configured
        if isinstance(request_timeout, urllib3.Timeout):
            return request_timeout
        if isinstance(request_timeout, (int, float)):  # one number: connect and read, like timeout=
            return urllib3.Timeout(connect=request_timeout, read=request_timeout)
        connect, read = request_timeout
        return urllib3.Timeout(connect=connect, read=read)

    # -- 3: send, with retries -----------------------------------------------------------------

    def _send(
        self,
        op: Operation,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        timeout: urllib3.Timeout,
        policy: RetryPolicy,
        stream: bool,
        secrets: Iterable[str] = NO_SECRETS,
    ) -> tuple[RESTResponse, int]:
        config = self.configuration
        debug = logger.isEnabledFor(logging.DEBUG)
        start = self._monotonic()
        retries = 0
        while True:
            attempt_timeout = timeout
            if policy.total_timeout is not None:
                remaining = policy.total_timeout - (self._monotonic() - start)
                if remaining <= 0:
                    raise exc.ApiTimeoutError(
                        f"total deadline of {policy.total_timeout}s passed",
                        attempts=retries + 1,
                        request_sent=retries > 0,
                        method=method,
                        url=redact_url(url),
                        secrets=secrets,
                    )
                attempt_timeout = _timeout_within(timeout, remaining)
            sent_at = self._monotonic() if debug else 0.0
            try:
                resp = self.rest_client.request(
                    method,
                    url,
                    headers,
                    body,
                    attempt_timeout,
                    preload_content=not stream,
                    max_body_bytes=config.max_response_bytes,
                )
            except BodyTooLarge as err:
                raise exc.ResponseDecodeError(
                    f"response body larger than max_response_bytes ({err.limit})",
                    status=err.response.status,
                    attempts=retries + 1,
                    secrets=secrets,
                ) from None
            except TransportError as err:
                if debug:
                    logger.debug(
                        "%s %s -> %s after %.1f ms (attempt %d) headers=%r",
                        method,
                        redact_url(url),
                        err.failure.value,
                        (self._monotonic() - sent_at) * 1000,
                        retries + 1,
                        redact_headers(headers),
                    )
                delay = policy.next_delay(
                    method=method,
                    failure=err.failure,
                    retries_done=retries,
                    elapsed=self._monotonic() - start,
                    random=self._random(),
                )
                if delay is None:
                    raise _transport_exception(
                        method, url, err, retries + 1, secrets
                    ) from err.cause
                self._sleep(delay)
                retries += 1
                continue
            if debug:
                logger.debug(
                    "%s %s -> %d in %.1f ms (attempt %d) headers=%r",
                    method,
                    redact_url(url),
                    resp.status,
                    (self._monotonic() - sent_at) * 1000,
                    retries + 1,
                    redact_headers(headers),
                )
            if resp.status < 400:
                return resp, retries
            retry_after = parse_retry_after(resp.headers.get("Retry-After"))
            delay = policy.next_delay(
                method=method,
                failure=Failure.STATUS,
                retries_done=retries,
                elapsed=self._monotonic() - start,
                random=self._random(),
                status=resp.status,
                retry_after=retry_after,
            )
            if delay is None:
                return resp, retries
            if stream:
                resp.response.drain_conn()
                resp.response.release_conn()
            self._sleep(delay)
            retries += 1

    # -- 4: decode -------------------------------------------------------------------------------

    def _decode(
        self,
        op: Operation,
        resp: RESTResponse,
        retries_taken: int,
        http_info: bool,
        secrets: Iterable[str] = NO_SECRETS,
    ) -> Any:
        status = resp.status
        if op.exists and (status < 300 or status == 404):
            found = status != 404
            if http_info:
                return ApiResponse(status, resp.headers, found, resp.data, retries_taken)
            return found
        if status >= 300 and (status >= 400 or str(status) not in op.responses):
            # A 3xx here is a redirect that was not followed (no Location, or a sixth one): no
            # operation declares one, so it is an error, not an empty success.
            self._raise_for_status(op, resp, retries_taken + 1, secrets)
        try:
            tp = op.types[status]
        except KeyError:
            tp = op.types[status] = _response_type(op.responses, status)
        data = self._decode_body(op, resp, tp, retries_taken + 1, secrets)
        if op.unwrap is not None and data is not None:
            self._raise_for_envelope(op, resp, data, retries_taken + 1, secrets)
            result = (
                data.get(op.unwrap) if isinstance(data, dict) else getattr(data, op.unwrap, None)
            )
        else:
            result = data
        if http_info:
            return ApiResponse(resp.status, resp.headers, data, resp.data, retries_taken)
        return result

    def _decode_body(
        self,
        op: Operation,
        resp: RESTResponse,
        tp: Any,
        attempts: int,
        secrets: Iterable[str] = NO_SECRETS,
    ) -> Any:
        raw = resp.data
        if tp is None:
            return None
        if not raw:
            if op.empty_ok or resp.status == 204:
                return None
            raise exc.ResponseDecodeError(
                f"{op.name}(): empty body where the spec says JSON",
                status=resp.status,
                body=raw,
                headers=resp.headers,
                attempts=attempts,
                secrets=secrets,
            )
        if tp is bytes or tp is bytearray:
            return raw
        if tp is str:
            return raw.decode("utf-8", "replace")
        content_type = resp.headers.get("Content-Type", "")
        if content_type and "json" not in content_type.lower():
            raise exc.ResponseDecodeError(
                f"{op.name}(): expected JSON, got Content-Type {content_type!r}",
                status=resp.status,
                body=raw,
                headers=resp.headers,
                attempts=attempts,
                secrets=secrets,
            )
        try:
            return decode_json(tp, raw)
        except ValidationError as err:
            raise exc.ResponseDecodeError(
                f"{op.name}(): the response does not match the spec: {_first_error(err)}",
                status=resp.status,
                body=raw,
                headers=resp.headers,
                attempts=attempts,
                secrets=secrets,
            ) from None

    def _raise_for_status(
        self, op: Operation, resp: RESTResponse, attempts: int, secrets: Iterable[str] = NO_SECRETS
    ) -> None:
        data: Any = None
        payload: Any = None
        raw = resp.data
        if raw:
            tp = _response_type(op.responses, resp.status)
            try:
                if tp is not None and _is_model(tp):
                    data = decode_json(tp, raw)
                    payload = data.to_dict()
                else:
                    payload = data = _adapter(Any).validate_json(raw)
            except ValidationError:
                payload = raw.decode("utf-8", "replace") if len(raw) < 2048 else None
        cls = exc.exception_class_for_status(
            resp.status,
            outcome_unknown=outcome_unknown(op.method, Failure.STATUS, resp.status),
        )
        if isinstance(payload, Mapping) and payload.get("status") == "error":
            # An error envelope (Agave): also an EnvelopeErrorException, like one on HTTP 200.
            cls = exc.envelope_variant(cls)
        raise cls(
            resp.status,
            resp.reason,
            body=raw,
            data=data,
            headers=resp.headers,
            message=exc.error_message_from(payload),
            attempts=attempts,
            retry_after=parse_retry_after(resp.headers.get("Retry-After")),
            secrets=secrets,
        )

    def _raise_for_envelope(
        self,
        op: Operation,
        resp: RESTResponse,
        data: Any,
        attempts: int,
        secrets: Iterable[str] = NO_SECRETS,
    ) -> None:
        if isinstance(data, dict):
            status = data.get("status")
        elif "status" in type(data).__pydantic_fields__:
            status = data.status
        else:  # not a field: an unknown field the server added, or absent
            status = (data.__pydantic_extra__ or {}).get("status")
        if status == "error":
            payload = data if isinstance(data, dict) else data.to_dict()
            raise exc.EnvelopeErrorException(
                resp.status,
                resp.reason,
                body=resp.data,
                data=data,
                headers=resp.headers,
                message=exc.error_message_from(payload),
                attempts=attempts,
                secrets=secrets,
            )

    # -- compatibility with code written for the stock generator ------------------------------

    def sanitize_for_serialization(self, obj: Any) -> Any:
        """JSON-ready form of *obj* (models by JSON name, set fields only)."""
        if isinstance(obj, BaseModel):
            return obj.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if isinstance(obj, (list, tuple)):
            return [self.sanitize_for_serialization(o) for o in obj]
        if isinstance(obj, dict):
            return {k: self.sanitize_for_serialization(v) for k, v in obj.items()}
        if isinstance(obj, (datetime, date)):
            return obj.isoformat()
        return obj


def _version() -> str:
    from stencila_hub import __version__

    return __version__


def _response_type(responses: Mapping[str, Optional[str]], status: int) -> Any:
    code = str(status)
    name = responses.get(code)
    if name is None:
        name = responses.get(code[0] + "XX", responses.get("default"))
    return None if name is None else _resolve_type(name)


_TYPES: Dict[str, Any] = {}


class _TypeNamespace(dict):
    """Names a response type may use: typing's, builtins', then the models, imported on demand."""

    def __missing__(self, key: str) -> Any:
        from stencila_hub import models

        return getattr(models, key)


_TYPE_NAMES = _TypeNamespace(
    List=List,
    Dict=Dict,
    Any=Any,
    Optional=Optional,
    Union=Union,
    object=Any,
    str=str,
    int=int,
    float=float,
    bool=bool,
    bytes=bytes,
    bytearray=bytes,
    StrictStr=str,
    StrictInt=int,
    StrictFloat=float,
    StrictBool=bool,
)


def _resolve_type(name: str) -> Any:
    """The Python type a response type name in an Operation stands for (cached)."""
    tp = _TYPES.get(name)
    if tp is None:
        tp = _TYPES[name] = eval(name, {"__builtins__": {}}, _TYPE_NAMES)  # noqa: S307 (names from our own spec)
    return tp


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "body"
    return f"{where}: {first.get('msg')}"


def _given_argument(op: Operation, p: Param, args: Mapping[str, Any]) -> Any:
    """The caller's value of a query or header parameter, checked; None when not given."""
    value = args.get(p.name)
    if value is None:
        if p.required:
            raise exc.ApiValueError(f"{op.name}(): missing the required argument '{p.name}'")
        return None
    _check_param(op, p, value)
    return value


def _check_param(op: Operation, p: Param, value: Any) -> None:
    if p.plain and type(value) in p.kind:  # bool is never taken for int: type(True) is bool
        return
    if value is None:
        raise exc.ApiValueError(f"{op.name}(): missing the required argument '{p.name}'")
    if dict in p.kind:  # a free-form object of strings: str keys (not empty), str values
        if not isinstance(value, Mapping):
            raise exc.ApiTypeError(
                f"{op.name}(): '{p.name}' must be a dict, not {type(value).__name__}"
            )
        for key, text in value.items():
            if not isinstance(key, str) or not isinstance(text, str):
                raise exc.ApiTypeError(
                    f"{op.name}(): '{p.name}' must map str to str, not "
                    f"{type(key).__name__} to {type(text).__name__}"
                )
            if not key:
                raise exc.ApiValueError(f"{op.name}(): '{p.name}' has an empty key")
        return
    if list in p.kind:  # an array parameter: check each item against the other kinds
        if not isinstance(value, (list, tuple)):
            raise exc.ApiTypeError(
                f"{op.name}(): '{p.name}' must be a list, not {type(value).__name__}"
            )
        items: Sequence[Any] = value
        kinds = tuple(k for k in p.kind if k is not list) or (str,)
    else:
        items, kinds = (value,), p.kind
    for raw in items:
        if (isinstance(raw, bool) and bool not in kinds) or not isinstance(raw, kinds):
            names = " or ".join(k.__name__ for k in kinds)
            raise exc.ApiTypeError(
                f"{op.name}(): '{p.name}' must be {names}, not {type(raw).__name__}"
            )
        item: Any = raw
        if p.enum is not None and item not in p.enum:
            raise exc.ApiValueError(
                f"{op.name}(): '{p.name}' must be one of {', '.join(sorted(map(str, p.enum)))}"
            )
        if p.minimum is not None and item < p.minimum:
            raise exc.ApiValueError(f"{op.name}(): '{p.name}' must be >= {p.minimum}")
        if p.maximum is not None and item > p.maximum:
            raise exc.ApiValueError(f"{op.name}(): '{p.name}' must be <= {p.maximum}")
        if p.min_length is not None and len(item) < p.min_length:
            raise exc.ApiValueError(
                f"{op.name}(): '{p.name}' must have at least {p.min_length} characters"
            )
        if p.max_length is not None and len(item) > p.max_length:
            raise exc.ApiValueError(
                f"{op.name}(): '{p.name}' must have at most {p.max_length} characters"
            )
        if p.pattern is not None and not matches_pattern(p.pattern, str(item)):
            raise exc.ApiValueError(f"{op.name}(): '{p.name}' must match {p.pattern}, not {item!r}")


def _expand_query_map(op: Operation, p: Param, value: Mapping[str, str]) -> list:
    """The ``(key, value)`` pairs of a free-form query object; refused if a key is the wire name
    of another query parameter of the operation (it would be sent twice)."""
    taken = {q.wire for q in op.query_params if q is not p}
    clash = sorted(taken.intersection(value))
    if clash:
        raise exc.ApiValueError(
            f"{op.name}(): '{p.name}' may not set {', '.join(clash)}: pass them as arguments"
        )
    return [(key, item) for key, item in value.items()]


#: A path segment that percent-encoding leaves as it is and that is not "." or "..".
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9_.~-]*\Z")


def _encode_path_value(op: Operation, p: Param, value: Any) -> str:
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is str and _PLAIN_SEGMENT.match(value):
        return value
    text = _query_text(value)
    if text == "" and p.allow_slash:
        return ""  # a path that may hold '/' may be empty: the root (e.g. a job's output folder)
    segments = text.split("/") if p.allow_slash else [text]
    if text == "" or any(s in (".", "..") for s in segments):
        raise exc.ApiValueError(
            f"{op.name}(): path parameter '{p.name}' may not be empty, '.' or '..' "
            f"(it would address another resource)"
        )
    return quote(text, safe="/" if p.allow_slash else "")


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, (str, int, float)):  # enums
        return str(value.value)
    return str(value)


def _header_with_crlf(headers: Mapping[str, Any]) -> str | None:
    """The name of the first header whose name or value holds CR or LF, else None.

    One scan of all names and values joined; the loop runs only when one does. A function of its
    own, so that when the caller raises, no local of a live frame holds a header value (it may be
    a credential and would show in a traceback printed with its locals).
    """
    joined = "\0".join(headers) + "\0" + "\0".join(map(str, headers.values()))
    if "\r" not in joined and "\n" not in joined:
        return None
    for name, value in headers.items():
        if any(c in text for text in (name, str(value)) for c in "\r\n"):
            return name
    return None


def _capped(seconds: Any, cap: float) -> Any:
    """A timeout no longer than *cap* (None, "no timeout", becomes *cap*)."""
    if seconds is None or (isinstance(seconds, (int, float)) and seconds > cap):
        return cap
    return seconds


def _timeout_within(timeout: urllib3.Timeout, remaining: float) -> urllib3.Timeout:
    """*timeout* with each part cut to the *remaining* seconds of the total deadline."""
    connect, read = timeout.connect_timeout, timeout.read_timeout
    if (
        timeout.total is None
        and isinstance(connect, (int, float))
        and isinstance(read, (int, float))
        and connect <= remaining
        and read <= remaining
    ):
        return timeout  # nothing to cut: the usual case (5 s and 60 s within a 120 s deadline)
    if timeout.total is not None:
        capped = timeout.clone()
        capped.total = _capped(timeout.total, remaining)
        return capped
    return urllib3.Timeout(
        connect=_capped(timeout.connect_timeout, remaining),
        read=_capped(timeout.read_timeout, remaining),
    )


def _transport_exception(
    method: str, url: str, err: TransportError, attempts: int, secrets: Iterable[str] = NO_SECRETS
) -> exc.OpenApiException:
    where: Dict[str, Any] = {
        "method": method,
        "url": redact_url(url),
        "attempts": attempts,
        "secrets": secrets,
    }
    sent = err.failure is not Failure.CONNECT
    unknown = outcome_unknown(method, err.failure)
    if err.tls:
        return exc.ApiSSLError(f"TLS failed: {err.cause}", request_sent=False, **where)
    if err.timeout:
        cls = exc.OutcomeUnknownTimeoutError if unknown else exc.ApiTimeoutError
        what = "read timed out; the server may have acted on it" if unknown else str(err.cause)
        return cls(what, request_sent=sent, **where)
    if unknown:
        return exc.OutcomeUnknownConnectionError(
            f"connection lost after sending; the server may have acted on it: {err.cause}",
            request_sent=True,
            **where,
        )
    return exc.ApiConnectionError(f"{err.failure.value}: {err.cause}", request_sent=sent, **where)
