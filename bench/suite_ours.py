"""The measurements of this SDK (stencila_hub), beside raw urllib3 + json and bare pydantic."""

from __future__ import annotations

import json
import platform
from collections.abc import Callable
from functools import partial
from importlib.metadata import version
from typing import Any

import cases
import pydantic
import pydantic_core
import urllib3
from measure import RawClient, held_bytes, run_threads, time_calls, time_once, time_watch
from pydantic import TypeAdapter
from pydantic_core import SchemaValidator

import stencila_hub as sh
from stencila_hub.api import (
    agave_jobs_api,
    batch_v1_api,
    data_processing_jobs_api,
    gaffer_jobs_api,
    jobs_api,
)
from stencila_hub.base_model import SdkModel
from stencila_hub.kubernetes import watch_jobs
from stencila_hub.operation import resolve_type as _resolve_type
from stencila_hub.responses import Answer, _decode_body

# -- "bare pydantic": the same model classes with the SDK's two hooks taken out -------------------

_HOOKS = {SdkModel._sdk_strict_checks, SdkModel._sdk_serialize}


def _strip(node: Any) -> Any:
    """The core schema without SdkModel's after-validator and wrap-serializer, at every depth."""
    if isinstance(node, dict):
        if node.get("type") == "function-after":
            fn = node.get("function", {}).get("function")
            if fn in _HOOKS:
                inner = dict(node["schema"])
                if "ref" in node:
                    inner["ref"] = node["ref"]
                return _strip(inner)
        return {
            k: _strip(v)
            for k, v in node.items()
            if not (k == "serialization" and isinstance(v, dict) and v.get("function") in _HOOKS)
        }
    if isinstance(node, (list, tuple)):
        return type(node)(_strip(v) for v in node)
    return node


def bare_validator(tp: Any) -> SchemaValidator:
    """pydantic's own validator for *tp* (e.g. ``list[V1Job]``): same fields, no SDK hooks."""
    adapter = TypeAdapter(tp)
    if not adapter.pydantic_complete:  # the SDK's models are deferred (defer_build)
        adapter.rebuild(force=True)
    return SchemaValidator(_strip(adapter.core_schema))


# -- the clients -----------------------------------------------------------------------------------


def configuration(url: str, system: str) -> sh.Configuration:
    host = url + cases.PREFIX[system]
    token = cases.TOKEN
    if system == "hub":
        return sh.Configuration(
            host=host, api_key={"Token": token}, api_key_prefix={"Token": "Token"}
        )
    if system == "agave":
        return sh.Configuration(host=host, access_token=token)
    if system == "sahara":
        return sh.Configuration(host=host, api_key={"KeystoneToken": token})
    if system == "kubernetes":
        return sh.Configuration(
            host=host, api_key={"BearerToken": token}, api_key_prefix={"BearerToken": "Bearer"}
        )
    if system == "gaffer":
        return sh.Configuration(host=host, api_key={"GafferApiKey": token})
    raise ValueError(system)


#: case -> the generated Operation (for its response type).
OPERATIONS = {
    "hub_patch": jobs_api._jobs_partial_update,
    "hub_put": jobs_api._jobs_update,
    "agave_get": agave_jobs_api._agave_jobs_get,
    "sahara_show": data_processing_jobs_api._data_processing_jobs_show,
    "k8s_read_status": batch_v1_api._read_namespaced_job_status,
    "k8s_replace_status": batch_v1_api._replace_namespaced_job_status,
    "gaffer_get": gaffer_jobs_api._gaffer_jobs_get,
}

DECODE_MODELS = {"hub": "InlineObject3", "kubernetes": "V1Job", "agave": "AgaveJobSummary"}
DECODE_OPERATIONS = {
    "hub": jobs_api._jobs_update,
    "kubernetes": batch_v1_api._list_namespaced_job,
    "agave": agave_jobs_api._agave_jobs_list,
}


def _answer(data: bytes) -> Answer:
    """A 200 JSON answer, as the client's decode path receives it."""
    headers = urllib3.HTTPHeaderDict({"Content-Type": "application/json"})
    return Answer("GET", 200, "OK", headers, data, 1)


