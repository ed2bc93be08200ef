"""Property tests of every model of the five systems, from payloads generated from openapi.yaml.

Each single-property breakage (wrong type, length out of range, missing required field, value
outside the enum, null where not nullable) raises a pydantic ValidationError that names the field,
and a request with such a body is refused before it is sent. Enums accept their values and refuse
others when built. (Valid payloads round-trip: test_round_trips.py.)
"""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import stencila_hub
from stencila_hub import models
from test.properties.conftest import count
from test.properties.schema_strategies import (
    SCHEMAS,
    SETTINGS,
    apply,
    breakages,
    enum_schema_names,
    object_schema_names,
    object_strategy,
    system_of,
)
from test.support.servers import RecordingServer

pytestmark = pytest.mark.timeout(120)

OBJECTS = object_schema_names()
ENUMS = enum_schema_names()


def test_every_schema_is_covered_and_every_system_has_models():
    assert sorted(OBJECTS + ENUMS) == sorted(SCHEMAS)
    assert {system_of(n) for n in SCHEMAS} == {"hub", "agave", "sahara", "gaffer", "k8s"}


def _names(cls: Any, field: str) -> set:
    """The JSON name and the Python name of a property of a model."""
    names = {field}
    for py_name, info in cls.model_fields.items():
        if info.serialization_alias == field or py_name == field:
            names |= {py_name, info.serialization_alias or py_name}
    return names


@pytest.mark.parametrize("name", [n for n in OBJECTS if breakages(n)])
@settings(max_examples=8, **SETTINGS)
@given(data=st.data())
def test_invalid_payloads_raise_a_validation_error_naming_the_field(name: str, data: Any):
    cls = getattr(models, name)
    payload = data.draw(object_strategy(SCHEMAS[name]), label="payload")
    breakage = data.draw(st.sampled_from(breakages(name)), label="breakage")
    bad = apply(breakage, payload)
    count("invalid refused")
    with pytest.raises(ValidationError) as info:
        cls.model_validate(bad)
    text = str(info.value)
    assert any(n in text for n in _names(cls, breakage.field)), (breakage, text)


@pytest.mark.parametrize("name", ENUMS)
@settings(max_examples=20, **SETTINGS)
@given(data=st.data())
def test_enums_accept_their_values_and_refuse_others_strictly(name: str, data: Any):
    cls = getattr(models, name)
    assert issubclass(cls, enum.Enum)
    value = data.draw(st.sampled_from(SCHEMAS[name]["enum"]))
    other = data.draw(
        st.text(min_size=1, max_size=12).filter(lambda s: s not in SCHEMAS[name]["enum"])
    )
    count("enum")
    assert cls(value).value == value
    holders = [
        n
        for n in OBJECTS
        if any(_refers_to(p, name) for p in SCHEMAS[n].get("properties", {}).values())
    ]
    for holder in holders[:2]:  # the enum as a property of a model: strict refuses, lenient keeps
        field = next(k for k, p in SCHEMAS[holder]["properties"].items() if _refers_to(p, name))
        model = getattr(models, holder)
        assert json.loads(model.from_dict({field: value}).to_json())[field] == value
        with pytest.raises(ValidationError, match=r"is not one of"):
            model.model_validate({field: other})
        assert json.loads(model.from_dict({field: other}).to_json())[field] == other


def _refers_to(prop: dict, name: str) -> bool:
    refs = [prop] + prop.get("allOf", []) + [prop.get("items", {})]
    return any(r.get("$ref", "").endswith("/" + name) for r in refs)


# -- a bad body never leaves the process -----------------------------------------------------------

S = stencila_hub
BODY_CALLS = {
    "InlineObject3": lambda c, b: S.JobsApi(c).jobs_update(1, b),
    "InlineObject4": lambda c, b: S.JobsApi(c).jobs_partial_update(1, b),
    "JobRequest": lambda c, b: S.AgaveJobsApi(c).submit(b),
    "JobOperationRequest": lambda c, b: S.AgaveJobsApi(c).manage("job-1", b),
    "JobPermissionRequest": lambda c, b: S.AgaveJobsApi(c).update_permissions("job-1", b),
    "SaharaJobCreate": lambda c, b: S.DataProcessingJobsApi(c).create("p1", b),
    "SaharaJobUpdate": lambda c, b: S.DataProcessingJobsApi(c).update("p1", "j1", b),
    "SaharaJobExecute": lambda c, b: S.DataProcessingJobsApi(c).execute("p1", "j1", b),
    "GafferProcessConfig": lambda c, b: S.GafferJobsApi(c).create("default", b),
    "GafferScale": lambda c, b: S.GafferJobsApi(c).scale("default", "web", b),
    "GafferSignal": lambda c, b: S.GafferJobsApi(c).signal("default", "web", b),
    "GafferCommit": lambda c, b: S.GafferJobsApi(c).commit("default", "web", b),
    "V1Job": lambda c, b: S.BatchV1Api(c).replace_namespaced_job_status("pi", "default", b),
}


@pytest.fixture(scope="module")
def silent_server():
    with RecordingServer() as srv:
        srv.default.status = 500  # never reached: every request here must be refused
        yield srv


@pytest.mark.parametrize("name", [n for n in BODY_CALLS if breakages(n)])
@settings(max_examples=25, **SETTINGS)
@given(data=st.data())
def test_a_bad_request_body_is_refused_before_sending(name: str, data: Any, silent_server):
    payload = data.draw(object_strategy(SCHEMAS[name]), label="payload")
    breakage = data.draw(st.sampled_from(breakages(name)), label="breakage")
    bad = apply(breakage, payload)
    count("bad body not sent")
    before = len(silent_server.requests)
    config = S.Configuration(host=silent_server.url, retries=0)
    with S.ApiClient(config) as client:
        with pytest.raises(S.ApiValueError) as info:
            BODY_CALLS[name](client, bad)
    assert isinstance(info.value.__cause__, ValidationError)
    cls = getattr(models, name)
    assert any(n in str(info.value) for n in _names(cls, breakage.field)), str(info.value)
    assert len(silent_server.requests) == before
