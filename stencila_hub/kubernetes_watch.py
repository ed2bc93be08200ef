"""Watch Kubernetes Jobs: a typed stream of changes that survives drops, timeouts and 410 Gone.

Hand-written (see .openapi-generator-ignore); :mod:`stencila_hub.kubernetes` re-exports it::

    from stencila_hub.kubernetes import watch_jobs

    with watch_jobs(batch, namespace="science", label_selector="app=train") as events:
        for event in events:                   # WatchEvent(type, object: V1Job)
            print(event.type, event.object.metadata.name, event.object.status)

What it does, as client-go's reflector does it:

* **Starts from a list.** Without ``resource_version`` the Jobs are listed first (in pages of 500)
  and each is yielded as ``ADDED``; the watch then starts from the list's ``resourceVersion``. A
  watch started without a version would send the same ``ADDED`` events, but their versions are the
  objects' own, in no order: a drop among them leaves no version to resume from.
* **Resumes.** When the server ends the stream (its ``timeoutSeconds`` passed), the connection
  drops, a line cannot be decoded or the stream stalls, the watch starts again from the
  ``resourceVersion`` of the last event it yielded (``BOOKMARK`` events included: they are always
  requested, and yielded only with ``bookmarks=True``). The server sends what came after it:
  nothing lost, nothing twice. Should a server send an ADDED or MODIFIED again with the
  ``resourceVersion`` and ``uid`` already yielded for that Job, it is not yielded again.
* **Re-lists on 410 Gone** (the version is older than the server keeps, as an HTTP 410 or as an
  ``ERROR`` event with ``code: 410``): it lists again and yields the difference between what it
  had yielded and the list, as events: ``ADDED`` for a Job it had not yielded, ``MODIFIED`` for
  one whose ``resourceVersion`` changed, ``DELETED`` (with the last state it yielded) for one that
  is gone or was replaced by a Job of the same name and another ``uid``; an unchanged Job is not
  yielded again. Then it watches from the list's version. To know what it had yielded it keeps the
  last state of every Job it follows (as an informer's store does). A watch started from the
  caller's own ``resource_version`` knows only what it yielded since: after a re-list, Jobs the
  caller listed itself come again as ``ADDED``, and one deleted meanwhile that this watch never
  yielded cannot be reported. ``resourceVersion``s are never compared as numbers (the API says they
  are opaque): only equal or not.
* **Other ``ERROR`` events** raise :class:`WatchError`, an
  :class:`~stencila_hub.exceptions.ApiException` whose ``status`` is the event's ``code`` and whose
  ``data`` is the event's :class:`~stencila_hub.models.v1_status.V1Status`.
* **Jobs decode as every response does**: a field that does not fit the schema keeps the
  server's raw value and is listed in the model's ``decode_issues``; a line that is not a watch
  event (not JSON, no string ``type``, no object) is malformed: the stream is closed and resumed.
* **Unknown event types** (newer than this SDK) are yielded as they come, with ``type`` the
  server's word and the object decoded as a Job, as every response keeps enum values newer than the
  spec; they do not move the resume point, since their meaning is unknown.
* **Reads lines incrementally**, in chunks, each read bounded by the read timeout, which is the
  server's ``timeoutSeconds`` for the request plus ``stall_grace_seconds``: a server that keeps the
  stream open but silent past its own deadline has stalled, and the watch resumes. A line longer
  than ``max_line_bytes`` (16 MiB by default; the API server stores objects of at most 1.5 MiB)
  raises :class:`~stencila_hub.exceptions.ResponseDecodeError`: resuming would meet it again.
  The client's deadline (``RetryPolicy.total_timeout``) caps every timeout of a request, so each
  watch request raises it to its connect + read timeout when it is shorter.
* **Gives up** after ``max_failures`` attempts in a row that yielded nothing (a request that
  failed or got a 5xx after the client's own retries, a dropped or stalled stream, a line that
  does not decode, a stream ended with nothing in it before half its ``timeoutSeconds``),
  waiting 0, 0.5, 1, 2... up to 8 seconds between them, and raises the last error. Other error
  statuses (401, 403, 404...) are raised at once.

It is an iterator (:class:`JobWatch`); :meth:`JobWatch.stop` ends it from another thread (the
blocked read is woken by shutting its socket down), and ``with`` closes its connection.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, ValidationError

from stencila_hub.base_model import DEFER_BUILD, decode_json
from stencila_hub.exceptions import (
    ApiConnectionError,
    ApiException,
    ApiValueError,
    OpenApiException,
    ResponseDecodeError,
    ServiceException,
)
from stencila_hub.models.v1_job import V1Job
from stencila_hub.models.v1_object_meta import V1ObjectMeta
from stencila_hub.models.v1_status import V1Status

if TYPE_CHECKING:
    from stencila_hub.api.batch_v1_api import BatchV1Api
    from stencila_hub.api_client import StreamedResponse

__all__ = [
    "EVENT_TYPES",
    "JobWatch",
    "LineTooLong",
    "WatchError",
    "WatchEvent",
    "iter_lines",
    "relist_events",
    "watch_jobs",
]

logger = logging.getLogger("stencila_hub")

ADDED, MODIFIED, DELETED, BOOKMARK, ERROR = "ADDED", "MODIFIED", "DELETED", "BOOKMARK", "ERROR"
#: The event types of the API (``watch.EventType`` in apimachinery).
EVENT_TYPES = frozenset({ADDED, MODIFIED, DELETED, BOOKMARK, ERROR})
#: The types that say where the stream is: the watch resumes from their object's version.
_POSITIONED = frozenset({ADDED, MODIFIED, DELETED, BOOKMARK})

DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024
_CHUNK = 64 * 1024
_LIST_PAGE = 500


@dataclass(frozen=True)
class WatchEvent:
    """One change: ``type`` is ADDED, MODIFIED, DELETED or BOOKMARK (or a newer word), ``object``
    the Job after it (DELETED: the last state; BOOKMARK: only ``metadata.resourceVersion``)."""

    type: str
    object: V1Job


class WatchError(ApiException):
    """The server sent an ``ERROR`` event (other than 410 Gone, which the watch handles).

    ``status`` is the event's ``code``, ``reason`` and ``message`` its own, ``data`` the
    :class:`~stencila_hub.models.v1_status.V1Status`.
    """


class LineTooLong(Exception):
    """A line of the stream is longer than the bound (see :func:`iter_lines`)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"a watch event line is longer than {limit} bytes")
        self.limit = limit