class Suite:
    def __init__(self, url: str) -> None:
        self.url = url
        self.clients = {s: sh.ApiClient(configuration(url, s)) for s in cases.PREFIX}
        self.raw = RawClient(url)
        self._callers: dict[str, dict[str, Callable[[], Any]]] = {}
        self._payloads: dict[tuple[str, int], bytes] = {}
        self._concurrent: Any = None
        self._aio_bench: AioBench | None = None

    def versions(self) -> dict[str, Any]:
        return {
            "python": platform.python_version(),
            "stencila_hub": sh.__version__,
            "pydantic": pydantic.VERSION,
            "pydantic_core": pydantic_core.__version__,
            "urllib3": version("urllib3"),
        }

    # -- one call -----------------------------------------------------------------------------

    def sdk_caller(self, case: str, client: sh.ApiClient | None = None) -> Callable[[], Any]:
        system, _method, _path, body = cases.per_call_cases()[case]
        c = client or self.clients[system]
        if case == "hub_patch":
            patch = sh.InlineObject4.model_validate(body)
            api = sh.JobsApi(c)
            return lambda: api.jobs_partial_update(cases.HUB_JOB_ID, patch)
        if case == "hub_put":
            job = sh.InlineObject3.model_validate(body)
            api = sh.JobsApi(c)
            return lambda: api.jobs_update(cases.HUB_JOB_ID, job)
        if case == "agave_get":
            agave = sh.AgaveJobsApi(c)
            return lambda: agave.get(cases.AGAVE_JOB_ID)
        if case == "sahara_show":
            sahara = sh.DataProcessingJobsApi(c)
            return lambda: sahara.show(cases.SAHARA_PROJECT, cases.SAHARA_JOB_ID)
        if case == "k8s_read_status":
            batch = sh.BatchV1Api(c)
            return lambda: batch.read_namespaced_job_status(cases.K8S_NAME, cases.K8S_NAMESPACE)
        if case == "k8s_replace_status":
            batch = sh.BatchV1Api(c)
            v1job = sh.V1Job.from_dict(body)  # the job as read, to be written back
            return lambda: batch.replace_namespaced_job_status(
                cases.K8S_NAME, cases.K8S_NAMESPACE, v1job
            )
        if case == "gaffer_get":
            gaffer = sh.GafferJobsApi(c)
            return lambda: gaffer.get(cases.GAFFER_SESSION, cases.GAFFER_JOB)
        raise ValueError(case)

    def _variants(self, case: str) -> dict[str, Callable[[], Any]]:
        if case not in self._callers:
            tp = _resolve_type(OPERATIONS[case].responses["200"])
            bare = bare_validator(tp)
            self._callers[case] = {
                "sdk": self.sdk_caller(case),
                "raw": self.raw.caller(case),
                "raw_pydantic": self.raw.caller(case, decode=bare.validate_json),
            }
            for fn in self._callers[case].values():  # warm up: connections, caches, schemas
                for _ in range(30):
                    fn()
        return self._callers[case]

    def percall(self, case: str, n: int, rep: int = 0) -> dict[str, Any]:
        variants = list(self._variants(case).items())
        shift = rep % len(variants)  # rotate who goes first from one repetition to the next
        variants = variants[shift:] + variants[:shift]
        return {name: time_calls(fn, n) for name, fn in variants}

    # -- decoding many ------------------------------------------------------------------------

    def _payload(self, system: str, count: int) -> bytes:
        key = (system, count)
        if key not in self._payloads:
            self._payloads[key] = cases.decode_bytes(system, count)
        return self._payloads[key]

    def _decoders(self, system: str) -> dict[str, Callable[[bytes], Any]]:
        model = getattr(sh, DECODE_MODELS[system])
        op = DECODE_OPERATIONS[system]
        tp = list[model]  # type: ignore[valid-type]
        bare = bare_validator(list[model])  # type: ignore[valid-type]
        return {
            "sdk": lambda raw: _decode_body(op, _answer(raw), tp, ()),
            "json": json.loads,
            "bare": bare.validate_json,
        }

    def decode(self, system: str, count: int, rep: int = 0) -> dict[str, Any]:
        raw = self._payload(system, count)
        decoders = list(self._decoders(system).items())
        shift = rep % len(decoders)
        decoders = decoders[shift:] + decoders[:shift]
        result = {}
        for name, fn in decoders:
            if rep == 0:
                fn(raw)  # first use builds validators; not what we time
            result[name] = time_once(partial(fn, raw))
        return result

    def memory(self, system: str, count: int) -> dict[str, Any]:
        raw = self._payload(system, count)
        result = {}
        for name, fn in self._decoders(system).items():
            fn(raw)  # validators built before tracemalloc starts
            result[name] = held_bytes(partial(fn, raw)) / count
        return result

    # -- 4 threads, one client ----------------------------------------------------------------

    def conc_warm(self, variant: str, threads: int = 4) -> dict[str, Any]:
        """A fresh client; each thread opens its connection (a held call), then warms up."""
        if variant == "sdk":
            client = sh.ApiClient(configuration(self.url, "hub"))
            call = self.sdk_caller("hub_put", client)
            api = sh.JobsApi(client)
            job = sh.InlineObject3.model_validate(cases.hub_put_body())

            def held() -> Any:
                return api.jobs_update(cases.HUB_JOB_ID, job, _headers={"X-Bench-Delay": "50"})

            close = client.close
        else:
            raw = RawClient(self.url, maxsize=sh.Configuration().connection_pool_maxsize)
            call = raw.caller("hub_put")
            held = raw.caller("hub_put", extra_headers={"X-Bench-Delay": "50"})
            close = raw.pool.clear
        _, _, errors_held = run_threads([held] * threads, 1)
        _, _, errors = run_threads([call] * threads, 25)
        self._concurrent = (call, close, threads)
        return {"errors": errors + errors_held}

    def conc_run(self, per_thread: int) -> dict[str, Any]:
        call, close, threads = self._concurrent
        seconds, done, errors = run_threads([call] * threads, per_thread)
        close()
        self._concurrent = None
        return {"seconds": seconds, "calls": done, "errors": errors}

    # -- the asyncio client (AioBench, below) ---------------------------------------------------

    def aio_percall(self, case: str, n: int, rep: int = 0) -> dict[str, Any]:
        return self._aio().percall(case, n, rep)

    def aio_concurrent(self, variant: str, calls: int) -> dict[str, Any]:
        return self._aio().concurrent(variant, calls)

    def close(self) -> None:
        if self._aio_bench is not None:
            self._aio_bench.close()

    def _aio(self) -> AioBench:
        if self._aio_bench is None:
            self._aio_bench = AioBench(self)
        return self._aio_bench

    # -- a watch stream -------------------------------------------------------------------------

    def watch(self, count: int, rep: int = 0) -> dict[str, Any]:
        """Seconds to take *count* events: ``watch_jobs`` (typed V1Job events) and raw urllib3 +
        json.loads per line, on the same stream."""
        batch = sh.BatchV1Api(self.clients["kubernetes"])

        def sdk() -> int:
            seen = 0
            with watch_jobs(batch, cases.K8S_NAMESPACE, resource_version="1") as events:
                for _event in events:
                    seen += 1
                    if seen == count:
                        break
            return seen

        return time_watch({"sdk": sdk, "raw": lambda: self.raw.watch(count)}, count, rep)


