"""The base class of every generated model: strict on what you send, lenient on what you receive.

Hand-written; the model template (templates/model_generic.mustache)
makes every model a subclass and fills in class tables from openapi.yaml:
``_sdk_read_only`` (JSON names never sent), ``_sdk_non_nullable`` (fields that may not be set to
None), ``_sdk_enums`` (allowed values of inline string enums) and ``_sdk_patterns`` (the ``pattern``
of a string field), plus ``_sdk_extra_allowed`` for a schema with ``additionalProperties: true``
(its other fields are accepted strictly too).

Two modes, chosen by pydantic's validation context:

* **strict** (the default: constructors, ``model_validate``, assignment): unknown fields (unless
  the schema allows other properties), enum values outside the spec, text that does not match the
  field's ``pattern`` and ``None`` in a non-nullable field raise a ``ValidationError`` naming the
  field, before anything is sent. An
  assignment (``job.status.ready = 1``) checks the assigned field only, so a decoded object that
  carries the server's extra fields or newer enum values can be changed and sent back.
* **lenient** (:data:`LENIENT`, used for every response and by ``from_dict``/``from_json``): what
  real
  servers send decodes. Unknown fields are kept (``model_extra``, and in ``to_dict()``), enum values
  newer than the spec are kept as strings (or pseudo-members of a named enum), ``null`` is accepted
  in optional fields. A body of the right top-level shape always decodes: a field whose value does
  not fit its schema, at any depth, keeps the server's raw JSON value and is listed in
  :attr:`SdkModel.decode_issues` (:mod:`stencila_hub.decode_recovery`; the compiled validator
  still decodes every body that fits).

Serialising: ``to_dict()``/``to_json()`` give every field that was set or received, read-only ones
included (a decoded job keeps its ``id``), raw values as received. A request body is
:func:`request_json`: only the fields the caller set, never read-only ones, unknown fields kept (a
read-modify-write loses nothing). A PATCH of a model decoded from a response sends only the fields
assigned since it was decoded (:func:`fields_to_send`).

The hot paths (decoding a response, encoding a request body) use pydantic-core validators and
serializers built once per type by :func:`lenient_validator` and :func:`request_serializer`: the
same schema with these two hooks compiled in as plain data (read-only fields excluded in the
schema; the strict checks, which lenient mode skips, left out), so decoding 1,000 nested models
calls no Python function per model. What they produce is what the hooks produce.
"""

# No "from __future__ import annotations": pydantic re-evaluates the annotations of SdkModel for
# every subclass it creates (string ones through typing.ForwardRef: ~5 compiles per model).

import enum
import functools
import pprint
import re
import threading
from collections.abc import Mapping
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar, Self, overload

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    model_serializer,
    model_validator,
)
from pydantic.version import VERSION as _PYDANTIC_VERSION
from pydantic_core import SchemaSerializer, SchemaValidator, to_json

#: Build a model's validator and serializer on first use, not at import (importing ``V1Job`` builds
#: ~130 models otherwise). Only where pydantic makes that first build thread-safe (2.14+: a lock in
#: ``model_rebuild``); with an older pydantic, two threads decoding the same model for the first
#: time could see a half-built model, so there models are built at import.
DEFER_BUILD: bool = tuple(int(p) for p in _PYDANTIC_VERSION.split(".")[:2]) >= (2, 14)

#: Validation context for decoding what a server sent.
LENIENT: Mapping[str, bool] = {"sdk_lenient": True}
#: Serialisation context for a request body (drops read-only fields at every depth).
REQUEST: Mapping[str, bool] = {"sdk_request": True}

#: (id of the model, field name) while ``model.field = value`` is validated (validate_assignment).
_ASSIGNING: ContextVar[tuple[int, str] | None] = ContextVar("sdk_assigning", default=None)
_MISSING = object()
#: BaseModel's pydantic v1 methods, deprecated in v2 (each has a ``model_*`` successor).
_PYDANTIC_V1_NAMES = frozenset(
    {
        "dict",
        "json",
        "copy",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "construct",
        "schema",
        "schema_json",
        "validate",
        "update_forward_refs",
        "_iter",
        "_copy_and_set_values",
        "_get_value",
        "_calculate_keys",
    }
)


