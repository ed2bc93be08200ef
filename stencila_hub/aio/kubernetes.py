"""Async Kubernetes helpers: ``replace_job_status`` and ``watch_jobs`` (hand-written).

The rules are :mod:`stencila_hub.kubernetes` and :mod:`stencila_hub.kubernetes_watch`'s, shared:
conflict handling (:func:`~stencila_hub.kubernetes.retry_conflict`), event decoding
(:func:`~stencila_hub.kubernetes_watch.decode_event`), re-list differences
(:func:`~stencila_hub.kubernetes_watch.relist_events`), the failure backoff and the resume point.
Only the loops await. ``watch_jobs`` returns an async iterator::

    async with watch_jobs(batch, "science") as events:
        async for event in events:
            print(event.type, event.object.metadata.name)
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Any, Optional

from pydantic import ValidationError

from stencila_hub.exceptions import (
    ApiConnectionError,
    ApiException,
    ApiValueError,
    ConflictException,
    OpenApiException,
    ResponseDecodeError,
    ServiceException,
)
from stencila_hub.kubernetes import Mutate, retry_conflict
from stencila_hub.kubernetes_watch import (
    _CHUNK,
    _LIST_PAGE,
    _POSITIONED,
    BOOKMARK,
    DEFAULT_MAX_LINE_BYTES,
    DELETED,
    LineTooLong,
    WatchError,
    WatchEvent,
    _key,
    _uid,
    _version,
    decode_event,
    failure_delay,
    relist_events,
)
from stencila_hub.models.v1_job import V1Job
from stencila_hub.models.v1_object_meta import V1ObjectMeta
from stencila_hub.models.v1_status import V1Status

__all__ = ["AsyncJobWatch", "aiter_lines", "replace_job_status", "watch_jobs"]

logger = logging.getLogger("stencila_hub")


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
    if max_conflicts < 0:
        raise ApiValueError("replace_job_status(): max_conflicts must be >= 0")
    conflicts = 0
    while True:
        job = await api.read_namespaced_job_status(name, namespace)
        resource_version = job.metadata.resource_version if job.metadata is not None else None
        if not resource_version:
            raise ApiValueError(
                f"replace_job_status(): Job {namespace}/{name} was read without "
                "metadata.resourceVersion; a replace would be unconditional"
            )
        changed = mutate(job)
        body = job if changed is None else changed
        if not isinstance(body, V1Job):
            raise ApiValueError(
                f"replace_job_status(): mutate() must return None or a V1Job, "
                f"not {type(body).__name__}"
            )
        if body.metadata is None:
            body.metadata = V1ObjectMeta(resource_version=resource_version)
        else:
            body.metadata.resource_version = resource_version
        try:
            result: V1Job = await api.replace_namespaced_job_status(
                name, namespace, body, **replace_kwargs
            )
            return result
        except ConflictException:
            conflicts += 1
            if not retry_conflict(conflicts, max_conflicts):
                raise


async def aiter_lines(chunks: AsyncIterator[bytes], max_line_bytes: int) -> AsyncIterator[bytes]:
    """:func:`stencila_hub.kubernetes_watch.iter_lines` over async chunks (same rules)."""
    pending = b""
    async for chunk in chunks:
        start = 0
        end = chunk.find(b"\n")
        while end >= 0:
            line = pending + chunk[start:end] if pending else chunk[start:end]
            pending = b""
            if len(line) > max_line_bytes:
                raise LineTooLong(max_line_bytes)
            if line.strip():
                yield line
            start = end + 1
            end = chunk.find(b"\n", start)
        pending += chunk[start:]
        if len(pending) > max_line_bytes:
            raise LineTooLong(max_line_bytes)


class _Gone(Exception):
    pass


class _Broken(Exception):
    def __init__(self, error: OpenApiException) -> None:
        super().__init__(str(error))
        self.error = error


class AsyncJobWatch:
    """The async iterator :func:`watch_jobs` returns (the rules of the sync ``JobWatch``)."""

    def __init__(
        self,
        api: Any,
        namespace: str | None,
        label_selector: str | None,
        field_selector: str | None,
        resource_version: str | None,
        timeout_seconds: float | None,
        *,
        bookmarks: bool,
        watch_request_seconds: int,
        stall_grace_seconds: float,
        max_line_bytes: int,
        max_failures: int,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[Any]],
    ) -> None:
        self._api = api
        self._namespace = namespace
        self._label_selector = label_selector
        self._field_selector = field_selector
        self.resource_version = resource_version
        self._bookmarks = bookmarks
        self._request_seconds = watch_request_seconds
        self._grace = stall_grace_seconds
        self._max_line = max_line_bytes
        self._max_failures = max_failures
        self._clock = clock
        self._sleep = sleep
        self._deadline = None if timeout_seconds is None else clock() + timeout_seconds
        self._known: dict[tuple[str, str], V1Job] = {}
        self._response: Any = None
        self._stopped = False
        self._synced = resource_version is not None
        self._events = self._run()

    @property
    def synced(self) -> bool:
        """True once every Job of the first list has been yielded and taken."""
        return self._synced

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
        failures = 0
        last_error: OpenApiException | None = None
        relist = self.resource_version is None
        while not self._stopped:
            if failures >= self._max_failures:
                assert last_error is not None
                raise last_error
            remaining = self._remaining()
            if remaining is not None and remaining <= 0:
                return
            if failures:
                await self._sleep(failure_delay(failures))
            progressed = streamed = False
            try:
                if relist:
                    for event in await self._relist():
                        yield event
                    relist = False
                    progressed = self._synced = True
                async for event in self._watch_once():
                    progressed = streamed = True
                    yield event
            except _Gone:
                relist = True
                failures = 0 if streamed else failures + 1
                last_error = ApiException(410, "Gone", message="the watch's version expired")
                continue
            except _Broken as broken:
                if self._stopped:
                    return
                last_error = broken.error
                failures = 1 if progressed else failures + 1
                continue
            finally:
                self._release()
            failures = 0

    def _remaining(self) -> float | None:
        return None if self._deadline is None else self._deadline - self._clock()

    def _release(self) -> None:
        response, self._response = self._response, None
        if response is not None:
            response.close()

    async def _relist(self) -> list[WatchEvent]:
        listed: list[V1Job] = []
        token: str | None = None
        version: str | None = None
        while True:
            try:
                if self._namespace is None:
                    page = await self._api.list_job_for_all_namespaces(
                        _continue=token,
                        field_selector=self._field_selector,
                        label_selector=self._label_selector,
                        limit=_LIST_PAGE,
                    )
                else:
                    page = await self._api.list_namespaced_job(
                        self._namespace,
                        _continue=token,
                        field_selector=self._field_selector,
                        label_selector=self._label_selector,
                        limit=_LIST_PAGE,
                    )
            except (ApiConnectionError, ServiceException) as err:
                raise _Broken(err) from None
            except ApiException as err:
                if err.status == 410 and token is not None:
                    listed, token, version = [], None, None
                    continue
                raise
            if version is None and page.metadata is not None:
                version = page.metadata.resource_version
            listed.extend(page.items)
            token = page.metadata.var_continue if page.metadata is not None else None
            if not token:
                break
        events, self._known = relist_events(self._known, listed)
        self.resource_version = version
        return events

    async def _watch_once(self) -> AsyncIterator[WatchEvent]:
        remaining = self._remaining()
        seconds = self._request_seconds
        if remaining is not None:
            seconds = max(1, min(seconds, int(remaining + 0.999)))
        config = self._api.api_client.configuration
        connect = config.urllib3_timeout.connect_timeout
        read = seconds + self._grace
        policy = config.retry_policy
        needed = read + (connect if isinstance(connect, (int, float)) else 0)
        if policy.total_timeout is not None and policy.total_timeout < needed:
            policy = dataclasses.replace(policy, total_timeout=needed)
        arguments: dict[str, Any] = {
            "allow_watch_bookmarks": True,
            "resource_version": self.resource_version,
            "timeout_seconds": seconds,
            "watch": True,
            "_request_timeout": (connect, read),
            "_retries": policy,
            "field_selector": self._field_selector,
            "label_selector": self._label_selector,
        }
        try:
            if self._namespace is None:
                self._response = await self._api.list_job_for_all_namespaces_stream(**arguments)
            else:
                self._response = await self._api.list_namespaced_job_stream(
                    self._namespace, **arguments
                )
        except (ApiConnectionError, ServiceException) as err:
            raise _Broken(err) from None
        except ApiException as err:
            if err.status == 410:
                raise _Gone() from None
            raise
        response = self._response
        if self._stopped:
            return
        started = self._clock()
        received = False
        try:
            async for line in aiter_lines(response.iter_bytes(_CHUNK), self._max_line):
                received = True
                event = self._event(line, response.status_code)
                if event is not None:
                    yield event
        except LineTooLong as err:
            raise ResponseDecodeError(str(err), status=response.status_code) from None
        except ApiConnectionError as err:
            raise _Broken(err) from None
        if not received and self._clock() - started < seconds / 2:
            raise _Broken(
                ApiConnectionError(
                    f"the watch ended at once, with no event (asked for {seconds} s)"
                )
            )

    def _event(self, line: bytes, status: int) -> WatchEvent | None:
        try:
            decoded = decode_event(line)
        except ValidationError:
            raise _Broken(
                ResponseDecodeError(
                    "a watch event line is not a Job's event", status=status, body=line[:2048]
                )
            ) from None
        if isinstance(decoded, V1Status):
            if decoded.code == 410:
                raise _Gone()
            raise WatchError(
                decoded.code or 500,
                decoded.reason,
                data=decoded,
                message=decoded.message,
                body=line[:2048],
            )
        kind, job = decoded.type, decoded.object
        version = _version(job)
        if kind not in _POSITIONED:
            return decoded
        if version:
            self.resource_version = version
        if kind == BOOKMARK:
            return decoded if self._bookmarks else None
        key = _key(job)
        if key is None:
            return decoded
        if kind == DELETED:
            self._known.pop(key, None)
            return decoded
        old = self._known.get(key)
        if old is not None and version and _version(old) == version and _uid(old) == _uid(job):
            return None
        self._known[key] = job
        return decoded


def watch_jobs(
    api: Any,
    namespace: Optional[str] = None,
    label_selector: Optional[str] = None,
    field_selector: Optional[str] = None,
    resource_version: Optional[str] = None,
    timeout_seconds: Optional[float] = None,
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
    if watch_request_seconds < 1:
        raise ApiValueError("watch_jobs(): watch_request_seconds must be >= 1")
    if max_failures < 1:
        raise ApiValueError("watch_jobs(): max_failures must be >= 1")
    if max_line_bytes < 1:
        raise ApiValueError("watch_jobs(): max_line_bytes must be >= 1")
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
