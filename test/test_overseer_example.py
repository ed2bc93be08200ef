"""examples/overseer.py (the main job) against the fake servers, and examples/demo.py (make
demo)."""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

import stencila_hub
from stencila_hub import GafferProcessConfig, JobRequest, RetryPolicy
from stencila_hub.waiters import JobState
from test.conftest import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent
FAST = RetryPolicy(initial_delay=0.01, max_delay=0.02, jitter=0)


def _load(name: str):
    # Under the example's own name: async_overseer.py's `from overseer import ...` then gets this
    # module, not a second copy (its CANCELLED_IN_HUB is the one the tests compare with).
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


overseer = _load("overseer")
async_overseer = _load("async_overseer")
GUARD = 30  # seconds: ends an async overseer of a broken test instead of hanging it


def run_overseer(kind: str, configs: dict, follows: list, max_rounds=None, **options):
    """Run the sync Overseer (``max_rounds`` as given) or the AsyncOverseer (until every job
    has ended) with ``interval=0``; returns (whether every job ended, the overseer)."""
    if kind == "sync":
        with overseer.Overseer(configs, follows, **options) as o:
            return o.run(interval=0, max_rounds=max_rounds), o
    o = async_overseer.AsyncOverseer(configs, follows, **options)

    async def main() -> bool:
        try:
            async with asyncio.timeout(GUARD):
                await o.run(interval=0)
            return all(f.done for f in o.follows)
        finally:
            await o.close()

    return asyncio.run(main()), o


both_overseers = pytest.mark.parametrize("kind", ["sync", "async"])


def environ_for(fake) -> dict:
    env = {"STENCILA_HUB_URL": fake.url("hub"), "STENCILA_HUB_TOKEN": fake.token("hub")}
    for system in ("agave", "sahara", "kubernetes", "gaffer"):
        url_name, token_name = overseer.ENV[system]
        env[url_name], env[token_name] = fake.url(system), fake.token(system)
    return env


def start_jobs(fake) -> dict:
    """One job per system and a Hub job for each; returns {system: (hub job id, --follow)}."""
    agave_job = fake.api("agave").submit(
        JobRequest(name="n", app_id="a", archive=False, inputs={}, parameters={})
    )
    fake.sahara.plan_next(["PENDING", "RUNNING", "KILLED"])
    sahara = fake.api("sahara")
    from stencila_hub import SaharaJobCreate, SaharaJobExecute

    template = sahara.create(
        fake.sahara.project_id,
        SaharaJobCreate(name="wc", type="Pig", mains=[fake.sahara.add_binary()]),
    )
    run = sahara.execute(
        fake.sahara.project_id, template.id, SaharaJobExecute(cluster_id=fake.sahara.cluster_id)
    )
    fake.kubernetes.add_job("train", "science", steps=["pending", "running", "succeeded"])
    fake.gaffer.plan_next(["1", "1", "0"])
    fake.api("gaffer").create("nb", GafferProcessConfig(name="kernel", cmd="python"))
    refs = {
        "agave": agave_job.id,
        "sahara": f"{fake.sahara.project_id}/{run.id}",
        "kubernetes": "science/train",
        "gaffer": "nb/kernel",
    }
    out = {}
    for system, ref in refs.items():
        hub_job = fake.hub.add_job(status="DISPATCHED")
        out[system] = (hub_job, f"{hub_job}={system}:{ref}")
    return out


# -- pure parts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "system,state,hub",
    [
        ("agave", JobState("STAGING_INPUTS"), "PENDING"),
        ("agave", JobState("CLEANING_UP"), "RUNNING"),
        ("agave", JobState("KILLED", True, False), "CANCELLED"),
        ("kubernetes", JobState("Complete", True, True), "SUCCESS"),
        ("kubernetes", JobState("Suspended"), "WAITING"),
        ("sahara", JobState("DONEWITHERROR", True, False), "FAILURE"),
        ("sahara", JobState("RUNNINGWITHERROR"), "PENDING"),  # unknown, not terminal
        ("gaffer", JobState("stopped", True), "TERMINATED"),
        ("agave", overseer.GONE, "CANCELLED"),
    ],
)
def test_status_mapping(system, state, hub):
    assert overseer.hub_status_for(system, state) == hub


