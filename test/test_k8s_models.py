"""The Kubernetes V1* models: a decoded object is sent back as received, and the official
client's type conventions hold (date-time -> aware datetime, Quantity -> str, IntOrString -> Any).
Their round trips: test/properties/test_round_trips.py.
"""

from __future__ import annotations

import json
import typing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from stencila_hub.base_model import request_json
from stencila_hub.models import (
    V1Container,
    V1HTTPGetAction,
    V1Job,
    V1JobCondition,
    V1JobList,
    V1JobStatus,
    V1ObjectMeta,
    V1ResourceRequirements,
    V1Status,
)

FIXTURES = Path(__file__).parent / "fixtures" / "kubernetes"

#: fixture -> the model it decodes to (round trips: test/properties/test_round_trips.py)
MODEL_OF = {
    "seed_replace_status_request.json": V1Job,
    "seed_replace_status_response.json": V1Job,
    "job_running.json": V1Job,
    "job_complete.json": V1Job,
    "job_failed.json": V1Job,
    "job_list_continue.json": V1JobList,
    "status_409_conflict.json": V1Status,
    "status_404_not_found.json": V1Status,
}


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(MODEL_OF))
def test_a_decoded_object_is_sent_back_as_received(name):
    """No Kubernetes field is read-only in the spec: what is read is sent back whole, extras and
    nulls included (read-modify-write)."""
    payload = load(name)
    assert json.loads(request_json(MODEL_OF[name].from_dict(payload))) == payload


def test_a_merge_patch_is_sent_as_given_nulls_included():
    payload = load("patch_status_merge_body.json")
    assert json.loads(request_json(payload)) == payload


def test_seed_response_decodes_to_the_json_fields():
    payload = load("seed_replace_status_response.json")
    job = V1Job.from_dict(payload)
    assert job.kind == "Job" and job.api_version == "batch/v1"
    assert job.metadata.name == "jobs-12130306" and job.metadata.resource_version == "419068"
    assert job.metadata.creation_timestamp == datetime(2017, 12, 13, 3, 15, 55, tzinfo=UTC)
    assert job.metadata.model_extra == {"enable": True}  # the seed's non-standard field is kept
    assert job.spec.template.metadata.creation_timestamp is None  # the server's null
    assert job.spec.template.spec.containers[0].image == "172.16.5.235:20202/test/redis:latest"
    assert job.spec.template.spec.containers[0].resources == V1ResourceRequirements()
    assert job.status == V1JobStatus(
        start_time=datetime(2017, 12, 13, 3, 15, 55, tzinfo=UTC), active=1
    )


def _datetimes(value: Any) -> list:
    if isinstance(value, datetime):
        return [value]
    if isinstance(value, BaseModel):
        return _datetimes(dict(value)) + _datetimes(value.model_extra or {})
    if isinstance(value, dict):
        return [d for v in value.values() for d in _datetimes(v)]
    if isinstance(value, list):
        return [d for v in value for d in _datetimes(v)]
    return []


@pytest.mark.parametrize(
    "name", ["job_running.json", "job_complete.json", "job_failed.json", "job_list_continue.json"]
)
def test_date_time_fields_decode_to_aware_datetimes(name):
    decoded = MODEL_OF[name].from_dict(load(name))
    found = _datetimes(decoded)
    assert found, "the fixture has timestamps"
    assert all(d.utcoffset() is not None and d.utcoffset().total_seconds() == 0 for d in found)


def test_date_time_conventions_of_the_official_client():
    cond = V1JobCondition.from_dict(
        {
            "type": "Complete",
            "status": "True",
            "lastTransitionTime": "2025-03-03T02:00:07Z",
            "lastProbeTime": "2025-03-03T04:00:07+02:00",
        }
    )
    assert cond.last_transition_time == datetime(2025, 3, 3, 2, 0, 7, tzinfo=UTC)
    assert cond.last_probe_time == cond.last_transition_time  # same instant, another zone
    assert cond.last_probe_time.utcoffset().total_seconds() == 7200
    # what you set is sent in RFC 3339 with its zone
    built = V1JobStatus(start_time=datetime(2025, 3, 3, 2, 0, 0, tzinfo=UTC))
    assert json.loads(request_json(built)) == {"startTime": "2025-03-03T02:00:00Z"}


