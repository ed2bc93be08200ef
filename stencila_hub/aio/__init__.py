"""stencila_hub.aio: the asyncio client (``pip install 'stencila-hub-jobs[async]'``).

The same Api classes, under the same names, with every method a coroutine of the same arguments
and return type::

    from stencila_hub import Configuration
    from stencila_hub.aio import AsyncApiClient, JobsApi

    async with AsyncApiClient(Configuration(host=...)) as client:
        job = await JobsApi(client).jobs_partial_update(56, InlineObject4(status="RUNNING"))

The classes are the ``Async*Api`` classes generated beside the sync ones (templates/api.mustache),
so both share each operation's description, the models, the retry policy, redirect rules,
redaction, credential providers, exceptions and decoding; only the I/O (aiohttp) is this
package's. ``import stencila_hub`` never imports this package or aiohttp.
"""

from __future__ import annotations

from typing import Any

try:
    import aiohttp as _aiohttp  # noqa: F401
except ImportError as _missing:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "stencila_hub.aio needs aiohttp: pip install 'stencila-hub-jobs[async]'"
    ) from _missing

from stencila_hub.aio import pagination as pages
from stencila_hub.aio.api_client import AsyncApiClient, AsyncStreamedResponse
from stencila_hub.aio.kubernetes import replace_job_status, watch_jobs
from stencila_hub.aio.waiters import (
    wait_for,
    wait_for_agave_job,
    wait_for_hub_job,
    wait_for_kubernetes_job,
    wait_for_sahara_execution,
)
from stencila_hub.api.accounts_api import AsyncAccountsApi as AccountsApi
from stencila_hub.api.agave_jobs_api import AsyncAgaveJobsApi as AgaveJobsApi
from stencila_hub.api.batch_v1_api import AsyncBatchV1Api as BatchV1Api
from stencila_hub.api.data_processing_jobs_api import (
    AsyncDataProcessingJobsApi as DataProcessingJobsApi,
)
from stencila_hub.api.gaffer_jobs_api import AsyncGafferJobsApi as GafferJobsApi
from stencila_hub.api.jobs_api import AsyncJobsApi as JobsApi
from stencila_hub.api.projects_api import AsyncProjectsApi as ProjectsApi
from stencila_hub.api.workers_api import AsyncWorkersApi as WorkersApi

__all__ = [
    "AccountsApi",
    "AgaveJobsApi",
    "AsyncApiClient",
    "AsyncStreamedResponse",
    "BatchV1Api",
    "DataProcessingJobsApi",
    "GafferJobsApi",
    "JobsApi",
    "ProjectsApi",
    "WorkersApi",
    "pages",
    "replace_job_status",
    "wait_for",
    "wait_for_agave_job",
    "wait_for_hub_job",
    "wait_for_kubernetes_job",
    "wait_for_sahara_execution",
    "watch_jobs",
]


def __getattr__(name: str) -> Any:
    """The async twin of any other generated Api class, by its sync name (a class added to the
    spec works before it is listed above; listing it gives type checkers its type)."""
    import stencila_hub.api

    sync_cls = getattr(stencila_hub.api, name, None) if name.endswith("Api") else None
    if sync_cls is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import sys

    return getattr(sys.modules[sync_cls.__module__], f"Async{name}")
