"""The sync and the async client behind one face, so that one test runs against both.

``make_client("sync", config)`` is a plain :class:`stencila_hub.ApiClient`. ``make_client("async",
config)`` is an :class:`AsyncDriven`: the generated sync Api classes call its ``call()`` as they
call ApiClient's, and it runs :meth:`stencila_hub.aio.AsyncApiClient.call` (the async retry loop
and aiohttp transport) in an event loop of its own. What a test asserts about answers, exceptions,
requests on the wire and secrets then holds for both clients. (The generated async methods only
await the same ``call``; test_aio.py checks that their signatures are the sync ones.)

A module opts in with ``CLIENT_KINDS = ("sync", "async")``; its tests that use the ``client_kind``
fixture (directly or through ``client_for``/``client_on``) run once per kind.

The helpers with a loop of their own (the Kubernetes watch) have an async twin with its own loop:
:class:`DrivenWatch` iterates ``stencila_hub.aio.watch_jobs`` from sync code, so that one watch
test checks both loops (test_k8s_watch.py's ``open_watch``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from typing import Any

import stencila_hub

KINDS = ("sync", "async")


class SyncStream:
    """An :class:`~stencila_hub.aio.AsyncStreamedResponse` read from sync code."""

    def __init__(self, stream: Any, runner: asyncio.Runner) -> None:
        self._stream = stream
        self._runner = runner
        self.response = stream.response
        self.status_code = stream.status_code
        self.headers = stream.headers
        self.retries_taken = stream.retries_taken

    def iter_bytes(self, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
        chunks = self._stream.iter_bytes(chunk_size)
        while True:
            try:
                yield self._runner.run(chunks.__anext__())
            except StopAsyncIteration:
                return

    def read(self) -> bytes:
        return b"".join(self.iter_bytes())

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> SyncStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncDriven:
    """An AsyncApiClient that sync code drives: one event loop per client."""

    def __init__(
        self,
        configuration: stencila_hub.Configuration,
        *,
        sleep: Callable[[float], Any] = time.sleep,
        **kwargs: Any,
    ) -> None:
        from stencila_hub.aio import AsyncApiClient

        async def asleep(seconds: float) -> None:
            sleep(seconds)  # the test's recorder; blocking is fine: nothing else runs

        self._runner: asyncio.Runner | None = None
        self.async_client = AsyncApiClient(configuration, sleep=asleep, **kwargs)
        self.configuration = configuration

    def call(self, *args: Any, **kwargs: Any) -> Any:
        from stencila_hub.aio import AsyncStreamedResponse

        if self._runner is None:  # made again after close(): a closed client still works
            self._runner = asyncio.Runner()
        result = self._runner.run(self.async_client.call(*args, **kwargs))
        if isinstance(result, AsyncStreamedResponse):
            return SyncStream(result, self._runner)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.async_client, name)

    def close(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        try:
            runner.run(self.async_client.close())
        finally:
            runner.close()

    def __enter__(self) -> AsyncDriven:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class DrivenWatch:
    """:func:`stencila_hub.aio.watch_jobs` on an AsyncApiClient of its own, iterated from sync
    code (one event loop per watch), so that a watch test runs against both watch loops.

    Arguments as ``watch_jobs`` (without the Api class); a sync ``sleep`` (a test's recorder) is
    wrapped for the async loop.
    """

    def __init__(
        self,
        configuration: stencila_hub.Configuration,
        *args: Any,
        sleep: Callable[[float], Any] | None = None,
        **kwargs: Any,
    ) -> None:
        from stencila_hub import aio

        if sleep is not None:
            recorder = sleep

            async def asleep(seconds: float) -> None:
                recorder(seconds)

            kwargs["sleep"] = asleep
        self._runner: asyncio.Runner | None = asyncio.Runner()
        self._client = aio.AsyncApiClient(configuration)
        self.watch = aio.watch_jobs(aio.BatchV1Api(self._client), *args, **kwargs)

    @property
    def synced(self) -> bool:
        return self.watch.synced

    def __iter__(self) -> DrivenWatch:
        return self

    def __next__(self) -> Any:
        assert self._runner is not None, "the watch is closed"
        try:
            return self._runner.run(self.watch.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        try:
            runner.run(self.watch.close())
            runner.run(self._client.close())
        finally:
            runner.close()

    def __enter__(self) -> DrivenWatch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def make_client(kind: str, configuration: stencila_hub.Configuration, **kwargs: Any) -> Any:
    """An ApiClient (``"sync"``) or an AsyncDriven (``"async"``) on *configuration*."""
    if kind == "async":
        return AsyncDriven(configuration, **kwargs)
    return stencila_hub.ApiClient(configuration, **kwargs)