def test_quantity_is_str_and_int_or_string_is_any():
    job = V1Job.from_dict(load("job_running.json"))
    container = job.spec.template.spec.containers[0]
    quantities = {**(container.resources.limits or {}), **(container.resources.requests or {})}
    assert quantities and all(isinstance(q, str) for q in quantities.values())
    # Quantity fields are typed str (as in the official client): a number is refused when built
    with pytest.raises(ValidationError):
        V1ResourceRequirements(limits={"cpu": 1})
    assert V1ResourceRequirements(limits={"cpu": "500m", "memory": "64Mi"}).limits["cpu"] == "500m"
    # IntOrString: an int port and a named port both decode and keep their JSON type
    assert V1HTTPGetAction(port=8080).port == 8080
    assert V1HTTPGetAction(port="http").port == "http"
    assert typing.Any in typing.get_args(V1HTTPGetAction.model_fields["port"].annotation)
    probes = [
        p
        for c in job.spec.template.spec.containers
        for p in (c.readiness_probe, c.liveness_probe, c.startup_probe)
    ]
    ports = {type(p.http_get.port) for p in probes if p is not None and p.http_get is not None}
    ports |= {type(p.tcp_socket.port) for p in probes if p is not None and p.tcp_socket is not None}
    assert ports == {int, str}, "job_running.json has an int and a named port"


@pytest.mark.parametrize("cls", [V1Job, V1JobList, V1Container])
def test_required_fields_are_required_when_built(cls):
    with pytest.raises(ValidationError, match="required"):
        cls()


def test_a_decoded_job_with_server_extras_can_be_changed_and_sent_back():
    """Read-modify-write: assigning a field checks that field only; extras stay and are sent."""
    job = V1Job.from_dict(load("seed_replace_status_request.json"))
    job.metadata.resource_version = "419070"
    job.status.active = 0
    job.status.succeeded = 1
    sent = json.loads(request_json(job))
    assert sent["metadata"]["enable"] is True and sent["metadata"]["resourceVersion"] == "419070"
    assert sent["status"] == {"startTime": "2017-12-13T03:15:55Z", "active": 0, "succeeded": 1}
    # still strict about what is assigned: a typo, a None in a non-nullable field
    with pytest.raises(ValidationError, match="unknown field"):
        job.metadata.resourceVersoin = "1"  # type: ignore[attr-defined]
    assert "resourceVersoin" not in job.metadata.model_extra  # the refused name is not kept
    with pytest.raises(ValidationError, match="may not be None"):
        job.metadata.name = None
    with pytest.raises(ValidationError, match="unknown field"):
        job.metadata = {"nmae": "x"}  # a dict assigned is validated strictly, as a whole
    assert job.metadata.name == "jobs-12130306"
    with pytest.raises(ValidationError, match="unknown field"):
        V1ObjectMeta(name="a", enable=True)  # building one yourself stays strict


# -- models built on first use (base_model.DEFER_BUILD) -------------------------------------------

_FIRST_USE = r"""
import json, sys, threading
from concurrent.futures import ThreadPoolExecutor
from stencila_hub.base_model import DEFER_BUILD, request_json
from stencila_hub.models import V1Job
built_at_import = V1Job.__pydantic_complete__
raw = open("test/fixtures/kubernetes/job_running.json", "rb").read()
start = threading.Barrier(8)

def decode(_):
    start.wait()
    job = V1Job.from_json(raw)
    job.status.ready = 5  # the nested class's own validator, built on first assignment
    return json.loads(request_json(job)), json.loads(request_json(job.status))

with ThreadPoolExecutor(8) as pool:
    results = list(pool.map(decode, range(8)))
expected = json.loads(raw)
expected["status"]["ready"] = 5
assert all(whole == expected and status == expected["status"] for whole, status in results)
print(json.dumps({"defer": DEFER_BUILD, "built_at_import": built_at_import}))
"""


def test_models_are_built_on_first_use_also_from_many_threads_at_once():
    """In a fresh interpreter: 8 threads decode, change and encode a Job at the same moment."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_USE],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout)
    from stencila_hub.base_model import DEFER_BUILD

    assert report == {"defer": DEFER_BUILD, "built_at_import": not DEFER_BUILD}
