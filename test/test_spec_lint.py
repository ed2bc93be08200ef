"""openapi.yaml rules that the validators do not check but our tools rely on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

SPEC = yaml.safe_load((Path(__file__).parents[1] / "openapi.yaml").read_text())


def walk(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}/{index}")


def test_nullable_always_has_a_type():
    # Prism silently stops validating a request body whose schema has `nullable` without `type`
    # (found with the Hub's `result`): every request would then pass the contract tests.
    bad = [
        path
        for path, node in walk(SPEC)
        if isinstance(node, dict) and node.get("nullable") and "type" not in node
    ]
    assert bad == []


def test_operation_ids_are_unique_and_every_operation_is_tagged_and_described():
    seen = {}
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method not in {"get", "put", "post", "patch", "delete", "head"}:
                continue
            assert op["operationId"] not in seen, op["operationId"]
            seen[op["operationId"]] = path
            assert len(op.get("tags", [])) == 1, op["operationId"]
            assert op.get("summary") or op.get("description"), op["operationId"]
    assert len(seen) >= 2 + 16 + 8 + 5 + 5


def test_every_unwrapped_operation_names_its_python_type():
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "x-sdk-unwrap" in op:
                assert op.get("x-sdk-unwrap-type"), op["operationId"]
