# flake8: noqa

__all__ = [
    "BatchV1Api",
    "JobsApi",
]

import typing as _typing

if _typing.TYPE_CHECKING:
    # import apis into api package
    from stencila_hub.api.batch_v1_api import BatchV1Api
    from stencila_hub.api.jobs_api import JobsApi

else:
    from importlib import import_module

    _exports = {
        "BatchV1Api": ".batch_v1_api",
        "JobsApi": ".jobs_api",
    }

    def __getattr__(name: str) -> object:
        if (module_name := _exports.get(name)) is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module_name, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(globals().keys() | _exports.keys())