@pytest.mark.parametrize("text", ["x=agave:1", "1=slurm:2", "1=kubernetes:pi", "1=agave:"])
def test_bad_follow_is_refused(text):
    with pytest.raises(overseer.ConfigError):
        overseer.parse_follow(text)


def test_configuration_comes_from_the_environment():
    with pytest.raises(overseer.ConfigError, match="STENCILA_HUB_URL"):
        overseer.configurations_from_env({})
    configs = overseer.configurations_from_env(
        {
            "STENCILA_HUB_URL": "https://hub.example/api/",
            "STENCILA_HUB_TOKEN": "t",
            "KUBERNETES_URL": "https://k8s:6443",
            "KUBERNETES_TOKEN": "k",
            "KUBERNETES_CA_CERT": "/etc/ca.pem",
        }
    )
    assert sorted(configs) == ["hub", "kubernetes"]
    assert configs["hub"].host == "https://hub.example/api"
    assert configs["hub"].auth_headers(("Token",)) == {"Authorization": "Token t"}
    assert configs["kubernetes"].auth_headers(("BearerToken",)) == {"authorization": "Bearer k"}
    assert configs["kubernetes"].ssl_ca_cert == "/etc/ca.pem"


def test_following_an_unconfigured_system_names_the_variable(hub_fake, capsys):
    env = {"STENCILA_HUB_URL": hub_fake.url("hub"), "STENCILA_HUB_TOKEN": "t"}
    with pytest.raises(SystemExit) as info:
        overseer.main(["--follow", "1=sahara:p/e"], env)
    assert info.value.code == 2
    assert "needs SAHARA_URL" in capsys.readouterr().err


# -- the overseer against the fake ---------------------------------------------------------------


def test_overseer_relays_every_change_to_the_hub(hub_fake, caplog, capsys):
    jobs = start_jobs(hub_fake)
    argv = [a for _, follow in jobs.values() for a in ("--follow", follow)]
    with caplog.at_level(logging.INFO, logger="overseer"):
        code = overseer.main([*argv, "--interval", "0"], environ_for(hub_fake))
    assert code == 0
    hub = hub_fake.hub
    assert hub.statuses(jobs["kubernetes"][0]) == ["PENDING", "RUNNING", "SUCCESS"]
    assert hub.statuses(jobs["sahara"][0]) == ["PENDING", "RUNNING", "CANCELLED"]
    assert hub.statuses(jobs["gaffer"][0]) == ["RUNNING", "TERMINATED"]
    agave = hub.statuses(jobs["agave"][0])
    assert len(agave) == 10 and agave[0] == "PENDING" and agave[-1] == "SUCCESS"
    k8s_hub_job = jobs["kubernetes"][0]
    final = hub.job(k8s_hub_job)
    assert final["isActive"] is False and final["began"] and final["ended"]
    assert [e["message"] for e in final["log"]] == [
        "kubernetes science/train: Pending",
        "kubernetes science/train: Running",
        "kubernetes science/train: Complete",
    ]
    assert hub.job(jobs["sahara"][0])["error"]["message"].endswith("ended KILLED")

    lines = [r.getMessage() for r in caplog.records if r.name == "overseer"]
    assert (
        f"hub job {k8s_hub_job}: kubernetes science/train is Pending; relaying status "
        "PENDING" in lines
    )
    assert (
        f"hub job {k8s_hub_job}: kubernetes science/train Running -> Complete; relaying "
        "status SUCCESS" in lines
    )
    changes = [line for line in lines if "relaying status" in line]
    assert len(changes) == 10 + 3 + 3 + 2  # one log line per change, one PATCH per change
    assert len(hub_fake.requests_to("hub", "jobs_partial_update")) == len(changes)

    out = capsys.readouterr().out
    assert (
        "summary: 4 jobs followed, 4 ended (2 succeeded, 1 failed, 1 stopped), "
        "18 status changes relayed to the Hub" in out
    )
    assert f"hub job {k8s_hub_job:<4} kubernetes Complete     -> SUCCESS" in out


