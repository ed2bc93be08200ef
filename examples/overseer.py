"""A small overseer: follow jobs in Kubernetes, Agave, Sahara and Gaffer, and relay each change of
their status to the Stencila Hub (``jobs_partial_update``), with one log line per change. It also
reports itself to the Hub as the worker that runs those jobs (``workers_online``, a
``workers_heartbeat`` each round, ``workers_partial_update`` with its stats and queues,
``workers_offline`` at the end), as the Hub's own overseer relays its Celery workers' events.

Usage::

    python examples/overseer.py --follow 12=agave:6608339759546166810-242ac114-0001-007 \\
        --follow 13=kubernetes:default/render-frames \\
        --follow 14=sahara:808d5032ea0446889097723bfc8e919d/7c1e9a50-2b8d-4f3e-a1c4-9d0e8f7a6b21 \\
        --follow 15=gaffer:default/web [--interval 10]

Each ``--follow HUB_JOB=SYSTEM:REFERENCE`` ties a Hub job (its id) to the job that does the work:
``agave:<job id>``, ``kubernetes:<namespace>/<name>``, ``sahara:<project id>/<job execution id>``,
``gaffer:<session>/<job name>``. The overseer polls every followed job each round and stops when all
have ended, with a summary. Kubernetes Jobs are not polled but watched: one
``stencila_hub.kubernetes.watch_jobs`` per namespace, in a thread, queues every change of a followed
Job as it happens and wakes the overseer, which relays each in order (a namespace whose watch is
refused, e.g. 403, falls back to a read per round). Each change of a job's status is one log line
and one PATCH of its Hub job (status, isActive, began/ended, log, error). A read or a PATCH that
fails (after the SDK's own retries) is logged and tried again next round; the Hub then gets the
latest state, and its job log keeps every change.

With ``--project`` (or ``STENCILA_HUB_PROJECT``), the project of the followed Hub jobs, the
overseer reads a Hub job back (``projects_jobs_read``) before it relays a change: a job cancelled
in the Hub meanwhile (``projects_jobs_cancel``) is not overwritten; it is no longer followed.

Where the servers are comes only from the environment:

=========================  ======================================================================
STENCILA_HUB_URL           the Hub API, e.g. ``https://hub.stenci.la/api``
STENCILA_HUB_TOKEN         a staff user's API token (sent as ``Authorization: Token ...``)
STENCILA_HUB_PROJECT       optional: the project of the followed Hub jobs (see ``--project``)
AGAVE_URL, AGAVE_TOKEN     the tenant's API host (``https://api.tacc.utexas.edu``), an access token
SAHARA_URL, SAHARA_TOKEN   the data-processing endpoint (``http://<host>:8386``), a Keystone token
KUBERNETES_URL,            the API server (``https://<host>:6443``), a bearer token
KUBERNETES_TOKEN           (optional ``KUBERNETES_CA_CERT``: the cluster's CA file)
GAFFER_URL, GAFFER_TOKEN   gafferd (``http://<host>:5000``), an API key (unset if keys are off)
=========================  ======================================================================

Only the systems you follow need to be set. ``make demo`` runs this overseer against the fake
servers of ``stencila_hub.testing`` (examples/demo.py): no account, no network.

examples/async_overseer.py is the same overseer as an asyncio service: both decide what to relay
and report with :class:`OverseerRules`, and differ only in how they read, send and wait.
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from stencila_hub import (
    AgaveJobsApi,
    ApiClient,
    BatchV1Api,
    Configuration,
    DataProcessingJobsApi,
    GafferJobsApi,
    InlineObject4,
    JobsApi,
    NotFoundException,
    OpenApiException,
    ProjectsApi,
    WorkersApi,
)
from stencila_hub.kubernetes import JobWatch, watch_jobs
from stencila_hub.models import CeleryWorkerEvent, HubJob, HubWorkerUpdate
from stencila_hub.waiters import (
    JobState,
    agave_job_state,
    kubernetes_job_state,
    sahara_execution_state,
)

log = logging.getLogger("overseer")

SYSTEMS = ("agave", "kubernetes", "sahara", "gaffer")
ENV = {
    "hub": ("STENCILA_HUB_URL", "STENCILA_HUB_TOKEN"),
    "agave": ("AGAVE_URL", "AGAVE_TOKEN"),
    "sahara": ("SAHARA_URL", "SAHARA_TOKEN"),
    "kubernetes": ("KUBERNETES_URL", "KUBERNETES_TOKEN"),
    "gaffer": ("GAFFER_URL", "GAFFER_TOKEN"),
}

# -- policy: how a system's status maps to the Hub's (pure) ----------------------------------------

#: Agave statuses before the job runs are PENDING for the Hub; after it ran, RUNNING until it ends.
AGAVE_TO_HUB = {
    "PENDING": "PENDING",
    "PROCESSING_INPUTS": "PENDING",
    "STAGING_INPUTS": "PENDING",
    "STAGED": "PENDING",
    "STAGING_JOB": "PENDING",
    "SUBMITTING": "PENDING",
    "QUEUED": "PENDING",
    "RUNNING": "RUNNING",
    "PAUSED": "RUNNING",
    "HEARTBEAT": "RUNNING",
    "CLEANING_UP": "RUNNING",
    "ARCHIVING": "RUNNING",
    "ARCHIVING_FINISHED": "RUNNING",
    "ARCHIVING_FAILED": "RUNNING",
    "FINISHED": "SUCCESS",
    "FAILED": "FAILURE",
    "KILLED": "CANCELLED",
    "STOPPED": "TERMINATED",
}
KUBERNETES_TO_HUB = {
    "Pending": "PENDING",
    "Suspended": "WAITING",
    "Running": "RUNNING",
    "Complete": "SUCCESS",
    "Failed": "FAILURE",
    "SuccessCriteriaMet": "SUCCESS",
    "FailureTarget": "FAILURE",
}
SAHARA_TO_HUB = {
    "PENDING": "PENDING",
    "READYTORUN": "PENDING",
    "PREP": "PENDING",
    "RUNNING": "RUNNING",
    "TOBEKILLED": "RUNNING",
    "TOBESUSPENDED": "RUNNING",
    "PREPSUSPENDED": "RUNNING",
    "SUSPENDED": "RUNNING",
    "SUCCEEDED": "SUCCESS",
    "FAILED": "FAILURE",
    "DONEWITHERROR": "FAILURE",
    "SUSPENDFAILED": "FAILURE",
    "KILLED": "CANCELLED",
}
#: Gaffer jobs are supervised processes: started, stopped (the end, for the overseer) or unloaded.
GAFFER_STATES = {
    "started": JobState("started"),
    "stopped": JobState("stopped", terminal=True, succeeded=None),
}
GAFFER_TO_HUB = {"started": "RUNNING", "stopped": "TERMINATED"}
#: A followed job that no longer exists (deleted, unloaded) ended as CANCELLED.
GONE = JobState("gone", terminal=True, succeeded=False)
#: A Hub job someone cancelled in the Hub: the overseer stops following it and relays nothing.
CANCELLED_IN_HUB = JobState("cancelled in the Hub", terminal=True, succeeded=False)
#: Hub statuses that mean the Hub job was ended from the Hub's side (not by this overseer).
HUB_ENDED = frozenset({"CANCELLED", "REVOKED", "TERMINATED"})


def hub_status_for(system: str, state: JobState) -> str:
    """The Hub status for a state of a *system* job (unknown statuses: PENDING until terminal)."""
    if state is GONE or state.status == "gone":
        return "CANCELLED"
    table = {
        "agave": AGAVE_TO_HUB,
        "kubernetes": KUBERNETES_TO_HUB,
        "sahara": SAHARA_TO_HUB,
        "gaffer": GAFFER_TO_HUB,
    }[system]
    if state.status in table:
        return table[state.status]
    if state.terminal:
        return "SUCCESS" if state.succeeded else "FAILURE"
    return "PENDING"


# -- configuration ---------------------------------------------------------------------------------


class ConfigError(Exception):
    """The environment or the command line is incomplete."""


def configurations_from_env(environ: Mapping[str, str]) -> dict[str, Configuration]:
    """A Configuration for the Hub and for every system whose URL is set in *environ*
    (``Configuration.from_env``: the variables are in the README's table)."""
    if not all(environ.get(name) for name in ENV["hub"]):
        raise ConfigError("set STENCILA_HUB_URL and STENCILA_HUB_TOKEN")
    configs = {"hub": Configuration.from_env("hub", environ)}
    for system in SYSTEMS:
        if environ.get(ENV[system][0]):  # the overseer follows a system only where it is told
            configs[system] = Configuration.from_env(system, environ)
    return configs


@dataclass
class Follow:
    """A Hub job and the job that does its work, with what the overseer saw of it."""

    hub_job: int
    system: str
    ref: str
    state: JobState | None = None
    hub_status: str | None = None
    changes: int = 0  # status changes relayed to the Hub
    unsent: bool = False  # the last change could not be relayed yet
    began: str | None = None
    ended: str | None = None
    log: list[dict[str, Any]] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.state is not None and self.state.terminal and not self.unsent

    @property
    def label(self) -> str:
        return f"{self.system} {self.ref}"


def parse_follow(text: str) -> Follow:
    """``12=agave:<id>`` -> Follow(12, "agave", "<id>")."""
    try:
        hub, _, rest = text.partition("=")
        system, _, ref = rest.partition(":")
        hub_job = int(hub)
    except ValueError:
        raise ConfigError(f"--follow {text!r}: expected HUB_JOB=SYSTEM:REFERENCE") from None
    if system not in SYSTEMS or not ref:
        raise ConfigError(f"--follow {text!r}: SYSTEM is one of {', '.join(SYSTEMS)}")
    if system != "agave" and ref.count("/") != 1:
        raise ConfigError(f"--follow {text!r}: {system} references are A/B")
    return Follow(hub_job, system, ref)


# -- the overseer ------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class KubernetesWatcher:
    """Watches the namespaces of the followed Kubernetes Jobs, one thread each, and queues the
    states of those Jobs as their events come; :meth:`take` hands them over in order.

    *wake* is set on every queued state, so that the overseer relays it without waiting for its
    next round.
    """

    def __init__(
        self, api: BatchV1Api, refs: Sequence[tuple[str, str]], wake: threading.Event
    ) -> None:
        self._api = api
        self._wake = wake
        self._followed = set(refs)
        self._queued: dict[tuple[str, str], list[JobState]] = {ref: [] for ref in refs}
        self._seen: set[tuple[str, str]] = set()
        self._watches: dict[str, JobWatch] = {}
        self._failed: set[str] = set()
        self._lock = threading.Lock()
        self._threads = [
            threading.Thread(
                target=self._follow,
                args=(namespace,),
                daemon=True,
                name=f"overseer-watch-{namespace}",
            )
            for namespace in sorted({ns for ns, _ in refs})
        ]

    def start(self, wait: float = 30.0) -> None:
        """Start the watches; wait (at most *wait* seconds) until each has listed its Jobs."""
        for thread in self._threads:
            thread.start()
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and not all(
            self.synced(ns) or ns in self._failed for ns, _ in self._followed
        ):
            time.sleep(0.02)  # not self._wake: the first queued state sets it for the run loop

    def synced(self, namespace: str) -> bool:
        watch = self._watches.get(namespace)
        return watch is not None and watch.synced

    def watching(self, namespace: str) -> bool:
        """The namespace's watch has listed its Jobs and not failed: :meth:`take` is the truth."""
        return namespace not in self._failed and self.synced(namespace)

    def take(self, ref: tuple[str, str]) -> list[JobState]:
        """The states of *ref* since the last call, oldest first; ``[GONE]`` for a Job that was
        deleted, or that the first list did not have."""
        with self._lock:
            states, self._queued[ref] = self._queued[ref], []
            if ref not in self._seen:
                self._seen.add(ref)
                if not states:
                    states = [GONE]
        return states

    def _follow(self, namespace: str) -> None:
        try:
            watch = self._watches[namespace] = watch_jobs(self._api, namespace)
            with watch:
                for event in watch:
                    meta = event.object.metadata
                    ref = (namespace, meta.name if meta is not None else "")
                    if ref not in self._followed:
                        continue
                    state = GONE if event.type == "DELETED" else kubernetes_job_state(event.object)
                    with self._lock:
                        self._queued[ref].append(state)
                    self._wake.set()
        except OpenApiException as err:
            log.warning(
                "kubernetes: cannot watch namespace %s (%s); reading its jobs each round instead",
                namespace,
                _short(err),
            )
            self._failed.add(namespace)
            self._wake.set()

    def close(self) -> None:
        for watch in list(self._watches.values()):
            watch.stop()
        for thread in self._threads:
            if thread.is_alive():
                thread.join(5)


class OverseerRules:
    """What an overseer decides without I/O, shared by :class:`Overseer` and the asyncio one
    (examples/async_overseer.py): the change a new state records, the PATCH body, whether a Hub
    job was ended from the Hub's side, the worker events and the summary. Each overseer reads,
    sends and waits its own way and asks these methods what to send.
    """

    def __init__(
        self,
        configurations: Mapping[str, Configuration],
        follows: Sequence[Follow],
        project: str | None = None,
        worker_name: str | None = None,
    ) -> None:
        missing = sorted({f.system for f in follows} - set(configurations))
        if missing:
            names = ", ".join(ENV[s][0] for s in missing)
            raise ConfigError(f"following {', '.join(missing)} jobs needs {names}")
        self.follows = list(follows)
        #: The project of the followed Hub jobs: read a job back before relaying (None: never).
        self.project = project
        #: The Celery-style hostname this overseer reports itself as (None: no worker events).
        self.worker_name = worker_name
        self._processed = 0

    # -- the followed jobs -----------------------------------------------------------------------

    def record_change(self, follow: Follow, state: JobState) -> None:
        """*state* is new for *follow*: note it (and its Hub status and log line) to relay."""
        previous = follow.state
        follow.state = state
        follow.hub_status = hub_status_for(follow.system, state)
        now = _now()
        if follow.hub_status == "RUNNING" and follow.began is None:
            follow.began = now
        if state.terminal:
            follow.ended = now
        level = 0 if state.terminal and state.succeeded is False else 2
        follow.log.append(
            {"time": now, "level": level, "message": f"{follow.label}: {state.status}"}
        )
        follow.unsent = True
        if previous is None:
            log.info(
                "hub job %d: %s is %s; relaying status %s",
                follow.hub_job,
                follow.label,
                state.status,
                follow.hub_status,
            )
        else:
            log.info(
                "hub job %d: %s %s -> %s; relaying status %s",
                follow.hub_job,
                follow.label,
                previous.status,
                state.status,
                follow.hub_status,
            )

    def update_for(self, follow: Follow) -> InlineObject4:
        """The PATCH body for a follow's current state (the whole state: resending is harmless)."""
        assert follow.state is not None
        fields: dict[str, Any] = {
            "status": follow.hub_status,
            "is_active": not follow.state.terminal,
            "log": follow.log,
        }
        if follow.began:
            fields["began"] = follow.began
        if follow.ended:
            fields["ended"] = follow.ended
        if follow.state.terminal and follow.state.succeeded is False:
            fields["error"] = {
                "type": follow.system,
                "message": f"{follow.label} ended {follow.state.status}",
            }
        return InlineObject4(**fields)

    def ended_in_hub(self, follow: Follow, job: HubJob) -> bool:
        """Whether the Hub job, as read back through its project, was ended from the Hub's side
        (cancelled by a user): then *follow* is no longer followed and nothing is relayed."""
        status = getattr(job.status, "value", job.status)
        if status not in HUB_ENDED:
            return False
        log.info(
            "hub job %d: %s in the Hub; no longer following %s",
            follow.hub_job,
            status,
            follow.label,
        )
        follow.state, follow.hub_status, follow.unsent = CANCELLED_IN_HUB, status, False
        return True

    def relayed(self, follow: Follow) -> None:
        """The Hub took *follow*'s current state."""
        follow.unsent = False
        follow.changes += 1
        if follow.state is not None and follow.state.terminal:
            self._processed += 1

    def summary(self) -> list[str]:
        """The summary lines: one per followed job, then the totals."""
        ended = [f for f in self.follows if f.done]
        ok = sum(1 for f in ended if f.state is not None and f.state.succeeded)
        cancelled = sum(1 for f in ended if f.state is CANCELLED_IN_HUB)
        failed = sum(1 for f in ended if f.state is not None and f.state.succeeded is False)
        failed -= cancelled
        in_hub = f", {cancelled} cancelled in the Hub" if cancelled else ""
        lines = [
            f"summary: {len(self.follows)} jobs followed, {len(ended)} ended ({ok} succeeded, "
            f"{failed} failed, {len(ended) - ok - failed - cancelled} stopped{in_hub}), "
            f"{sum(f.changes for f in self.follows)} status changes relayed to the Hub"
        ]
        for f in self.follows:
            status = f.state.status if f.state else "never read"
            lines.append(
                f"  hub job {f.hub_job:<4} {f.system:<10} {status:<12} -> "
                f"{f.hub_status or '-':<10} ({f.changes} changes) {f.ref}"
            )
        return lines

    # -- the overseer as a worker of the Hub ---------------------------------------------------

    def worker_event(self, **fields: Any) -> CeleryWorkerEvent | None:
        """A Celery-style worker event of this overseer (None without a worker name)."""
        if self.worker_name is None:
            return None
        return CeleryWorkerEvent(
            hostname=self.worker_name,
            timestamp=time.time(),
            sw_ident="stencila-hub-overseer",
            sw_sys=sys.platform,
            **fields,
        )

    def online_event(self, freq: float) -> CeleryWorkerEvent | None:
        """``worker-online``: this process, heartbeats every *freq* seconds."""
        return self.worker_event(pid=os.getpid(), freq=freq, utcoffset=0)

    def worker_update(self) -> HubWorkerUpdate | None:
        """The worker's queues (one per followed system) and stats, sent after it is online."""
        if self.worker_name is None:
            return None
        systems = sorted({f.system for f in self.follows})
        return HubWorkerUpdate(
            stats={"follows": len(self.follows), "systems": systems},
            queues=[{"name": system} for system in systems],
        )

    def heartbeat_event(self) -> CeleryWorkerEvent | None:
        """``worker-heartbeat``: how many followed jobs are active and how many ended."""
        active = sum(1 for f in self.follows if not f.done)
        load = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
        return self.worker_event(active=active, processed=self._processed, loadavg=load)


def relay_failed(follow: Follow, err: BaseException) -> None:
    log.warning(
        "hub job %d: could not relay status %s (%s); trying again",
        follow.hub_job,
        follow.hub_status,
        _short(err),
    )


def read_failed(follow: Follow, err: BaseException) -> None:
    log.warning(
        "hub job %d: could not read %s (%s); trying again",
        follow.hub_job,
        follow.label,
        _short(err),
    )


def worker_report_failed(worker_name: str | None, what: str, err: BaseException) -> None:
    log.warning("worker %s: could not report %s (%s)", worker_name, what, _short(err))


class Overseer(OverseerRules):
    """Polls the followed jobs and relays their changes to the Hub. Close it (or use ``with``)."""

    def __init__(
        self,
        configurations: Mapping[str, Configuration],
        follows: Sequence[Follow],
        project: str | None = None,
        worker_name: str | None = None,
    ) -> None:
        super().__init__(configurations, follows, project, worker_name)
        self._clients = {name: ApiClient(config) for name, config in configurations.items()}
        self.hub = JobsApi(self._clients["hub"])
        self.projects = ProjectsApi(self._clients["hub"])
        self.workers = WorkersApi(self._clients["hub"])
        self._apis: dict[str, Any] = {}
        for system, cls in (
            ("agave", AgaveJobsApi),
            ("kubernetes", BatchV1Api),
            ("sahara", DataProcessingJobsApi),
            ("gaffer", GafferJobsApi),
        ):
            if system in self._clients:
                self._apis[system] = cls(self._clients[system])
        #: Set when a watched job changed: the wait between rounds ends early.
        self.wake = threading.Event()
        refs = [_pair(f.ref) for f in self.follows if f.system == "kubernetes"]
        self._watcher = (
            KubernetesWatcher(self._apis["kubernetes"], refs, self.wake) if refs else None
        )
        self._started = False

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.close()
        for client in self._clients.values():
            client.close()

    def __enter__(self) -> Overseer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading the systems -------------------------------------------------------------------

    def observe_all(self, follow: Follow) -> list[JobState]:
        """The states of a followed job since the last round, oldest first: those its watch
        queued (a Kubernetes Job), else one read of its current state."""
        if follow.system == "kubernetes" and self._watcher is not None:
            ref = _pair(follow.ref)
            if self._watcher.watching(ref[0]):
                return self._watcher.take(ref)
        return [self.observe(follow)]

    def observe(self, follow: Follow) -> JobState:
        """The current state of a followed job (one request to its system)."""
        api = self._apis[follow.system]
        first, _, second = follow.ref.partition("/")
        try:
            if follow.system == "agave":
                return agave_job_state(api.get_status(follow.ref))
            if follow.system == "kubernetes":
                return kubernetes_job_state(api.read_namespaced_job_status(second, first))
            if follow.system == "sahara":
                return sahara_execution_state(api.show_job_execution(first, second))
            state = api.get_state(first, second)
            return GAFFER_STATES["started" if state.strip() == "1" else "stopped"]
        except NotFoundException:
            return GONE

    # -- one round ---------------------------------------------------------------------------

    def poll_once(self) -> None:
        """Read every followed job that has not ended (or take what its watch saw), and relay
        each change."""
        if not self._started:
            self._started = True
            if self._watcher is not None:
                self._watcher.start()
        for follow in self.follows:
            if follow.done:
                continue
            if follow.state is None or not follow.state.terminal:
                try:
                    states = self.observe_all(follow)
                except OpenApiException as err:
                    read_failed(follow, err)
                    continue
                for state in states:
                    if follow.state is not None and follow.state.terminal:
                        break
                    if follow.state is None or state.status != follow.state.status:
                        self.record_change(follow, state)
                        if len(states) > 1:
                            self._relay(follow)  # one PATCH per change, in order
            if follow.unsent:
                self._relay(follow)

    def _relay(self, follow: Follow) -> None:
        """PATCH the Hub job with the follow's state; first, with a project, read it back."""
        try:
            if self.project is not None:
                job = self.projects.projects_jobs_read(self.project, follow.hub_job)
                if self.ended_in_hub(follow, job):
                    return
            self.hub.jobs_partial_update(follow.hub_job, self.update_for(follow))
        except OpenApiException as err:
            relay_failed(follow, err)
            return
        self.relayed(follow)

    # -- the overseer as a worker of the Hub ---------------------------------------------------

    def _send(self, kind: str, event: CeleryWorkerEvent | None) -> None:
        """Post a worker event (online, heartbeat, offline); a failure is logged."""
        if event is None:
            return
        try:
            getattr(self.workers, f"workers_{kind}")(event)
        except OpenApiException as err:
            worker_report_failed(self.worker_name, kind, err)

    def report_online(self, interval: float) -> None:
        """``worker-online``, then the worker's queues (one per followed system) and stats."""
        self._send("online", self.online_event(interval))
        update = self.worker_update()
        if self.worker_name is None or update is None:
            return
        try:
            self.workers.workers_partial_update(self.worker_name, update)
        except OpenApiException as err:
            worker_report_failed(self.worker_name, "its queues", err)

    def report_heartbeat(self) -> None:
        self._send("heartbeat", self.heartbeat_event())

    # -- the loop ------------------------------------------------------------------------------

    def run(
        self,
        interval: float = 10.0,
        max_rounds: int | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> bool:
        """Poll until every followed job has ended (True) or *max_rounds* rounds (False).

        Between rounds: *sleep(interval)* if given, else wait *interval* seconds or until a
        watched job changes, whichever comes first. Reports the overseer online before the first
        round, a heartbeat after each and offline when it returns (when a worker name is set).
        """
        rounds = 0
        self.report_online(interval)
        try:
            while True:
                self.poll_once()
                rounds += 1
                self.report_heartbeat()
                if all(f.done for f in self.follows):
                    return True
                if max_rounds is not None and rounds >= max_rounds:
                    return False
                if sleep is not None:
                    sleep(interval)
                else:
                    self.wake.wait(interval)
                    self.wake.clear()
        finally:
            self._send("offline", self.worker_event())


def _pair(ref: str) -> tuple[str, str]:
    """``"<namespace>/<name>"`` -> ``(namespace, name)``."""
    first, _, second = ref.partition("/")
    return first, second


def _short(err: BaseException) -> str:
    text = str(err).splitlines()[0] if str(err) else type(err).__name__
    return f"{type(err).__name__}: {text}"[:200]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command line both overseers take (this one adds ``--max-rounds``)."""
    parser.add_argument(
        "--follow",
        action="append",
        default=[],
        metavar="HUB_JOB=SYSTEM:REF",
        help="a Hub job and the job to follow for it (repeat it)",
    )
    parser.add_argument(
        "--interval", type=float, default=10.0, help="seconds between rounds of polls (default 10)"
    )
    parser.add_argument(
        "--project",
        default=None,
        help="the project of the Hub jobs: read each back before relaying "
        "(default: $STENCILA_HUB_PROJECT)",
    )
    parser.add_argument(
        "--worker-name",
        default=f"overseer@{socket.gethostname()}",
        help="the hostname reported in worker events (default: overseer@<host>)",
    )
    parser.add_argument(
        "--no-worker-events",
        action="store_true",
        help="do not report the overseer to the Hub as a worker",
    )


def options_from(args: argparse.Namespace, environ: Mapping[str, str]) -> dict[str, Any]:
    """The ``project`` and ``worker_name`` of an overseer, from its command line and
    environment."""
    return {
        "project": args.project or environ.get("STENCILA_HUB_PROJECT") or None,
        "worker_name": None if args.no_worker_events else args.worker_name,
    }


def configure_logging() -> None:
    """One line per change on stdout, with the time."""
    logging.basicConfig(
        level=logging.INFO,
        stream=sys.stdout,
        format="%(asctime)s %(levelname)-7s %(message)s",
        datefmt="%H:%M:%S",
    )


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_arguments(parser)
    parser.add_argument(
        "--max-rounds",
        type=int,
        default=None,
        help="stop after this many rounds even if jobs are still running",
    )
    args = parser.parse_args(argv)
    configure_logging()
    env = os.environ if environ is None else environ
    try:
        if not args.follow:
            raise ConfigError("nothing to follow: give at least one --follow")
        follows = [parse_follow(text) for text in args.follow]
        overseer = Overseer(configurations_from_env(env), follows, **options_from(args, env))
    except ConfigError as err:
        parser.error(str(err))
    with overseer:
        log.info("following %d jobs, polling every %g s", len(follows), args.interval)
        done = overseer.run(interval=args.interval, max_rounds=args.max_rounds)
        for line in overseer.summary():
            print(line)
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
