"""Async waiters: ``await wait_for_agave_job(api, job_id)`` (hand-written).

The rules are :mod:`stencila_hub.waiters`' (job states, poll backoff, WaitResult, WaitTimeout);
only the loop awaits. Kubernetes jobs are polled here (the sync waiter's watch-first mode is
:func:`stencila_hub.aio.watch_jobs` plus this loop, left for later).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar, overload

from stencila_hub.waiters import (
    JobState,
    PollBackoff,
    WaitResult,
    WaitTimeout,
    agave_job_state,
    hub_job_state,
    kubernetes_job_state,
    next_poll_delay,
    sahara_execution_state,
)

if TYPE_CHECKING:
    from stencila_hub.api.projects_api import AsyncProjectsApi
    from stencila_hub.models import HubJob

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
    description: str = "job",
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> WaitResult[T]:
    """Await *fetch* until *classify* says its value is terminal (see stencila_hub.waiters)."""
    backoff = backoff or PollBackoff()
    start = clock()
    polls = 0
    last_status: str | None = None
    while True:
        value = await fetch()
        polls += 1
        state = classify(value)
        if polls == 1 or state.status != last_status:
            last_status = state.status
            if on_change is not None:
                on_change(state, value)
        elapsed = clock() - start
        if state.terminal:
            return WaitResult(value, state, polls, elapsed)
        delay = next_poll_delay(backoff, polls, elapsed, timeout)
        if delay is None:
            assert timeout is not None
            raise WaitTimeout(description, timeout, WaitResult(value, state, polls, elapsed))
        await sleep(delay)


async def wait_for_agave_job(api: Any, job_id: str, **options: Any) -> WaitResult[Any]:
    """Poll ``await api.get_status(job_id)`` until the Agave job is terminal."""
    options.setdefault("description", f"agave job {job_id}")
    return await wait_for(lambda: api.get_status(job_id), agave_job_state, **options)


async def wait_for_kubernetes_job(
    api: Any, name: str, namespace: str = "default", **options: Any
) -> WaitResult[Any]:
    """Poll ``await api.read_namespaced_job_status(name, namespace)`` until Complete or Failed."""
    options.setdefault("description", f"kubernetes job {namespace}/{name}")
    return await wait_for(
        lambda: api.read_namespaced_job_status(name, namespace), kubernetes_job_state, **options
    )


async def wait_for_sahara_execution(
    api: Any, project_id: str, job_execution_id: str, **options: Any
) -> WaitResult[Any]:
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
    if project is None and job is None:
        if key is not None:
            raise TypeError("wait_for_hub_job(fetch) takes no key; pass it to your fetch")
        options.setdefault("description", "hub job")
        return await wait_for(api, hub_job_state, **options)
    if project is None or job is None:
        raise TypeError("wait_for_hub_job(api, project, job) needs both the project and the job")
    options.setdefault("description", f"hub job {project}/{job}")
    return await wait_for(
        lambda: api.projects_jobs_read(project, job, key=key), hub_job_state, **options
    )
