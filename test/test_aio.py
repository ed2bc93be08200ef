"""stencila_hub.aio: the async twins' signatures, cancellation as an outcome, the async helpers
against the fakes, and many concurrent calls on one bounded client.

The transport rules themselves (faults, deadlines, bounds, redirects, secrets, contract) run for
both clients in the shared suites (CLIENT_KINDS in those modules, test/support/clients.py).
"""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys
import threading
from typing import Any

import pytest

import stencila_hub
import stencila_hub.api
from stencila_hub import aio
from stencila_hub import exceptions as exc
from stencila_hub.models import InlineObject4, JobRequest, V1Job, V1JobStatus
from stencila_hub.retry import RetryPolicy
from test.support.rawserver import Conn, RawServer, response, serve

pytestmark = pytest.mark.timeout(60)

FAST = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0, jitter=0, total_timeout=10)


# -- the twins -----------------------------------------------------------------------------------


def _public_methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in vars(cls).items()
        if callable(member) and not name.startswith("_")
    }


@pytest.mark.parametrize("name", stencila_hub.api.__all__)
def test_every_sync_method_has_an_async_twin_with_the_same_signature(name: str) -> None:
    sync_cls = getattr(stencila_hub.api, name)
    async_cls = getattr(aio, name)
    assert async_cls.__name__ == f"Async{name}"
    sync_methods, async_methods = _public_methods(sync_cls), _public_methods(async_cls)
    assert sorted(async_methods) == sorted(sync_methods)
    for method, sync_fn in sync_methods.items():
        async_fn = async_methods[method]
        assert inspect.iscoroutinefunction(async_fn), method
        assert not inspect.iscoroutinefunction(sync_fn), method
        sync_sig, async_sig = inspect.signature(sync_fn), inspect.signature(async_fn)
        assert list(async_sig.parameters.values()) == list(sync_sig.parameters.values()), method
        # The one difference: a streamed body is read with `async for` (AsyncStreamedResponse).
        returned = str(async_sig.return_annotation).replace(
            "AsyncStreamedResponse", "StreamedResponse"
        )
        assert returned == str(sync_sig.return_annotation), method


HELPER_TWINS = [
    ("stencila_hub.waiters", "stencila_hub.aio.waiters", name)
    for name in (
        "wait_for",
        "wait_for_agave_job",
        "wait_for_hub_job",
        "wait_for_kubernetes_job",
        "wait_for_sahara_execution",
    )
] + [
    ("stencila_hub.kubernetes", "stencila_hub.aio.kubernetes", "replace_job_status"),
    ("stencila_hub.kubernetes", "stencila_hub.aio.kubernetes", "watch_jobs"),
    ("stencila_hub.pagination", "stencila_hub.aio.pagination", "offset"),
    ("stencila_hub.pagination", "stencila_hub.aio.pagination", "marker"),
    ("stencila_hub.pagination", "stencila_hub.aio.pagination", "continue_token"),
    ("stencila_hub.pagination", "stencila_hub.aio.pagination", "hub"),
]


@pytest.mark.parametrize("sync_module,async_module,name", HELPER_TWINS)
def test_every_async_helper_takes_the_sync_ones_arguments(sync_module, async_module, name):
    """The same parameters (names, kinds, defaults) as the sync helper; only an injected
    ``sleep`` differs (``asyncio.sleep``: it is awaited) and the types say "awaitable"."""
    import importlib

    sync_fn = getattr(importlib.import_module(sync_module), name)
    async_fn = getattr(importlib.import_module(async_module), name)
    exported = aio.pages if async_module.endswith("pagination") else aio
    assert getattr(exported, name) is async_fn

    def shape(fn: Any) -> list[tuple[str, Any, Any]]:
        return [
            (p.name, p.kind, "sleep" if p.name == "sleep" else p.default)
            for p in inspect.signature(fn).parameters.values()
        ]

    assert shape(async_fn) == shape(sync_fn)


def test_the_async_classes_hand_the_client_what_the_sync_ones_do() -> None:
    calls: list[Any] = []

    class SyncRecorder:
        def check_host(self, system: str) -> None:
            pass

        def call(self, op: Any, *args: Any) -> Any:
            calls.append((op, args))

    class Recorder(SyncRecorder):
        async def call(self, op: Any, *args: Any) -> Any:  # type: ignore[override]
            calls.append((op, args))

    asyncio.run(
        aio.JobsApi(Recorder()).jobs_update(56, stencila_hub.InlineObject3(status="RUNNING"))
    )  # type: ignore[arg-type]
    stencila_hub.JobsApi(SyncRecorder()).jobs_update(
        56, stencila_hub.InlineObject3(status="RUNNING")
    )  # type: ignore[arg-type]
    assert len(calls) == 2 and calls[0] == calls[1]  # the same operation, the same arguments


