"""The overseer of examples/overseer.py, written as an asyncio service with ``stencila_hub.aio``.

One task per followed job: it reads the job's state (``await``), relays each change to the Hub
(``await hub.jobs_partial_update(...)``), and sleeps until the next poll, so a hundred followed
jobs need no thread pool and the event loop stays free for the rest of the service (a web app, a
Jupyter kernel). Kubernetes Jobs are followed with ``stencila_hub.aio.watch_jobs`` (one watch per
Job, filtered by name), the others are polled.

As the sync overseer, it reports itself to the Hub as a worker (``--worker-name``, default
``overseer@<host>``; ``--no-worker-events`` to stop it): ``workers_online`` and
``workers_partial_update`` (its queues and stats) when it starts, ``workers_heartbeat`` every
``--interval`` seconds (at least every 2 s, Celery's default) and once when every job has ended,
``workers_offline`` when it stops. With ``--project`` (or ``STENCILA_HUB_PROJECT``) it reads each
Hub job back through its project (``projects_jobs_read``) before relaying a change, and leaves a
job cancelled in the Hub alone.

What it decides is the sync overseer's, imported from it (``OverseerRules``: the status mapping,
the PATCH body, the worker events, the Hub-side cancellation, the summary), with the command line
(``--follow HUB_JOB=SYSTEM:REFERENCE``) and the environment variables. Only the I/O is here.

Usage::

    python examples/async_overseer.py --follow 12=agave:<job id> --follow 13=kubernetes:default/pi
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from stencila_hub import Configuration, NotFoundException, OpenApiException, aio
from stencila_hub.models import CeleryWorkerEvent
from stencila_hub.waiters import (
    JobState,
    agave_job_state,
    kubernetes_job_state,
    sahara_execution_state,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from overseer import (  # noqa: E402  (the sync example's rules, shared)
    GAFFER_STATES,
    GONE,
    SYSTEMS,
    ConfigError,
    Follow,
    OverseerRules,
    _pair,
    add_arguments,
    configurations_from_env,
    configure_logging,
    options_from,
    parse_follow,
    read_failed,
    relay_failed,
    worker_report_failed,
)

log = logging.getLogger("overseer")

#: Celery's default heartbeat period: a faster --interval does not make heartbeats more frequent.
MIN_HEARTBEAT_SECONDS = 2.0


class AsyncOverseer(OverseerRules):
    """Follows jobs with one task each and relays every change to the Hub; ``await close()``."""

    def __init__(
        self,
        configurations: Mapping[str, Configuration],
        follows: Sequence[Follow],
        project: str | None = None,
        worker_name: str | None = None,
    ) -> None:
        super().__init__(configurations, follows, project, worker_name)
        self._clients = {name: aio.AsyncApiClient(c) for name, c in configurations.items()}
        hub = self._clients["hub"]
        self.hub = aio.JobsApi(hub)
        self.projects = aio.ProjectsApi(hub)
        self.workers = aio.WorkersApi(hub)
        classes: dict[str, Any] = {
            "agave": aio.AgaveJobsApi,
            "kubernetes": aio.BatchV1Api,
            "sahara": aio.DataProcessingJobsApi,
            "gaffer": aio.GafferJobsApi,
        }
        self._apis = {s: classes[s](self._clients[s]) for s in SYSTEMS if s in self._clients}

    async def close(self) -> None:
        for client in self._clients.values():
            await client.close()

    # -- the followed jobs -----------------------------------------------------------------------

    async def observe(self, follow: Follow) -> JobState:
        api = self._apis[follow.system]
        first, second = _pair(follow.ref)
        try:
            if follow.system == "agave":
                return agave_job_state(await api.get_status(follow.ref))
            if follow.system == "kubernetes":
                return kubernetes_job_state(await api.read_namespaced_job_status(second, first))
            if follow.system == "sahara":
                return sahara_execution_state(await api.show_job_execution(first, second))
            state = await api.get_state(first, second)
            return GAFFER_STATES["started" if state.strip() == "1" else "stopped"]
        except NotFoundException:
            return GONE

    async def relay(self, follow: Follow) -> None:
        """PATCH the Hub job with the follow's state; first, with a project, read it back."""
        try:
            if self.project is not None:
                job = await self.projects.projects_jobs_read(self.project, follow.hub_job)
                if self.ended_in_hub(follow, job):
                    return
            await self.hub.jobs_partial_update(follow.hub_job, self.update_for(follow))
        except OpenApiException as err:
            relay_failed(follow, err)
            return
        self.relayed(follow)

    async def see(self, follow: Follow, state: JobState) -> None:
        if follow.state is None or state.status != follow.state.status:
            self.record_change(follow, state)
        if follow.unsent:
            await self.relay(follow)

    async def poll(self, follow: Follow, interval: float) -> None:
        while not follow.done:
            if follow.state is None or not follow.state.terminal:
                try:
                    await self.see(follow, await self.observe(follow))
                except OpenApiException as err:
                    read_failed(follow, err)
            elif follow.unsent:
                await self.relay(follow)
            if not follow.done:
                await asyncio.sleep(interval)

    async def watch(self, follow: Follow, interval: float) -> None:
        """A Kubernetes Job: every change as it happens (its watch, filtered by name)."""
        namespace, name = _pair(follow.ref)
        events = aio.watch_jobs(
            self._apis["kubernetes"], namespace, field_selector=f"metadata.name={name}"
        )
        async with events:
            async for event in events:
                await self.see(
                    follow, GONE if event.type == "DELETED" else kubernetes_job_state(event.object)
                )
                if follow.state is not None and follow.state.terminal:
                    break
        await self.poll(follow, interval)  # relays what is still unsent

    # -- the overseer as a worker of the Hub ---------------------------------------------------

    async def _send(self, kind: str, event: CeleryWorkerEvent | None) -> None:
        """Post a worker event (online, heartbeat, offline); a failure is logged."""
        if event is None:
            return
        try:
            await getattr(self.workers, f"workers_{kind}")(event)
        except OpenApiException as err:
            worker_report_failed(self.worker_name, kind, err)

    async def report_online(self, heartbeat: float) -> None:
        """``worker-online``, then the worker's queues (one per followed system) and stats."""
        await self._send("online", self.online_event(heartbeat))
        update = self.worker_update()
        if self.worker_name is None or update is None:
            return
        try:
            await self.workers.workers_partial_update(self.worker_name, update)
        except OpenApiException as err:
            worker_report_failed(self.worker_name, "its queues", err)

    async def heartbeats(self, seconds: float, finished: asyncio.Event) -> None:
        """A heartbeat every *seconds* until *finished* is set."""
        while not finished.is_set():
            try:
                async with asyncio.timeout(seconds):
                    await finished.wait()
            except TimeoutError:
                await self._send("heartbeat", self.heartbeat_event())

    # -- the loop ------------------------------------------------------------------------------

    async def run(self, interval: float = 10.0) -> None:
        """Follow every job until it has ended; report the overseer online first, heartbeats
        meanwhile and at the end, and offline when it returns (when a worker name is set)."""
        heartbeat = max(interval, MIN_HEARTBEAT_SECONDS)
        await self.report_online(heartbeat)
        try:
            finished = asyncio.Event()
            async with asyncio.TaskGroup() as tasks:
                if self.worker_name is not None:
                    tasks.create_task(self.heartbeats(heartbeat, finished))
                async with asyncio.TaskGroup() as followers:
                    for follow in self.follows:
                        follower = self.watch if follow.system == "kubernetes" else self.poll
                        followers.create_task(follower(follow, interval))
                finished.set()
            await self._send("heartbeat", self.heartbeat_event())  # every job ended
        finally:
            await self._send("offline", self.worker_event())


async def serve(overseer: AsyncOverseer, interval: float) -> list[str]:
    """Run *overseer* until every job has ended, close it, and return its summary."""
    try:
        log.info("following %d jobs, polling every %g s", len(overseer.follows), interval)
        await overseer.run(interval)
        return overseer.summary()
    finally:
        await overseer.close()


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_arguments(parser)
    args = parser.parse_args(argv)
    configure_logging()
    env = os.environ if environ is None else environ
    try:
        if not args.follow:
            raise ConfigError("nothing to follow: give at least one --follow")
        follows = [parse_follow(text) for text in args.follow]
        overseer = AsyncOverseer(configurations_from_env(env), follows, **options_from(args, env))
    except ConfigError as err:
        parser.error(str(err))
    for line in asyncio.run(serve(overseer, args.interval)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