def test_overseer_keeps_going_through_faults(hub_fake, caplog):
    jobs = start_jobs(hub_fake)
    configs = {
        s: hub_fake.configuration(s, retries=FAST)
        for s in ("hub", "agave", "sahara", "kubernetes", "gaffer")
    }
    follows = [overseer.parse_follow(f) for _, f in jobs.values()]
    k8s_hub_job = jobs["kubernetes"][0]
    hub_fake.inject("hub", f"/jobs/{k8s_hub_job}/", method="PATCH", status=500)  # not retried
    hub_fake.inject(
        "kubernetes", "/apis/batch/v1/namespaces/science/jobs", drop=True, times=3
    )  # the watch's list: retried twice by the SDK, then
    # watch_jobs tries again by itself (the overseer never sees the failure)
    with caplog.at_level(logging.INFO, logger="overseer"), overseer.Overseer(configs, follows) as o:
        assert o.run(interval=0) is True
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert not any("kubernetes" in w and "could not read" in w for w in warnings)
    lists = [
        r
        for r in hub_fake.requests_to("kubernetes", "list_namespaced_job")
        if "watch" not in r.query
    ]
    assert [r.status for r in lists] == [None, None, None, 200]
    assert any(
        f"hub job {k8s_hub_job}: could not relay status PENDING (OutcomeUnknownServiceException"
        in w
        for w in warnings
    )
    # The failed PATCH (PENDING) is sent again next round, or overtaken by the next change if the
    # watch saw one first (the Job moves on its own while watched): either way the Hub gets the
    # latest state, with every change in its log.
    assert hub_fake.hub.statuses(k8s_hub_job) in (
        ["RUNNING", "SUCCESS"],
        ["PENDING", "RUNNING", "SUCCESS"],
    )
    assert [e["message"] for e in hub_fake.hub.job(k8s_hub_job)["log"]] == [
        "kubernetes science/train: Pending",
        "kubernetes science/train: Running",
        "kubernetes science/train: Complete",
    ]


def test_overseer_gives_up_after_max_rounds():
    from stencila_hub.testing import HubFake

    with HubFake(advance_on_read=False) as fake:
        fake.kubernetes.add_job("stuck")
        hub_job = fake.hub.add_job()
        code = overseer.main(
            [
                f"--follow={hub_job}=kubernetes:default/stuck",
                "--interval",
                "0",
                "--max-rounds",
                "3",
            ],
            environ_for(fake),
        )
        assert code == 1
        assert fake.hub.statuses(hub_job) == ["PENDING"]  # relayed once, then no change
        # watched, not read each round: one list, then one watch that stays open
        calls = fake.requests_to("kubernetes")
        assert [r.query.get("watch") for r in calls] == [None, ["true"]]


def test_overseer_reads_each_round_when_watching_is_forbidden(hub_fake, caplog):
    jobs = start_jobs(hub_fake)
    hub_fake.inject("kubernetes", "/apis/batch/v1/namespaces/science/jobs", status=403)
    follows = [overseer.parse_follow(jobs["kubernetes"][1])]
    configs = {s: hub_fake.configuration(s) for s in ("hub", "kubernetes")}
    with caplog.at_level(logging.INFO, logger="overseer"), overseer.Overseer(configs, follows) as o:
        assert o.run(interval=0) is True
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("cannot watch namespace science (ForbiddenException" in w for w in warnings)
    assert hub_fake.hub.statuses(jobs["kubernetes"][0]) == ["PENDING", "RUNNING", "SUCCESS"]
    reads = hub_fake.requests_to("kubernetes", "read_namespaced_job_status")
    assert len(reads) == 3


