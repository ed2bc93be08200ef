"""Watch Kubernetes Jobs: a typed stream of changes that survives drops, timeouts and 410 Gone.

Hand-written; :mod:`stencila_hub.kubernetes` re-exports it::

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
* **Other ``ERROR`` events** raise :class:`WatchStatusException`, an
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

import contextlib
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
    ResponseDecodeError,
    ServiceException,
    StencilaHubError,
)
from stencila_hub.models.v1_job import V1Job
from stencila_hub.models.v1_object_meta import V1ObjectMeta
from stencila_hub.models.v1_status import V1Status
from stencila_hub.timeouts import policy_fitting

if TYPE_CHECKING:
    from stencila_hub.api.batch_v1_api import BatchV1Api
    from stencila_hub.models.v1_job_list import V1JobList

__all__ = [
    "EVENT_TYPES",
    "JobWatch",
    "LineTooLong",
    "LineTooLongError",
    "WatchError",
    "WatchStatusException",
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


class WatchStatusException(ApiException):
    """The server sent an ``ERROR`` event (other than 410 Gone, which the watch handles).

    ``status`` is the event's ``code``, ``reason`` and ``message`` its own, ``data`` the
    :class:`~stencila_hub.models.v1_status.V1Status`.
    """


class LineTooLongError(StencilaHubError):
    """A line of the stream is longer than the bound (see :func:`iter_lines`)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"a watch event line is longer than {limit} bytes")
        self.limit = limit


#: Older names, kept for code that catches them.
WatchError = WatchStatusException
LineTooLong = LineTooLongError


# -- the pure part: lines, events, the re-list difference ------------------------------------------


class _LineSplitter:
    """The lines of a stream fed chunk by chunk (:func:`iter_lines` and its async twin share it):
    newline-terminated, without their newline, blank ones skipped, none longer than the bound."""

    def __init__(self, max_line_bytes: int) -> None:
        self.max_line_bytes = max_line_bytes
        self._pending = b""

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        """The lines *chunk* completes, in order; the rest waits for the next chunk.

        :raises LineTooLongError: a line (or the unfinished rest) passed the bound; it is never
            held whole.
        """
        limit = self.max_line_bytes
        end = chunk.find(b"\n")
        if end < 0:
            self._pending += chunk
            if len(self._pending) > limit:
                raise LineTooLongError(limit)
            return
        start = 0
        while end >= 0:
            pending, self._pending = self._pending, b""
            line = pending + chunk[start:end] if pending else chunk[start:end]
            if len(line) > limit:
                raise LineTooLongError(limit)
            if line.strip():
                yield line
            start = end + 1
            end = chunk.find(b"\n", start)
        self._pending = chunk[start:]
        if len(self._pending) > limit:
            raise LineTooLongError(limit)


def iter_lines(chunks: Iterator[bytes], max_line_bytes: int) -> Iterator[bytes]:
    """The newline-terminated lines of *chunks*, without their newline; blank lines skipped.

    Bytes after the last newline are not a line (the stream was cut inside one): they are dropped
    when *chunks* ends. :raises LineTooLongError: a line (or the unfinished rest) passed
    *max_line_bytes*; it is never held whole.
    """
    lines = _LineSplitter(max_line_bytes)
    for chunk in chunks:
        yield from lines.feed(chunk)


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
            error: V1Status = V1Status.from_dict(plain.object)
            return error
        if plain.type != BOOKMARK:
            return WatchEvent(plain.type, V1Job.from_dict(plain.object))
        # Only the version counts: a Job with metadata alone (``spec`` None, though the schema
        # requires it: the stub would not pass as a Job).
        metadata = plain.object.get("metadata")
        meta = V1ObjectMeta.from_dict(metadata if isinstance(metadata, dict) else {})
        stub = V1Job.model_construct(metadata=meta, spec=None)  # type: ignore[arg-type]
        return WatchEvent(BOOKMARK, stub)
    if event.type == ERROR:
        status: V1Status = V1Status.from_dict(decode_json(_AnyLine, line).object)
        return status
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


# -- the rules of one watch, shared by JobWatch and stencila_hub.aio's AsyncJobWatch ---------------


class _Gone(Exception):
    """The watch's version is too old (410): list again."""


class _Broken(Exception):
    """The stream ended without the server meaning it: resume (counted as a failure)."""

    def __init__(self, error: StencilaHubError) -> None:
        super().__init__(str(error))
        self.error = error