class SdkModel(BaseModel):
    """Base of all generated models."""

    # Plain Python slots, neither fields nor pydantic private attributes (a private attribute
    # would run a Python hook for every model decoded). Set only on the models they concern
    # (by :func:`decode_json` and the recovery path), read with getattr and a default; copies
    # and pickles do not carry them.
    __slots__ = ("_sdk_decode_issues", "_sdk_assigned_since_decode", "_sdk_decoded_body")

    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        validate_assignment=True,
        extra="allow",
        protected_namespaces=(),
        ser_json_inf_nan="constants",
        # Schemas are built on first use, not at import: importing the Kubernetes models builds
        # none of their ~120 validators, and a response type is compiled once, by
        # lenient_validator. Only on pydantic >= 2.14, whose deferred build is thread-safe.
        defer_build=DEFER_BUILD,
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset()
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset()
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    #: True when the schema says ``additionalProperties: true``: other fields are not refused.
    _sdk_extra_allowed: ClassVar[bool] = False

    @model_validator(mode="after")
    def _sdk_strict_checks(self, info: ValidationInfo) -> Self:
        context = info.context
        if context is not None and context.get("sdk_lenient"):
            return self
        cls = type(self)
        assigning = _ASSIGNING.get()
        if assigning is not None and assigning[0] == id(self):
            # An assignment (validate_assignment): check the assigned field only, so that a
            # decoded object keeps the server's extra fields and newer enum values when changed.
            name = assigning[1]
            if name not in cls.model_fields:
                raise ValueError(f"unknown field(s) for {cls.__name__}: {name}")
            _check_fields(self, (name,))
            return self
        extra = self.model_extra
        if extra and not cls._sdk_extra_allowed:
            raise ValueError(f"unknown field(s) for {cls.__name__}: {', '.join(sorted(extra))}")
        _check_fields(self, self.model_fields_set)
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):  # private attributes: no validation
            super().__setattr__(name, value)
            return
        assigned = _mark(self, "_sdk_assigned_since_decode")
        known = name in type(self).model_fields
        store = self.__dict__ if known else self.model_extra
        before = store.get(name, _MISSING) if store is not None else _MISSING
        was_set = name in self.model_fields_set
        token = _ASSIGNING.set((id(self), name))
        try:
            super().__setattr__(name, value)
        except ValidationError:
            # pydantic stores the value before the model check refuses it: put the old one back.
            store = self.__dict__ if known else self.model_extra
            if store is not None:
                if before is _MISSING:
                    store.pop(name, None)
                else:
                    store[name] = before
            if not was_set:
                self.model_fields_set.discard(name)
            raise
        finally:
            _ASSIGNING.reset(token)
        if assigned is not None and name not in assigned:
            object.__setattr__(self, "_sdk_assigned_since_decode", (*assigned, name))

    @model_serializer(mode="wrap")
    def _sdk_serialize(self, handler: Any, info: Any) -> Any:
        data = handler(self)
        context = info.context
        if context is not None and context.get("sdk_request") and self._sdk_read_only:
            for key in self._sdk_read_only:
                data.pop(key, None)
        return data

    # -- the generator's public helpers, with our semantics ------------------------------------

    @property
    def decode_issues(self) -> list[tuple[str, str]]:
        """What did not fit the spec when this model was decoded from a server's answer.

        One ``(path, what)`` pair per field whose value the server sent in another shape than the
        spec declares, or left out although required: ``[("urls", "expected string, got
        object")]``. The path is by JSON names, dotted, with ``[i]`` for list items, relative to
        this model (a nested model lists its own part too). Such a field keeps the server's raw
        JSON value, so :meth:`to_dict`/:meth:`to_json` give back what was sent. Empty for a model
        that fitted, and for one built by hand (which must fit: construction is strict).
        """
        return list(_mark(self, "_sdk_decode_issues") or ())

    def to_dict(self) -> dict[str, Any]:
        """The fields that were set or received, by JSON name, read-only ones and extras
        included."""
        # A raw value kept by the recovery path sits in a typed field: pydantic would warn that
        # it serialises it as it is, which is what we want.
        fits = not _mark(self, "_sdk_decode_issues")
        return self.model_dump(by_alias=True, exclude_unset=True, warnings=fits)

    def to_json(self) -> str:
        """:meth:`to_dict` as a JSON string."""
        fits = not _mark(self, "_sdk_decode_issues")
        return self.model_dump_json(by_alias=True, exclude_unset=True, warnings=fits)

    def to_str(self) -> str:
        return pprint.pformat(self.to_dict())

    # Overloads: a dict gives a model, None gives None, so a caller who passes a dict gets the
    # model's type without narrowing away an Optional.
    @overload
    @classmethod
    def from_dict(cls, obj: Mapping[str, Any]) -> Self: ...

    @overload
    @classmethod
    def from_dict(cls, obj: None) -> None: ...

    @classmethod
    def from_dict(cls, obj: Mapping[str, Any] | None) -> Self | None:
        """Decode a dict as a server sends it (lenient; see :attr:`decode_issues`). ``None`` gives
        ``None``. Every field it holds counts as set: a request with it sends them all."""
        if obj is None:
            return None
        try:
            return lenient_validator(cls).validate_python(obj, context=LENIENT)  # type: ignore[no-any-return]
        except ValidationError as err:
            from stencila_hub.decode_recovery import recover

            return recover(cls, to_json(obj), err, recovery_validator(cls))  # type: ignore[no-any-return]

    @classmethod
    def from_json(cls, json_str: str | bytes) -> Self:
        """Decode JSON as a server sends it (lenient), like :meth:`from_dict`. JSON ``null``
        raises: use :meth:`from_json_or_none` where the text may be ``null``."""
        model = decode_json(cls, json_str)
        if isinstance(model, SdkModel):  # what you pass is what you send, as with from_dict
            object.__delattr__(model, "_sdk_assigned_since_decode")
            object.__delattr__(model, "_sdk_decoded_body")
        return model  # type: ignore[no-any-return]

    @classmethod
    def from_json_or_none(cls, json_str: str | bytes) -> Self | None:
        """:meth:`from_json`, with JSON ``null`` giving ``None``."""
        if json_str.strip() in ("null", b"null"):
            return None
        return cls.from_json(json_str)

    def __repr__(self) -> str:
        # The fields that were set or received only: a decoded job is a few lines, not 2,000
        # characters of None.
        cls = type(self)
        fields = self.__dict__
        fields_set = self.__pydantic_fields_set__
        parts = [f"{name}={fields[name]!r}" for name in cls.model_fields if name in fields_set]
        extra = self.__pydantic_extra__
        if extra:
            parts += [f"{name}={value!r}" for name, value in extra.items()]
        return f"{cls.__name__}({', '.join(parts)})"

    def __str__(self) -> str:
        return repr(self)

    def __dir__(self) -> list[str]:
        # Without pydantic v1's deprecated names (dict, json, parse_obj...): they warn when used,
        # and crowd a notebook's completion list.
        return [name for name in super().__dir__() if name not in _PYDANTIC_V1_NAMES]