def test_import_stencila_hub_never_imports_aiohttp() -> None:
    code = (
        "import sys, stencila_hub, stencila_hub.api.jobs_api; "
        "stencila_hub.JobsApi; stencila_hub.AgaveJobsApi; "
        "assert 'aiohttp' not in sys.modules, 'aiohttp imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- cancellation is an outcome -----------------------------------------------------------------


def _swallowing(received: threading.Event) -> Any:
    """A server that reads the request and never answers (until the test ends)."""

    def handler(conn: Conn) -> None:
        if conn.read_request() is not None:
            received.set()
            conn.wait(10)

    return handler


async def _cancel_once_received(coro: Any, received: threading.Event) -> BaseException:
    task = asyncio.ensure_future(coro)
    while not received.is_set():
        await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except BaseException as err:  # noqa: BLE001 - the test looks at what came out
        return err
    raise AssertionError("the task was not cancelled")


def _patch(client: aio.AsyncApiClient) -> Any:
    return aio.JobsApi(client).jobs_partial_update(56, InlineObject4(status="RUNNING"))


def test_a_patch_cancelled_after_it_was_written_says_outcome_unknown_and_is_not_resent() -> None:
    received = threading.Event()
    with RawServer(_swallowing(received)) as srv:

        async def main() -> BaseException:
            config = stencila_hub.Configuration(host=srv.url, retries=FAST, timeout=(2, 5))
            async with aio.AsyncApiClient(config) as client:
                return await _cancel_once_received(_patch(client), received)

        err = asyncio.run(main())
    assert isinstance(err, asyncio.CancelledError)
    assert isinstance(err.__cause__, exc.OutcomeUnknownConnectionError)
    assert err.__cause__.request_sent is True
    assert srv.request_count == 1


def test_a_get_cancelled_after_it_was_written_is_a_plain_cancellation() -> None:
    received = threading.Event()
    with RawServer(_swallowing(received)) as srv:

        async def main() -> BaseException:
            config = stencila_hub.Configuration(host=srv.url, retries=FAST, timeout=(2, 5))
            async with aio.AsyncApiClient(config) as client:
                call = aio.AgaveJobsApi(client).get("job-1")
                return await _cancel_once_received(call, received)

        err = asyncio.run(main())
    assert isinstance(err, asyncio.CancelledError)
    assert err.__cause__ is None


def test_asyncio_timeout_around_a_post_keeps_the_outcome_unknown_in_its_chain() -> None:
    received = threading.Event()
    with RawServer(_swallowing(received)) as srv:

        async def main() -> None:
            config = stencila_hub.Configuration(host=srv.url, retries=FAST, timeout=(2, 5))
            async with aio.AsyncApiClient(config) as client:
                api = aio.AgaveJobsApi(client)
                request = JobRequest(name="n", app_id="a", archive=True, inputs={}, parameters={})
                async with asyncio.timeout(0.5):
                    await api.submit(request)

        with pytest.raises(TimeoutError) as info:
            asyncio.run(main())
    cancelled = info.value.__cause__
    assert isinstance(cancelled, asyncio.CancelledError)
    assert isinstance(cancelled.__cause__, exc.OutcomeUnknownConnectionError)
    assert srv.request_count == 1


def test_a_patch_still_queued_for_a_pooled_connection_was_not_written() -> None:
    """The pool's one connection is held by a GET the server never answers. A PATCH queued
    behind it that runs out of time, and one that is cancelled, never left: neither is outcome
    unknown (the request counts as written only once the connector has handed it a connection)."""
    received = threading.Event()
    with RawServer(_swallowing(received)) as srv:

        async def main() -> tuple[BaseException, BaseException]:
            config = stencila_hub.Configuration(host=srv.url, retries=FAST, timeout=(2, 5))
            config.connection_pool_maxsize = 1
            async with aio.AsyncApiClient(config) as client:
                holder = asyncio.ensure_future(aio.AgaveJobsApi(client).get("job-1"))
                while not received.is_set():
                    await asyncio.sleep(0.01)
                short = RetryPolicy(max_retries=0, total_timeout=0.2)
                patch = aio.JobsApi(client).jobs_partial_update(
                    56, InlineObject4(status="RUNNING"), _request_timeout=(2, 5), _retries=short
                )
                try:
                    await patch
                except exc.ApiTimeoutError as err:
                    timed_out: BaseException = err
                queued = asyncio.ensure_future(_patch(client))
                await asyncio.sleep(0.1)
                queued.cancel()
                try:
                    await queued
                except asyncio.CancelledError as err:
                    cancelled: BaseException = err
                holder.cancel()
                return timed_out, cancelled

        timed_out, cancelled = asyncio.run(main())
    assert isinstance(timed_out, exc.ApiTimeoutError)
    assert not isinstance(timed_out, exc.OutcomeUnknownError)
    assert timed_out.request_sent is False
    assert isinstance(cancelled, asyncio.CancelledError)
    assert cancelled.__cause__ is None
    assert srv.request_count == 1


# -- many calls on one client ----------------------------------------------------------------------


def test_200_concurrent_calls_share_a_bounded_connector() -> None:
    job = {"status": "success", "result": {"id": "job-1", "status": "RUNNING"}}
    with RawServer(serve(lambda request: response(200, job))) as srv:

        async def main() -> list[Any]:
            config = stencila_hub.Configuration(host=srv.url, retries=FAST, timeout=(5, 5))
            config.connection_pool_maxsize = 8
            async with aio.AsyncApiClient(config) as client:
                api = aio.AgaveJobsApi(client)
                return await asyncio.gather(*(api.get("job-1") for _ in range(200)))

        results = asyncio.run(main())
    assert [r.id for r in results] == ["job-1"] * 200
    assert srv.request_count == 200
    assert 1 <= srv.connections <= 8


# -- helpers against the fakes --------------------------------------------------------------------


def test_async_pagination_walks_the_same_items_as_the_sync_one(hub_fake) -> None:
    from stencila_hub import SaharaJobCreate

    for i in range(5):
        hub_fake.kubernetes.add_job(f"job-{i}", steps=None)
        hub_fake.agave.add_job()
    sahara, project = hub_fake.api("sahara"), hub_fake.sahara.project_id
    for i in range(5):
        mains = [hub_fake.sahara.add_binary()]
        sahara.create(project, SaharaJobCreate(name=f"wc{i}", type="Pig", mains=mains))
    pagination = stencila_hub.pagination
    expected = (
        [j.metadata.name for j in pagination.continue_token(
            hub_fake.api("kubernetes").list_namespaced_job, "default", limit=2
        )],
        [j.id for j in pagination.offset(hub_fake.api("agave").list, limit=2)],
        [j.id for j in pagination.marker(sahara.list, project, limit=2)],
    )  # fmt: skip

    async def main() -> tuple[list[str], ...]:
        batch = hub_fake.async_api("kubernetes")
        agave, sahara = hub_fake.async_api("agave"), hub_fake.async_api("sahara")
        try:
            return (
                [job.metadata.name async for job in aio.pages.continue_token(
                    batch.list_namespaced_job, "default", limit=2
                )],
                [job.id async for job in aio.pages.offset(agave.list, limit=2)],
                [job.id async for job in aio.pages.marker(sahara.list, project, limit=2)],
            )  # fmt: skip
        finally:
            await hub_fake.aclose()

    assert asyncio.run(main()) == expected and [len(items) for items in expected] == [5, 5, 5]


def test_async_waiter_polls_until_terminal(hub_fake) -> None:
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    async def main() -> Any:
        agave = hub_fake.async_api("agave")
        try:
            request = JobRequest(name="n", app_id="a", archive=True, inputs={}, parameters={})
            job = await agave.submit(request)
            return await aio.wait_for_agave_job(agave, job.id, sleep=sleep, clock=lambda: now[0])
        finally:
            await hub_fake.aclose()

    result = asyncio.run(main())
    assert result.succeeded and result.value.status.value == "FINISHED" and result.polls > 1


def test_async_replace_job_status_reads_then_replaces(hub_fake) -> None:
    hub_fake.kubernetes.add_job("pi", steps=None)

    def mark(job: V1Job) -> None:
        job.status = job.status or V1JobStatus()
        job.status.active = 1

    async def main() -> V1Job:
        batch = hub_fake.async_api("kubernetes")
        try:
            return await aio.replace_job_status(batch, "pi", "default", mark)
        finally:
            await hub_fake.aclose()

    job = asyncio.run(main())
    assert job.status is not None and job.status.active == 1
    methods = [r.method for r in hub_fake.requests_to("kubernetes")]
    assert methods == ["GET", "PUT"]


def test_an_async_api_class_refuses_another_systems_host() -> None:
    from stencila_hub.configuration import SYSTEM_SERVERS

    hub_host = SYSTEM_SERVERS["hub"][0]
    assert hub_host is not None
    client = aio.AsyncApiClient(stencila_hub.Configuration(host=hub_host, access_token="t"))
    with pytest.raises(exc.ApiValueError, match="hub's host"):
        aio.AgaveJobsApi(client)
    assert aio.JobsApi(client).system == stencila_hub.JobsApi.system == "hub"


def test_async_hub_paging_and_waiter_read_the_project_route(hub_fake) -> None:
    ids = [hub_fake.hub.add_job(project=1, status="RUNNING", method="sleep") for _ in range(3)]

    async def main() -> tuple[list[int], Any]:
        projects = aio.ProjectsApi(aio.AsyncApiClient(hub_fake.configuration("hub")))
        try:
            items = aio.pages.hub(projects.projects_jobs_list, "1", method="sleep", limit=2)
            walked = [job.id async for job in items]

            async def sleep(seconds: float) -> None:  # the job ends while the waiter sleeps
                hub_fake.api("hub").jobs_partial_update(ids[0], InlineObject4(status="SUCCESS"))

            result = await aio.wait_for_hub_job(projects, "1", ids[0], sleep=sleep)
            return walked, result
        finally:
            await projects.api_client.close()

    walked, result = asyncio.run(main())
    assert walked == ids[::-1] and len(hub_fake.requests_to("hub", "projects_jobs_list")) == 2
    assert (result.state.status, result.succeeded, result.polls) == ("SUCCESS", True, 2)
