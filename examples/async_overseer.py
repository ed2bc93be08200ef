"""The overseer of examples/overseer.py, written as an asyncio service with ``stencila_hub.aio``.

One task per followed job: it reads the job's state (``await``), relays each change to the Hub
(``await hub.jobs_partial_update(...)``), and sleeps until the next poll, so a hundred followed
jobs need no thread pool and the event loop stays free for the rest of the service (a web app, a
Jupyter kernel). The rules are the sync overseer's, imported from it: the status mapping, the
command line (``--follow HUB_JOB=SYSTEM:REFERENCE``), the environment variables, the PATCH body
and the summary. Kubernetes Jobs are followed with ``stencila_hub.aio.watch_jobs`` (one watch per
Job, filtered by name), the others are polled.

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
    Overseer,
    _pair,
    _short,
    configurations_from_env,
    parse_follow,
)

log = logging.getLogger("overseer")


class AsyncOverseer:
    """Follows jobs with one task each and relays every change to the Hub."""

    # The sync overseer's pure parts: what a change records, the PATCH body, the summary.
    _record_change = Overseer._record_change
    update_for = Overseer.update_for
    summary = Overseer.summary

    def __init__(self, configurations: Mapping[str, Configuration], follows: Sequence[Follow]):
        self.follows = list(follows)
        self._clients = {name: aio.AsyncApiClient(c) for name, c in configurations.items()}
        self.hub = aio.JobsApi(self._clients["hub"])
        classes: dict[str, Any] = {"agave": aio.AgaveJobsApi, "kubernetes": aio.BatchV1Api,
                                   "sahara": aio.DataProcessingJobsApi,
                                   "gaffer": aio.GafferJobsApi}
        self._apis = {s: classes[s](self._clients[s]) for s in SYSTEMS if s in self._clients}

    async def close(self) -> None:
        for client in self._clients.values():
            await client.close()

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
        try:
            await self.hub.jobs_partial_update(follow.hub_job, self.update_for(follow))
        except OpenApiException as err:
            log.warning("hub job %d: could not relay status %s (%s); trying again",
                        follow.hub_job, follow.hub_status, _short(err))
            return
        follow.unsent = False
        follow.changes += 1

    async def see(self, follow: Follow, state: JobState) -> None:
        if follow.state is None or state.status != follow.state.status:
            self._record_change(follow, state)
        if follow.unsent:
            await self.relay(follow)

    async def poll(self, follow: Follow, interval: float) -> None:
        while not follow.done:
            if follow.state is None or not follow.state.terminal:
                try:
                    await self.see(follow, await self.observe(follow))
                except OpenApiException as err:
                    log.warning("hub job %d: could not read %s (%s); trying again",
                                follow.hub_job, follow.label, _short(err))
            elif follow.unsent:
                await self.relay(follow)
            if not follow.done:
                await asyncio.sleep(interval)

    async def watch(self, follow: Follow, interval: float) -> None:
        """A Kubernetes Job: every change as it happens (its watch, filtered by name)."""
        namespace, name = _pair(follow.ref)
        events = aio.watch_jobs(self._apis["kubernetes"], namespace,
                                field_selector=f"metadata.name={name}")
        async with events:
            async for event in events:
                await self.see(follow, GONE if event.type == "DELETED"
                               else kubernetes_job_state(event.object))
                if follow.state is not None and follow.state.terminal:
                    break
        await self.poll(follow, interval)  # relays what is still unsent

    async def run(self, interval: float = 10.0) -> None:
        async with asyncio.TaskGroup() as tasks:
            for follow in self.follows:
                follower = self.watch if follow.system == "kubernetes" else self.poll
                tasks.create_task(follower(follow, interval))


async def run(follows: Sequence[Follow], environ: Mapping[str, str], interval: float) -> list[str]:
    overseer = AsyncOverseer(configurations_from_env(environ), follows)
    try:
        log.info("following %d jobs, polling every %g s", len(follows), interval)
        await overseer.run(interval)
        return overseer.summary()
    finally:
        await overseer.close()


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--follow", action="append", default=[], metavar="HUB_JOB=SYSTEM:REF")
    parser.add_argument("--interval", type=float, default=10.0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                        format="%(asctime)s %(levelname)-7s %(message)s", datefmt="%H:%M:%S")
    try:
        if not args.follow:
            raise ConfigError("nothing to follow: give at least one --follow")
        follows = [parse_follow(text) for text in args.follow]
        configurations_from_env(os.environ if environ is None else environ)
    except ConfigError as err:
        parser.error(str(err))
    lines = asyncio.run(run(follows, os.environ if environ is None else environ, args.interval))
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
