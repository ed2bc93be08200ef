"""Async waiters: ``await wait_for_agave_job(api, job_id)`` (hand-written).

The rules are :mod:`stencila_hub.waiters`', as code: job states, the poll backoff (and
:func:`~stencila_hub.waiters.default_backoff`), ``on_change``, the progress line, ``WaitResult``
and ``WaitTimeoutError`` come from the tracker the sync loops use; only the loops here await.
:func:`wait_for_kubernetes_job` reads the Job, then watches it with
:func:`stencila_hub.aio.watch_jobs` (resuming from the read's ``resourceVersion``, re-listing on
410 Gone, following bookmarks) and polls when watching is forbidden or ``watch=False``, as the
sync waiter does.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

from stencila_hub.exceptions import ForbiddenException
from stencila_hub.waiters import (
    JobState,
    PollBackoff,
    WaitResult,
    _hub_wait_description,
    _KubernetesJobWait,
    _WaitTracker,
    _WatchForbidden,
    agave_job_state,
    hub_job_state,
    kubernetes_job_state,
    sahara_execution_state,
)

if TYPE_CHECKING:
    from stencila_hub.api.agave_jobs_api import AsyncAgaveJobsApi
    from stencila_hub.api.batch_v1_api import AsyncBatchV1Api
    from stencila_hub.api.data_processing_jobs_api import AsyncDataProcessingJobsApi
    from stencila_hub.api.projects_api import AsyncProjectsApi
    from stencila_hub.models import AgaveJobStatusResult, HubJob, SaharaJobExecution, V1Job

T = TypeVar("T")

__all__ = [
    "wait_for",
    "wait_for_agave_job",
    "wait_for_hub_job",
    "wait_for_kubernetes_job",
    "wait_for_sahara_execution",
]


async def wait_for(
    fetch: Callable[[], Awaitable[T]],
    classify: Callable[[T], JobState],
    *,
    timeout: float | None = 600.0,
    backoff: PollBackoff | None = None,
    on_change: Callable[[JobState, T], None] | None = None,
    progress: bool | None = None,
    description: str = "job",
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> WaitResult[T]:
    """Await *fetch* until *classify* says its value is terminal (see stencila_hub.waiters)."""
    wait = _WaitTracker(
        classify,
        timeout=timeout,
        backoff=backoff,
        on_change=on_change,
        progress=progress,
        description=description,
        clock=clock,
    )
    try:
        while True:
            result = wait.see(await fetch())
            if result.state.terminal:
                return result
            await sleep(wait.delay(result))
    finally:
        wait.close()


async def wait_for_agave_job(
    api: AsyncAgaveJobsApi, job_id: str, **options: Any
) -> WaitResult[AgaveJobStatusResult]:
    """Poll ``await api.get_status(job_id)`` until the Agave job is terminal."""
    options.setdefault("description", f"agave job {job_id}")
    return await wait_for(lambda: api.get_status(job_id), agave_job_state, **options)


async def wait_for_kubernetes_job(
    api: AsyncBatchV1Api,
    name: str,
    namespace: str = "default",
    *,
    watch: bool = True,
    **options: Any,
) -> WaitResult[V1Job]:
    """Wait until the Job is Complete or Failed (or SuccessCriteriaMet / FailureTarget).

    As :func:`stencila_hub.waiters.wait_for_kubernetes_job`: one read, then the Job's watch;
    polls ``await api.read_namespaced_job_status(name, namespace)`` when watching is forbidden
    or *watch* is False.
    """
    options.setdefault("description", f"kubernetes job {namespace}/{name}")

    def read() -> Awaitable[Any]:
        return api.read_namespaced_job_status(name, namespace)

    if watch:
        try:
            return await _watch_kubernetes_job(api, name, namespace, read, **options)
        except _WatchForbidden as forbidden:
            options["timeout"] = forbidden.remaining
    return await wait_for(read, kubernetes_job_state, **options)


async def _watch_kubernetes_job(
    api: AsyncBatchV1Api,
    name: str,
    namespace: str,
    read: Callable[[], Awaitable[Any]],
    *,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    **options: Any,
) -> WaitResult[Any]:
    """Read the Job, then follow its watch events until a terminal state (or the timeout)."""
    from stencila_hub.aio.kubernetes import watch_jobs

    wait = _KubernetesJobWait(name, namespace, **options)
    try:
        result = wait.see(await read())
        if result.state.terminal:
            return result
        async with watch_jobs(api, namespace, sleep=sleep, **wait.watch_options(result)) as events:
            async for event in events:
                result = wait.see(wait.job_of(event))
                if result.state.terminal:
                    return result
    except ForbiddenException:
        instead = wait.refused()
        if instead is None:
            raise
        raise instead from None
    finally:
        wait.close()
    raise wait.timed_out(result)  # the watch ends by itself only at the deadline


async def wait_for_sahara_execution(
    api: AsyncDataProcessingJobsApi, project_id: str, job_execution_id: str, **options: Any
) -> WaitResult[SaharaJobExecution]:
    """Poll ``await api.show_job_execution(...)`` until the execution's status is terminal."""
    options.setdefault("description", f"sahara execution {job_execution_id}")
    return await wait_for(
        lambda: api.show_job_execution(project_id, job_execution_id),
        sahara_execution_state,
        **options,
    )


@overload
async def wait_for_hub_job(
    api: AsyncProjectsApi, /, project: str, job: int, *, key: str | None = None, **options: Any
) -> WaitResult[HubJob]: ...


@overload
async def wait_for_hub_job(
    fetch: Callable[[], Awaitable[T]], /, **options: Any
) -> WaitResult[T]: ...


async def wait_for_hub_job(
    api: Any,
    /,
    project: str | None = None,
    job: int | None = None,
    *,
    key: str | None = None,
    **options: Any,
) -> WaitResult[Any]:
    """Poll a Hub job until its status is terminal: ``await wait_for_hub_job(projects_api,
    project, job)`` awaits ``projects_jobs_read(project, job, key=key)`` (an async
    ``ProjectsApi``); ``await wait_for_hub_job(fetch)`` awaits *fetch* instead."""
    options.setdefault("description", _hub_wait_description(project, job, key))
    if project is None:
        return await wait_for(api, hub_job_state, **options)
    return await wait_for(
        lambda: api.projects_jobs_read(project, job, key=key), hub_job_state, **options
    )