def _check_fields(model: SdkModel, names: Any) -> None:
    """The strict checks of the fields *names* that were set: None, enum values."""
    cls = type(model)
    fields_set = model.model_fields_set
    for name in names:
        if name not in fields_set:
            continue
        value = getattr(model, name)
        if value is None and name in cls._sdk_non_nullable:
            raise ValueError(f"{cls.__name__}.{name} may not be None")
        allowed = cls._sdk_enums.get(name)
        if allowed is not None:
            _check_enum(cls.__name__, name, value, allowed)
        pattern = cls._sdk_patterns.get(name)
        if pattern is not None and isinstance(value, str) and not matches_pattern(pattern, value):
            raise ValueError(f"{cls.__name__}.{name}: {value!r} does not match {pattern}")
        if isinstance(value, enum.Enum) and value.name not in type(value).__members__:
            raise ValueError(
                f"{cls.__name__}.{name}: {value.value!r} is not one of "
                f"{', '.join(repr(m.value) for m in type(value))}"
            )


@functools.lru_cache(maxsize=64)
def _compiled_pattern(pattern: str) -> re.Pattern[str]:
    # An OpenAPI pattern is an ECMA-262 regex: its "$" ends the text, Python's also matches before
    # a final newline ("job\n" would pass). The spec's patterns use no other ECMA-only syntax.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def matches_pattern(pattern: str, value: str) -> bool:
    """Does *value* match the OpenAPI ``pattern`` (anywhere, as ECMA-262 ``test`` does)?"""
    return _compiled_pattern(pattern).search(value) is not None


