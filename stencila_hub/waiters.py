"""Wait for a job to finish: poll it until it reaches a terminal state (hand-written).

One helper per system, on top of one polling loop::

    from stencila_hub.waiters import wait_for_agave_job

    result = wait_for_agave_job(AgaveJobsApi(client), job_id, timeout=3600)
    if not result.succeeded:
        print("job ended", result.state.status)

* :func:`wait_for_agave_job`: Agave's status (``get_status``); FINISHED is success, FAILED, KILLED
  and STOPPED are failures.
* :func:`wait_for_kubernetes_job`: the Job's conditions; Complete (or SuccessCriteriaMet, which
  comes first) is success, Failed (or FailureTarget) is failure. It reads the Job once
  (``read_namespaced_job_status``), then watches it from that ``resourceVersion``
  (:func:`stencila_hub.kubernetes.watch_jobs` with ``fieldSelector=metadata.name=<name>``): one
  stream instead of a request per poll, and each change as it happens. When watching is forbidden
  (403: RBAC may grant ``get`` without ``watch``) or ``watch=False`` is passed, it polls. With the
  watch, ``polls`` of the result counts the read and the events seen, ``backoff`` is not used, and
  a Job deleted while waited for raises :class:`~stencila_hub.exceptions.NotFoundException`, as a
  poll would.
* :func:`wait_for_sahara_execution`: the execution's ``info.status`` (``show_job_execution``);
  SUCCEEDED is success, FAILED, KILLED, DONEWITHERROR and SUSPENDFAILED are failures.
* :func:`wait_for_hub_job`: a Hub job's ``status``, read with ``projects_jobs_read``:
  ``wait_for_hub_job(ProjectsApi(client), project, job)`` (``key=`` for a caller without a token).
  The callable form, ``wait_for_hub_job(fetch)``, stays for a staff overseer that knows only the
  job's id (``/jobs/{id}/`` has no GET): *fetch* returns the job, a :class:`~stencila_hub.HubJob`
  (or ``InlineObject3``/``4``), a dict with ``"status"``, or anything with a ``status``
  attribute. SUCCESS is success; FAILURE, CANCELLED, REVOKED, TERMINATED and REJECTED are
  failures.
* :func:`wait_for`: the loop itself, for any *fetch* and *classify* pair.

Every helper takes:

* ``timeout``: seconds before :class:`WaitTimeoutError` is raised (``None``: no limit); one last
  poll is
  made at the deadline;
* ``backoff``: a :class:`PollBackoff`, the delays between polls (default 1 s, doubling, at most
  30 s; never past the deadline). :func:`default_backoff` changes the default for a block of
  code; the ``hub_fake`` fixture sets :data:`FAST_BACKOFF` (0.01 s to 0.05 s) for each test;
* ``on_change(state, value)``: called with the first state seen and each change after it;
* ``progress``: a progress line (tqdm) while waiting. ``None`` (default): shown when tqdm is
  installed (``pip install stencila-hub-jobs[progress]``) and stdout is a terminal; ``True``:
  shown when tqdm is installed; ``False``: never;
* ``sleep`` and ``clock``: injectable (default ``time.sleep`` and ``time.monotonic``), for tests.

A terminal failure is not an exception: the result says ``succeeded=False``. Errors of the
polling calls themselves are raised as they are (the client already retried what can be retried).
The decisions (is this state terminal? how long until the next poll?) are pure functions,
separate from the loop: :func:`agave_job_state`, :func:`kubernetes_job_state`,
:func:`sahara_execution_state`, :func:`hub_job_state`, :meth:`PollBackoff.delay` and
:func:`next_poll_delay`. The rest of a wait's bookkeeping (counting, ``on_change``, the progress
line, the next delay, the timeout error; for a watched Kubernetes Job also where the watch starts,
what a DELETED event and a 403 mean) is one object without I/O that the loops here and in
:mod:`stencila_hub.aio.waiters` feed, so that ``await aio.wait_for_kubernetes_job(...)`` behaves
as this module's waiter does.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from stencila_hub.exceptions import ForbiddenException, NotFoundException, StencilaHubError

if TYPE_CHECKING:
    from stencila_hub.api.agave_jobs_api import AgaveJobsApi
    from stencila_hub.api.batch_v1_api import BatchV1Api
    from stencila_hub.api.data_processing_jobs_api import DataProcessingJobsApi
    from stencila_hub.api.projects_api import ProjectsApi
    from stencila_hub.models import AgaveJobStatusResult, HubJob, SaharaJobExecution, V1Job

__all__ = [
    "AGAVE_FAILED",
    "AGAVE_SUCCEEDED",
    "HUB_FAILED",
    "HUB_SUCCEEDED",
    "KUBERNETES_TERMINAL",
    "SAHARA_FAILED",
    "SAHARA_SUCCEEDED",
    "JobState",
    "PollBackoff",
    "WaitResult",
    "WaitTimeout",
    "WaitTimeoutError",
    "FAST_BACKOFF",
    "default_backoff",
    "agave_job_state",
    "hub_job_state",
    "kubernetes_job_state",
    "next_poll_delay",
    "sahara_execution_state",
    "use_progress",
    "wait_for",
    "wait_for_agave_job",
    "wait_for_hub_job",
    "wait_for_kubernetes_job",
    "wait_for_sahara_execution",
]

T = TypeVar("T")

AGAVE_SUCCEEDED = frozenset({"FINISHED"})
AGAVE_FAILED = frozenset({"FAILED", "KILLED", "STOPPED"})
SAHARA_SUCCEEDED = frozenset({"SUCCEEDED"})
SAHARA_FAILED = frozenset({"FAILED", "KILLED", "DONEWITHERROR", "SUSPENDFAILED"})
HUB_SUCCEEDED = frozenset({"SUCCESS"})
HUB_FAILED = frozenset({"FAILURE", "CANCELLED", "REVOKED", "TERMINATED", "REJECTED"})
#: A Job's terminal conditions (when True), in the order they are looked for, and success.
KUBERNETES_TERMINAL = (
    ("Complete", True),
    ("Failed", False),
    ("SuccessCriteriaMet", True),
    ("FailureTarget", False),
)


# -- the pure part: states and delays ------------------------------------------------------------


@dataclass(frozen=True)
class JobState:
    """A job's state as a waiter sees it.

    :ivar status: the system's own word for it (``RUNNING``, ``Complete``, ``SUCCEEDED``...).
    :ivar terminal: the job will not change any more.
    :ivar succeeded: True/False once terminal, None before.
    """

    status: str
    terminal: bool = False
    succeeded: bool | None = None


def _get(obj: Any, name: str, default: Any = None) -> Any:
    """A field of a model or a dict (by Python or JSON name)."""
    if obj is None:
        return default
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _text(value: Any) -> str:
    """An enum member (also a lenient pseudo-member) or a string, as its string value."""
    value = getattr(value, "value", value)
    return "" if value is None else str(value)


def _classify(status: str, succeeded: frozenset[str], failed: frozenset[str]) -> JobState:
    if status in succeeded:
        return JobState(status, True, True)
    if status in failed:
        return JobState(status, True, False)
    return JobState(status)


def agave_job_state(job: Any) -> JobState:
    """The state of an Agave job (an AgaveJob, AgaveJobStatusResult or AgaveJobSummary, or dict)."""
    return _classify(_text(_get(job, "status")), AGAVE_SUCCEEDED, AGAVE_FAILED)


def sahara_execution_state(execution: Any) -> JobState:
    """The state of a Sahara job execution (a SaharaJobExecution or dict): its ``info.status``."""
    return _classify(
        _text(_get(_get(execution, "info"), "status")), SAHARA_SUCCEEDED, SAHARA_FAILED
    )


def hub_job_state(job: Any) -> JobState:
    """The state of a Hub job (a HubJob, InlineObject3/4, a dict, anything with ``status``)."""
    return _classify(_text(_get(job, "status")), HUB_SUCCEEDED, HUB_FAILED)


def kubernetes_job_state(job: Any) -> JobState:
    """The state of a Kubernetes Job (a V1Job or dict), from its status.

    ``Complete``, ``Failed``, ``SuccessCriteriaMet`` or ``FailureTarget`` when that condition is
    True, in that order (terminal); else ``Suspended``,
    ``Running`` (a pod active and ready; clusters before 1.24 do not send ``ready``: a pod
    active), or ``Pending`` (no pod active or ready yet).
    """
    status = _get(job, "status") or {}
    conditions = [
        _text(_get(c, "type"))
        for c in _get(status, "conditions") or ()
        if _text(_get(c, "status")) == "True"
    ]
    # Complete and Failed are final; since 1.31 the controller first sets SuccessCriteriaMet or
    # FailureTarget, once the outcome is decided and while pods may still be terminating.
    for kind, succeeded in KUBERNETES_TERMINAL:
        if kind in conditions:
            return JobState(kind, True, succeeded)
    for condition in _get(status, "conditions") or ():
        if (
            _text(_get(condition, "type")) == "Suspended"
            and _text(_get(condition, "status")) == "True"
        ):
            return JobState("Suspended")
    ready = _get(status, "ready")
    if (_get(status, "active") or 0) > 0 and (ready is None or ready > 0):
        return JobState("Running")
    return JobState("Pending")


@dataclass(frozen=True)
class PollBackoff:
    """Delays between polls: *initial* seconds, times *factor* after each poll, at most
    *maximum*."""

    initial: float = 1.0
    factor: float = 2.0
    maximum: float = 30.0

    def __post_init__(self) -> None:
        if self.initial < 0 or self.maximum < 0 or self.factor < 1:
            raise ValueError("delays must be >= 0 and factor >= 1")

    def delay(self, polls_done: int) -> float:
        """Seconds to wait after poll number *polls_done* (1-based)."""
        return min(self.maximum, self.initial * self.factor ** max(polls_done - 1, 0))


#: Delays for tests against the in-process fakes, which advance a job one step per read.
FAST_BACKOFF = PollBackoff(initial=0.01, factor=2.0, maximum=0.05)

_DEFAULT_BACKOFF: ContextVar[PollBackoff | None] = ContextVar("sdk_default_backoff", default=None)


@contextlib.contextmanager
def default_backoff(backoff: PollBackoff) -> Iterator[PollBackoff]:
    """Within the block (this thread or task), waiters without a ``backoff`` use *backoff*."""
    token = _DEFAULT_BACKOFF.set(backoff)
    try:
        yield backoff
    finally:
        _DEFAULT_BACKOFF.reset(token)


def next_poll_delay(
    backoff: PollBackoff, polls_done: int, elapsed: float, timeout: float | None
) -> float | None:
    """Seconds until the next poll, or None when the deadline has passed (time to give up).

    The delay never goes past the deadline, so the last poll happens at the deadline.
    """
    delay = backoff.delay(polls_done)
    if timeout is None:
        return delay
    remaining = timeout - elapsed
    if remaining <= 0:
        return None
    return min(delay, remaining)


def use_progress(setting: bool | None, tqdm_installed: bool, stdout_is_terminal: bool) -> bool:
    """Whether to show a progress line: see the module docstring."""
    if setting is None:
        return tqdm_installed and stdout_is_terminal
    return setting and tqdm_installed


# -- the loop ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WaitResult(Generic[T]):
    """How the wait ended: the last value fetched, its state, the polls made and seconds taken."""

    value: T
    state: JobState
    polls: int
    elapsed: float

    @property
    def succeeded(self) -> bool:
        return bool(self.state.succeeded)


class WaitTimeoutError(StencilaHubError, TimeoutError):
    """The job did not reach a terminal state in time. ``last`` holds the last poll's result."""

    def __init__(self, description: str, timeout: float, last: WaitResult[Any]) -> None:
        self.timeout = timeout
        self.last = last
        super().__init__(
            f"{description} still {last.state.status or 'unknown'} after "
            f"{timeout:g} s ({last.polls} polls)"
        )