def test_overseer_cancels_a_watched_job_that_is_deleted_or_missing():
    from stencila_hub.testing import HubFake

    with HubFake(advance_on_read=False) as fake:
        fake.kubernetes.add_job("doomed", steps=None)
        doomed, missing = fake.hub.add_job(), fake.hub.add_job()
        follows = [
            overseer.parse_follow(f"{doomed}=kubernetes:default/doomed"),
            overseer.parse_follow(f"{missing}=kubernetes:default/missing"),
        ]
        configs = {s: fake.configuration(s) for s in ("hub", "kubernetes")}
        with overseer.Overseer(configs, follows) as o:
            assert o.run(interval=0, max_rounds=1) is False
            fake.kubernetes.delete_job("doomed")
            assert o.run(interval=5) is True  # woken by the watch, not after 5 s
        assert fake.hub.statuses(doomed) == ["PENDING", "CANCELLED"]
        assert fake.hub.statuses(missing) == ["CANCELLED"]
        assert not fake.requests_to("kubernetes", "read_namespaced_job_status")


@both_overseers
def test_overseer_marks_a_job_that_disappeared_as_cancelled(hub_fake, kind):
    hub_job = hub_fake.hub.add_job()
    configs = {"hub": hub_fake.configuration("hub"), "gaffer": hub_fake.configuration("gaffer")}
    follows = [overseer.parse_follow(f"{hub_job}=gaffer:s/gone")]
    assert run_overseer(kind, configs, follows, max_rounds=1)[0] is True
    assert hub_fake.hub.statuses(hub_job) == ["CANCELLED"]
    # no worker name: no worker events
    assert {r.operation_id for r in hub_fake.requests_to("hub")} == {"jobs_partial_update"}


@both_overseers
def test_overseer_reports_itself_as_a_worker(hub_fake, kind):
    hub_job = hub_fake.hub.add_job()
    configs = {"hub": hub_fake.configuration("hub"), "gaffer": hub_fake.configuration("gaffer")}
    hub_fake.gaffer.plan_next(["1", "0"])
    hub_fake.api("gaffer").create("nb", GafferProcessConfig(name="k", cmd="python"))
    follows = [overseer.parse_follow(f"{hub_job}=gaffer:nb/k")]
    done, _ = run_overseer(kind, configs, follows, worker_name="overseer@test")
    assert done is True
    ops = [
        r.operation_id
        for r in hub_fake.requests_to("hub")
        if r.operation_id != "jobs_partial_update"
    ]
    beats = hub_fake.hub.heartbeats("overseer@test")
    if kind == "sync":  # a heartbeat after each round
        assert ops == [
            "workers_online",
            "workers_partial_update",
            "workers_heartbeat",
            "workers_heartbeat",
            "workers_offline",
        ]
        assert [(b["active"], b["processed"]) for b in beats] == [(1, 0), (0, 1)]
    else:  # a heartbeat every 2 s (if the run lasts that long) and one when every job ended
        assert ops[:2] == ["workers_online", "workers_partial_update"]
        assert ops[-2:] == ["workers_heartbeat", "workers_offline"]
        assert set(ops[2:-1]) == {"workers_heartbeat"}
        assert (beats[-1]["active"], beats[-1]["processed"]) == (0, 1)
    worker = hub_fake.hub.worker("overseer@test")
    assert worker["active"] is False and worker["started"] and worker["finished"]
    assert worker["details"] == {"follows": 1, "systems": ["gaffer"]}
    assert hub_fake.hub.statuses(hub_job) == ["RUNNING", "TERMINATED"]


