"""An operation as the generated Api classes describe it, and a call's request built from it.

Hand-written; pure, no I/O: the sync client and an asyncio one
share it. A generated method (templates/api.mustache) describes its operation once, at import, as
an :class:`Operation`; :func:`prepare` checks the caller's arguments (types, limits, required body
fields, ``.``/``..`` in paths, header names and values) and builds the request, raising
:class:`~stencila_hub.exceptions.ApiTypeError` or :class:`~stencila_hub.exceptions.ApiValueError`
before anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote

from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

from stencila_hub import exceptions as exc
from stencila_hub.base_model import (
    as_model,
    matches_pattern,
    missing_required_fields,
    request_json,
)
from stencila_hub.redaction import RedactedHeaders, is_secret_header

if TYPE_CHECKING:
    from stencila_hub.configuration import Configuration
    from stencila_hub.credentials import Credential

__all__ = ["Operation", "Param", "PreparedRequest", "prepare", "resolve_type"]

#: Response and body types an Operation names that are not models (the rest are model names).
_NON_MODEL_TYPES: dict[str, Any] = {
    "str": str,
    "bytes": bytes,
    "bytearray": bytes,
    "int": int,
    "float": float,
    "bool": bool,
    "object": Any,
    "Any": Any,
}


_RESOLVED: dict[str, Any] = {}


def resolve_type(name: str) -> Any:
    """The Python type an Operation's type name stands for: a model of ``stencila_hub.models``
    (imported on first use) or one of a few built-in types."""
    tp = _RESOLVED.get(name)
    if tp is None:
        tp = _NON_MODEL_TYPES.get(name)
        if tp is None:
            from stencila_hub import models

            tp = getattr(models, name)
        _RESOLVED[name] = tp
    return tp


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
    enum: frozenset[Any] | None = None
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
    #: The system the operation belongs to and its server when the Configuration sets no host
    #: (``servers`` of the path in openapi.yaml); ``None``: the system has no public default.
    system: str = "hub"
    default_host: str | None = None
    #: The environment variable ``Configuration.from_env`` reads the system's host from.
    host_env: str = ""
    path_params: tuple[Param, ...] = ()
    query_params: tuple[Param, ...] = ()
    header_params: tuple[Param, ...] = ()
    body: str | None = None  # the Python name of the body argument
    body_type: Any = None  # the model's name (resolved at first use), or None for free-form JSON
    body_required: bool = False
    body_required_fields: tuple[str, ...] = ()
    body_enum: frozenset[str] | None = (
        None  # the allowed values of a text body (Gaffer's state write)
    )
    body_matches_path: tuple[str, ...] = ()  # "body_field=path_param": must be equal
    content_type: str | None = None
    accept: str | None = None
    auth: tuple[str, ...] = ()
    responses: Mapping[str, Any] = field(default_factory=dict)  # "200" / "2XX" / "default" -> type
    empty_ok: bool = False
    unwrap: str | None = None
    exists: bool = False  # answers whether a resource exists: True on 2xx, False on 404
    stream: bool = False  # binary response: may be streamed
    #: Default read timeout in seconds for this operation (``x-sdk-read-timeout``): a server
    #: that is known to answer slowly gets longer than the configured read timeout.
    read_timeout: float | None = None


class PreparedRequest(NamedTuple):
    """A request ready to send. ``headers`` hides credentials in its repr."""

    method: str
    url: str
    headers: RedactedHeaders
    body: bytes | None


def prepare(
    op: Operation,
    args: Mapping[str, Any],
    configuration: Configuration,
    default_headers: Mapping[str, str],
    cookie: str | None,
    extra_headers: Mapping[str, str] | None,
    credentials: Mapping[str, Credential] | None = None,
) -> PreparedRequest:
    """Check the caller's arguments and build the request (nothing is sent).

    *credentials*: what the configuration's providers gave for this call, by scheme name.
    """
    if op.unwrap is not None and args.get("naked"):
        # Agave's naked=true strips the envelope this method reads (status, message, result).
        raise exc.ApiValueError(
            f"{op.name}(): naked=True removes the envelope this method unwraps; leave it unset"
        )
    path = op.path
    for p in op.path_params:
        value = args.get(p.name)
        _check_param(op, p, value)
        path = path.replace(p.placeholder, _encode_path_value(op, p, value))

    query: list[tuple[str, str]] = []
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
    headers = RedactedHeaders(configuration.auth_headers(op.auth, credentials))
    headers.update({k: v for k, v in default_headers.items() if k not in headers})
    if op.accept:
        headers["Accept"] = op.accept
    for p in op.header_params:
        value = _given_argument(op, p, args)
        if value is not None:
            headers[p.wire] = str(value)

    body_bytes: bytes | None = None
    if op.body is not None:
        body = _check_body(op, args)
        if body is not None:
            content_type = op.content_type or "application/json"
            if isinstance(body, bytes):  # encoded already (a token request: form or JSON)
                body_bytes = body
            elif "json" in content_type:
                body_bytes = _json_body(op, body)
            else:  # text/plain and the like: the value as text (Gaffer's state write)
                body_bytes = str(body).encode()
            headers["Content-Type"] = content_type
        elif op.body_required:
            raise exc.ApiValueError(f"{op.name}(): missing the required argument '{op.body}'")

    if cookie:
        headers["Cookie"] = cookie
    if extra_headers:
        if not isinstance(extra_headers, Mapping):
            raise exc.ApiTypeError(
                f"{op.name}(): _headers must be a mapping of str to str, "
                f"not {type(extra_headers).__name__}"
            )
        headers.update(extra_headers)
    problem = _bad_header(headers)
    if problem is not None:
        raise exc.ApiValueError(f"{op.name}(): {problem}")
    if is_secret_header(next(reversed(headers), "")):  # a cookie or a caller's credential header
        headers = headers.secrets_first()

    base = configuration.configured_host
    if base is None:
        base = op.default_host
        if base is None:
            raise exc.ApiValueError(
                f"{op.name}(): {op.system} has no public default host: set "
                f"Configuration(host=...) or {op.host_env} with "
                f"Configuration.from_env({op.system!r})"
            )
    url = base + path
    if query:
        url += "?" + "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in query)
    return PreparedRequest(op.method, url, headers, body_bytes)


def _json_body(op: Operation, body: Any) -> bytes:
    try:
        # A PATCH of a model decoded from an answer sends only what changed since (base_model).
        return request_json(body, partial=op.method == "PATCH")
    except (PydanticSerializationError, TypeError, ValueError) as err:
        # A free-form body (a dict) holding something JSON cannot carry: a set, an object.
        raise exc.ApiTypeError(f"{op.name}(): '{op.body}' cannot be sent as JSON: {err}") from None


def _check_body(op: Operation, args: Mapping[str, Any]) -> Any:
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
        model = resolve_type(model)
    if isinstance(model, type) and issubclass(model, BaseModel) and not isinstance(body, model):
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


def _expand_query_map(op: Operation, p: Param, value: Mapping[str, str]) -> list[tuple[str, str]]:
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
        return str(value)
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


#: A header name as RFC 9110 allows it: a token (no space, colon, CR, LF or non-ASCII character).
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")
_HEADER_NAMES = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\0[!#$%&'*+.^_`|~0-9A-Za-z-]+)*\Z")


def _bad_header(headers: Mapping[str, Any]) -> str | None:
    """What is wrong with the first header that cannot be sent as it is, else None.

    Names must be tokens; values must be text without CR or LF that encodes as Latin-1 (what
    http.client sends). The message names the header, never its value: a value may be a credential.
    A function of its own, so that when the caller raises, no local of a live frame holds a
    header value (a traceback printed with its locals would show it).
    """
    try:  # one pass over all of them for the usual case: ASCII tokens and plain values
        names, values = "\0".join(headers), "\0".join(headers.values())
    except TypeError:
        pass
    else:
        if (
            values.isascii()
            and "\r" not in values
            and "\n" not in values
            and _HEADER_NAMES.match(names)
        ):
            return None
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            return f"header name {str(name)[:40]!r} is not a valid HTTP header name"
        if not isinstance(value, str):
            return f"header {name!r} must be a str, not {type(value).__name__}"
        if "\r" in value or "\n" in value:
            return f"header {name!r} contains CR or LF"
        if not value.isascii():
            try:
                value.encode("latin-1")
            except UnicodeEncodeError:
                what = "credential" if is_secret_header(name) else "value"
                return (
                    f"header {name!r}: its {what} has a character that cannot be sent in an "
                    "HTTP header (outside Latin-1)"
                )
    return None
