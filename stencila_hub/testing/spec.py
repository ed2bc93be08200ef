"""openapi.yaml split by system, a router for each, and the openapi-core checks of the fake's
traffic.

The five systems share one document but not one server, and their paths overlap (`GET /jobs/v2/X` is
both an Agave job and a Gaffer job of session `v2`). So each system gets its own view of the
document: the same components, only the paths of its tag. The fake routes a request itself (it knows
the system from the URL prefix) and hands openapi-core the matched template and path parameters,
so openapi-core never has to guess which operation was meant.

What is checked, by openapi-core (``pip install stencila-hub-jobs[testing]``):

* requests: path, query and header parameters, the Content-Type and the body against the operation;
  plus the ``x-sdk-body-required`` fields, which the servers need although the schemas make them
  optional. Security is not part of it: a wrong or missing credential is not a spec violation but
  a case the fake answers like the real server (401/403).
* responses: the status must be declared by the operation and the body must match its schema.
  ``x-sdk-empty-ok`` operations may answer with an empty body. Sahara's responses are checked with a
  ``date-time`` format that also takes the zone-less timestamps the description of the Sahara tag
  says the real server sends.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

#: The fake's systems and the tags of openapi.yaml that hold each one's operations (the Hub's
#: API classes are by tag, as in the Hub's own client: one server, four tags).
SYSTEM_TAGS: Mapping[str, tuple[str, ...]] = {
    "hub": ("jobs", "projects", "workers", "accounts"),
    "agave": ("agave_jobs",),
    "sahara": ("data_processing_jobs",),
    "kubernetes": ("batch_v1",),
    "gaffer": ("gaffer_jobs",),
}
SYSTEMS = tuple(SYSTEM_TAGS)

#: The copy of the root openapi.yaml that ships in the package (tools/generate.py writes it).
SPEC_PATH = Path(__file__).with_name("openapi.yaml")

#: The server URL of each per-system view: requests are checked as if sent there.
_CHECK_HOST = "http://fake.invalid"

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_JSON_MEDIA_TYPES = ("application/merge-patch+json",)

#: Timestamps as recent and older Sahara servers send them (no zone), besides RFC 3339.
_ZONELESS_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?$")


@dataclass(frozen=True)
class Route:
    """One operation of one system: its template, compiled, and the spec's description of it."""

    system: str
    operation_id: str
    method: str  # upper case
    template: str
    regex: re.Pattern[str]
    params: tuple[str, ...]
    operation: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def body_required_fields(self) -> tuple[str, ...]:
        return tuple(self.operation.get("x-sdk-body-required", ()))

    @property
    def empty_ok(self) -> bool:
        return bool(self.operation.get("x-sdk-empty-ok"))

    @property
    def declared_statuses(self) -> frozenset[str]:
        return frozenset(str(code) for code in self.operation.get("responses", {}))

    def declares(self, status: int) -> bool:
        codes = self.declared_statuses
        return str(status) in codes or f"{str(status)[0]}XX" in codes or "default" in codes

    def match(self, path: str) -> dict[str, str] | None:
        """The path parameters (percent-decoded) when *path* is this route's, else None."""
        found = self.regex.fullmatch(path)
        if found is None:
            return None
        return {name: unquote(found.group(i + 1)) for i, name in enumerate(self.params)}


