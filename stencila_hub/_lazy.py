"""Module attributes imported on first use (PEP 562), for the packages whose names are many or
costly: ``stencila_hub``, ``stencila_hub.api`` and ``stencila_hub.models`` (every model; their
``__init__`` is generated from templates/), ``stencila_hub.kubernetes`` (the watch's models) and
``stencila_hub.testing`` (openapi-core). Hand-written."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for module *package*: *exports* maps a name to the module
    (absolute, or relative to *package*) that defines it. A name is imported on first use and
    then stored in *namespace* (the module's ``globals()``), so the next use is a plain lookup."""

    def __getattr__(name: str) -> Any:
        module_name = exports.get(name)
        if module_name is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module_name, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(namespace.keys() | exports.keys())

    return __getattr__, __dir__
