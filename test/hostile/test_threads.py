"""Many threads share one client against a flaky server: never a wrong answer, only typed
exceptions, and no more connections than the threads and the pool need.

16 threads each make HOSTILE_CALLS_PER_THREAD calls (env var; default below) of Agave ``get`` with
an id of their own; the server echoes the id in its answer, so an answer that went to the wrong
caller shows. Every FLAKY_RESET-th request is reset after it was read, every FLAKY_503-th gets a
503 (both retried for a GET).

Connections: each thread needs one at a time, and a reset kills one, so each reset allows a new
one: the bound is threads + resets, with the pool size as slack. (urllib3 keeps up to
``connection_pool_maxsize`` idle connections and closes one given back beyond that. A loopback
call is so quick that at most 10 of the 16 threads are mid-call at once and none is closed that
way; with threads switching every 0.1 ms instead of every 5 ms, about 80 were.)
A client that does not reuse its connections, or drops them after a 503, goes far over.
"""

from __future__ import annotations

import os
import threading

import pytest

import stencila_hub
from stencila_hub import exceptions as exc
from stencila_hub.retry import RetryPolicy
from test.hostile.calls import credentials
from test.support.rawserver import Conn, RawServer, echo_agave_job, response

THREADS = 16
CALLS_PER_THREAD = int(os.environ.get("HOSTILE_CALLS_PER_THREAD", "2000"))
FLAKY_RESET = 97
FLAKY_503 = 89

pytestmark = pytest.mark.timeout(120)


class Flaky:
    """The handler: keep-alive, echoing ids, with a reset or a 503 now and then."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen = 0
        self.resets = 0

    def __call__(self, conn: Conn) -> None:
        for request in conn.requests():
            with self.lock:
                self.seen += 1
                n = self.seen
                if n % FLAKY_RESET == 0:
                    self.resets += 1
            if n % FLAKY_RESET == 0:
                conn.reset()
                return
            if n % FLAKY_503 == 0:
                conn.send(response(503, {"message": "flaky"}))
                continue
            conn.send(echo_agave_job(request))


def test_threads_share_a_client_against_a_flaky_server(client_on):
    flaky = Flaky()
    wrong: list[str] = []
    untyped: list[BaseException] = []
    typed: list[BaseException] = []
    start = threading.Barrier(THREADS)
    policy = RetryPolicy(max_retries=3, initial_delay=0, max_delay=0, jitter=0, total_timeout=10)

    with RawServer(flaky, lifetime=110) as srv:
        client = client_on(srv.url, retries=policy, timeout=(5, 5), **credentials())
        api = stencila_hub.AgaveJobsApi(client)

        def work(t: int) -> None:
            start.wait()
            for i in range(CALLS_PER_THREAD):
                job_id = f"t{t}-{i}"
                try:
                    got = api.get(job_id).id
                except exc.OpenApiException as err:
                    typed.append(err)
                    continue
                except BaseException as err:  # noqa: BLE001 (the test reports it)
                    untyped.append(err)
                    continue
                if got != job_id:
                    wrong.append(f"{job_id} got {got}")

        threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(100)
        pool_size = client.configuration.connection_pool_maxsize

    assert not any(thread.is_alive() for thread in threads)
    assert not wrong, f"{len(wrong)} wrong answers, e.g. {wrong[:3]}"
    assert not untyped, f"untyped exceptions: {untyped[:3]!r}"
    # a reset or 503 is retried (three retries): with these rates no call should fail at all
    assert not typed, f"{len(typed)} calls failed, e.g. {typed[:3]!r}"
    assert flaky.seen >= THREADS * CALLS_PER_THREAD
    bound = THREADS + pool_size + flaky.resets
    assert srv.connections <= bound, (
        f"{srv.connections} connections for {THREADS} threads, a pool of {pool_size} and "
        f"{flaky.resets} resets"
    )
