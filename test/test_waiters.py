"""stencila_hub.waiters: the pure decisions, the loop with an injected clock, and real polls of the
fake servers (no real sleeping anywhere)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from stencila_hub import (
    InlineObject4,
    JobRequest,
    NotFoundException,
    SaharaJobCreate,
    SaharaJobExecute,
    V1Job,
)
from stencila_hub.testing import HubFake
from stencila_hub.waiters import (
    JobState,
    PollBackoff,
    WaitTimeout,
    agave_job_state,
    hub_job_state,
    kubernetes_job_state,
    next_poll_delay,
    sahara_execution_state,
    use_progress,
    wait_for,
    wait_for_agave_job,
    wait_for_hub_job,
    wait_for_kubernetes_job,
    wait_for_sahara_execution,
)


def wait_kubernetes(kind: str, fake: HubFake, name: str, *args: Any, **options: Any) -> Any:
    """``wait_for_kubernetes_job`` (sync) or ``stencila_hub.aio``'s (async) on *fake*: the same
    call, the same assertions. A sync ``sleep`` (the test's FakeClock) is wrapped for the async
    waiter."""
    if kind == "sync":
        return wait_for_kubernetes_job(fake.api("kubernetes"), name, *args, **options)
    from stencila_hub import aio

    sleep = options.pop("sleep", None)
    if sleep is not None:

        async def asleep(seconds: float) -> None:
            sleep(seconds)

        options["sleep"] = asleep

    async def main() -> Any:
        try:
            api = fake.async_api("kubernetes")
            return await aio.wait_for_kubernetes_job(api, name, *args, **options)
        finally:
            await fake.aclose()

    return asyncio.run(main())


both_clients = pytest.mark.parametrize("kind", ["sync", "async"])


class FakeClock:
    """A clock that moves only when the loop sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def __call__(self) -> float:
        return self.now


# -- pure decisions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status,expected",
    [
        ("RUNNING", JobState("RUNNING")),
        ("ARCHIVING_FAILED", JobState("ARCHIVING_FAILED")),
        ("FINISHED", JobState("FINISHED", True, True)),
        ("FAILED", JobState("FAILED", True, False)),
        ("KILLED", JobState("KILLED", True, False)),
        ("STOPPED", JobState("STOPPED", True, False)),
        ("BLOCKED", JobState("BLOCKED")),  # newer than the spec: not terminal
    ],
)
def test_agave_states(status, expected):
    assert agave_job_state({"status": status}) == expected


def test_agave_state_reads_enum_members_and_models():
    from stencila_hub import AgaveJobStatus, AgaveJobStatusResult

    assert agave_job_state(AgaveJobStatusResult(status=AgaveJobStatus.FINISHED)).succeeded is True
    assert agave_job_state(AgaveJobStatusResult.from_dict({"status": "ACCEPTED"})).status == (
        "ACCEPTED"
    )


@pytest.mark.parametrize(
    "status,expected",
    [
        ({}, JobState("Pending")),
        ({"active": 1}, JobState("Running")),  # no `ready` (before 1.24)
        ({"active": 1, "ready": 0}, JobState("Pending")),  # the pod is not running yet
        ({"active": 1, "ready": 1}, JobState("Running")),
        (
            {"conditions": [{"type": "Complete", "status": "True"}]},
            JobState("Complete", True, True),
        ),
        ({"conditions": [{"type": "Failed", "status": "True"}]}, JobState("Failed", True, False)),
        (
            {"conditions": [{"type": "Complete", "status": "False"}], "active": 1},
            JobState("Running"),
        ),
        # The outcome is decided when the controller sets FailureTarget / SuccessCriteriaMet (pods
        # may still be terminating), so they are terminal; Complete/Failed still come first.
        (
            {"conditions": [{"type": "FailureTarget", "status": "True"}], "active": 1},
            JobState("FailureTarget", True, False),
        ),
        (
            {"conditions": [{"type": "SuccessCriteriaMet", "status": "True"}]},
            JobState("SuccessCriteriaMet", True, True),
        ),
        (
            {
                "conditions": [
                    {"type": "SuccessCriteriaMet", "status": "True"},
                    {"type": "Complete", "status": "True"},
                ]
            },
            JobState("Complete", True, True),
        ),
        ({"conditions": [{"type": "Suspended", "status": "True"}]}, JobState("Suspended")),
    ],
)
def test_kubernetes_states(status, expected):
    assert kubernetes_job_state({"status": status}) == expected
    model = V1Job.from_dict({"spec": {"template": {}}, "status": status})
    assert kubernetes_job_state(model) == expected