# -- the pure part: lines, events, the re-list difference --------------------------------------------


def iter_lines(chunks: Iterator[bytes], max_line_bytes: int) -> Iterator[bytes]:
    """The newline-terminated lines of *chunks*, without their newline; blank lines skipped.

    Bytes after the last newline are not a line (the stream was cut inside one): they are dropped
    when *chunks* ends. :raises LineTooLong: a line (or the unfinished rest) passed
    *max_line_bytes*; it is never held whole.
    """
    pending = b""
    for chunk in chunks:
        start = 0
        end = chunk.find(b"\n")
        if end < 0:
            pending += chunk
            if len(pending) > max_line_bytes:
                raise LineTooLong(max_line_bytes)
            continue
        while end >= 0:
            line = pending + chunk[start:end] if pending else chunk[start:end]
            pending = b""
            if len(line) > max_line_bytes:
                raise LineTooLong(max_line_bytes)
            if line.strip():
                yield line
            start = end + 1
            end = chunk.find(b"\n", start)
        pending = chunk[start:]
        if len(pending) > max_line_bytes:
            raise LineTooLong(max_line_bytes)


class _JobLine(BaseModel):
    """A watch event line whose object is a Job (built on first use where the models are: see
    :data:`~stencila_hub.base_model.DEFER_BUILD`)."""

    model_config = ConfigDict(defer_build=DEFER_BUILD)
    type: str
    object: V1Job