def _check_enum(model: str, field: str, value: Any, allowed: frozenset[str]) -> None:
    values = value if isinstance(value, (list, tuple)) else (value,)
    for item in values:
        if item is not None and item not in allowed:
            raise ValueError(
                f"{model}.{field}: {item!r} is not one of {', '.join(sorted(allowed))}"
            )


def lenient_enum_member(cls: type[enum.Enum], value: Any) -> enum.Enum | None:
    """A pseudo-member of a string enum for a value the spec does not know (used by ``_missing_``).

    It compares equal to the string, keeps the value and is not added to the class, so the strict
    check in :class:`SdkModel` can still refuse it in a request.
    """
    if not isinstance(value, str):
        return None
    # cls is a (str, Enum) class; a type that is both cannot be spelled for str.__new__.
    member = str.__new__(cls, value)  # type: ignore[type-var]
    member._name_ = value
    member._value_ = value
    return member


#: SdkModel's slot descriptors. Reading an unset slot through one raises AttributeError at once,
#: where ``getattr(model, name, None)`` would first run pydantic's ``__getattr__`` (a Python call,
#: on every request body built by hand).
_SLOTS = {name: SdkModel.__dict__[name] for name in SdkModel.__slots__}


def _mark(model: SdkModel, name: str) -> Any:
    """The value of one of SdkModel's slots on *model*, None when it was never set."""
    try:
        return _SLOTS[name].__get__(model, type(model))
    except AttributeError:
        return None


def fields_to_send(body: SdkModel, partial: bool = False) -> set[str]:
    """The Python names of the fields of *body* that a request sends.

    The fields that were set (received or assigned), except in a *partial* request (a PATCH) of
    a model decoded from a response, which sends only the fields changed since it was decoded:
    fields that came from the server were not set by the caller, and sending them back can fail
    (the real Hub answers 500 to a PATCH that sends back ``project``). Changed means assigned
    (``job.status = "SUCCESS"``, even to the same value), or, for a model decoded from a body
    under :data:`SMALL_BODY_BYTES` (one job), holding another value than it was decoded with
    (``job.status.succeeded = 1`` on a Kubernetes Job changes ``status``). A model built by hand
    or by ``from_dict`` sends what was set in it.
    """
    assigned = _mark(body, "_sdk_assigned_since_decode") if partial else None
    set_fields = set(body.model_fields_set) | set(body.model_extra or ())
    if assigned is None:
        return set_fields
    changed = set(assigned)
    received = _mark(body, "_sdk_decoded_body")
    if received is not None:
        # Decoded again, not kept as a copy: a copy of every decoded job would cost every call;
        # this costs only a PATCH of a decoded model, once.
        original = _decode_without_mark(type(body), received)
        for name in set_fields - changed:
            if _value_of(body, name) != _value_of(original, name):
                changed.add(name)
    return changed