@pytest.mark.parametrize(
    "status,terminal,succeeded",
    [
        ("PENDING", False, None),
        ("RUNNING", False, None),
        ("SUCCEEDED", True, True),
        ("KILLED", True, False),
        ("DONEWITHERROR", True, False),
        ("RUNNINGWITHERROR", False, None),
    ],
)
def test_sahara_states(status, terminal, succeeded):
    state = sahara_execution_state({"info": {"status": status}})
    assert (state.terminal, state.succeeded) == (terminal, succeeded)


@pytest.mark.parametrize(
    "status,terminal,succeeded",
    [
        ("RUNNING", False, None),
        ("SUCCESS", True, True),
        ("FAILURE", True, False),
        ("CANCELLED", True, False),
        ("RETRY", False, None),
        (None, False, None),
    ],
)
def test_hub_states(status, terminal, succeeded):
    for job in ({"status": status}, InlineObject4.from_dict({"status": status})):
        state = hub_job_state(job)
        assert (state.terminal, state.succeeded) == (terminal, succeeded)


def test_backoff_grows_to_its_maximum():
    backoff = PollBackoff(initial=1, factor=2, maximum=5)
    assert [backoff.delay(n) for n in range(1, 6)] == [1, 2, 4, 5, 5]
    with pytest.raises(ValueError):
        PollBackoff(factor=0.5)


def test_next_poll_delay_never_passes_the_deadline():
    backoff = PollBackoff(initial=4, factor=2, maximum=60)
    assert next_poll_delay(backoff, 1, elapsed=0, timeout=None) == 4
    assert next_poll_delay(backoff, 2, elapsed=5, timeout=10) == 5  # 8 capped to what is left
    assert next_poll_delay(backoff, 3, elapsed=10, timeout=10) is None


@pytest.mark.parametrize(
    "setting,installed,terminal,shown",
    [
        (None, True, True, True),
        (None, True, False, False),
        (None, False, True, False),
        (True, True, False, True),
        (True, False, True, False),
        (False, True, True, False),
    ],
)
def test_progress_is_shown_only_with_tqdm_and_when_asked_or_on_a_terminal(
    setting, installed, terminal, shown
):
    assert use_progress(setting, installed, terminal) is shown


# -- the loop, with an injected clock ------------------------------------------------------------


def test_wait_for_reports_each_change_and_returns_the_terminal_value():
    clock = FakeClock()
    values = iter(["PENDING", "PENDING", "RUNNING", "RUNNING", "FINISHED"])
    changes = []
    result = wait_for(
        lambda: {"status": next(values)},
        agave_job_state,
        backoff=PollBackoff(initial=1, factor=2, maximum=3),
        on_change=lambda state, value: changes.append(state.status),
        sleep=clock.sleep,
        clock=clock,
    )
    assert changes == ["PENDING", "RUNNING", "FINISHED"]
    assert (result.succeeded, result.polls, result.value) == (True, 5, {"status": "FINISHED"})
    assert clock.sleeps == [1, 2, 3, 3]
    assert result.elapsed == 9


def test_wait_for_returns_a_failure_without_raising():
    clock = FakeClock()
    result = wait_for(
        lambda: {"info": {"status": "KILLED"}},
        sahara_execution_state,
        sleep=clock.sleep,
        clock=clock,
    )
    assert (result.succeeded, result.state.status, result.polls) == (False, "KILLED", 1)
    assert clock.sleeps == []


def test_wait_for_times_out_after_a_last_poll_at_the_deadline():
    clock = FakeClock()
    with pytest.raises(WaitTimeout) as info:
        wait_for(
            lambda: {"status": "QUEUED"},
            agave_job_state,
            timeout=10,
            backoff=PollBackoff(initial=4, factor=1),
            sleep=clock.sleep,
            clock=clock,
            description="agave job 7",
        )
    assert clock.sleeps == [4, 4, 2]  # the last sleep stops at the deadline
    assert info.value.last.polls == 4 and info.value.last.state.status == "QUEUED"
    assert "agave job 7 still QUEUED after 10 s (4 polls)" in str(info.value)
    assert isinstance(info.value, TimeoutError)