#: The older name, kept for code that catches it.
WaitTimeout = WaitTimeoutError


class _NoProgress:
    def update(self, state: JobState, polls: int) -> None:
        pass

    def close(self) -> None:
        pass


class _TqdmProgress:
    def __init__(self, description: str) -> None:
        from tqdm import tqdm

        self._bar = tqdm(total=None, desc=description, unit="poll", file=sys.stdout, leave=False)
        self._polls = 0

    def update(self, state: JobState, polls: int) -> None:
        self._bar.set_postfix_str(state.status, refresh=False)
        self._bar.update(polls - self._polls)
        self._polls = polls

    def close(self) -> None:
        self._bar.close()


def _progress_for(setting: bool | None, description: str) -> Any:
    try:
        import tqdm  # noqa: F401
    except ImportError:
        installed = False
    else:
        installed = True
    terminal = bool(getattr(sys.stdout, "isatty", lambda: False)())
    if use_progress(setting, installed, terminal):
        return _TqdmProgress(description)
    return _NoProgress()


class _WaitTracker(Generic[T]):
    """The decisions of one wait, free of I/O. The loops (:func:`wait_for`, the Kubernetes
    watch below, and their twins in ``stencila_hub.aio.waiters``) fetch, sleep and watch; they
    hand every value they get to :meth:`see` and do what the tracker says, so the sync and the
    async waiters count, report, back off and time out by the same code."""

    def __init__(
        self,
        classify: Callable[[T], JobState],
        *,
        timeout: float | None = 600.0,
        backoff: PollBackoff | None = None,
        on_change: Callable[[JobState, T], None] | None = None,
        progress: bool | None = None,
        description: str = "job",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.classify = classify
        self.timeout = timeout
        self.backoff = backoff or _DEFAULT_BACKOFF.get() or PollBackoff()
        self.on_change = on_change
        self.description = description
        self.clock = clock
        self.seen = 0
        self._last_status: str | None = None
        self._bar = _progress_for(progress, description)
        self._start = clock()

    def see(self, value: T) -> WaitResult[T]:
        """Count and classify *value* (a poll's answer, or a watched Job), and report it when
        its state is the first or a change."""
        self.seen += 1
        state = self.classify(value)
        self._bar.update(state, self.seen)
        if self.seen == 1 or state.status != self._last_status:
            self._last_status = state.status
            if self.on_change is not None:
                self.on_change(state, value)
        return WaitResult(value, state, self.seen, self.clock() - self._start)

    def delay(self, result: WaitResult[T]) -> float:
        """Seconds to sleep before the next poll (*result* was not terminal).

        :raises WaitTimeoutError: the deadline has passed: *result* was the last poll.
        """
        delay = next_poll_delay(self.backoff, result.polls, result.elapsed, self.timeout)
        if delay is None:
            raise self.timed_out(result)
        return delay

    def remaining(self) -> float | None:
        """Seconds left until the deadline (None: no deadline)."""
        if self.timeout is None:
            return None
        return max(self.timeout - (self.clock() - self._start), 0.0)

    def timed_out(self, result: WaitResult[T]) -> WaitTimeoutError:
        """The error for a wait whose deadline passed with *result* last seen."""
        assert self.timeout is not None
        elapsed = self.clock() - self._start
        last = WaitResult(result.value, result.state, result.polls, elapsed)
        return WaitTimeoutError(self.description, self.timeout, last)

    def close(self) -> None:
        self._bar.close()


def wait_for(
    fetch: Callable[[], T],
    classify: Callable[[T], JobState],
    *,
    timeout: float | None = 600.0,
    backoff: PollBackoff | None = None,
    on_change: Callable[[JobState, T], None] | None = None,
    progress: bool | None = None,
    description: str = "job",
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> WaitResult[T]:
    """Call *fetch* until *classify* says its value is terminal; see the module docstring."""
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
            result = wait.see(fetch())
            if result.state.terminal:
                return result
            sleep(wait.delay(result))
    finally:
        wait.close()


# -- one helper per system -----------------------------------------------------------------------


def wait_for_agave_job(
    api: AgaveJobsApi, job_id: str, **options: Any
) -> WaitResult[AgaveJobStatusResult]:
    """Poll ``api.get_status(job_id)`` until the Agave job is FINISHED, FAILED, KILLED or STOPPED.

    The value of the result is the last ``AgaveJobStatusResult``; *options* as :func:`wait_for`.
    """
    options.setdefault("description", f"agave job {job_id}")
    return wait_for(lambda: api.get_status(job_id), agave_job_state, **options)


def wait_for_kubernetes_job(
    api: BatchV1Api, name: str, namespace: str = "default", *, watch: bool = True, **options: Any
) -> WaitResult[V1Job]:
    """Wait until the Job is Complete or Failed (or SuccessCriteriaMet / FailureTarget).

    Reads it, then watches it; polls ``api.read_namespaced_job_status(name, namespace)`` when
    watching is forbidden or *watch* is False (see the module docstring). The value of the
    result is the last ``V1Job``; *options* as :func:`wait_for`.
    """
    options.setdefault("description", f"kubernetes job {namespace}/{name}")

    def read() -> Any:
        return api.read_namespaced_job_status(name, namespace)

    if watch:
        try:
            return _watch_kubernetes_job(api, name, namespace, read, **options)
        except _WatchForbidden as forbidden:
            options["timeout"] = forbidden.remaining
    return wait_for(read, kubernetes_job_state, **options)


class _WatchForbidden(Exception):
    """Watching is forbidden: poll for the *remaining* seconds."""

    def __init__(self, remaining: float | None) -> None:
        super().__init__(remaining)
        self.remaining = remaining


class _KubernetesJobWait(_WaitTracker[Any]):
    """A Kubernetes waiter's decisions while it watches (shared with the async waiter): where
    the watch starts and for how long, what an event means, and what a 403 means."""

    def __init__(self, name: str, namespace: str, **options: Any) -> None:
        super().__init__(kubernetes_job_state, **options)
        self.name = name
        self.namespace = namespace

    def watch_options(self, read: WaitResult[Any]) -> dict[str, Any]:
        """``watch_jobs`` arguments after the Job was *read*: the Job alone, from the read's
        ``resourceVersion`` (nothing missed between the read and the watch), until the
        deadline."""
        job = read.value
        return {
            "field_selector": f"metadata.name={self.name}",
            "resource_version": job.metadata.resource_version if job.metadata else None,
            "timeout_seconds": self.remaining(),
            "clock": self.clock,
        }

    def job_of(self, event: Any) -> Any:
        """The Job of a watch event. :raises NotFoundException: it was deleted, as a poll
        would say."""
        from stencila_hub.kubernetes_watch import DELETED

        if event.type == DELETED:
            raise NotFoundException(
                404, "Not Found", message=f"job {self.namespace}/{self.name} was deleted"
            )
        return event.object

    def refused(self) -> _WatchForbidden | None:
        """After a 403 while waiting: poll instead for the time left (RBAC may grant ``get``
        without ``watch``), or None when the read itself was refused (polling would be too: the
        403 is raised)."""
        if self.seen == 0:
            return None
        return _WatchForbidden(self.remaining())


def _watch_kubernetes_job(
    api: BatchV1Api,
    name: str,
    namespace: str,
    read: Callable[[], Any],
    *,
    sleep: Callable[[float], None] = time.sleep,
    **options: Any,
) -> WaitResult[Any]:
    """Read the Job, then follow its watch events until a terminal state (or the timeout)."""
    from stencila_hub.kubernetes_watch import watch_jobs

    wait = _KubernetesJobWait(name, namespace, **options)
    try:
        result = wait.see(read())
        if result.state.terminal:
            return result
        with watch_jobs(api, namespace, sleep=sleep, **wait.watch_options(result)) as events:
            for event in events:
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


def wait_for_sahara_execution(
    api: DataProcessingJobsApi, project_id: str, job_execution_id: str, **options: Any
) -> WaitResult[SaharaJobExecution]:
    """Poll ``api.show_job_execution(...)`` until the execution's status is terminal.

    The value of the result is the last ``SaharaJobExecution``; *options* as :func:`wait_for`.
    """
    options.setdefault("description", f"sahara execution {job_execution_id}")
    return wait_for(
        lambda: api.show_job_execution(project_id, job_execution_id),
        sahara_execution_state,
        **options,
    )


@overload
def wait_for_hub_job(
    api: ProjectsApi, /, project: str, job: int, *, key: str | None = None, **options: Any
) -> WaitResult[HubJob]: ...


@overload
def wait_for_hub_job(fetch: Callable[[], T], /, **options: Any) -> WaitResult[T]: ...


def wait_for_hub_job(
    api: Any,
    /,
    project: str | None = None,
    job: int | None = None,
    *,
    key: str | None = None,
    **options: Any,
) -> WaitResult[Any]:
    """Poll a Hub job until its status is terminal; *options* as :func:`wait_for`.

    ``wait_for_hub_job(projects_api, project, job)`` reads it with
    ``projects_api.projects_jobs_read(project, job, key=key)``; the value of the result is the last
    :class:`~stencila_hub.HubJob`. ``wait_for_hub_job(fetch)`` calls *fetch* instead (see the
    module docstring).
    """
    options.setdefault("description", _hub_wait_description(project, job, key))
    if project is None:
        return wait_for(api, hub_job_state, **options)
    return wait_for(lambda: api.projects_jobs_read(project, job, key=key), hub_job_state, **options)


def _hub_wait_description(project: str | None, job: int | None, key: str | None) -> str:
    """The description of a Hub job's wait, after checking which of the two forms was called
    (``TypeError`` for a mix of them); shared with the async waiter."""
    if project is None and job is None:
        if key is not None:
            raise TypeError("wait_for_hub_job(fetch) takes no key; pass it to your fetch")
        return "hub job"
    if project is None or job is None:
        raise TypeError("wait_for_hub_job(api, project, job) needs both the project and the job")
    return f"hub job {project}/{job}"
