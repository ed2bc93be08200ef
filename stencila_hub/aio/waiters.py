"""Async waiters: ``await wait_for_agave_job(api, job_id)`` (hand-written).

The rules are :mod:`stencila_hub.waiters`' (job states, poll backoff, WaitResult, WaitTimeout);
only the loop awaits. Kubernetes jobs are polled here (the sync waiter's watch-first mode is
:func:`stencila_hub.aio.watch_jobs` plus this loop, left for later).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, Optional, TypeVar

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
    timeout: Optional[float] = 600.0,
    backoff: Optional[PollBackoff] = None,
    on_change: Optional[Callable[[JobState, T], None]] = None,
    description: str = "job",
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> WaitResult[T]:
    """Await *fetch* until *classify* says its value is terminal (see stencila_hub.waiters)."""
    backoff = backoff or PollBackoff()
    start = clock()
    polls = 0
    last_status: Optional[str] = None
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


async def wait_for_hub_job(fetch: Callable[[], Awaitable[T]], **options: Any) -> WaitResult[T]:
    """Await *fetch* (which returns the Hub job) until its status is terminal."""
    options.setdefault("description", "hub job")
    return await wait_for(fetch, hub_job_state, **options)
