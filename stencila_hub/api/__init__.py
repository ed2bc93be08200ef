# flake8: noqa

__all__ = [
    "AgaveJobsApi",
    "BatchV1Api",
    "DataProcessingJobsApi",
    "GafferJobsApi",
    "JobsApi",
]

import typing as _typing

if _typing.TYPE_CHECKING:
    # import apis into api package
    from stencila_hub.api.agave_jobs_api import AgaveJobsApi
    from stencila_hub.api.batch_v1_api import BatchV1Api
    from stencila_hub.api.data_processing_jobs_api import DataProcessingJobsApi
    from stencila_hub.api.gaffer_jobs_api import GafferJobsApi
    from stencila_hub.api.jobs_api import JobsApi

else:
    from importlib import import_module

    _exports = {
        "AgaveJobsApi": ".agave_jobs_api",
        "BatchV1Api": ".batch_v1_api",
        "DataProcessingJobsApi": ".data_processing_jobs_api",
        "GafferJobsApi": ".gaffer_jobs_api",
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
