"""What the benchmark sends and what the loopback server answers: built from test/fixtures/.

Standard library only: imported by the server, by our worker and by the peers' workers (which run
in bench/.venv-peers, where stencila_hub and pydantic are not installed).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "test" / "fixtures"

#: Each system sits under its own prefix of the one server, as it would sit on its own host.
PREFIX = {
    "hub": "/hub/api",
    "agave": "/agave",
    "sahara": "/sahara",
    "kubernetes": "/k8s",
    "gaffer": "/gaffer",
}

TOKEN = "0123456789abcdef0123456789abcdef01234567"

#: The per-call cases measured for the async client (one write and two reads of different sizes).
AIO_CASES = ("hub_patch", "agave_get", "k8s_read_status")
#: The connector limit of the async concurrency run (the client's connection_pool_maxsize).
AIO_LIMIT = 10

HUB_JOB_ID = 56
AGAVE_JOB_ID = "6608339759546166810-242ac114-0001-007"
SAHARA_PROJECT = "9cd1314a0a31493282b6712b76a8fcda"
SAHARA_JOB_ID = "1a674c31-9aaa-4d07-b844-2bf200a1b836"
K8S_NAMESPACE = "media"
K8S_NAME = "render-frames"
GAFFER_SESSION = "procfile"
GAFFER_JOB = "dummy"


def fixture(system: str, name: str):
    return json.loads((FIXTURES / system / f"{name}.json").read_text())


def fixture_bytes(system: str, name: str) -> bytes:
    return (FIXTURES / system / f"{name}.json").read_bytes()


#: The body of the overseer's PATCH: what it sends when a job finishes.
HUB_PATCH_BODY = {
    "status": "SUCCESS",
    "began": "2021-03-04T05:06:08Z",
    "ended": "2021-03-04T05:06:20.5Z",
    "worker": "worker-1@host",
    "retries": 0,
}


def hub_put_body() -> dict:
    """The PUT body: the job as the Hub sent it, with the fields a client may write."""
    job = fixture("hub", "job_full")
    writable = (
        "key", "description", "began", "ended", "status", "isActive", "result", "error", "log",
        "runtime", "worker", "retries", "callbackId", "callbackMethod", "project", "snapshot",
        "parent", "callbackType", "users", "anonUsers",
    )  # fmt: skip
    return {k: job[k] for k in writable if k in job}


def k8s_status_body() -> dict:
    return fixture("kubernetes", "job_running")


def per_call_cases() -> dict:
    """name -> (system, HTTP method, path under the system's prefix, request JSON or None)."""
    return {
        "hub_patch": ("hub", "PATCH", f"/jobs/{HUB_JOB_ID}/", HUB_PATCH_BODY),
        "hub_put": ("hub", "PUT", f"/jobs/{HUB_JOB_ID}/", hub_put_body()),
        "agave_get": ("agave", "GET", f"/jobs/v2/{AGAVE_JOB_ID}", None),
        "sahara_show": ("sahara", "GET", f"/v1.1/{SAHARA_PROJECT}/jobs/{SAHARA_JOB_ID}", None),
        "k8s_read_status": (
            "kubernetes", "GET",
            f"/apis/batch/v1/namespaces/{K8S_NAMESPACE}/jobs/{K8S_NAME}/status", None,
        ),
        "k8s_replace_status": (
            "kubernetes", "PUT",
            f"/apis/batch/v1/namespaces/{K8S_NAMESPACE}/jobs/{K8S_NAME}/status",
            k8s_status_body(),
        ),
        "gaffer_get": ("gaffer", "GET", f"/jobs/{GAFFER_SESSION}/{GAFFER_JOB}", None),
    }  # fmt: skip


#: A watch stream of this many events (``watch=true``), the same answer for every watch request.
WATCH_EVENTS = 2_000
K8S_WATCH_PATH = f"/apis/batch/v1/namespaces/{K8S_NAMESPACE}/jobs"


def watch_stream(count: int = WATCH_EVENTS) -> bytes:
    """*count* MODIFIED events of the three Job fixtures, cycled, one compact JSON line each, with
    rising resourceVersions: what the API server streams to a watch of a busy namespace."""
    samples = [fixture("kubernetes", n) for n in ("job_running", "job_complete", "job_failed")]
    lines = []
    for i, job in zip(range(count), itertools.cycle(samples), strict=False):
        obj = {**job, "metadata": {**job["metadata"], "resourceVersion": str(50_000 + i)}}
        lines.append(json.dumps({"type": "MODIFIED", "object": obj}, separators=(",", ":")))
    return ("\n".join(lines) + "\n").encode()


def routes() -> dict:
    """(method, full path) -> (status, body bytes): the server's answers."""
    hub_job = fixture_bytes("hub", "job_full")
    k8s_job = fixture_bytes("kubernetes", "job_running")
    answers = {
        # The real Hub answers a PATCH with 200 and an empty body (test/fixtures/hub/README.md).
        "hub_patch": b"",
        "hub_put": hub_job,
        "agave_get": fixture_bytes("agave", "job_full"),
        "sahara_show": fixture_bytes("sahara", "job_show_response"),
        "k8s_read_status": k8s_job,
        "k8s_replace_status": k8s_job,
        "gaffer_get": fixture_bytes("gaffer", "job_info"),
    }
    table = {}
    for name, (system, method, path, _body) in per_call_cases().items():
        table[(method, PREFIX[system] + path)] = (200, answers[name])
    # A watch: the server ends the stream after the last event (as at its timeoutSeconds).
    table[("GET", PREFIX["kubernetes"] + K8S_WATCH_PATH)] = (200, watch_stream())
    return table


# -- decode payloads -------------------------------------------------------------------------------

DECODE_COUNTS = {"hub": 10_000, "kubernetes": 1_000, "agave": 10_000}


def decode_items(system: str, count: int | None = None) -> list:
    """The list a notebook decodes: *count* realistic items (the fixtures, cycled)."""
    count = DECODE_COUNTS[system] if count is None else count
    if system == "hub":
        samples = [fixture("hub", "job_full")]
    elif system == "kubernetes":
        samples = [fixture("kubernetes", n) for n in ("job_running", "job_complete", "job_failed")]
    elif system == "agave":
        samples = fixture("agave", "job_summaries")["result"]
    else:
        raise ValueError(system)
    return [dict(s) for s in itertools.islice(itertools.cycle(samples), count)]


def decode_bytes(system: str, count: int | None = None) -> bytes:
    return json.dumps(decode_items(system, count)).encode()