def _value_of(model: Any, name: str) -> Any:
    if name in model.model_fields_set:
        return model.__dict__.get(name)
    extra = model.model_extra or {}
    return extra.get(name, _MISSING)


def as_model(body: Any, cls: Any) -> Any:
    """*body* as a *cls*, when it is a model of another class with the same fields (one schema
    under two names, as the Hub's ``InlineObject3`` and ``InlineObject4``), else None.

    What was set stays set and a decoded model stays decoded (a PATCH of a job a PUT answered
    sends only the fields assigned since); the values are not validated again: they passed the
    same schema.
    """
    if not isinstance(body, SdkModel) or not (isinstance(cls, type) and issubclass(cls, SdkModel)):
        return None
    fields, other = type(body).model_fields, cls.model_fields
    if fields.keys() != other.keys() or any(
        fields[name].serialization_alias != other[name].serialization_alias for name in fields
    ):
        return None
    values = {name: body.__dict__[name] for name in body.model_fields_set if name in fields}
    values.update(body.model_extra or {})
    copy = cls.model_construct(_fields_set=set(body.model_fields_set), **values)
    for mark in SdkModel.__slots__:
        value = getattr(body, mark, None)
        if value is not None:
            object.__setattr__(copy, mark, value)
    return copy


def missing_required_fields(body: Any, names: Any, partial: bool = False) -> list[str]:
    """Which of *names* (fields the server needs) a request with *body* would not send, or send
    as ``null`` (the real Hub answers 500 to a PATCH without ``status`` and to ``status: null``).
    """
    if not isinstance(body, SdkModel):
        sent: Any = body.model_fields_set if isinstance(body, BaseModel) else ()
        return [name for name in names if name not in sent or getattr(body, name) is None]
    sent = fields_to_send(body, partial)
    return [name for name in names if name not in sent or getattr(body, name, None) is None]


def request_json(body: Any, partial: bool = False) -> bytes:
    """The JSON bytes of a request body: set fields only, read-only fields dropped, extras kept.

    *partial* (a PATCH): a model decoded from a response sends only what was assigned since
    (:func:`fields_to_send`).
    """
    if isinstance(body, SdkModel):
        decoded = partial and _mark(body, "_sdk_assigned_since_decode") is not None
        return request_serializer(type(body)).to_json(
            body,
            by_alias=True,
            exclude_unset=True,
            include=fields_to_send(body, partial) if decoded else None,
            context=REQUEST,
            warnings=not _mark(body, "_sdk_decode_issues"),
        )
    if isinstance(body, BaseModel):
        return body.__pydantic_serializer__.to_json(
            body, by_alias=True, exclude_unset=True, context=REQUEST
        )
    return to_json(_plain(body))


def _plain(value: Any) -> Any:
    """Models inside a dict or list body, dumped with request semantics."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True, context=REQUEST)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# -- the compiled fast paths -----------------------------------------------------------------------

_COMPILED_LOCK = threading.Lock()
_LENIENT_SCHEMAS: dict[Any, Any] = {}
_LENIENT_VALIDATORS: dict[Any, SchemaValidator] = {}
_SMALL_BODY_VALIDATORS: dict[Any, SchemaValidator] = {}
_REQUEST_SERIALIZERS: dict[type, SchemaSerializer] = {}
_HOOKS = (SdkModel._sdk_strict_checks, SdkModel._sdk_serialize)


def lenient_validator(tp: Any) -> SchemaValidator:
    """The validator of *tp* (a model, ``List[Model]``, any type) for what a server sends.

    It gives what ``TypeAdapter(tp).validate_json(data, context=LENIENT)`` gives. Pass
    ``context=LENIENT`` to it all the same: should a pydantic release shape its schemas so that a
    strict check could not be taken out, that check still sees the context and lets the data pass.
    """
    return _built_validator(_LENIENT_VALIDATORS, tp, None)


def _small_body_validator(tp: Any) -> SchemaValidator:
    """:func:`lenient_validator` without pydantic-core's string cache, for a body of one item.

    The cache dedupes the strings that thousands of items repeat (status values, field names of
    free-form objects): worth it for a list, pure cost for one job, where it measured 3% of a
    whole Kubernetes read on a loopback server. The two decode alike.
    """
    return _built_validator(_SMALL_BODY_VALIDATORS, tp, {"cache_strings": False})


def _built_validator(cache: dict[Any, SchemaValidator], tp: Any, config: Any) -> SchemaValidator:
    """*cache*'s validator of *tp* (the lenient schema, compiled once for both caches)."""
    validator = cache.get(tp)
    if validator is None:
        schema = _LENIENT_SCHEMAS.get(tp)
        if schema is None:
            schema = _LENIENT_SCHEMAS.setdefault(tp, _compile(_core_schema(tp), request=False))
        with _COMPILED_LOCK:
            validator = cache.setdefault(tp, SchemaValidator(schema, config))
    return validator


