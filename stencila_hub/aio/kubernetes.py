"""Async Kubernetes helpers: ``replace_job_status`` and ``watch_jobs`` (hand-written).

The rules are :mod:`stencila_hub.kubernetes` and :mod:`stencila_hub.kubernetes_watch`'s, shared
as code: the status body and conflict handling of ``replace_job_status``, and for the watch its
rules object (resume point, re-list differences, event decoding, bookmarks, failures in a row,
the deadline, each request's arguments) and line splitting. Only the loops here await.
``watch_jobs`` returns an async iterator::

    async with watch_jobs(batch, "science") as events:
        async for event in events:
            print(event.type, event.object.metadata.name)
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Any

from stencila_hub.exceptions import ApiException, ConflictException
from stencila_hub.kubernetes import (
    Mutate,
    _check_max_conflicts,
    _retry_after_conflict,
    _status_body,
)
from stencila_hub.kubernetes_watch import (
    _CHUNK,
    DEFAULT_MAX_LINE_BYTES,
    WatchEvent,
    _Broken,
    _check_watch_options,
    _Gone,
    _LineSplitter,
    _Listing,
    _opening,
    _reading,
    _resumable,
    _WatchRules,
)
from stencila_hub.models.v1_job import V1Job

__all__ = ["AsyncJobWatch", "aiter_lines", "replace_job_status", "watch_jobs"]


async def replace_job_status(
    api: Any,
    name: str,
    namespace: str,
    mutate: Mutate,
    *,
    max_conflicts: int = 5,
    **replace_kwargs: Any,
) -> V1Job:
    """Read a Job's status, change it with *mutate*, and replace it; redo both on 409 Conflict.

    As :func:`stencila_hub.kubernetes.replace_job_status`, with an async ``BatchV1Api``.
    """
    _check_max_conflicts(max_conflicts)
    conflicts = 0
    while True:
        job = await api.read_namespaced_job_status(name, namespace)
        body = _status_body(job, mutate, name, namespace)
        try:
            result: V1Job = await api.replace_namespaced_job_status(
                name, namespace, body, **replace_kwargs
            )
            return result
        except ConflictException:
            conflicts += 1
            if not _retry_after_conflict(body, conflicts, max_conflicts, name, namespace):
                raise


async def aiter_lines(chunks: AsyncIterator[bytes], max_line_bytes: int) -> AsyncIterator[bytes]:
    """:func:`stencila_hub.kubernetes_watch.iter_lines` over async chunks (the same splitter)."""
    lines = _LineSplitter(max_line_bytes)
    async for chunk in chunks:
        for line in lines.feed(chunk):
            yield line


class AsyncJobWatch(_WatchRules):
    """The async iterator :func:`watch_jobs` returns: the sync ``JobWatch``'s rules, awaited."""

    _sleep: Callable[[float], Awaitable[Any]]
    _events: AsyncGenerator[WatchEvent, None]

    def __aiter__(self) -> AsyncJobWatch:
        return self

    async def __anext__(self) -> WatchEvent:
        return await self._events.__anext__()

    def stop(self) -> None:
        """End the iteration: the next read ends (cancel the consuming task to end it at once)."""
        self._stopped = True
        self._release()

    async def close(self) -> None:
        self._stopped = True
        await self._events.aclose()
        self._release()

    async def __aenter__(self) -> AsyncJobWatch:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _run(self) -> AsyncGenerator[WatchEvent, None]:
        while self._go_on():
            pause = self._pause()
            if pause is not None:
                await self._sleep(pause)
            progressed = streamed = False
            try:
                if self._list_due:
                    for event in await self._relist():
                        yield event
                    self._list_due = False
                    progressed = self._synced = True
                async for event in self._watch_once():
                    progressed = streamed = True
                    yield event
            except _Gone:
                self._gone(streamed)
                continue
            except _Broken as broken:
                if self._stopped:
                    return
                self._broken(broken.error, progressed)
                continue
            finally:
                self._release()
            self._ended()

    async def _relist(self) -> list[WatchEvent]:
        listing = _Listing()
        while True:
            try:
                with _resumable():
                    page = await self._list_call(listing.token)
            except ApiException as err:
                if not listing.restart(err):
                    raise
                continue
            if not listing.add(page):
                return self._listed(listing)

    async def _watch_once(self) -> AsyncIterator[WatchEvent]:
        """One watch request, from the current version, until its stream ends."""
        seconds, opening = self._watch_call()
        with _opening():
            self._response = await opening
        response = self._response
        if self._stopped:
            return
        started = self._clock()
        received = False
        with _reading(response.status_code):
            async for line in aiter_lines(response.iter_bytes(_CHUNK), self._max_line):
                received = True
                event = self._event(line, response.status_code)
                if event is not None:
                    yield event
        self._check_stream_end(received, started, seconds)


def watch_jobs(
    api: Any,
    namespace: str | None = None,
    label_selector: str | None = None,
    field_selector: str | None = None,
    resource_version: str | None = None,
    timeout_seconds: float | None = None,
    *,
    bookmarks: bool = False,
    watch_request_seconds: int = 300,
    stall_grace_seconds: float = 30.0,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    max_failures: int = 5,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
) -> AsyncJobWatch:
    """The async twin of :func:`stencila_hub.kubernetes.watch_jobs` (same arguments)."""
    _check_watch_options(watch_request_seconds, max_failures, max_line_bytes)
    return AsyncJobWatch(
        api,
        namespace,
        label_selector,
        field_selector,
        resource_version,
        timeout_seconds,
        bookmarks=bookmarks,
        watch_request_seconds=watch_request_seconds,
        stall_grace_seconds=stall_grace_seconds,
        max_line_bytes=max_line_bytes,
        max_failures=max_failures,
        clock=clock,
        sleep=sleep,
    )