class _AnyLine(BaseModel):
    """A watch event line as plain JSON: for ERROR and BOOKMARK objects that are not whole Jobs."""

    model_config = ConfigDict(defer_build=DEFER_BUILD)
    type: str
    object: dict[str, Any]


def decode_event(line: bytes) -> WatchEvent | V1Status:
    """A line of the stream as a :class:`WatchEvent`, or the ``V1Status`` of an ERROR event.

    :raises ValidationError: the line is not a watch event (JSON with a string ``type`` and an
        object ``object``), or its object cannot be a Job even leniently.
    """
    try:
        event = decode_json(_JobLine, line)
    except ValidationError:
        # A BOOKMARK's object is a stub (the API server sends e.g. ``"containers": null`` in it),
        # an ERROR's a Status: read them as plain JSON. A Job with a field that does not fit the
        # schema decodes as every response does: the field kept raw, listed in decode_issues.
        plain = decode_json(_AnyLine, line)
        if plain.type == ERROR:
            return V1Status.from_dict(plain.object)  # type: ignore[return-value]
        if plain.type != BOOKMARK:
            return WatchEvent(plain.type, V1Job.from_dict(plain.object))  # type: ignore[arg-type]
        # Only the version counts: a Job with metadata alone (``spec`` None, though the schema
        # requires it: the stub would not pass as a Job).
        metadata = plain.object.get("metadata")
        meta = V1ObjectMeta.from_dict(metadata if isinstance(metadata, dict) else {})
        stub = V1Job.model_construct(metadata=meta, spec=None)  # type: ignore[arg-type]
        return WatchEvent(BOOKMARK, stub)
    if event.type == ERROR:
        return V1Status.from_dict(decode_json(_AnyLine, line).object)  # type: ignore[return-value]
    return WatchEvent(event.type, event.object)


def _key(job: V1Job) -> tuple[str, str] | None:
    meta = job.metadata
    if meta is None or meta.name is None:
        return None
    return (meta.namespace or "", meta.name)


def _version(job: V1Job) -> str | None:
    return job.metadata.resource_version if job.metadata is not None else None


def _uid(job: V1Job) -> str | None:
    return job.metadata.uid if job.metadata is not None else None


def relist_events(
    known: dict[tuple[str, str], V1Job], listed: list[V1Job]
) -> tuple[list[WatchEvent], dict[tuple[str, str], V1Job]]:
    """The events that take a consumer from *known* to *listed*, and the new known state.

    ADDED for a Job not known; MODIFIED for one whose ``resourceVersion`` differs; DELETED (the
    known state) for a known Job not listed, or listed with another ``uid`` (then ADDED for the new
    one); nothing for one listed as known. Deletions come first, then the list's order.
    """
    now: dict[tuple[str, str], V1Job] = {}
    for job in listed:
        key = _key(job)
        if key is not None:
            now[key] = job
    events = [WatchEvent(DELETED, job) for key, job in known.items() if key not in now]
    for key, job in now.items():
        old = known.get(key)
        if old is None:
            events.append(WatchEvent(ADDED, job))
        elif _uid(old) != _uid(job):
            events.append(WatchEvent(DELETED, old))
            events.append(WatchEvent(ADDED, job))
        elif _version(old) != _version(job):
            events.append(WatchEvent(MODIFIED, job))
    return events, now


def failure_delay(failures: int) -> float:
    """Seconds before the next attempt after *failures* attempts in a row that yielded nothing:
    none after the first (a dropped stream is resumed at once), then 0.5 s doubling to 8 s."""
    return 0.0 if failures <= 1 else min(0.5 * 2 ** (failures - 2), 8.0)


# -- the loop ------------------------------------------------------------------------------------------


class _Gone(Exception):
    """The watch's version is too old (410): list again."""


