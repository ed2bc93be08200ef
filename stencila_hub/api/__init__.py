# Generated from templates/__init__api.mustache (our override) and openapi.yaml. Do not edit.
"""The Api classes, one per tag of openapi.yaml; each is imported on first use."""

import typing as _typing

from stencila_hub._lazy import lazy_exports as _lazy_exports

# Every Api class and the module that defines it.
_EXPORTS = {
    "AccountsApi": ".accounts_api",
    "AgaveJobsApi": ".agave_jobs_api",
    "BatchV1Api": ".batch_v1_api",
    "DataProcessingJobsApi": ".data_processing_jobs_api",
    "GafferJobsApi": ".gaffer_jobs_api",
    "JobsApi": ".jobs_api",
    "ProjectsApi": ".projects_api",
    "WorkersApi": ".workers_api",
}

# A list as written, not computed: type checkers read a star import through it (the Api
# modules import the models that way).
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

# The same names, imported for type checkers only: they do not follow the lazy table.
if _typing.TYPE_CHECKING:
    from stencila_hub.api.accounts_api import AccountsApi as AccountsApi
    from stencila_hub.api.agave_jobs_api import AgaveJobsApi as AgaveJobsApi
    from stencila_hub.api.batch_v1_api import BatchV1Api as BatchV1Api
    from stencila_hub.api.data_processing_jobs_api import (
        DataProcessingJobsApi as DataProcessingJobsApi,
    )
    from stencila_hub.api.gaffer_jobs_api import GafferJobsApi as GafferJobsApi
    from stencila_hub.api.jobs_api import JobsApi as JobsApi
    from stencila_hub.api.projects_api import ProjectsApi as ProjectsApi
    from stencila_hub.api.workers_api import WorkersApi as WorkersApi

__getattr__, __dir__ = _lazy_exports(__name__, _EXPORTS, globals())
