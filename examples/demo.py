"""The demo (`make demo`): the overseer of examples/overseer.py against fake servers.

No account and no network: stencila_hub.testing serves fakes of the Hub, Agave, Sahara, Kubernetes
and Gaffer on 127.0.0.1, and the overseer is pointed at them with the same environment variables
it reads in production. The demo

1. starts four jobs the way a dispatcher would (an Agave job and a Sahara execution submitted with
   the SDK, a Gaffer job loaded with the SDK, a Kubernetes Job seeded in the fake cluster, whose
   API has no create here) and a Hub job for each;
2. injects two faults, to show what happens to them: a 503 on a Hub PATCH (the SDK retries it,
   after the Retry-After the fake sends) and three dropped connections on Agave reads (the SDK
   retries a GET twice, then the overseer logs a warning and reads again next round);
3. runs the overseer until every job has ended, and prints its summary;
4. checks that the Hub received the expected final statuses and that no request or response broke
   openapi.yaml, and exits 0 (1 otherwise).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for `import overseer`

import overseer  # noqa: E402

from stencila_hub import (  # noqa: E402
    GafferProcessConfig,
    JobRequest,
    SaharaJobCreate,
    SaharaJobExecute,
)
from stencila_hub.testing import HubFake  # noqa: E402

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

    follows = []
    for system, ref in (
        ("agave", job.id),
        ("sahara", f"{project}/{execution.id}"),
        ("kubernetes", "science/train-model"),
        ("gaffer", "notebooks/kernel-7"),
    ):
        hub_job = fake.hub.add_job(
            status="DISPATCHED", method="execute", description=f"{system} job"
        )
        follows.append(f"{hub_job}={system}:{ref}")
    return follows


def main() -> int:
    print("demo: the overseer against fake Hub, Agave, Sahara, Kubernetes and Gaffer servers")
    with HubFake() as fake:
        follows = start_jobs(fake)
        environ = {"STENCILA_HUB_URL": fake.url("hub"), "STENCILA_HUB_TOKEN": fake.token("hub")}
        for system in ("agave", "sahara", "kubernetes", "gaffer"):
            url_name, token_name = overseer.ENV[system]
            environ[url_name], environ[token_name] = fake.url(system), fake.token(system)

        hub_job_of = {f.split("=")[1].split(":")[0]: int(f.split("=")[0]) for f in follows}
        patch_fault = fake.inject(
            "hub",
            f"/jobs/{hub_job_of['sahara']}/",
            method="PATCH",
            status=503,
            headers={"Retry-After": "0"},
        )
        read_fault = fake.inject("agave", "/jobs/v2/*/status", drop=True, times=3)

        argv = [arg for f in follows for arg in ("--follow", f)]
        code = overseer.main([*argv, "--interval", "0.05", "--max-rounds", "100"], environ)

        finals = {system: fake.hub.job(hub_job)["status"] for system, hub_job in hub_job_of.items()}
        print(
            f"faults: hub PATCH answered 503 x{patch_fault.hits} (retried by the SDK); "
            f"agave reads dropped x{read_fault.hits} (retried by the SDK, then by the overseer)"
        )
    # Leaving the `with` checked every request and response against openapi.yaml.
    wrong = {s: st for s, st in finals.items() if st != EXPECTED[s]}
    if code != 0 or wrong:
        print(f"demo: FAILED (exit {code}, unexpected Hub statuses: {wrong})")
        return 1
    print("demo: ok - every change reached the Hub; no request or response broke openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