class _Broken(Exception):
    """The stream ended without the server meaning it: resume (counted as a failure)."""

    def __init__(self, error: OpenApiException) -> None:
        super().__init__(str(error))
        self.error = error


class JobWatch:
    """The iterator :func:`watch_jobs` returns; see the module docstring."""

    def __init__(
        self,
        api: BatchV1Api,
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
        sleep: Callable[[float], None],
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
        self._response: StreamedResponse | None = None
        self._stopped = False
        self._synced = resource_version is not None
        self._events = self._run()

    # -- the public surface --------------------------------------------------------------------

    @property
    def synced(self) -> bool:
        """True once every Job of the first list has been yielded and taken (the iterator was
        asked for the next event after them), as an informer's ``HasSynced``; at once for a
        watch from the caller's ``resource_version``. Another thread can read it: then every Job
        that existed when the watch began has been seen by the consumer."""
        return self._synced

    def __iter__(self) -> JobWatch:
        return self

    def __next__(self) -> WatchEvent:
        return next(self._events)

    def stop(self) -> None:
        """End the iteration, from any thread: a read in progress is woken (its socket is shut
        down) and the iterator ends without an error."""
        self._stopped = True
        response = self._response
        if response is not None:
            shutdown = getattr(response.response, "shutdown", None)  # urllib3 >= 2.3
            if shutdown is not None:
                shutdown()

    def close(self) -> None:
        """Close the stream's connection; the iterator ends. Call it from the thread that
        iterates (``with`` does); from another thread, call :meth:`stop`."""
        self._stopped = True
        self._events.close()
        self._release()

    def __enter__(self) -> JobWatch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the loop --------------------------------------------------------------------------------

    def _run(self) -> Generator[WatchEvent, None, None]:
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
                self._sleep(failure_delay(failures))
            progressed = streamed = False
            try:
                if relist:
                    yield from self._relist()
                    relist = False
                    progressed = self._synced = True
                for event in self._watch_once():
                    progressed = streamed = True
                    yield event
            except _Gone:
                logger.debug(
                    "watch_jobs: resourceVersion %s expired; listing again", self.resource_version
                )
                relist = True
                # Gone again from a version just listed, with nothing between: a failure in a row.
                failures = 0 if streamed else failures + 1
                last_error = ApiException(410, "Gone", message="the watch's version expired")
                continue
            except _Broken as broken:
                if self._stopped:
                    return
                last_error = broken.error
                # After events, resume at once (failures 1: no wait); else one more in a row.
                failures = 1 if progressed else failures + 1
                logger.debug(
                    "watch_jobs: stream broken (%s); resuming from %s",
                    broken.error,
                    self.resource_version,
                )
                continue
            finally:
                self._release()
            failures = 0  # the server ended the stream: resume from the last version

    def _remaining(self) -> float | None:
        return None if self._deadline is None else self._deadline - self._clock()

    def _release(self) -> None:
        response, self._response = self._response, None
        if response is not None:
            response.close()

    def _relist(self) -> Iterator[WatchEvent]:
        listed: list[V1Job] = []
        token: str | None = None
        version: str | None = None
        while True:
            try:
                if self._namespace is None:
                    page = self._api.list_job_for_all_namespaces(
                        _continue=token,
                        field_selector=self._field_selector,
                        label_selector=self._label_selector,
                        limit=_LIST_PAGE,
                    )
                else:
                    page = self._api.list_namespaced_job(
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
                    listed, token, version = [], None, None  # the snapshot expired: start over
                    continue
                raise
            if version is None and page.metadata is not None:
                version = page.metadata.resource_version  # every page is of the first's snapshot
            listed.extend(page.items)
            token = page.metadata.var_continue if page.metadata is not None else None
            if not token:
                break
        events, self._known = relist_events(self._known, listed)
        self.resource_version = version
        yield from events

    def _watch_once(self) -> Iterator[WatchEvent]:
        """One watch request, from the current version, until its stream ends."""
        remaining = self._remaining()
        seconds = self._request_seconds
        if remaining is not None:
            seconds = max(1, min(seconds, int(remaining + 0.999)))
        config = self._api.api_client.configuration
        connect = config.urllib3_timeout.connect_timeout
        read = seconds + self._grace
        # The call's deadline caps every timeout of the request, the stream's read timeout too
        # (it is set on the socket when the request is sent): it must not be shorter than the
        # read timeout, or a quiet stream would be taken for a stalled one.
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
                self._response = self._api.list_job_for_all_namespaces_stream(**arguments)
            else:
                self._response = self._api.list_namespaced_job_stream(self._namespace, **arguments)
        except (ApiConnectionError, ServiceException) as err:
            raise _Broken(err) from None  # after the client's own retries: a failure in a row
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
            for line in iter_lines(response.iter_bytes(_CHUNK), self._max_line):
                received = True
                event = self._event(line, response)
                if event is not None:
                    yield event
        except LineTooLong as err:
            raise ResponseDecodeError(str(err), status=response.status_code) from None
        except ApiConnectionError as err:
            raise _Broken(err) from None
        if not received and self._clock() - started < seconds / 2:
            # Not the server's timeoutSeconds: something (a proxy, an overloaded server) ends
            # watches at once. Resuming at once would hammer it: a failure in a row.
            raise _Broken(
                ApiConnectionError(
                    f"the watch ended at once, with no event (asked for {seconds} s)"
                )
            )

    def _event(self, line: bytes, response: StreamedResponse) -> WatchEvent | None:
        """What *line* means for the caller: an event to yield, or None (a duplicate, a bookmark
        not asked for); raises _Gone, _Broken (a malformed line) or WatchError."""
        try:
            decoded = decode_event(line)
        except ValidationError:
            raise _Broken(
                ResponseDecodeError(
                    "a watch event line is not a Job's event",
                    status=response.status_code,
                    body=line[:2048],
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
            return decoded  # a newer type: yielded, the resume point kept
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
            return None  # sent twice (a server resent it): yielded once
        self._known[key] = job
        return decoded


def watch_jobs(
    api: BatchV1Api,
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
    sleep: Callable[[float], None] = time.sleep,
) -> JobWatch:
    """Follow the Jobs of *namespace* (None: of every namespace) as :class:`WatchEvent`s.

    :param api: a :class:`~stencila_hub.api.batch_v1_api.BatchV1Api`.
    :param label_selector: :param field_selector: as for ``list_namespaced_job``.
    :param resource_version: watch from this version (the ``metadata.resourceVersion`` of your own
        list); None: list first and yield every Job as ADDED (see the module docstring).
    :param timeout_seconds: the iteration ends after this many seconds, rounded up to whole
        seconds, as the server counts them (None: never; it runs
        until :meth:`JobWatch.stop`, :meth:`JobWatch.close` or an error).
    :param bookmarks: also yield BOOKMARK events (they are always asked for, to keep the resume
        point fresh).
    :param watch_request_seconds: the ``timeoutSeconds`` of each watch request: the server ends
        the stream then and the watch resumes from where it was.
    :param stall_grace_seconds: a stream silent for ``watch_request_seconds`` plus this long has
        stalled: it is closed and resumed.
    :param max_line_bytes: the longest event line accepted.
    :param max_failures: attempts in a row that yield nothing before the last error is raised.
    :param clock: :param sleep: ``time.monotonic`` and ``time.sleep`` unless given (tests).
    """
    if watch_request_seconds < 1:
        raise ApiValueError("watch_jobs(): watch_request_seconds must be >= 1")
    if max_failures < 1:
        raise ApiValueError("watch_jobs(): max_failures must be >= 1")
    if max_line_bytes < 1:
        raise ApiValueError("watch_jobs(): max_line_bytes must be >= 1")
    return JobWatch(
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
