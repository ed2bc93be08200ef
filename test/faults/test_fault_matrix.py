"""Every fault x every operation of test/faults/cases.py, over real loopback sockets.

For each pair: the outcome (retried, or the exact exception class), how many connections and
requests the server saw (a POST/PATCH is acted on at most once), that the call ends within the
total deadline, and that nothing hangs (pytest-timeout).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import stencila_hub
from stencila_hub.retry import RetryPolicy
from test.faults.cases import (
    BY_KEY,
    CASES,
    FAULTS,
    MAIN,
    MAX_RESPONSE_BYTES,
    OK,
    RAISED,
    RETRIED,
    RETRY_AFTER,
    Case,
    Fault,
    credentials,
    expected,
    render_matrix,
)
from test.support import clients
from test.support.rawserver import FaultServer

#: Run against the sync and the async client (test/support/clients.py): the autouse fixture
#: below sets KIND, which the client factory of this module reads.
CLIENT_KINDS = ("sync", "async")
KIND = "sync"


@pytest.fixture(autouse=True)
def _client_kind(client_kind: str) -> Iterator[None]:
    global KIND
    KIND = client_kind
    yield
    KIND = "sync"


DEADLINE = 5.0
POLICY = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05, total_timeout=DEADLINE)
TIMEOUT = (1.0, 0.25)
ACTED_ON = ("answer", "reset_after", "stall")  # a request the server read and may have acted on


def make_client(url: str, **overrides: Any) -> stencila_hub.ApiClient:
    config = stencila_hub.Configuration(
        host=url, retries=overrides.pop("retries", POLICY), timeout=TIMEOUT, **credentials()
    )
    config.max_response_bytes = MAX_RESPONSE_BYTES
    return clients.make_client(KIND, config, sleep=overrides.pop("sleep", time.sleep))


class Sleeps:
    """A real sleep that records its delays and can run a hook before a given sleep."""

    def __init__(self, before: int = 0, hook: Any = None) -> None:
        self.delays: list[float] = []
        self.before, self.hook = before, hook

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self.hook is not None and len(self.delays) == self.before:
            self.hook()
        time.sleep(seconds)


def acted_on(server: FaultServer) -> int:
    """Requests the server read and did not refuse with 429/503 (it may have acted on them)."""
    acts = [server.act_for(r) for r in server.requests]
    return sum(1 for act in acts if act.kind in ACTED_ON and act.status not in (429, 503))


def run(fault: Fault, case: Case, faulty: int):
    """Serve *fault* on the first *faulty* connections (all, if -1), then the good answer."""
    act = fault.act(case) if fault.act is not None else None
    if act is None:  # refused: bind without listening, listen before the last retry
        server = FaultServer(then=case.ok(), listening=False)
        sleeps = Sleeps(before=faulty, hook=server.listen) if faulty >= 0 else Sleeps()
    else:
        script = [act] * (faulty if faulty >= 0 else 0)
        server = FaultServer(script, then=case.ok() if faulty >= 0 else act)
        sleeps = Sleeps()
    return server, sleeps


@pytest.mark.timeout(20)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.key)
def test_fault_twice_then_ok(fault: Fault, case: Case) -> None:
    want = expected(fault, case)
    server, sleeps = run(fault, case, faulty=2)
    with server, make_client(server.url, sleep=sleeps) as client:
        start = time.monotonic()
        if want.outcome == RAISED:
            with pytest.raises(want.error) as info:
                case.call(client)
            err = info.value
        else:
            result = case.call(client)
            err = None
        elapsed = time.monotonic() - start

    assert elapsed < DEADLINE
    if want.outcome == RETRIED:
        assert result.retries_taken == 2 and result.status_code == case.ok_status
        assert server.connections == (1 if fault.key == "refused" else 3)
        assert len(server.requests) == (3 if fault.reads_request else 1)
        assert len(sleeps.delays) == 2
    elif want.outcome == RAISED:
        assert type(err) is want.error, f"{type(err).__name__}: {err}"
        assert err.attempts == 1
        assert server.connections == 1 and sleeps.delays == []
        assert len(server.requests) == (1 if fault.reads_request else 0)
        unknown = isinstance(err, stencila_hub.OutcomeUnknownError)
        assert unknown == (case.method in ("POST", "PATCH"))
    else:
        assert want.outcome == OK
        assert result.retries_taken == 0 and server.connections == 1
    if case.method in ("POST", "PATCH"):
        assert acted_on(server) <= 1
    if fault.key == "429":
        assert sleeps.delays == [float(RETRY_AFTER)] * 2


RETRYABLE = [(f, c) for f in FAULTS for c in MAIN.values() if expected(f, c).outcome == RETRIED]


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "fault, case", RETRYABLE, ids=[f"{f.key}-{c.method}" for f, c in RETRYABLE]
)
def test_a_persistent_fault_raises_after_the_last_retry(fault: Fault, case: Case) -> None:
    want = expected(fault, case)
    server, sleeps = run(fault, case, faulty=-1)
    with server, make_client(server.url, sleep=sleeps) as client:
        start = time.monotonic()
        with pytest.raises(want.error) as info:
            case.call(client)
        elapsed = time.monotonic() - start
    err = info.value
    assert type(err) is want.error, f"{type(err).__name__}: {err}"
    assert err.attempts == 3 and len(sleeps.delays) == 2
    assert server.connections == (0 if fault.key == "refused" else 3)
    assert not isinstance(err, stencila_hub.OutcomeUnknownError)
    assert elapsed < DEADLINE
    if case.method in ("POST", "PATCH"):
        assert acted_on(server) == 0  # retried only because nothing was acted on


@pytest.mark.timeout(20)
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fault_key", ["refused", "reset_after", "503"])
def test_retries_zero_turns_retrying_off(method: str, fault_key: str) -> None:
    case, fault = MAIN[method], BY_KEY[fault_key]
    server, sleeps = run(fault, case, faulty=-1)
    with server, make_client(server.url, sleep=sleeps, retries=0) as client:
        with pytest.raises(stencila_hub.OpenApiException) as info:
            case.call(client)
    assert info.value.attempts == 1 and sleeps.delays == []
    assert server.connections == (0 if fault_key == "refused" else 1)


@pytest.mark.timeout(20)
def test_per_call_retries_override_the_client() -> None:
    case, fault = MAIN["GET"], BY_KEY["503"]
    server, sleeps = run(fault, case, faulty=-1)
    with server, make_client(server.url, sleep=sleeps, retries=0) as client:
        with pytest.raises(stencila_hub.ServiceException) as info:
            case.call(client, _retries=RetryPolicy(max_retries=4, initial_delay=0.01))
    assert info.value.attempts == 5 and server.connections == 5


@pytest.mark.timeout(20)
def test_default_is_two_retries() -> None:
    assert stencila_hub.Configuration().retry_policy.max_retries == 2
    case, fault = MAIN["GET"], BY_KEY["503"]
    server, sleeps = run(fault, case, faulty=-1)
    # The default policy waits 0.5 s, then 1 s: recorded, not waited for.
    with server, make_client(server.url, sleep=sleeps.delays.append, retries=None) as client:
        with pytest.raises(stencila_hub.ServiceException) as info:
            case.call(client)
    assert info.value.attempts == 3 and server.connections == 3
    assert 0.375 <= sleeps.delays[0] <= 0.5 and 0.75 <= sleeps.delays[1] <= 1.0


@pytest.mark.timeout(20)
def test_the_total_deadline_stops_retrying_a_stalled_server() -> None:
    case, fault = MAIN["GET"], BY_KEY["stall"]
    policy = RetryPolicy(max_retries=10, initial_delay=0.01, max_delay=0.05, total_timeout=0.6)
    server, sleeps = run(fault, case, faulty=-1)
    with server, make_client(server.url, sleep=sleeps, retries=policy) as client:
        start = time.monotonic()
        with pytest.raises(stencila_hub.ApiTimeoutError) as info:
            case.call(client)
        elapsed = time.monotonic() - start
    # 0.25 s per attempt: the third is cut to what is left, then no attempt starts after 0.6 s.
    assert 2 <= info.value.attempts <= 4 < 11
    assert server.connections == info.value.attempts
    assert elapsed < 0.6 + 0.25  # the deadline, plus scheduling slack on a busy machine


@pytest.mark.timeout(20)
def test_the_total_deadline_is_not_waited_past_for_a_backoff() -> None:
    case, fault = MAIN["POST"], BY_KEY["503"]
    policy = RetryPolicy(max_retries=5, initial_delay=0.2, jitter=0, total_timeout=0.5)
    server, sleeps = run(fault, case, faulty=-1)
    with server, make_client(server.url, sleep=sleeps, retries=policy) as client:
        with pytest.raises(stencila_hub.ServiceException) as info:
            case.call(client)
    # waits 0.2 then would wait 0.4: past the deadline, so the 503 is raised after 2 attempts.
    assert sleeps.delays == [0.2] and info.value.attempts == 2 and server.connections == 2


@pytest.mark.timeout(20)
def test_a_retry_after_longer_than_the_maximum_is_raised_at_once() -> None:
    case = MAIN["POST"]
    from test.support.rawserver import answer

    server = FaultServer(
        then=answer(429, {"message": "slow down"}, headers=(("Retry-After", "120"),))
    )
    sleeps = Sleeps()
    with server, make_client(server.url, sleep=sleeps) as client:
        with pytest.raises(stencila_hub.RateLimitException) as info:
            case.call(client)
    assert info.value.retry_after == 120 and info.value.attempts == 1 and sleeps.delays == []


def test_matrix_md_is_current() -> None:
    path = Path(__file__).with_name("MATRIX.md")
    assert path.read_text() == render_matrix(), "regenerate: python -m test.faults.cases"