#: From this many bytes up, a response is decoded with pydantic-core's string cache (below it,
#: without: see _small_body_validator).
SMALL_BODY_BYTES = 64 * 1024


def decode_json(tp: Any, data: bytes | str) -> Any:
    """Decode what a server sent as *tp*, leniently: the response path of every call.

    A body that fits the spec takes the compiled validator only; a small one (one job) without
    pydantic-core's string cache. A body whose top-level shape fits but some field does not (at
    any depth) goes to :mod:`stencila_hub.decode_recovery`, which keeps that field's raw value and
    lists it in ``decode_issues``; one that cannot fit (an array where an object is declared)
    raises the ``ValidationError``. A model it returns is marked as decoded: a PATCH of it then
    sends only the fields assigned since (:func:`fields_to_send`).
    """
    if len(data) < SMALL_BODY_BYTES:
        validator = _SMALL_BODY_VALIDATORS.get(tp) or _small_body_validator(tp)
    else:
        validator = _LENIENT_VALIDATORS.get(tp) or lenient_validator(tp)
    try:
        result = validator.validate_json(data, context=LENIENT)
    except ValidationError as err:
        from stencila_hub.decode_recovery import recover

        result = recover(tp, data, err, recovery_validator(tp))
    if isinstance(result, SdkModel):
        object.__setattr__(result, "_sdk_assigned_since_decode", ())  # none yet
        # What it was decoded from, to tell what changed (fields_to_send); not kept for a large
        # body (a list of thousands), which is not sent back.
        small = len(data) < SMALL_BODY_BYTES
        object.__setattr__(result, "_sdk_decoded_body", data if small else None)
    return result


def _decode_without_mark(tp: Any, data: bytes | str) -> Any:
    validator = _LENIENT_VALIDATORS.get(tp) or lenient_validator(tp)
    try:
        return validator.validate_json(data, context=LENIENT)
    except ValidationError as err:
        from stencila_hub.decode_recovery import recover

        return recover(tp, data, err, recovery_validator(tp))


_RECOVERY_VALIDATORS: dict[Any, SchemaValidator] = {}


def recovery_validator(tp: Any) -> SchemaValidator:
    """The lenient validator of *tp* with every model field optional (built on first need).

    The recovery path takes the values that do not fit out of the body and validates the rest
    with it: a required field taken out must not fail its model.
    """
    validator = _RECOVERY_VALIDATORS.get(tp)
    if validator is None:
        lenient_validator(tp)
        schema = _fields_optional(_LENIENT_SCHEMAS[tp])
        with _COMPILED_LOCK:
            validator = _RECOVERY_VALIDATORS.setdefault(tp, SchemaValidator(schema))
    return validator


