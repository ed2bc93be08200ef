"""The Kubernetes V1* models: every fixture and every model class round-trips, and the official
client's type conventions hold (date-time -> aware datetime, Quantity -> str, IntOrString -> Any).
"""

from __future__ import annotations

import json
import re
import typing
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

import stencila_hub.models as models
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

#: fixture -> the model it decodes to (None: a free-form merge-patch body, a plain dict)
MODEL_OF = {
    "seed_replace_status_request.json": V1Job,
    "seed_replace_status_response.json": V1Job,
    "job_running.json": V1Job,
    "job_complete.json": V1Job,
    "job_failed.json": V1Job,
    "job_list_continue.json": V1JobList,
    "status_409_conflict.json": V1Status,
    "status_404_not_found.json": V1Status,
    "patch_status_merge_body.json": None,
}

_RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def canonical(value: Any) -> Any:
    """JSON-like data with every timestamp (a datetime, or a string in RFC 3339 form) as one text."""
    if isinstance(value, datetime):
        assert value.tzinfo is not None, f"naive datetime {value!r}"
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, str) and _RFC3339.match(value):
        return canonical(datetime.fromisoformat(value.replace("Z", "+00:00")))
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    return value


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_every_fixture_has_a_model():
    assert sorted(p.name for p in FIXTURES.glob("*.json")) == sorted(MODEL_OF)


@pytest.mark.parametrize("name", sorted(MODEL_OF))
def test_every_fixture_round_trips(name):
    payload = load(name)
    model = MODEL_OF[name]
    if model is None:  # a merge patch: sent as given, nulls included
        assert json.loads(request_json(payload)) == payload
        return
    decoded = model.from_dict(payload)
    assert isinstance(decoded, model)
    # to_dict() keeps every field received (extras included), timestamps as aware datetimes
    assert canonical(decoded.to_dict()) == canonical(payload)
    # the JSON form is the server's, byte-for-byte in meaning (timestamps as `...Z`)
    assert json.loads(decoded.to_json()) == payload
    assert json.loads(request_json(decoded)) == payload  # sent back, nothing is lost or added
    again = model.from_json(decoded.to_json())
    assert again == decoded
    assert model.from_json(json.dumps(payload)) == decoded  # from bytes, as responses decode


def test_seed_response_decodes_to_the_json_fields():
    payload = load("seed_replace_status_response.json")
    job = V1Job.from_dict(payload)
    assert job.kind == "Job" and job.api_version == "batch/v1"
    assert job.metadata.name == "jobs-12130306" and job.metadata.resource_version == "419068"
    assert job.metadata.creation_timestamp == datetime(2017, 12, 13, 3, 15, 55, tzinfo=timezone.utc)
    assert job.metadata.model_extra == {"enable": True}  # the seed's non-standard field is kept
    assert job.spec.template.metadata.creation_timestamp is None  # the server's null
    assert job.spec.template.spec.containers[0].image == "172.16.5.235:20202/test/redis:latest"
    assert job.spec.template.spec.containers[0].resources == V1ResourceRequirements()
    assert job.status == V1JobStatus(
        start_time=datetime(2017, 12, 13, 3, 15, 55, tzinfo=timezone.utc), active=1)
    assert canonical(job.to_dict()) == canonical(payload)


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


@pytest.mark.parametrize("name", ["job_running.json", "job_complete.json", "job_failed.json",
                                  "job_list_continue.json"])
def test_date_time_fields_decode_to_aware_datetimes(name):
    decoded = MODEL_OF[name].from_dict(load(name))
    found = _datetimes(decoded)
    assert found, "the fixture has timestamps"
    assert all(d.utcoffset() is not None and d.utcoffset().total_seconds() == 0 for d in found)


def test_date_time_conventions_of_the_official_client():
    cond = V1JobCondition.from_dict({"type": "Complete", "status": "True",
                                     "lastTransitionTime": "2025-03-03T02:00:07Z",
                                     "lastProbeTime": "2025-03-03T04:00:07+02:00"})
    assert cond.last_transition_time == datetime(2025, 3, 3, 2, 0, 7, tzinfo=timezone.utc)
    assert cond.last_probe_time == cond.last_transition_time  # same instant, another zone
    assert cond.last_probe_time.utcoffset().total_seconds() == 7200
    # what you set is sent in RFC 3339 with its zone
    built = V1JobStatus(start_time=datetime(2025, 3, 3, 2, 0, 0, tzinfo=timezone.utc))
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
    probes = [p for c in job.spec.template.spec.containers
              for p in (c.readiness_probe, c.liveness_probe, c.startup_probe)]
    ports = {type(p.http_get.port) for p in probes if p is not None and p.http_get is not None}
    ports |= {type(p.tcp_socket.port) for p in probes if p is not None and p.tcp_socket is not None}
    assert ports == {int, str}, "job_running.json has an int and a named port"


# -- every V1 model class, built "empty" --------------------------------------------------------

V1_MODELS = sorted(n for n in models.__all__ if n.startswith("V1"))


def _minimal(annotation: Any) -> Any:
    """The smallest valid value of a field's type: "" / 0 / False / [] / {} / a minimal model."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _minimal(typing.get_args(annotation)[0])
    if origin is typing.Union:
        return _minimal(next(a for a in typing.get_args(annotation) if a is not type(None)))
    if origin in (list, typing.List):
        return []
    if origin in (dict, typing.Dict):
        return {}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return minimal_instance(annotation)
    if annotation is typing.Any:
        return 0
    for kind, value in ((bool, False), (int, 0), (float, 0.0), (str, "")):
        if isinstance(annotation, type) and issubclass(annotation, kind):
            return value
    raise AssertionError(f"no minimal value for {annotation!r}")


def minimal_instance(cls: type) -> Any:
    """The model built strictly with only its required fields (none: truly empty)."""
    return cls(**{name: _minimal(field.annotation)
                  for name, field in cls.model_fields.items() if field.is_required()})


def test_the_generic_test_sees_every_v1_model():
    assert len(V1_MODELS) > 100 and {"V1Job", "V1JobList", "V1Status"} <= set(V1_MODELS)


@pytest.mark.parametrize("name", V1_MODELS)
def test_every_v1_model_builds_empty_and_round_trips(name):
    cls = getattr(models, name)
    obj = minimal_instance(cls)
    required = {f.serialization_alias or n for n, f in cls.model_fields.items() if f.is_required()}
    dumped = obj.to_dict()
    assert set(dumped) == required  # nothing but what was set is serialised (no defaults sent)
    text = obj.to_json()
    assert json.loads(request_json(obj)) == json.loads(text)
    again = cls.from_json(text)
    assert again == obj and again.to_dict() == dumped
    assert cls.model_validate(json.loads(text)) == obj  # the strict path accepts it too
    assert cls.from_dict(obj.to_dict()) == obj


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

_FIRST_USE = r'''
import json, sys, threading
from concurrent.futures import ThreadPoolExecutor
from stencila_hub.base_model import DEFER_BUILD, request_json
from stencila_hub.models import V1Job
built_at_import = type(V1Job.__dict__["__pydantic_validator__"]).__name__ != "MockValSer"
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
'''


def test_models_are_built_on_first_use_also_from_many_threads_at_once():
    """In a fresh interpreter: 8 threads decode, change and encode a Job at the same moment."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", _FIRST_USE], cwd=root, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(root)})
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout)
    from stencila_hub.base_model import DEFER_BUILD
    assert report == {"defer": DEFER_BUILD, "built_at_import": not DEFER_BUILD}