def test_wait_for_prints_nothing_when_stdout_is_not_a_terminal(capsys):
    clock = FakeClock()
    wait_for(lambda: {"status": "SUCCESS"}, hub_job_state, sleep=clock.sleep, clock=clock)
    assert capsys.readouterr() == ("", "")


# -- against the fake servers --------------------------------------------------------------------


def test_agave_waiter_reaches_success_and_failure(hub_fake):
    agave = hub_fake.api("agave")
    request = JobRequest(name="n", app_id="a", archive=True, inputs={}, parameters={})
    clock = FakeClock()
    job = agave.submit(request)
    seen = []
    result = wait_for_agave_job(
        agave,
        job.id,
        sleep=clock.sleep,
        clock=clock,
        on_change=lambda state, value: seen.append(state.status),
    )
    assert result.succeeded and result.value.status.value == "FINISHED"
    assert seen[0] == "PENDING" and seen[-1] == "FINISHED" and len(seen) == 12
    hub_fake.agave.plan_next(["PENDING", "QUEUED", "RUNNING", "FAILED"])
    failing = agave.submit(request)
    result = wait_for_agave_job(agave, failing.id, sleep=clock.sleep, clock=clock)
    assert (result.succeeded, result.state.status, result.polls) == (False, "FAILED", 4)


@both_clients
def test_kubernetes_waiter_sees_the_failed_condition(hub_fake, kind):
    hub_fake.kubernetes.add_job("etl", "data", steps=["pending", "running", "failed"])
    clock = FakeClock()
    result = wait_kubernetes(kind, hub_fake, "etl", "data", sleep=clock.sleep, clock=clock)
    assert (result.succeeded, result.state.status, result.polls) == (False, "Failed", 3)


@both_clients
def test_kubernetes_waiter_reads_once_then_watches(hub_fake, kind):
    hub_fake.kubernetes.add_job(
        "render", "media", steps=["created", "pending", "running", "running", "succeeded"]
    )
    seen = []
    result = wait_kubernetes(
        kind,
        hub_fake,
        "render",
        "media",
        on_change=lambda state, job: seen.append(state.status),
    )
    assert (result.succeeded, result.state.status) == (True, "Complete")
    assert seen == ["Pending", "Running", "Complete"]
    calls = hub_fake.requests_to("kubernetes")
    assert [r.operation_id for r in calls].count("read_namespaced_job_status") == 1
    watches = [r for r in calls if r.operation_id == "list_namespaced_job"]
    assert watches and all(r.query["watch"] == ["true"] for r in watches)
    assert all(r.query["fieldSelector"] == ["metadata.name=render"] for r in watches)
    assert watches[0].query["resourceVersion"]  # from the read's version: nothing missed


@both_clients
def test_kubernetes_waiter_lists_again_after_410_gone(kind):
    with HubFake(advance_on_read=False) as fake:
        fake.kubernetes.add_job("pi", steps=["pending", "running", "succeeded"])
        seen, versions = [], []

        def change(state, job):
            seen.append(state.status)
            versions.append(job.metadata.resource_version)
            if len(seen) < 3:
                fake.advance("kubernetes")
            if len(seen) == 1:  # before the watch starts, its version expires
                fake.kubernetes.compact()

        result = wait_kubernetes(kind, fake, "pi", on_change=change)
        assert (result.succeeded, result.state.status, result.polls) == (True, "Complete", 3)
        assert seen == ["Pending", "Running", "Complete"]  # the re-list's Job, then the watch's
        calls = fake.requests_to("kubernetes")
        assert [(r.operation_id, r.query.get("watch")) for r in calls] == [
            ("read_namespaced_job_status", None),
            ("list_namespaced_job", ["true"]),  # from the read's version: 410 Gone
            ("list_namespaced_job", None),  # the re-list, of this Job only
            ("list_namespaced_job", ["true"]),  # from the list's version
        ]
        assert calls[1].query["resourceVersion"] == [versions[0]]  # the read's
        assert calls[2].query["fieldSelector"] == ["metadata.name=pi"]
        # the list's version: the cluster's newest when it was made, the listed Job's change
        assert calls[3].query["resourceVersion"] == [versions[1]]