@contextlib.contextmanager
def _resumable() -> Iterator[None]:
    """Around a request: a transport error or a 5xx, after the client's own retries, is a
    failure in a row (resumed after a pause), not the end of the watch."""
    try:
        yield
    except (ApiConnectionError, ServiceException) as err:
        raise _Broken(err) from None


@contextlib.contextmanager
def _opening() -> Iterator[None]:
    """Around the request that opens a stream: as :func:`_resumable`, and 410 means Gone."""
    with _resumable():
        try:
            yield
        except ApiException as err:
            if err.status == 410:
                raise _Gone() from None
            raise


@contextlib.contextmanager
def _reading(status: int) -> Iterator[None]:
    """Around the reads of a stream: a dropped connection is resumed; a line over the bound is
    raised (resuming would meet it again)."""
    try:
        yield
    except LineTooLongError as err:
        raise ResponseDecodeError(str(err), status=status) from None
    except ApiConnectionError as err:
        raise _Broken(err) from None


class _Listing:
    """The pages of one list: the Jobs so far, the next page's token, the snapshot's version."""

    def __init__(self) -> None:
        self.jobs: list[V1Job] = []
        self.token: str | None = None
        self.version: str | None = None

    def add(self, page: V1JobList) -> bool:
        """Take *page* in; whether another page follows."""
        if self.version is None and page.metadata is not None:
            self.version = page.metadata.resource_version  # every page is of the first's snapshot
        self.jobs.extend(page.items)
        self.token = page.metadata.var_continue if page.metadata is not None else None
        return bool(self.token)

    def restart(self, error: ApiException) -> bool:
        """Whether *error* means "list again from the first page" (a later page's snapshot
        expired: 410); if not, it is the caller's to raise."""
        if error.status != 410 or self.token is None:
            return False
        self.jobs, self.token, self.version = [], None, None
        return True