def _fields_optional(node: Any) -> Any:
    """A copy of a core schema whose model fields all default to None."""
    if isinstance(node, dict):
        kind = node.get("type")
        if not isinstance(kind, str):  # not a schema but a mapping, e.g. field name -> field
            return {key: _fields_optional(value) for key, value in node.items()}
        if kind == "model-field" and node["schema"].get("type") != "default":
            inner = _fields_optional(node["schema"])
            return {**node, "schema": {"type": "default", "schema": inner, "default": None}}
        return {
            key: value if key in _LEAVES else _fields_optional(value) for key, value in node.items()
        }
    if isinstance(node, list):
        return [_fields_optional(value) for value in node]
    if isinstance(node, tuple):
        return tuple(_fields_optional(value) for value in node)
    return node


def _assume_utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


#: A timestamp that a server documents as UTC but sends without a zone (Sahara's
#: ``2026-12-05T13:04:25``): decoded as an aware UTC datetime, so that it compares with the
#: aware ones of the other systems. One with a zone keeps it. The model template uses it for a
#: schema marked ``x-sdk-naive-utc`` in openapi.yaml.
UtcDatetime = Annotated[datetime, AfterValidator(_assume_utc)]


def request_serializer(cls: type[SdkModel]) -> SchemaSerializer:
    """The serializer of a request body of model *cls*: read-only fields excluded at every depth.

    Call it with ``by_alias=True, exclude_unset=True, context=REQUEST`` (the context reaches the
    models it cannot see in advance, e.g. one inside a free-form ``Any`` field).
    """
    serializer = _REQUEST_SERIALIZERS.get(cls)
    if serializer is None:
        schema = _compile(_core_schema(cls), request=True)
        with _COMPILED_LOCK:
            serializer = _REQUEST_SERIALIZERS.setdefault(cls, SchemaSerializer(schema))
    return serializer


def _core_schema(tp: Any) -> Any:
    """The core schema of *tp*, built now if the models are deferred (``defer_build``).

    A model class is built in place (once: its own validator is then ready for a caller who
    builds one, and ``List[Model]`` reuses its schema); other types through a TypeAdapter.
    Not ``force=True``: a forced rebuild of a model another thread has just built puts pydantic's
    placeholders back on the class while that thread reads its schema.
    """
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        if not tp.__pydantic_complete__:
            tp.model_rebuild()
        return tp.__pydantic_core_schema__
    adapter = TypeAdapter(tp)
    if not adapter.pydantic_complete:
        adapter.rebuild(force=True)
    return adapter.core_schema


def _compile(node: Any, request: bool) -> Any:
    """A copy of a core schema with SdkModel's hooks replaced by what they do, as schema data."""
    if isinstance(node, dict):
        kind = node.get("type")
        if not isinstance(kind, str):  # not a schema but a mapping, e.g. field name -> field
            return {key: _compile(value, request) for key, value in node.items()}
        if kind == "function-after" and _hook(node.get("function")):
            inner = dict(node["schema"])  # the model schema the strict checks wrap
            if "ref" in node:
                inner["ref"] = node["ref"]
            return _compile(inner, request)
        out = {
            key: value if key in _LEAVES else _compile(value, request)
            for key, value in node.items()
            if not (key == "serialization" and _hook(value))
        }
        if request and kind == "model":
            read_only: frozenset[str] = getattr(node.get("cls"), "_sdk_read_only", frozenset())
            fields = out.get("schema", {}).get("fields") if read_only else None
            if fields:
                out["schema"] = dict(out["schema"])
                out["schema"]["fields"] = {
                    name: (
                        {**field, "serialization_exclude": True}
                        if field.get("serialization_alias", name) in read_only
                        else field
                    )
                    for name, field in fields.items()
                }
        return out
    if isinstance(node, list):
        return [_compile(value, request) for value in node]
    if isinstance(node, tuple):
        return tuple(_compile(value, request) for value in node)
    return node


#: Keys of a schema node whose values hold no hook: kept as they are, not walked.
_LEAVES = frozenset({"metadata", "config", "cls", "ref", "model_name", "computed_fields"})


def _hook(spec: Any) -> bool:
    """Is this schema function spec one of SdkModel's two hooks?"""
    return isinstance(spec, dict) and spec.get("function") in _HOOKS
