# flake8: noqa

__all__ = [
    "AccountsApi",
    "AgaveJobsApi",
    "BatchV1Api",
    "DataProcessingJobsApi",
    "GafferJobsApi",
    "JobsApi",
    "ProjectsApi",
    "WorkersApi",
]

import typing as _typing

if _typing.TYPE_CHECKING:
    # import apis into api package
    from stencila_hub.api.accounts_api import AccountsApi
    from stencila_hub.api.agave_jobs_api import AgaveJobsApi
    from stencila_hub.api.batch_v1_api import BatchV1Api
    from stencila_hub.api.data_processing_jobs_api import DataProcessingJobsApi
    from stencila_hub.api.gaffer_jobs_api import GafferJobsApi
    from stencila_hub.api.jobs_api import JobsApi
    from stencila_hub.api.projects_api import ProjectsApi
    from stencila_hub.api.workers_api import WorkersApi

else:
    from importlib import import_module

    _exports = {
        "AccountsApi": ".accounts_api",
        "AgaveJobsApi": ".agave_jobs_api",
        "BatchV1Api": ".batch_v1_api",
        "DataProcessingJobsApi": ".data_processing_jobs_api",
        "GafferJobsApi": ".gaffer_jobs_api",
        "JobsApi": ".jobs_api",
        "ProjectsApi": ".projects_api",
        "WorkersApi": ".workers_api",
    }

    def __getattr__(name: str) -> object:
        if (module_name := _exports.get(name)) is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module_name, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(globals().keys() | _exports.keys())
