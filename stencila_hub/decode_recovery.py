"""Decoding an answer whose fields do not all fit the spec: keep each misfit raw and say so.

Real servers send what their schemas do not admit (the Hub's session job has ``urls`` as an object
where its schema says a string; it stores a PATCHed value of any shape and sends it back). A
client that refuses a whole answer for one field is one people patch by hand, so a body of the
right top-level shape always decodes:

1. The compiled lenient validator (:func:`stencila_hub.base_model.lenient_validator`) runs first;
   only when it raises does :func:`recover` run, so a body that fits pays nothing for this.
2. Each error is traced, through the body and the type together, to the innermost model field
   holding it (``status.conditions[0].type``); that field's raw JSON value is taken out of the
   parsed body, and the rest is validated again with every model field optional, so that a
   required field taken out, or left out by the server, does not fail its model.
3. The raw values are put back into their models as they were sent (``to_dict()``/``to_json()``
   give them back unchanged), and every model on the way records the misfit in its
   ``decode_issues``. The ``stencila_hub`` logger warns once per (model, field) in a process.

An error that reaches no model field (an array where the spec says an object, at the top) is not
recovered: the original ``ValidationError`` is raised, and the call raises ``ResponseDecodeError``.
"""

from __future__ import annotations

import logging
import threading
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any, Union

from pydantic import BaseModel, ValidationError
from pydantic_core import SchemaValidator, from_json, to_json

from stencila_hub.base_model import LENIENT, SdkModel

logger = logging.getLogger("stencila_hub")

#: Validation rounds before giving up: a value taken out can uncover no new error in practice,
#: but a union might report the same field in another place.
MAX_ROUNDS = 4

#: What a pydantic error type says the schema expected, in JSON Schema words.
_EXPECTED = {
    "string_type": "string",
    "int_type": "integer",
    "int_parsing": "integer",
    "int_from_float": "integer",
    "float_type": "number",
    "float_parsing": "number",
    "bool_type": "boolean",
    "bool_parsing": "boolean",
    "list_type": "array",
    "set_type": "array",
    "tuple_type": "array",
    "dict_type": "object",
    "model_type": "object",
    "model_attributes_type": "object",
    "datetime_type": "date-time",
    "datetime_parsing": "date-time",
    "datetime_from_date_parsing": "date-time",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "uuid_type": "uuid",
    "uuid_parsing": "uuid",
    "none_required": "null",
}

_ABSENT = object()
_WARNED: set[tuple[str, str]] = set()
_WARNED_LOCK = threading.Lock()


def recover(tp: Any, data: bytes | str, error: ValidationError, validator: SchemaValidator) -> Any:
    """Decode *data* as *tp* although *error* says parts of it do not fit (see the module doc).

    *validator* is *tp*'s lenient validator with every model field optional
    (:func:`stencila_hub.base_model.recovery_validator`).
    """
    try:
        body = from_json(data)
    except ValueError:
        raise error from None
    misfits: dict[tuple[Any, ...], list[str]] = {}  # path of a field -> what was wrong
    taken: dict[tuple[Any, ...], Any] = {}  # path of a field -> the raw value taken out
    errors = error.errors(include_url=False)
    for _ in range(MAX_ROUNDS):
        places = [(_field_of(tp, body, e["loc"]), e) for e in errors]
        progress = False
        for place, e in places:
            if place is None:
                raise error from None
            path, owner, key = place
            misfits.setdefault(path, []).append(_what(e, e["loc"][len(path) :], owner.get(key)))
            if key in owner and path not in taken:
                taken[path] = owner.pop(key)
                progress = True
            elif key not in owner and path not in taken:
                taken[path] = _ABSENT
                progress = True
        try:
            result = validator.validate_json(to_json(body), context=LENIENT)
            break
        except ValidationError as again:
            if not progress:
                raise error from None
            errors = again.errors(include_url=False)
    else:
        raise error from None
    for path, value in taken.items():
        if value is not _ABSENT:
            _put_back(result, path, value)
    for path, whats in misfits.items():
        _record(result, path, _summary(whats))
    return result


def _field_of(tp: Any, body: Any, loc: Sequence[Any]) -> tuple[tuple[Any, ...], dict, str] | None:
    """The innermost model field on the way to an error: (its path, the model's dict, its key).

    Walks *loc* through the body and the type together; stops where the body ends (a missing
    key, the value that does not fit) or the location names a union member rather than data.
    """
    found = None
    node, hint = body, tp
    for i, part in enumerate(loc):
        hint = _concrete(hint, node)
        if _is_model(hint):
            if not isinstance(node, dict) or not isinstance(part, str):
                break
            field = _fields_by_key(hint).get(part)
            if field is None:
                break
            found = (tuple(loc[: i + 1]), node, part)
            if part not in node:
                break
            node, hint = node[part], field
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            args = typing.get_args(hint)
            node, hint = node[part], args[0] if args else Any
        elif isinstance(node, dict) and isinstance(part, str) and part in node:
            args = typing.get_args(hint)
            node, hint = node[part], args[1] if len(args) == 2 else Any
        else:
            break
    return found


