"""Hypothesis strategies built from the schemas of openapi.yaml: valid JSON payloads, and ways to
break one.

Small on purpose: it understands what our spec uses (type, format date-time/uuid/int32/int64,
enum, minLength/maxLength, pattern, minimum, required, nullable, items, uniqueItems, maxItems,
additionalProperties, $ref and allOf) and nothing else. Payloads are JSON values in
the form the SDK writes them back (date-times as pydantic prints them), so that a lossless round
trip is plain equality.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck
from hypothesis import strategies as st

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text())
SCHEMAS: dict[str, dict[str, Any]] = SPEC["components"]["schemas"]

#: Beyond this depth of nested objects only required properties are generated (Kubernetes' Job
#: schema nests a dozen levels deep).
FULL_DEPTH = 2
MAX_ITEMS = 3

#: The hypothesis settings every property test shares (a case may be slow: a model is built at its
#: first use).
SETTINGS: dict[str, Any] = dict(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
ZONES = [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5, minutes=-30))]


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema behind a $ref (or a one-$ref allOf), keeping the outer nullable."""
    nullable = schema.get("nullable", False)
    while True:
        if "$ref" in schema:
            schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
        elif "allOf" in schema and len(schema["allOf"]) == 1:
            schema = schema["allOf"][0]
        elif "allOf" in schema:  # an object made of parts (AgaveSubmittedJob): merged into one
            parts = [resolve(part) for part in schema["allOf"]]
            schema = {
                "type": "object",
                "properties": {k: v for p in parts for k, v in p.get("properties", {}).items()},
                "required": [n for p in parts for n in p.get("required", [])],
            }
        else:
            break
    if nullable and not schema.get("nullable"):
        schema = {**schema, "nullable": True}
    return schema


def ref_name(schema: dict[str, Any]) -> str | None:
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[1]
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return ref_name(schema["allOf"][0])
    return None


# -- valid values ----------------------------------------------------------------------------------


def _datetime_text(dt: datetime) -> str:
    """As pydantic serialises it: ISO 8601, microseconds only when non-zero, UTC as Z."""
    text = dt.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


datetimes = st.builds(
    lambda dt, zone: _datetime_text(dt.replace(tzinfo=zone)),
    st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1)),
    st.sampled_from(ZONES),
)
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.text(max_size=8)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
)
any_json = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _string(schema: dict[str, Any]) -> st.SearchStrategy:
    if "enum" in schema:
        return st.sampled_from([v for v in schema["enum"] if v is not None])
    fmt = schema.get("format")
    if fmt == "date-time":
        return datetimes
    if fmt == "uuid":
        return st.uuids().map(str)
    lo, hi = schema.get("minLength", 0), schema.get("maxLength")
    if "pattern" in schema:
        pattern = st.from_regex(schema["pattern"], fullmatch=True)
        return pattern.filter(lambda s: len(s) >= lo and (hi is None or len(s) <= hi))
    return st.text(min_size=lo, max_size=hi if hi is not None else max(lo, 12))


def _integer(schema: dict[str, Any]) -> st.SearchStrategy:
    lo, hi = INT32 if schema.get("format") == "int32" else INT64
    if "minimum" in schema:
        lo = max(lo, int(schema["minimum"]))
    if "maximum" in schema:
        hi = min(hi, int(schema["maximum"]))
    return st.integers(lo, hi)


def _number(schema: dict[str, Any]) -> st.SearchStrategy:
    lo = schema.get("minimum")
    return st.integers(
        min_value=int(lo) if lo is not None else -(10**9), max_value=10**9
    ) | st.floats(min_value=lo, allow_nan=False, allow_infinity=False)


