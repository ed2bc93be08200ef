"""A measuring process: ``python bench/worker.py SUITE URL``, driven by bench/run.py over stdin/stdout.

SUITE is ``ours`` (this SDK, run with the project's Python) or a peer, ``stencila.hub`` or
``kubernetes`` (run with bench/.venv-peers/bin/python). Every suite measures its client beside raw
urllib3 + json in the same process, on the same server and payloads, so each figure it returns is
paired with its own baseline. Commands are JSON lines; each answer is one JSON line.

Standard library and urllib3 only at module level: the peers' venv has no pydantic.
"""

from __future__ import annotations

import gc
import json
import sys
import threading
import time
import traceback
import tracemalloc
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import urllib3  # noqa: E402

# -- raw urllib3 + json: the baseline every client is held against --------------------------------


class RawClient:
    """What a caller would write by hand: one PoolManager, json.dumps / json.loads."""

    def __init__(self, url: str, maxsize: int = 10) -> None:
        self.url = url
        self.pool = urllib3.PoolManager(maxsize=maxsize)
        self.headers = {
            "hub": {"Authorization": f"Token {cases.TOKEN}"},
            "agave": {"Authorization": f"Bearer {cases.TOKEN}"},
            "sahara": {"X-Auth-Token": cases.TOKEN},
            "kubernetes": {"authorization": f"Bearer {cases.TOKEN}"},
            "gaffer": {"X-Api-Key": cases.TOKEN},
        }
        for h in self.headers.values():
            h["Accept"] = "application/json"

    def caller(
        self,
        case: str,
        decode: Callable[[bytes], Any] | None = None,
        extra_headers: dict | None = None,
    ) -> Callable[[], Any]:
        system, method, path, body = cases.per_call_cases()[case]
        url = self.url + cases.PREFIX[system] + path
        headers = {**self.headers[system], **(extra_headers or {})}
        if body is not None:
            headers["Content-Type"] = "application/json"
        request = self.pool.request
        loads = decode or json.loads
        dumps = json.dumps

        def call() -> Any:
            data = None if body is None else dumps(body).encode()
            resp = request(method, url, body=data, headers=headers)
            if resp.status != 200:
                raise RuntimeError(f"{method} {url}: HTTP {resp.status}")
            raw = resp.data
            return loads(raw) if raw else None

        return call

    def watch(self, count: int) -> int:
        """Read a watch stream by hand: urllib3 chunks split into lines, json.loads per line."""
        url = self.url + cases.PREFIX["kubernetes"] + cases.K8S_WATCH_PATH
        url += "?watch=true&resourceVersion=1"
        resp = self.pool.request(
            "GET", url, headers=self.headers["kubernetes"], preload_content=False
        )
        seen = 0
        pending = b""
        loads = json.loads
        for chunk in resp.stream(64 * 1024):
            lines = (pending + chunk).split(b"\n")
            pending = lines.pop()
            for line in lines:
                if line:
                    loads(line)
                    seen += 1
                    if seen == count:
                        resp.drain_conn()
                        resp.release_conn()
                        return seen
        resp.release_conn()
        return seen


def time_watch(variants: dict[str, Callable[[], int]], count: int, rep: int) -> dict:
    """Seconds each variant takes to take *count* events, in an order rotated by *rep*."""
    items = list(variants.items())
    shift = rep % len(items)
    result = {}
    for name, fn in items[shift:] + items[:shift]:
        if rep == 0:
            fn()  # warm up: connection, validators
        started = time.perf_counter()
        got = fn()
        result[name] = time.perf_counter() - started
        if got != count:
            raise RuntimeError(f"watch {name}: {got} events, expected {count}")
    return result


# -- timing ---------------------------------------------------------------------------------------


def time_calls(fn: Callable[[], Any], n: int) -> list[float]:
    """[wall seconds, this process's CPU seconds] per call, of *n* calls in a row.

    Garbage is collected before and the collector stays on during the calls, as in real use.
    """
    gc.collect()
    cpu = time.process_time()
    start = time.perf_counter()
    for _ in range(n):
        fn()
    wall = time.perf_counter() - start
    return [wall / n, (time.process_time() - cpu) / n]


def time_once(fn: Callable[[], Any]) -> float:
    """Seconds for one run of *fn*, up to the end of the young-generation collection after it.

    A decoder that pauses the garbage collector leaves a young generation to walk when it
    resumes; that collection is part of its cost, so the clock stops after it (for every
    decoder alike: for one that did not pause, it finds a few hundred objects).
    """
    gc.collect()
    start = time.perf_counter()
    result = fn()
    gc.collect(0)
    elapsed = time.perf_counter() - start
    del result
    return elapsed


def held_bytes(make: Callable[[], Any]) -> int:
    """Bytes still allocated (tracemalloc) while the result of *make()* is kept."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = make()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del kept
    return after - before


def run_threads(calls: list[Callable[[], Any]], per_thread: int) -> tuple[float, int, int]:
    """Each callable in its own thread, *per_thread* times, started together.

    Returns (seconds, calls done, errors).
    """
    barrier = threading.Barrier(len(calls) + 1)
    done = [0] * len(calls)
    errors = [0] * len(calls)

    def loop(i: int, fn: Callable[[], Any]) -> None:
        barrier.wait()
        for _ in range(per_thread):
            try:
                fn()
                done[i] += 1
            except Exception:  # noqa: BLE001 (counted: the figure is the error count)
                errors[i] += 1

    threads = [threading.Thread(target=loop, args=(i, fn)) for i, fn in enumerate(calls)]
    for t in threads:
        t.start()
    gc.collect()
    barrier.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    return time.perf_counter() - start, sum(done), sum(errors)


# -- the loop -------------------------------------------------------------------------------------


def load_suite(name: str, url: str) -> Any:
    if name == "ours":
        from suite_ours import Suite
    elif name == "stencila.hub":
        from suite_peers import StencilaHubSuite as Suite
    elif name == "kubernetes":
        from suite_peers import KubernetesSuite as Suite
    else:
        raise SystemExit(f"unknown suite {name!r}")
    return Suite(url)


def main() -> None:
    name, url = sys.argv[1], sys.argv[2]
    out = sys.stdout
    sys.stdout = sys.stderr  # anything a library prints must not break the protocol
    suite = load_suite(name, url)
    out.write(json.dumps({"ready": True, "versions": suite.versions()}) + "\n")
    out.flush()
    for line in sys.stdin:
        command = json.loads(line)
        try:
            method = getattr(suite, command.pop("cmd"))
            answer = {"ok": method(**command)}
        except Exception as err:  # noqa: BLE001 (reported to the driver, which says so)
            answer = {"error": f"{type(err).__name__}: {err}", "trace": traceback.format_exc()}
        out.write(json.dumps(answer) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
