"""Property tests: every model decodes a payload with a value of another JSON type at a random
field, at any depth (nested models, list items), lists that field in ``decode_issues`` and gives
the payload back unchanged (the misfit exactly as sent, the rest as it came).

What real servers do (the Hub's session job sends ``urls`` as an object where its schema says a
string; it stores PATCHed values unchecked): a 2xx answer of the right top-level shape decodes.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stencila_hub import models
from test.properties.conftest import count
from test.properties.schema_strategies import (
    SCHEMAS,
    SETTINGS,
    object_schema_names,
    object_strategy,
    resolve,
)

pytestmark = pytest.mark.timeout(120)

Path = tuple[Any, ...]


def misfits(schema: dict[str, Any]) -> list[Any]:
    """JSON values of a type *schema* does not admit (none for an untyped, any-value schema).

    No number for a date-time (pydantic reads one as a Unix time) and no integer for a number.
    """
    schema = resolve(schema)
    typ = schema.get("type")
    if typ == "string":
        return [{"x": 1}, [1, "a"], True]
    if typ == "integer":
        return ["12", 1.5, {"x": 1}, [1], True]
    if typ == "number":
        return ["1.5", {"x": 1}, [1], True]
    if typ == "boolean":
        return ["yes", 3, {"x": 1}, [1]]
    if typ == "array":
        return ["text", {"x": 1}, 3]
    if typ == "object" or "properties" in schema:
        return ["text", [1, 2], 3]
    return []


def _typed_properties(name: str) -> dict[str, Any]:
    props = resolve(SCHEMAS[name]).get("properties", {})
    return {key: prop for key, prop in props.items() if misfits(prop)}


#: Models with a property of a declared type (the others hold any JSON value: nothing misfits).
OBJECTS = [n for n in object_schema_names() if _typed_properties(n)]


def fields(value: Any, schema: dict[str, Any], path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every model field present in *value*, at any depth: (its path, its schema)."""
    schema = resolve(schema)
    props = schema.get("properties")
    if isinstance(value, dict) and props:
        for key, item in value.items():
            if key in props:
                yield path + (key,), props[key]
                yield from fields(item, props[key], path + (key,))
    elif isinstance(value, list) and schema.get("type") == "array":
        for i, item in enumerate(value):
            yield from fields(item, schema.get("items", {}), path + (i,))


def render(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def replaced(payload: Any, path: Path, value: Any) -> Any:
    out = copy.deepcopy(payload)
    node = out
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return out


@pytest.mark.parametrize("name", OBJECTS)
@settings(max_examples=5, **SETTINGS)
@given(data=st.data())
def test_a_misfit_at_any_depth_decodes_is_listed_and_round_trips(name: str, data: Any) -> None:
    cls = getattr(models, name)
    payload = data.draw(object_strategy(SCHEMAS[name]), label="payload")
    candidates = [(p, s) for p, s in fields(payload, SCHEMAS[name]) if misfits(s)]
    candidates += [((k,), s) for k, s in _typed_properties(name).items() if k not in payload]
    path, schema = data.draw(st.sampled_from(candidates), label="field")
    value = data.draw(st.sampled_from(misfits(schema)), label="value")
    bad = replaced(payload, path, value)
    count("misfit decoded")
    decoded = cls.from_json(json.dumps(bad))
    issues = dict(decoded.decode_issues)
    assert render(path) in issues, (render(path), decoded.decode_issues)
    assert json.loads(decoded.to_json()) == bad
    assert cls.from_dict(bad).decode_issues == decoded.decode_issues
