"""The demo (`make demo`): the overseer of examples/overseer.py against fake servers.

No account and no network: stencila_hub.testing serves fakes of the Hub, Agave, Sahara, Kubernetes
and Gaffer on 127.0.0.1, and the overseer is pointed at them with the same environment variables
it reads in production. The demo

1. starts four jobs the way a dispatcher would (an Agave job and a Sahara execution submitted with
   the SDK, a Gaffer job loaded with the SDK, a Kubernetes Job seeded in the fake cluster, whose
   API has no create here) and a Hub job for each (``projects_jobs_create``), plus a fifth job
   that a user cancels in the Hub (``projects_jobs_cancel``) before the overseer relays it;
2. injects two faults, to show what happens to them: a 503 on a Hub PATCH (the SDK retries it,
   after the Retry-After the fake sends) and three dropped connections on Agave reads (the SDK
   retries a GET twice, then the overseer logs a warning and reads again next round);
3. runs the overseer until every job has ended, and prints its summary: it reads each Hub job
   back before relaying (and leaves the cancelled one alone), and reports itself as a worker
   (online, a heartbeat per round, its queues and stats, offline);
4. looks at the Hub as an operator would (examples of the rest of the Hub API): every job of the
   project through ``pagination.hub``, a finished one with ``wait_for_hub_job``, the overseer's
   worker, its heartbeats and queues, a zone made and removed, a session job connected to, and
   the ``execute`` route that Hub 4.47.19 breaks;
5. checks that the Hub received the expected final statuses and that no request or response broke
   openapi.yaml, and exits 0 (1 otherwise).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for `import overseer`

import overseer  # noqa: E402

from stencila_hub import (  # noqa: E402
    AccountsApi,
    ApiException,
    GafferProcessConfig,
    HubJob,
    HubJobCreate,
    HubZoneCreate,
    InlineObject4,
    JobRequest,
    ProjectsApi,
    SaharaJobCreate,
    SaharaJobExecute,
    StencilaNode,
    pagination,
)
from stencila_hub.testing import HubFake  # noqa: E402
from stencila_hub.waiters import wait_for_hub_job  # noqa: E402

PROJECT = "1"
WORKER = "overseer@demo"

EXPECTED = {
    "agave": "SUCCESS",
    "kubernetes": "FAILURE",
    "sahara": "SUCCESS",
    "gaffer": "TERMINATED",
}


def start_jobs(fake: HubFake) -> list[str]:
    """What a dispatcher does: start the work, make a Hub job for it. Returns --follow values."""
    agave = fake.api("agave")
    job = agave.submit(
        JobRequest(
            name="render-report",
            app_id="pandoc-2.19",
            archive=True,
            inputs={"source": "agave://storage/reports/main.md"},
            parameters={"to": "html"},
        )
    )

    sahara = fake.api("sahara")
    project = fake.sahara.project_id
    script = fake.sahara.add_binary("wordcount.pig")
    template = sahara.create(project, SaharaJobCreate(name="wordcount", type="Pig", mains=[script]))
    fake.sahara.plan_next(["PENDING", "PREP", "RUNNING", "RUNNING", "SUCCEEDED"])
    execution = sahara.execute(
        project, template.id, SaharaJobExecute(cluster_id=fake.sahara.cluster_id)
    )

    fake.kubernetes.add_job(
        "train-model",
        "science",
        steps=["created", "pending", "running", "running", "failed"],
        labels={"app": "train"},
    )

    fake.gaffer.plan_next(["1", "1", "1", "0"])  # the process exits after three reads
    fake.api("gaffer").create(
        "notebooks", GafferProcessConfig(name="kernel-7", cmd="python", args=["-m", "ipykernel"])
    )

    # A render that would run for ever: its Hub job is cancelled by a user before it is relayed.
    fake.kubernetes.add_job("long-render", "science", steps=["created", "running"])

    fake.hub.add_project(int(PROJECT), "demo")
    projects = fake.hub.api(ProjectsApi)
    follows = []
    for system, ref in (
        ("agave", job.id),
        ("sahara", f"{project}/{execution.id}"),
        ("kubernetes", "science/train-model"),
        ("gaffer", "notebooks/kernel-7"),
        ("kubernetes", "science/long-render"),
    ):
        hub_job = projects.projects_jobs_create(
            PROJECT,
            HubJobCreate(
                method="execute", params={"system": system, "ref": ref}, description=f"{system} job"
            ),
        )
        assert hub_job.id is not None
        follows.append(f"{hub_job.id}={system}:{ref}")
    cancelled = projects.projects_jobs_cancel(PROJECT, int(follows[-1].split("=")[0]))
    print(
        f"dispatcher: {len(follows)} Hub jobs created in project {PROJECT}; "
        f"hub job {cancelled.id} {cancelled.status} by a user"
    )
    return follows


def look_around(fake: HubFake, hub_jobs: list[int]) -> None:
    """What an operator reads and does in the Hub after the run (each call prints one line)."""
    projects = fake.hub.api(ProjectsApi, retries=0)
    jobs = list(pagination.hub(projects.projects_jobs_list, PROJECT, limit=2))
    print("hub: project jobs " + ", ".join(f"{j.id} {j.status}" for j in jobs))
    print(
        f"hub: of them RUNNING now: {projects.projects_jobs_list(PROJECT, status='RUNNING').count}"
    )
    done = wait_for_hub_job(projects, PROJECT, hub_jobs[0], timeout=5)
    print(f"hub: wait_for_hub_job({hub_jobs[0]}) -> {done.state.status} in {done.polls} poll")

    accounts = fake.hub.api(AccountsApi, token=fake.hub.member_token)
    [worker] = accounts.accounts_workers_list("stencila").results
    beats = list(pagination.hub(accounts.accounts_workers_heartbeats_list, "stencila", worker.id))
    queues = [str(accounts.accounts_queues_read("stencila", q).name) for q in worker.queues or []]
    print(
        f"hub: worker {worker.hostname} active={worker.active} ({len(beats)} heartbeats, "
        f"queues {', '.join(queues)}, {accounts.accounts_queues_list('stencila').count} "
        f"queues in the account)"
    )
    manager = fake.hub.api(AccountsApi)
    zone = manager.accounts_zones_create("stencila", HubZoneCreate(name="gpu-west"))
    assert zone.id is not None
    assert accounts.accounts_zones_read("stencila", zone.id).name == "gpu-west"
    manager.accounts_zones_delete("stencila", zone.id)
    print(
        f"hub: zone {zone.name} created and deleted; "
        f"{accounts.accounts_zones_list('stencila').count} zones left"
    )

    session = projects.projects_jobs_create(PROJECT, HubJobCreate(method="session"))
    assert session.id is not None
    try:
        projects.projects_jobs_connect_read(PROJECT, session.id, "status")
    except ApiException as err:
        print(f"hub: session {session.id} before it runs: {err.status} {err.data.message}")
    fake.api("hub").jobs_partial_update(session.id, InlineObject4(status="RUNNING"))
    answer = projects.projects_jobs_connect_create(
        PROJECT, session.id, "execute", {"code": "6 * 7"}
    )
    projects.projects_jobs_partial_update(PROJECT, session.id, HubJob(description="demo"))
    ended = projects.projects_jobs_cancel(PROJECT, session.id)
    where = answer.get("path") if isinstance(answer, dict) else answer  # the session's own JSON
    print(f"hub: session {session.id} connected ({where}), then {ended.status}")
    try:
        projects.projects_jobs_execute(PROJECT, StencilaNode(type="CodeChunk", text="6 * 7"))
    except ApiException as err:
        print(f"hub: execute route -> {err.status} (the Hub 4.47.19 bug: {err.data.message})")


def main() -> int:
    print("demo: the overseer against fake Hub, Agave, Sahara, Kubernetes and Gaffer servers")
    with HubFake() as fake:
        follows = start_jobs(fake)
        environ = {
            "STENCILA_HUB_URL": fake.url("hub"),
            "STENCILA_HUB_TOKEN": fake.token("hub"),
            "STENCILA_HUB_PROJECT": PROJECT,
        }
        for system in ("agave", "sahara", "kubernetes", "gaffer"):
            url_name, token_name = overseer.ENV[system]
            environ[url_name], environ[token_name] = fake.url(system), fake.token(system)

        hub_job_of = {f.split("=")[1].split(":")[0]: int(f.split("=")[0]) for f in follows[:4]}
        patch_fault = fake.inject(
            "hub",
            f"/jobs/{hub_job_of['sahara']}/",
            method="PATCH",
            status=503,
            headers={"Retry-After": "0"},
        )
        read_fault = fake.inject("agave", "/jobs/v2/*/status", drop=True, times=3)

        argv = [arg for f in follows for arg in ("--follow", f)]
        code = overseer.main(
            [*argv, "--interval", "0.05", "--max-rounds", "100", "--worker-name", WORKER], environ
        )

        finals = {system: fake.hub.job(hub_job)["status"] for system, hub_job in hub_job_of.items()}
        print(
            f"faults: hub PATCH answered 503 x{patch_fault.hits} (retried by the SDK); "
            f"agave reads dropped x{read_fault.hits} (retried by the SDK, then by the overseer)"
        )
        look_around(fake, list(hub_job_of.values()))
        worker = fake.hub.worker(WORKER)
    # Leaving the `with` checked every request and response against openapi.yaml.
    wrong = {s: st for s, st in finals.items() if st != EXPECTED[s]}
    if worker["active"] or not worker["started"]:
        wrong["worker"] = "never reported online and offline"
    if code != 0 or wrong:
        print(f"demo: FAILED (exit {code}, unexpected Hub statuses: {wrong})")
        return 1
    print("demo: ok - every change reached the Hub; no request or response broke openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