@both_clients
def test_kubernetes_waiter_polls_when_watching_is_forbidden(hub_fake, kind):
    hub_fake.kubernetes.add_job("etl", "data", steps=["pending", "running", "succeeded"])
    hub_fake.inject("kubernetes", "/apis/batch/v1/namespaces/data/jobs", status=403)
    clock = FakeClock()
    result = wait_kubernetes(kind, hub_fake, "etl", "data", sleep=clock.sleep, clock=clock)
    assert (result.succeeded, result.polls) == (True, 2)  # the poll loop's count
    calls = [r.operation_id for r in hub_fake.requests_to("kubernetes")]
    assert calls == [
        "read_namespaced_job_status",
        "list_namespaced_job",
        "read_namespaced_job_status",
        "read_namespaced_job_status",
    ]


@both_clients
def test_kubernetes_waiter_polls_with_watch_false(hub_fake, kind):
    hub_fake.kubernetes.add_job("etl", "data", steps=["pending", "running", "succeeded"])
    clock = FakeClock()
    result = wait_kubernetes(
        kind, hub_fake, "etl", "data", watch=False, sleep=clock.sleep, clock=clock
    )
    assert result.succeeded
    assert {r.operation_id for r in hub_fake.requests_to("kubernetes")} == {
        "read_namespaced_job_status"
    }


@both_clients
def test_kubernetes_waiter_ends_on_success_criteria_met(kind):
    with HubFake(advance_on_read=False) as fake:
        fake.kubernetes.add_job("pi", steps=None)

        def finish(state, job):  # the controller decides the outcome once the wait has begun
            patch = {"status": {"conditions": [{"type": "SuccessCriteriaMet", "status": "True"}]}}
            fake.api("kubernetes").patch_namespaced_job_status("pi", "default", patch)

        result = wait_kubernetes(kind, fake, "pi", on_change=finish)
        assert (result.succeeded, result.state.status) == (True, "SuccessCriteriaMet")


@both_clients
def test_kubernetes_waiter_raises_not_found_when_the_job_is_deleted(kind):
    with HubFake(advance_on_read=False) as fake:
        fake.kubernetes.add_job("pi", steps=None)
        with pytest.raises(NotFoundException, match="default/pi was deleted"):
            wait_kubernetes(
                kind,
                fake,
                "pi",
                on_change=lambda s, j: fake.kubernetes.delete_job("pi"),
            )


@both_clients
def test_kubernetes_waiter_times_out_while_watching(kind):
    with HubFake(advance_on_read=False) as fake:
        fake.kubernetes.add_job("pi", steps=None)
        with pytest.raises(WaitTimeout) as info:
            wait_kubernetes(kind, fake, "pi", timeout=1)
        assert info.value.last.state.status == "Pending"


def test_sahara_waiter_reaches_success(hub_fake):
    sahara = hub_fake.api("sahara")
    project = hub_fake.sahara.project_id
    job = sahara.create(
        project, SaharaJobCreate(name="wc", type="Pig", mains=[hub_fake.sahara.add_binary()])
    )
    run = sahara.execute(project, job.id, SaharaJobExecute(cluster_id=hub_fake.sahara.cluster_id))
    clock = FakeClock()
    result = wait_for_sahara_execution(sahara, project, run.id, sleep=clock.sleep, clock=clock)
    assert (result.succeeded, result.state.status, result.polls) == (True, "SUCCEEDED", 3)


def test_hub_waiter_takes_a_fetch_callable(hub_fake):
    """The Hub has no GET for a job: the caller says how to read it (here: the fake's store)."""
    job = hub_fake.hub.add_job(status="RUNNING")
    jobs = hub_fake.api("hub")
    clock = FakeClock()

    def fetch():
        if clock.now >= 3:  # meanwhile, the overseer reports the end
            jobs.jobs_partial_update(job, InlineObject4(status="SUCCESS"))
        return hub_fake.hub.job(job)

    result = wait_for_hub_job(fetch, sleep=clock.sleep, clock=clock)
    assert result.succeeded and result.value["status"] == "SUCCESS"


def test_a_job_that_never_ends_times_out():
    with HubFake(advance_on_read=False) as fake:
        job = fake.agave.add_job()
        clock = FakeClock()
        with pytest.raises(WaitTimeout) as info:
            wait_for_agave_job(fake.api("agave"), job, timeout=60, sleep=clock.sleep, clock=clock)
        assert info.value.last.state.status == "PENDING"
        assert sum(clock.sleeps) == 60
