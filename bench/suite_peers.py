"""The measurements of the peer clients, run in bench/.venv-peers beside raw urllib3 + json.

* ``stencila.hub`` 4.0.0: the Hub's own generated client (openapi-generator ``python``, 2020);
  Hub PATCH and PUT of ``/jobs/{id}/``, decoding jobs (``InlineObject3``).
* ``kubernetes`` 37: the official client; read and replace a Job's status, decoding ``V1Job``.
"""

from __future__ import annotations

import json
import platform
from importlib.metadata import version
from typing import Any, Callable

import cases
import urllib3
from worker import RawClient, held_bytes, time_calls, time_once, time_watch


class _Received:
    """What the peers' ApiClient.deserialize reads of a response."""

    def __init__(self, data: bytes) -> None:
        self.status = 200
        self.reason = "OK"
        self.data = data
        self.headers = {"Content-Type": "application/json"}

    def getheader(self, name: str, default: Any = None) -> Any:
        return self.headers.get(name, default)

    def getheaders(self) -> dict:
        return self.headers


class _PeerSuite:
    package = ""
    cases: tuple[str, ...] = ()
    decode_system = ""

    def __init__(self, url: str) -> None:
        self.url = url
        self.raw = RawClient(url)
        self._callers: dict[str, dict[str, Callable[[], Any]]] = {}
        self._payloads: dict[int, bytes] = {}

    def versions(self) -> dict:
        return {
            "python": platform.python_version(),
            self.package: version(self.package),
            "urllib3": urllib3.__version__,
        }

    def sdk_caller(self, case: str) -> Callable[[], Any]:
        raise NotImplementedError

    def decoder(self) -> Callable[[bytes], Any]:
        raise NotImplementedError

    def _variants(self, case: str) -> dict[str, Callable[[], Any]]:
        if case not in self._callers:
            self._callers[case] = {"sdk": self.sdk_caller(case), "raw": self.raw.caller(case)}
            for fn in self._callers[case].values():
                for _ in range(30):
                    fn()
        return self._callers[case]

    def percall(self, case: str, n: int, rep: int = 0) -> dict:
        variants = list(self._variants(case).items())
        if rep % 2:
            variants.reverse()
        return {name: time_calls(fn, n) for name, fn in variants}

    def _payload(self, count: int) -> bytes:
        if count not in self._payloads:
            self._payloads[count] = cases.decode_bytes(self.decode_system, count)
        return self._payloads[count]

    def decode(self, system: str, count: int, rep: int = 0) -> dict:
        raw = self._payload(count)
        decoders = [("sdk", self.decoder()), ("json", json.loads)]
        if rep % 2:
            decoders.reverse()
        result = {}
        for name, fn in decoders:
            if rep == 0:
                fn(raw)
            result[name] = time_once(lambda fn=fn: fn(raw))
        return result

    def memory(self, system: str, count: int) -> dict:
        raw = self._payload(count)
        result = {}
        for name, fn in (("sdk", self.decoder()), ("json", json.loads)):
            fn(raw)
            result[name] = held_bytes(lambda fn=fn: fn(raw)) / count
        return result


class StencilaHubSuite(_PeerSuite):
    package = "stencila.hub"
    decode_system = "hub"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        from stencila.hub import ApiClient, Configuration

        config = Configuration(
            host=url + cases.PREFIX["hub"],
            api_key={"Token": cases.TOKEN},
            api_key_prefix={"Token": "Token"},
        )
        self.client = ApiClient(config)

    def sdk_caller(self, case: str) -> Callable[[], Any]:
        from stencila.hub import JobsApi
        from stencila.hub.models import InlineObject3, InlineObject4

        api = JobsApi(self.client)
        system, _method, _path, body = cases.per_call_cases()[case]
        model = InlineObject4 if case == "hub_patch" else InlineObject3
        data = self.client.deserialize(_Received(json.dumps(body).encode()), model.__name__)
        if case == "hub_patch":
            return lambda: api.jobs_partial_update(cases.HUB_JOB_ID, data)
        if case == "hub_put":
            return lambda: api.jobs_update(cases.HUB_JOB_ID, data)
        raise ValueError(case)

    def decoder(self) -> Callable[[bytes], Any]:
        client = self.client
        return lambda raw: client.deserialize(_Received(raw), "list[InlineObject3]")


class KubernetesSuite(_PeerSuite):
    package = "kubernetes"
    decode_system = "kubernetes"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        from kubernetes import client

        config = client.Configuration(
            host=url + cases.PREFIX["kubernetes"],
            api_key={"BearerToken": cases.TOKEN},
            api_key_prefix={"BearerToken": "Bearer"},
        )
        self.client = client.ApiClient(config)

    def sdk_caller(self, case: str) -> Callable[[], Any]:
        from kubernetes import client

        batch = client.BatchV1Api(self.client)
        if case == "k8s_read_status":
            return lambda: batch.read_namespaced_job_status(cases.K8S_NAME, cases.K8S_NAMESPACE)
        if case == "k8s_replace_status":
            job = self.client.deserialize(
                json.dumps(cases.k8s_status_body()), "V1Job", "application/json"
            )
            return lambda: batch.replace_namespaced_job_status(
                cases.K8S_NAME, cases.K8S_NAMESPACE, job
            )
        raise ValueError(case)

    def decoder(self) -> Callable[[bytes], Any]:
        client = self.client
        return lambda raw: client.deserialize(raw.decode(), "List[V1Job]", "application/json")

    def watch(self, count: int, rep: int = 0) -> dict:
        """Seconds to take *count* events: ``Watch().stream(list_namespaced_job)`` (typed V1Job
        events) and raw urllib3 + json.loads per line, on the same stream."""
        from kubernetes import client, watch

        batch = client.BatchV1Api(self.client)

        def sdk() -> int:
            seen = 0
            w = watch.Watch()
            for _event in w.stream(
                batch.list_namespaced_job,
                cases.K8S_NAMESPACE,
                resource_version="1",
                timeout_seconds=60,
            ):
                seen += 1
                if seen == count:
                    w.stop()
                    break
            return seen

        return time_watch({"sdk": sdk, "raw": lambda: self.raw.watch(count)}, count, rep)