# -- the asyncio client (stencila_hub.aio) beside raw aiohttp -------------------------------------


class _CannedTransport:
    """An async transport that sends the first attempt and answers every later one with the
    same response (its body already read)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.limit = real.limit
        self.answer: Any = None

    async def attempt(self, *args: Any, **kwargs: Any) -> Any:
        if self.answer is None:
            self.answer = await self.real.attempt(*args, **kwargs)
        return self.answer

    async def close(self) -> None:
        await self.real.close()


AIO_LIMIT = cases.AIO_LIMIT


class AioBench:
    """One event loop, held for the worker's life: the async SDK and raw aiohttp in it."""

    def __init__(self, suite: Suite) -> None:
        import asyncio

        import aiohttp

        from stencila_hub import aio

        self.aio = aio
        self.aiohttp = aiohttp
        self.suite = suite
        self.runner = asyncio.Runner()
        self.clients = {s: aio.AsyncApiClient(configuration(suite.url, s)) for s in cases.PREFIX}
        self.session = self.runner.run(self._session(AIO_LIMIT))
        self._callers: dict[str, dict[str, Callable[[], Any]]] = {}
        self._canned: list[Any] = []

    def close(self) -> None:
        """Close every client and the raw session in their loop, then the loop."""

        async def close_all() -> None:
            for client in [*self.clients.values(), *self._canned]:
                await client.close()
            await self.session.close()

        self.runner.run(close_all())
        self.runner.close()

    async def _session(self, limit: int) -> Any:
        aiohttp = self.aiohttp
        return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=limit))

    def sdk_caller(self, case: str, client: Any) -> Callable[[], Any]:
        aio = self.aio
        _system, _method, _path, body = cases.per_call_cases()[case]
        if case == "hub_patch":
            patch = sh.InlineObject4.model_validate(body)
            hub = aio.JobsApi(client)
            return lambda: hub.jobs_partial_update(cases.HUB_JOB_ID, patch)
        if case == "hub_put":
            job = sh.InlineObject3.model_validate(body)
            hub = aio.JobsApi(client)
            return lambda: hub.jobs_update(cases.HUB_JOB_ID, job)
        if case == "agave_get":
            agave = aio.AgaveJobsApi(client)
            return lambda: agave.get(cases.AGAVE_JOB_ID)
        if case == "k8s_read_status":
            batch = aio.BatchV1Api(client)
            return lambda: batch.read_namespaced_job_status(cases.K8S_NAME, cases.K8S_NAMESPACE)
        raise ValueError(case)

    def raw_caller(
        self, case: str, session: Any, decode: Callable[[bytes], Any] | None = None
    ) -> Callable[[], Any]:
        """What a caller writes by hand with aiohttp: one session, json.dumps / json.loads."""
        system, method, path, body = cases.per_call_cases()[case]
        url = self.suite.url + cases.PREFIX[system] + path
        headers = dict(self.suite.raw.headers[system])
        if body is not None:
            headers["Content-Type"] = "application/json"
        loads = decode or json.loads

        async def call() -> Any:
            data = None if body is None else json.dumps(body).encode()
            async with session.request(method, url, data=data, headers=headers) as resp:
                if resp.status != 200:
                    raise RuntimeError(f"{method} {url}: HTTP {resp.status}")
                raw = await resp.read()
            return loads(raw) if raw else None

        return call

    def _variants(self, case: str) -> dict[str, Callable[[], Any]]:
        if case not in self._callers:
            system = cases.per_call_cases()[case][0]
            bare = bare_validator(_resolve_type(OPERATIONS[case].responses["200"]))
            self._callers[case] = {
                "sdk": self.sdk_caller(case, self.clients[system]),
                "raw": self.raw_caller(case, self.session),
                "raw_pydantic": self.raw_caller(case, self.session, bare.validate_json),
            }

            async def warm() -> None:
                for fn in self._callers[case].values():
                    for _ in range(30):
                        await fn()

            self.runner.run(warm())
        return self._callers[case]

    def client_side(self, case: str) -> Callable[[], Any]:
        """The SDK call of *case* on a client whose transport answers every attempt with the
        response of the first (the SDK's own work per call, without the I/O)."""
        system = cases.per_call_cases()[case][0]
        client = self.aio.AsyncApiClient(self.clients[system].configuration)
        client.transport = _CannedTransport(client.transport)  # type: ignore[assignment]
        self._canned.append(client)
        return self.sdk_caller(case, client)

    def raw_client_side(self, case: str) -> Callable[[], Any]:
        """What raw aiohttp + bare pydantic does besides the I/O: encode the body with
        json.dumps, decode an answer of the server's (read once) with bare pydantic."""
        system, method, path, body = cases.per_call_cases()[case]
        url = self.suite.url + cases.PREFIX[system] + path
        bare = bare_validator(_resolve_type(OPERATIONS[case].responses["200"])).validate_json
        data = None if body is None else json.dumps(body).encode()
        headers = dict(self.suite.raw.headers[system])

        async def fetch() -> bytes:
            async with self.session.request(method, url, data=data, headers=headers) as resp:
                return bytes(await resp.read())

        answer = self.runner.run(fetch())

        async def call() -> Any:
            sent = None if body is None else json.dumps(body).encode()
            return sent, bare(answer) if answer else None

        return call

    def drive(self, case: str, variant: str, calls: int) -> None:
        """*calls* awaited calls of *variant* (``sdk``, ``raw_pydantic``, ``client_side`` or
        ``raw_client_side``), after the warm-up the timed runs have (bench/instructions.py)."""
        if variant == "client_side":
            call = self.client_side(case)
        elif variant == "raw_client_side":
            call = self.raw_client_side(case)
        else:
            call = self._variants(case)[variant]

        async def run(n: int) -> None:
            for _ in range(n):
                await call()

        self.runner.run(run(30))
        self.runner.run(run(calls))
        self.close()

    def percall(self, case: str, n: int, rep: int) -> dict[str, Any]:
        import gc
        import time

        variants = list(self._variants(case).items())
        shift = rep % len(variants)
        variants = variants[shift:] + variants[:shift]

        async def timed(fn: Callable[[], Any]) -> list[float]:
            gc.collect()
            cpu = time.process_time()
            start = time.perf_counter()
            for _ in range(n):
                await fn()
            return [(time.perf_counter() - start) / n, (time.process_time() - cpu) / n]

        return {name: self.runner.run(timed(fn)) for name, fn in variants}

    def concurrent(self, variant: str, calls: int) -> dict[str, Any]:
        """*calls* concurrent Hub PATCHes on one fresh client (connector limit AIO_LIMIT)."""
        import asyncio
        import time

        async def run() -> dict[str, Any]:
            if variant == "sdk":
                config = configuration(self.suite.url, "hub")
                config.connection_pool_maxsize = AIO_LIMIT
                client = self.aio.AsyncApiClient(config)
                call, close = self.sdk_caller("hub_patch", client), client.close
            else:
                session = await self._session(AIO_LIMIT)
                call, close = self.raw_caller("hub_patch", session), session.close
            try:
                start = time.perf_counter()
                results = await asyncio.gather(
                    *(call() for _ in range(calls)), return_exceptions=True
                )
                seconds = time.perf_counter() - start
            finally:
                await close()
            errors = sum(1 for x in results if isinstance(x, BaseException))
            return {"seconds": seconds, "calls": calls, "errors": errors}

        return self.runner.run(run())
