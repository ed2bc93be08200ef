"""The base class of every generated model: strict on what you send, lenient on what you receive.

Hand-written (see .openapi-generator-ignore); the model template (templates/model_generic.mustache)
makes every model a subclass and fills in three class tables from openapi.yaml:
``_sdk_read_only`` (JSON names never sent), ``_sdk_non_nullable`` (fields that may not be set to
None) and ``_sdk_enums`` (allowed values of inline string enums), plus ``_sdk_extra_allowed`` for
a schema with ``additionalProperties: true`` (its other fields are accepted strictly too).

Two modes, chosen by pydantic's validation context:

* **strict** (the default: constructors, ``model_validate``, assignment): unknown fields (unless
  the schema allows other properties), enum values outside the spec and ``None`` in a
  non-nullable field raise a ``ValidationError`` naming the field, before anything is sent. An
  assignment (``job.status.ready = 1``) checks the assigned field only, so a decoded object that
  carries the server's extra fields or newer enum values can be changed and sent back.
* **lenient** (:data:`LENIENT`, used for every response and by ``from_dict``/``from_json``): what real
  servers send decodes. Unknown fields are kept (``model_extra``, and in ``to_dict()``), enum values
  newer than the spec are kept as strings (or pseudo-members of a named enum), ``null`` is accepted
  in optional fields.

Serialising: ``to_dict()``/``to_json()`` give every field that was set or received, read-only ones
included (a decoded job keeps its ``id``). A request body is :func:`request_json`: only the fields the
caller set, never read-only ones, unknown fields kept (a read-modify-write loses nothing).
"""

from __future__ import annotations

import enum
import pprint
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any, ClassVar, Optional, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    ValidationError,
    ValidationInfo,
    model_serializer,
    model_validator,
)
from pydantic.version import VERSION as _PYDANTIC_VERSION
from pydantic_core import to_json

#: Build a model's validator and serializer on first use, not at import (importing ``V1Job`` builds
#: ~130 models otherwise). Only where pydantic makes that first build thread-safe (2.14+: a lock in
#: ``model_rebuild``); with an older pydantic, two threads decoding the same model for the first time
#: could see a half-built model, so models are built at import as before.
DEFER_BUILD: bool = tuple(int(p) for p in _PYDANTIC_VERSION.split(".")[:2]) >= (2, 14)

#: Validation context for decoding what a server sent.
LENIENT: Mapping[str, bool] = {"sdk_lenient": True}
#: Serialisation context for a request body (drops read-only fields at every depth).
REQUEST: Mapping[str, bool] = {"sdk_request": True}

#: (id of the model, field name) while ``model.field = value`` is validated (validate_assignment).
_ASSIGNING: ContextVar[Optional[tuple[int, str]]] = ContextVar("sdk_assigning", default=None)
_MISSING = object()


class SdkModel(BaseModel):
    """Base of all generated models."""

    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        validate_assignment=True,
        extra="allow",
        protected_namespaces=(),
        ser_json_inf_nan="constants",
        defer_build=DEFER_BUILD,
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset()
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset()
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
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
        extra = self.__pydantic_extra__
        if extra and not cls._sdk_extra_allowed:
            raise ValueError(f"unknown field(s) for {cls.__name__}: {', '.join(sorted(extra))}")
        _check_fields(self, self.__pydantic_fields_set__)
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):  # private attributes: no validation
            super().__setattr__(name, value)
            return
        known = name in type(self).model_fields
        store = self.__dict__ if known else self.__pydantic_extra__
        before = store.get(name, _MISSING) if store is not None else _MISSING
        was_set = name in self.__pydantic_fields_set__
        token = _ASSIGNING.set((id(self), name))
        try:
            super().__setattr__(name, value)
        except ValidationError:
            # pydantic stores the value before the model check refuses it: put the old one back.
            store = self.__dict__ if known else self.__pydantic_extra__
            if store is not None:
                if before is _MISSING:
                    store.pop(name, None)
                else:
                    store[name] = before
            if not was_set:
                self.__pydantic_fields_set__.discard(name)
            raise
        finally:
            _ASSIGNING.reset(token)

    @model_serializer(mode="wrap")
    def _sdk_serialize(self, handler: Any, info: Any) -> Any:
        data = handler(self)
        context = info.context
        if context is not None and context.get("sdk_request") and self._sdk_read_only:
            for key in self._sdk_read_only:
                data.pop(key, None)
        return data

    # -- the generator's public helpers, with our semantics ------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The fields that were set or received, by JSON name, read-only ones and extras included."""
        return self.model_dump(by_alias=True, exclude_unset=True)

    def to_json(self) -> str:
        """:meth:`to_dict` as a JSON string."""
        return self.model_dump_json(by_alias=True, exclude_unset=True)

    def to_str(self) -> str:
        return pprint.pformat(self.to_dict())

    @classmethod
    def from_dict(cls, obj: Mapping[str, Any] | None) -> Self | None:
        """Decode a dict as a server sends it (lenient). ``None`` gives ``None``."""
        if obj is None:
            return None
        return cls.model_validate(obj, context=LENIENT)

    @classmethod
    def from_json(cls, json_str: str | bytes) -> Self | None:
        """Decode JSON as a server sends it (lenient)."""
        if json_str in ("null", b"null"):
            return None
        return cls.model_validate_json(json_str, context=LENIENT)


def _check_fields(model: SdkModel, names: Any) -> None:
    """The strict checks of the fields *names* that were set: None, enum values."""
    cls = type(model)
    fields_set = model.__pydantic_fields_set__
    for name in names:
        if name not in fields_set:
            continue
        value = getattr(model, name)
        if value is None and name in cls._sdk_non_nullable:
            raise ValueError(f"{cls.__name__}.{name} may not be None")
        allowed = cls._sdk_enums.get(name)
        if allowed is not None:
            _check_enum(cls.__name__, name, value, allowed)
        if isinstance(value, enum.Enum) and value.name not in type(value).__members__:
            raise ValueError(
                f"{cls.__name__}.{name}: {value.value!r} is not one of "
                f"{', '.join(repr(m.value) for m in type(value))}"
            )


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
    member = str.__new__(cls, value)  # type: ignore[call-overload, type-var]
    member._name_ = value
    member._value_ = value
    return member


def request_json(body: Any) -> bytes:
    """The JSON bytes of a request body: set fields only, read-only fields dropped, extras kept."""
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