def value_strategy(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy:
    """Valid JSON values for *schema*."""
    schema = resolve(schema)
    nullable = schema.get("nullable", False)
    typ = schema.get("type")
    if typ == "string":
        strategy = _string(schema)
    elif typ == "integer":
        strategy = _integer(schema)
    elif typ == "number":
        strategy = _number(schema)
    elif typ == "boolean":
        strategy = st.booleans()
    elif typ == "array":
        items = value_strategy(schema.get("items", {}), depth + 1)
        max_items = min(schema.get("maxItems", MAX_ITEMS), MAX_ITEMS if depth < FULL_DEPTH else 1)
        unique = schema.get("uniqueItems", False)
        strategy = st.lists(
            items,
            max_size=max_items,
            unique_by=(lambda v: json.dumps(v, sort_keys=True)) if unique else None,
        )
    elif typ == "object" or "properties" in schema:
        strategy = object_strategy(schema, depth)
    else:  # no type: any JSON value
        strategy = any_json
    return st.none() | strategy if nullable else strategy


def object_strategy(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy:
    schema = resolve(schema)
    props = schema.get("properties")
    extra = schema.get("additionalProperties")
    if not props:
        if isinstance(extra, dict):
            return st.dictionaries(
                st.text(max_size=8), value_strategy(extra, depth + 1), max_size=3
            )
        return st.dictionaries(st.text(max_size=8), any_json, max_size=3)
    required = set(schema.get("required", ()))
    fixed = {k: value_strategy(v, depth + 1) for k, v in props.items() if k in required}
    optional = (
        {}
        if depth >= FULL_DEPTH
        else {k: value_strategy(v, depth + 1) for k, v in props.items() if k not in required}
    )
    strategy = st.fixed_dictionaries(fixed, optional=optional)
    if extra is True and depth < FULL_DEPTH:
        names = st.text(string.ascii_lowercase, min_size=3, max_size=8).filter(
            lambda n: n not in props and n not in _python_names(props)
        )
        extras = st.dictionaries(names, json_scalars, max_size=2)
        strategy = st.builds(lambda d, e: {**e, **d}, strategy, extras)
    return strategy


def _python_names(props: dict[str, Any]) -> set:
    """snake_case forms of the property names (the model accepts both names)."""
    out = set()
    for name in props:
        out.add("".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_"))
    return out


# -- breaking a valid payload ----------------------------------------------------------------------


@dataclass(frozen=True)
class Breakage:
    """One way to make a payload invalid at a top-level property."""

    kind: str  # wrong_type | too_short | too_long | missing_required | bad_enum | null
    field: str  # the JSON name
    value: Any = None


def _wrong_type_value(schema: dict[str, Any]) -> Any | None:
    schema = resolve(schema)
    typ = schema.get("type")
    if typ == "string":
        return "not-a-date" if schema.get("format") == "date-time" else 12345
    if typ == "integer":
        return "12"
    if typ == "number":
        return "1.5"
    if typ == "boolean":
        return "yes"
    if typ == "array":
        return "not-a-list"
    if typ == "object" or "properties" in schema:
        return ["not", "an", "object"]
    return None  # any JSON value: nothing is the wrong type


def breakages(name: str) -> list[Breakage]:
    """Every single-property breakage the SDK must refuse for schema *name* (strict mode)."""
    schema = resolve(SCHEMAS[name])
    props = schema.get("properties", {})
    required = set(schema.get("required", ()))
    out: list[Breakage] = []
    for field, raw in props.items():
        prop = resolve(raw)
        wrong = _wrong_type_value(prop)
        if wrong is not None:
            out.append(Breakage("wrong_type", field, wrong))
        if prop.get("type") == "string" and "enum" not in prop and not prop.get("format"):
            if prop.get("minLength", 0) > 0:
                out.append(Breakage("too_short", field, "x" * (prop["minLength"] - 1)))
            if "maxLength" in prop:
                out.append(Breakage("too_long", field, "x" * (prop["maxLength"] + 1)))
        if "enum" in prop:
            out.append(Breakage("bad_enum", field, "NOT-IN-THE-ENUM"))
        if field in required:
            out.append(Breakage("missing_required", field))
        if not prop.get("nullable") and prop.get("type") is not None:
            out.append(Breakage("null", field, None))
    return out


def apply(breakage: Breakage, payload: dict[str, Any]) -> dict[str, Any]:
    bad = dict(payload)
    if breakage.kind == "missing_required":
        bad.pop(breakage.field, None)
    else:
        bad[breakage.field] = breakage.value
    return bad


def object_schema_names() -> list[str]:
    return [
        n
        for n, s in SCHEMAS.items()
        if s.get("type") == "object" or "properties" in s or "allOf" in s
    ]


def enum_schema_names() -> list[str]:
    return [n for n, s in SCHEMAS.items() if "enum" in s]


def system_of(name: str) -> str:
    for prefix, system in (
        ("Agave", "agave"),
        ("Job", "agave"),
        ("Sahara", "sahara"),
        ("Gaffer", "gaffer"),
        ("V1", "k8s"),
        ("Core", "k8s"),
        ("Hub", "hub"),
        ("Inline", "hub"),
        ("Celery", "hub"),
        ("Stencila", "hub"),
    ):
        if name.startswith(prefix):
            return system
    raise KeyError(name)


Strategy = Callable[..., st.SearchStrategy]
Pair = tuple[str, Any]