def _concrete(hint: Any, node: Any) -> Any:
    """*hint* without Optional, Annotated and unions: the member that *node*'s JSON type takes."""
    while True:
        origin = typing.get_origin(hint)
        if origin is typing.Annotated:
            hint = typing.get_args(hint)[0]
        elif origin is Union or origin is types.UnionType:
            members = [m for m in typing.get_args(hint) if m is not type(None)]
            hint = next((m for m in members if _takes(m, node)), members[0] if members else Any)
            if len(members) > 1 and not _takes(hint, node):
                return Any
        else:
            return hint


def _takes(hint: Any, node: Any) -> bool:
    """Could *hint* hold the JSON value *node* (by container kind only)?"""
    hint = typing.get_args(hint)[0] if typing.get_origin(hint) is typing.Annotated else hint
    origin = typing.get_origin(hint) or hint
    if isinstance(node, dict):
        return _is_model(hint) or origin in (dict, Mapping)
    if isinstance(node, list):
        return origin in (list, set, tuple, Sequence)
    return not _is_model(hint) and origin not in (dict, list, set, tuple)


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and issubclass(hint, BaseModel)


_FIELDS_BY_KEY: dict[type, dict[str, Any]] = {}


def _fields_by_key(cls: type[BaseModel]) -> dict[str, Any]:
    """JSON name (and Python name) -> annotation of each field of *cls*."""
    table = _FIELDS_BY_KEY.get(cls)
    if table is None:
        table = {}
        for name, info in cls.model_fields.items():
            table[name] = info.annotation
            if info.serialization_alias:
                table[info.serialization_alias] = info.annotation
        _FIELDS_BY_KEY[cls] = table
    return table


def _names_by_key(cls: type[BaseModel]) -> dict[str, str]:
    return {info.serialization_alias or name: name for name, info in cls.model_fields.items()} | {
        name: name for name in cls.model_fields
    }


def _json_type(value: Any) -> str:
    if value is _ABSENT:
        return "nothing"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _what(error: Mapping[str, Any], inner: Sequence[Any], field_value: Any) -> str:
    """One error in words: ``expected string, got object``, ``missing required field``."""
    if error["type"] == "missing" and not _data_steps(inner):
        return "missing required field"
    where = _render(_data_steps(inner))
    expected = _EXPECTED.get(error["type"])
    if expected is None:
        msg = str(error["msg"])
        text = msg[:1].lower() + msg[1:]
    else:
        text = f"expected {expected}, got {_json_type(error.get('input', field_value))}"
    return f"{where}: {text}" if where else text


def _data_steps(inner: Sequence[Any]) -> list[Any]:
    """The part of an error's location inside a field that addresses data (list items, keys):
    pydantic also names union members there (``float``, ``int``), which are not data."""
    steps: list[Any] = []
    for part in inner:
        if isinstance(part, int) or (isinstance(part, str) and steps):
            steps.append(part)
        elif isinstance(part, str) and not steps and part not in _UNION_TAGS and "[" not in part:
            steps.append(part)
    return steps


_UNION_TAGS = frozenset(
    {"str", "int", "float", "bool", "list", "dict", "none", "datetime", "date", "any"}
)


def _summary(whats: list[str]) -> str:
    """The errors of one field as one text (a union reports one error per member)."""
    unique = list(dict.fromkeys(whats))
    if len(unique) > 1 and all(w.startswith("expected ") for w in unique):
        expected = [w.split(",")[0].removeprefix("expected ") for w in unique]
        got = unique[0].rsplit(", got ", 1)[-1]
        return f"expected {' or '.join(expected)}, got {got}"
    return "; ".join(unique)


def _render(path: Sequence[Any]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _walk(result: Any, path: Sequence[Any]) -> list[Any]:
    """The decoded nodes along *path* (the result first); stops early where it cannot go on."""
    nodes = [result]
    node = result
    for part in path:
        if isinstance(node, SdkModel) and isinstance(part, str):
            name = _names_by_key(type(node)).get(part)
            if name is None:
                break
            node = getattr(node, name)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            break
        nodes.append(node)
    return nodes


def _put_back(result: Any, path: tuple[Any, ...], value: Any) -> None:
    """Store the raw *value* in the field at *path*, as received (no validation: it does not
    fit, which is the point) and counted as received, so ``to_dict()`` gives it back."""
    nodes = _walk(result, path[:-1])
    owner = nodes[-1]
    if len(nodes) != len(path) or not isinstance(owner, SdkModel):
        return
    name = _names_by_key(type(owner))[path[-1]]
    owner.__dict__[name] = value
    owner.model_fields_set.add(name)


def _record(result: Any, path: tuple[Any, ...], what: str) -> None:
    """Add (path, what) to the decode_issues of every model from the result down to the field."""
    nodes = _walk(result, path[:-1])
    owner = nodes[-1]
    for depth, node in enumerate(nodes):
        if isinstance(node, SdkModel):
            issues = getattr(node, "_sdk_decode_issues", None)
            if issues is None:
                issues = []
                object.__setattr__(node, "_sdk_decode_issues", issues)
            issues.append((_render(path[depth:]), what))
    if isinstance(owner, SdkModel):
        _warn_once(type(owner).__name__, str(path[-1]), _render(path), what)


def _warn_once(model: str, field: str, path: str, what: str) -> None:
    with _WARNED_LOCK:
        if (model, field) in _WARNED:
            return
        _WARNED.add((model, field))
    logger.warning(
        "%s.%s does not fit the spec (%s: %s); decoded as the server sent it (see the "
        "model's decode_issues). Later misfits of this field are not logged.",
        model,
        field,
        path,
        what,
    )