def _compile(template: str, allow_slash: set[str]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    pattern, names, pos = "", [], 0
    for var in re.finditer(r"\{([^}]+)\}", template):
        name = var.group(1)
        pattern += re.escape(template[pos : var.start()])
        pattern += "(.+)" if name in allow_slash else "([^/]+)"
        names.append(name)
        pos = var.end()
    pattern += re.escape(template[pos:])
    return re.compile(pattern), tuple(names)


class SystemSpec:
    """The view of openapi.yaml for one system: its routes and its validators (built on first
    use)."""

    def __init__(self, system: str, document: Mapping[str, Any]) -> None:
        tags = set(SYSTEM_TAGS[system])
        self.system = system
        paths: dict[str, Any] = {}
        routes: list[Route] = []
        for template, item in document["paths"].items():
            ops = {
                m: op for m, op in item.items() if m in _METHODS and tags & set(op.get("tags", ()))
            }
            if not ops:
                continue
            # A path's own servers (each system's public host) would override the check host.
            paths[template] = {k: v for k, v in item.items() if k != "servers"}
            shared = item.get("parameters", [])
            for method, op in ops.items():
                params = [*shared, *op.get("parameters", [])]
                allow_slash = {p["name"] for p in params if p.get("x-sdk-allow-slash")}
                regex, names = _compile(template, allow_slash)
                routes.append(
                    Route(system, op["operationId"], method.upper(), template, regex, names, op)
                )
        # Fewer parameters first (more literal), then longer templates: /jobs/v2/search/{a}/{v}
        # before /jobs/v2/{jobId}/pems/{username}.
        routes.sort(key=lambda r: (len(r.params), -len(r.template)))
        self.routes: tuple[Route, ...] = tuple(routes)
        self.document: dict[str, Any] = {
            **document,
            "servers": [{"url": _CHECK_HOST}],
            "paths": paths,
        }
        self._validators: tuple[Any, Any, Any] | None = None
        self._lock = threading.Lock()

    def route(self, method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
        """(route, path params, whether some route has this path under another method)."""
        other_method = False
        for route in self.routes:
            params = route.match(path)
            if params is None:
                continue
            if route.method == method.upper():
                return route, params, False
            other_method = True
        return None, {}, other_method

    # -- checks ------------------------------------------------------------------------------

    def _get_validators(self) -> tuple[Any, Any, Any]:
        with self._lock:
            if self._validators is None:
                self._validators = _build_validators(self.system, self.document)
            return self._validators

    def request_errors(
        self,
        route: Route,
        path_params: Mapping[str, str],
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> list[str]:
        """What is wrong with a request, in words; empty when openapi.yaml allows it."""
        params_validator, body_validator, _ = self._get_validators()
        request = _CheckedRequest(route, path_params, query, headers, body)
        errors = [_describe(e) for e in params_validator.iter_errors(request)]
        if "requestBody" in route.operation:
            errors += [_describe(e) for e in body_validator.iter_errors(request)]
            if not errors and route.body_required_fields:
                errors += _missing_body_fields(route, body)
        return errors

    def response_errors(
        self,
        route: Route,
        path_params: Mapping[str, str],
        status: int,
        content_type: str | None,
        body: bytes,
        headers: Mapping[str, str],
    ) -> list[str]:
        """What is wrong with a response to *route*, in words; empty when openapi.yaml allows it."""
        if not route.declares(status):
            return [
                f"status {status} is not declared (declared: "
                f"{', '.join(sorted(route.declared_statuses))})"
            ]
        if not body and (route.empty_ok or route.method == "HEAD"):
            return []
        _, _, response_validator = self._get_validators()
        request = _CheckedRequest(route, path_params, (), {}, b"")
        response = _CheckedResponse(status, content_type or "", body, headers)
        return [_describe(e) for e in response_validator.iter_errors(request, response)]


def _missing_body_fields(route: Route, body: bytes) -> list[str]:
    try:
        data = json.loads(body) if body else None
    except ValueError:
        return []
    if not isinstance(data, dict):
        return []
    missing = [f for f in route.body_required_fields if data.get(f) is None]
    if not missing:
        return []
    return [
        f"body: the server requires {', '.join(missing)} (x-sdk-body-required), "
        "which is missing or null"
    ]


class _CheckedRequest:
    """A request in the shape openapi-core reads (its ``Request`` protocol)."""

    def __init__(
        self,
        route: Route,
        path_params: Mapping[str, str],
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = _CHECK_HOST
        self.path = route.template
        self.path_pattern = route.template  # openapi-core then skips its own path matching
        self.method = route.method.lower()
        self.body = body
        self.content_type = next(
            (v for k, v in headers.items() if k.lower() == "content-type"), ""
        ).lower()
        self.parameters = RequestParameters(
            path=dict(path_params),
            query=ImmutableMultiDict(list(query)),
            header=Headers(list(headers.items())),
            cookie=ImmutableMultiDict(),
        )


class _CheckedResponse:
    """A response in the shape openapi-core reads (its ``Response`` protocol)."""

    def __init__(
        self, status: int, content_type: str, body: bytes, headers: Mapping[str, str]
    ) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = status
        self.content_type = content_type
        self.data = body
        self.headers = Headers(list(headers.items()))


def _lenient_datetime(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    if _ZONELESS_DATETIME.match(value):
        return True
    from openapi_schema_validator import oas30_format_checker

    return bool(oas30_format_checker.conforms(value, "date-time"))


#: What a missing dependency of the fakes tells the caller.
EXTRA_HINT = (
    "stencila_hub.testing needs the testing extra: pip install 'stencila-hub-jobs[testing]'"
)


class MissingExtraError(ModuleNotFoundError):
    """A dependency of the ``[testing]`` extra is not installed."""


def _build_validators(system: str, document: Mapping[str, Any]) -> tuple[Any, Any, Any]:
    try:
        from jsonschema_path import SchemaPath
        from openapi_core.deserializing.media_types.util import json_loads
        from openapi_core.validation.request.validators import (
            V30RequestBodyValidator,
            V30RequestParametersValidator,
        )
        from openapi_core.validation.response.validators import V30ResponseValidator
    except ModuleNotFoundError as err:
        raise MissingExtraError(f"{EXTRA_HINT} (missing: {err.name})", name=err.name) from None

    spec = SchemaPath.from_dict(dict(document))
    media: dict[str, Callable[[bytes], Any]] = {name: json_loads for name in _JSON_MEDIA_TYPES}
    response_formats: dict[str, Callable[[Any], bool]] | None = (
        {"date-time": _lenient_datetime} if system == "sahara" else None
    )
    return (
        V30RequestParametersValidator(spec, extra_media_type_deserializers=media),
        V30RequestBodyValidator(spec, extra_media_type_deserializers=media),
        V30ResponseValidator(
            spec, extra_media_type_deserializers=media, extra_format_validators=response_formats
        ),
    )


def _describe(error: BaseException) -> str:
    """One line for an openapi-core error: what and where, down to the schema errors."""
    parts = [str(error)]
    cause = error.__cause__ or error.__context__
    seen = {id(error)}
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        schema_errors = getattr(cause, "schema_errors", None)
        if schema_errors:
            details = []
            for e in schema_errors:
                where = "/".join(str(p) for p in getattr(e, "absolute_path", ())) or "(root)"
                details.append(f"{where}: {getattr(e, 'message', e)}")
            return f"{type(error).__name__}: " + "; ".join(details)
        parts.append(str(cause))
        cause = cause.__cause__ or cause.__context__
    return f"{type(error).__name__}: " + " <- ".join(p for p in parts if p)


@functools.lru_cache(maxsize=1)
def load_document() -> dict[str, Any]:
    """openapi.yaml as shipped in the package (parsed once per process)."""
    try:
        import yaml
    except ModuleNotFoundError as err:
        raise MissingExtraError(f"{EXTRA_HINT} (missing: {err.name})", name=err.name) from None

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(SPEC_PATH, "rb") as f:
        document: dict[str, Any] = yaml.load(f, Loader=loader)  # noqa: S506 (a safe loader)
    return document


_SPECS: dict[str, SystemSpec] = {}
_SPECS_LOCK = threading.Lock()


def system_spec(system: str) -> SystemSpec:
    """The view of openapi.yaml for *system* (built once per process)."""
    if system not in SYSTEM_TAGS:
        raise ValueError(f"unknown system {system!r}; one of {', '.join(SYSTEMS)}")
    with _SPECS_LOCK:
        spec = _SPECS.get(system)
        if spec is None:
            spec = _SPECS[system] = SystemSpec(system, load_document())
        return spec