class _WatchRules:
    """The decisions of one watch, free of I/O: the resume point, the Jobs yielded, the failures
    in a row, the deadline, each request's arguments and what each line means. :class:`JobWatch`
    and ``stencila_hub.aio``'s ``AsyncJobWatch`` are its two loops: only they send, read and
    sleep, so both clients watch by the same rules."""

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
        sleep: Callable[[float], Any],
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
        self._deadline = None if timeout_seconds is None else clock() + timeout_seconds
        self._known: dict[tuple[str, str], V1Job] = {}
        self._response: Any = None
        self._stopped = False
        self._synced = resource_version is not None
        self._list_due = resource_version is None
        self._failures = 0
        self._last_error: StencilaHubError | None = None
        self._sleep = sleep
        self._events = self._run()

    def _run(self) -> Any:
        """The loop (sync or async: each subclass has its own); made once, when constructed."""
        raise NotImplementedError

    @property
    def synced(self) -> bool:
        """True once every Job of the first list has been yielded and taken (the iterator was
        asked for the next event after them), as an informer's ``HasSynced``; at once for a
        watch from the caller's ``resource_version``. Another thread can read it: then every Job
        that existed when the watch began has been seen by the consumer."""
        return self._synced

    # -- before and after each attempt -----------------------------------------------------------

    def _go_on(self) -> bool:
        """Before an attempt: False once stopped or past the deadline (the iteration ends).

        :raises StencilaHubError: the last error, after ``max_failures`` attempts in a row that
            yielded nothing.
        """
        if self._stopped:
            return False
        if self._failures >= self._max_failures:
            assert self._last_error is not None
            raise self._last_error
        remaining = self._remaining()
        return remaining is None or remaining > 0

    def _pause(self) -> float | None:
        """Seconds to wait before the attempt (None: not after a success)."""
        return failure_delay(self._failures) if self._failures else None

    def _gone(self, streamed: bool) -> None:
        logger.debug("watch_jobs: resourceVersion %s expired; listing again", self.resource_version)
        self._list_due = True
        # Gone again from a version just listed, with nothing between: a failure in a row.
        self._failures = 0 if streamed else self._failures + 1
        self._last_error = ApiException(410, "Gone", message="the watch's version expired")

    def _broken(self, error: StencilaHubError, progressed: bool) -> None:
        self._last_error = error
        # After events, resume at once (failures 1: no wait); else one more in a row.
        self._failures = 1 if progressed else self._failures + 1
        logger.debug(
            "watch_jobs: stream broken (%s); resuming from %s", error, self.resource_version
        )

    def _ended(self) -> None:
        """The server ended the stream: resume from the last version, no failure."""
        self._failures = 0

    def _remaining(self) -> float | None:
        return None if self._deadline is None else self._deadline - self._clock()

    def _release(self) -> None:
        response, self._response = self._response, None
        if response is not None:
            response.close()

    # -- the requests ----------------------------------------------------------------------------

    def _list_call(self, token: str | None) -> Any:
        """The list request for one page (an awaitable, with an async Api class)."""
        arguments: dict[str, Any] = {
            "_continue": token,
            "field_selector": self._field_selector,
            "label_selector": self._label_selector,
            "limit": _LIST_PAGE,
        }
        if self._namespace is None:
            return self._api.list_job_for_all_namespaces(**arguments)
        return self._api.list_namespaced_job(self._namespace, **arguments)

    def _listed(self, listing: _Listing) -> list[WatchEvent]:
        """The events of a finished list (the difference from what was yielded); the watch
        resumes from the list's version."""
        events, self._known = relist_events(self._known, listing.jobs)
        self.resource_version = listing.version
        return events

    def _watch_call(self) -> tuple[int, Any]:
        """The watch request from the current version: its ``timeoutSeconds`` and the call's
        result (the stream; an awaitable, with an async Api class)."""
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
        policy = policy_fitting(config.retry_policy, connect, read)
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
        if self._namespace is None:
            return seconds, self._api.list_job_for_all_namespaces_stream(**arguments)
        return seconds, self._api.list_namespaced_job_stream(self._namespace, **arguments)

    def _check_stream_end(self, received: bool, started: float, seconds: int) -> None:
        """After a stream the server ended: one that ended at once with nothing in it is not
        the server's ``timeoutSeconds`` but something (a proxy, an overloaded server) that ends
        watches at once. Resuming at once would hammer it: a failure in a row."""
        if not received and self._clock() - started < seconds / 2:
            raise _Broken(
                ApiConnectionError(
                    f"the watch ended at once, with no event (asked for {seconds} s)"
                )
            )

    def _event(self, line: bytes, status: int) -> WatchEvent | None:
        """What *line* means for the caller: an event to yield, or None (a duplicate, a bookmark
        not asked for); raises _Gone, _Broken (a malformed line) or WatchStatusException."""
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
            raise WatchStatusException(
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


def _check_watch_options(
    watch_request_seconds: int, max_failures: int, max_line_bytes: int
) -> None:
    """Refuse options no watch can run with (``ApiValueError``), before anything is sent."""
    if watch_request_seconds < 1:
        raise ApiValueError("watch_jobs(): watch_request_seconds must be >= 1")
    if max_failures < 1:
        raise ApiValueError("watch_jobs(): max_failures must be >= 1")
    if max_line_bytes < 1:
        raise ApiValueError("watch_jobs(): max_line_bytes must be >= 1")


# -- the loop --------------------------------------------------------------------------------------


class JobWatch(_WatchRules):
    """The iterator :func:`watch_jobs` returns; see the module docstring."""

    _sleep: Callable[[float], None]
    _events: Generator[WatchEvent, None, None]

    # -- the public surface --------------------------------------------------------------------

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
        while self._go_on():
            pause = self._pause()
            if pause is not None:
                self._sleep(pause)
            progressed = streamed = False
            try:
                if self._list_due:
                    yield from self._relist()
                    self._list_due = False
                    progressed = self._synced = True
                for event in self._watch_once():
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

    def _relist(self) -> list[WatchEvent]:
        listing = _Listing()
        while True:
            try:
                with _resumable():
                    page = self._list_call(listing.token)
            except ApiException as err:
                if not listing.restart(err):
                    raise
                continue
            if not listing.add(page):
                return self._listed(listing)

    def _watch_once(self) -> Iterator[WatchEvent]:
        """One watch request, from the current version, until its stream ends."""
        with _opening():
            seconds, self._response = self._watch_call()
        response = self._response
        if self._stopped:
            return
        started = self._clock()
        received = False
        with _reading(response.status_code):
            for line in iter_lines(response.iter_bytes(_CHUNK), self._max_line):
                received = True
                event = self._event(line, response.status_code)
                if event is not None:
                    yield event
        self._check_stream_end(received, started, seconds)


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
    _check_watch_options(watch_request_seconds, max_failures, max_line_bytes)
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