@both_overseers
def test_overseer_leaves_a_job_cancelled_in_the_hub_alone(hub_fake, caplog, kind):
    projects = hub_fake.hub.api(stencila_hub.ProjectsApi)
    hub_fake.hub.add_project(7)
    hub_job = projects.projects_jobs_create("7", stencila_hub.HubJobCreate(method="sleep")).id
    other = hub_fake.hub.add_job(project=7, status="DISPATCHED")
    gaffer = hub_fake.api("gaffer")
    hub_fake.gaffer.plan_next(["1"])  # runs for ever
    gaffer.create("nb", GafferProcessConfig(name="a", cmd="python"))
    hub_fake.gaffer.plan_next(["1", "0"])
    gaffer.create("nb", GafferProcessConfig(name="b", cmd="python"))
    projects.projects_jobs_cancel("7", hub_job)
    configs = {"hub": hub_fake.configuration("hub"), "gaffer": hub_fake.configuration("gaffer")}
    follows = [
        overseer.parse_follow(f"{hub_job}=gaffer:nb/a"),
        overseer.parse_follow(f"{other}=gaffer:nb/b"),
    ]
    with caplog.at_level(logging.INFO, logger="overseer"):
        done, o = run_overseer(kind, configs, follows, max_rounds=5, project="7")
    assert done is True
    assert o.follows[0].state is overseer.CANCELLED_IN_HUB
    assert "1 cancelled in the Hub" in o.summary()[0]
    assert hub_fake.hub.statuses(hub_job) == []  # never overwritten
    assert hub_fake.hub.job(hub_job)["status"] == "CANCELLED"
    assert hub_fake.hub.statuses(other) == ["RUNNING", "TERMINATED"]
    reads = hub_fake.requests_to("hub", "projects_jobs_read")
    assert len(reads) == 3  # one before each relay
    assert f"hub job {hub_job}: CANCELLED in the Hub; no longer following gaffer nb/a" in [
        r.getMessage() for r in caplog.records
    ]


def test_make_demo_runs_the_overseer_against_the_fake_and_ends_by_itself():
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert (
        "summary: 5 jobs followed, 5 ended (2 succeeded, 1 failed, 1 stopped, "
        "1 cancelled in the Hub)" in out
    )
    assert "WARNING hub job 1: could not read agave" in out  # the injected dropped reads
    assert "faults: hub PATCH answered 503 x1" in out
    assert "hub job 5: CANCELLED in the Hub; no longer following kubernetes" in out
    assert "hub: wait_for_hub_job(1) -> SUCCESS in 1 poll" in out
    assert "hub: session 6 before it runs: 503 Job is not ready" in out
    assert "hub: execute route -> 500 (the Hub 4.47.19 bug" in out
    assert out.rstrip().endswith("no request or response broke openapi.yaml")


# -- the asyncio overseer (examples/async_overseer.py) against the same fakes ---------------------


def test_async_overseer_relays_every_change_to_the_hub(hub_fake, caplog, capsys):
    jobs = start_jobs(hub_fake)
    argv = [a for _, follow in jobs.values() for a in ("--follow", follow)]
    with caplog.at_level(logging.INFO, logger="overseer"):
        code = async_overseer.main([*argv, "--interval", "0"], environ_for(hub_fake))
    assert code == 0
    hub = hub_fake.hub
    assert hub.statuses(jobs["kubernetes"][0]) == ["PENDING", "RUNNING", "SUCCESS"]
    assert hub.statuses(jobs["sahara"][0]) == ["PENDING", "RUNNING", "CANCELLED"]
    assert hub.statuses(jobs["gaffer"][0]) == ["RUNNING", "TERMINATED"]
    agave = hub.statuses(jobs["agave"][0])
    assert len(agave) == 10 and agave[0] == "PENDING" and agave[-1] == "SUCCESS"
    changes = [r for r in caplog.records if r.name == "overseer" and "relaying" in r.getMessage()]
    assert len(changes) == 10 + 3 + 3 + 2
    assert len(hub_fake.requests_to("hub", "jobs_partial_update")) == len(changes)
    assert (
        "summary: 4 jobs followed, 4 ended (2 succeeded, 1 failed, 1 stopped), "
        "18 status changes relayed to the Hub" in capsys.readouterr().out
    )
