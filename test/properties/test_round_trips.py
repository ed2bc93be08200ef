"""Round trips of every model of the five systems: what is decoded gives back what was received,
and what is built sends what it was given.

* every JSON fixture under test/fixtures/ (real or realistic payloads of each server): decoding
  it from a dict and from bytes gives the same model; ``to_json()`` and ``to_dict()`` give back the
  payload (timestamps compared as instants: the SDK writes them in ISO form, with a ``T``); every
  model nested in it round-trips on its own;
* every request fixture builds strictly and is sent as it stands;
* payloads generated from each schema of openapi.yaml (hypothesis) round-trip losslessly and are
  accepted when built;
* every Kubernetes V1 model built with its required fields only sends those and round-trips.
"""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from stencila_hub import models
from stencila_hub.base_model import request_json
from test.conftest import FIXTURES, fixture_json
from test.properties.conftest import count
from test.properties.schema_strategies import (
    SCHEMAS,
    SETTINGS,
    object_schema_names,
    object_strategy,
)

pytestmark = pytest.mark.timeout(120)

#: system -> fixture -> the model a response decodes it to (the Hub's job: under the three names
#: of its one schema).
RESPONSE_MODELS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "hub": {
        "job_full": ("HubJob", "InlineObject3", "InlineObject4"),
        "job_server_quirks": ("HubJob", "InlineObject3", "InlineObject4"),
        "job_session_real": "HubJob",
    },
    "agave": {
        "job_full": "AgaveJobResponse",
        "job_submitted": "AgaveJobResponse",
        "job_failed": "AgaveJobResponse",
        "job_unknown_status": "AgaveJobResponse",
        "job_minimal_nulls": "AgaveJobResponse",
        "job_stop_empty": "AgaveJobResponse",
        "job_summaries": "AgaveJobSummaryListResponse",
        "job_history": "AgaveJobHistoryListResponse",
        "job_permissions": "AgavePermissionListResponse",
        "job_permission_user": "AgavePermissionResponse",
        "job_status": "AgaveJobStatusResponse",
        "job_outputs": "AgaveRemoteFileListResponse",
        "job_delete_with_message": "AgaveEmptyResponse",
        "error_200_status_error": "AgaveError",
        "error_400_invalid_action": "AgaveError",
        "error_403_forbidden": "AgaveError",
        "error_404_job_not_found": "AgaveError",
        "error_404_job_not_visible": "AgaveError",
    },
    "sahara": {
        "job_create_response": "SaharaJobEnvelope",
        "job_show_response": "SaharaJobEnvelope",
        "job_update_response": "SaharaJobEnvelope",
        "job_full": "SaharaJobEnvelope",
        "job_minimal_nulls": "SaharaJobEnvelope",
        "jobs_list": "SaharaJobList",
        "jobs_list_no_markers": "SaharaJobList",
        "job_execution_pending": "SaharaJobExecutionEnvelope",
        "job_execution_running": "SaharaJobExecutionEnvelope",
        "job_execution_succeeded": "SaharaJobExecutionEnvelope",
        "job_execution_killed": "SaharaJobExecutionEnvelope",
        "job_execution_failed_spark": "SaharaJobExecutionEnvelope",
        "job_execution_done_with_error": "SaharaJobExecutionEnvelope",
        "job_execution_unlisted_status": "SaharaJobExecutionEnvelope",
        "config_hints_pig": "SaharaJobConfigHintsEnvelope",
        "config_hints_java": "SaharaJobConfigHintsEnvelope",
        "config_hints_hive": "SaharaJobConfigHintsEnvelope",
        "error_400_validation": "SaharaError",
        "error_400_extra_field": "SaharaError",
        "error_400_limit_int_name": "SaharaError",
        "error_400_update_failed": "SaharaError",
        "error_400_deletion_failed": "SaharaError",
        "error_400_binary_not_found": "SaharaError",
        "error_400_invalid_data": "SaharaError",
        "error_401_keystone": "SaharaAuthError",
        "error_401_tenant_mismatch": "SaharaAuthError",
        "error_403_forbidden": "SaharaError",
        "error_404_not_found": "SaharaError",
        "error_404_config_hints": "SaharaError",
        "error_500": "SaharaError",
    },
    "gaffer": {
        "ok": "GafferOk",
        "job_list": "GafferJobList",
        "session_job_list": "GafferSessionJobList",
        "job_info": "GafferJobInfo",
        "job_info_stopped_extra_setting": "GafferJobInfo",
        "job_stats": "GafferJobStats",
        "job_stats_no_processes": "GafferJobStats",
        "numprocesses": "GafferNumProcesses",
        "pids": "GafferPids",
        "commit_result": "GafferPid",
        "error_400_bad_request": "GafferError",
        "error_400_invalid_process_config": "GafferError",
        "error_400_name_conflict": "GafferError",
        "error_404_not_found": "GafferError",
        "error_404_process_not_found": "GafferProcessError",
        "error_409_process_conflict": "GafferProcessError",
        "error_401_unauthorized": "GafferHttpError",
        "error_403_forbidden": "GafferHttpError",
        "error_500_internal": "GafferHttpError",
    },
    "kubernetes": {
        # the seed's request body: a Job read, changed and sent back, server extras included
        "seed_replace_status_request": "V1Job",
        "seed_replace_status_response": "V1Job",
        "job_running": "V1Job",
        "job_complete": "V1Job",
        "job_failed": "V1Job",
        "job_list_continue": "V1JobList",
        "status_409_conflict": "V1Status",
        "status_404_not_found": "V1Status",
    },
}

#: (system, fixture) -> the models to decode it to.
RESPONSES: dict[tuple[str, str], tuple[str, ...]] = {
    (system, name): names if isinstance(names, tuple) else (names,)
    for system, fixtures in RESPONSE_MODELS.items()
    for name, names in fixtures.items()
}

#: (system, fixture) -> the model a caller builds from it, strictly, to send.
REQUESTS: dict[tuple[str, str], str] = {
    ("agave", "job_request"): "JobRequest",
    ("sahara", "job_create_request"): "SaharaJobCreate",
    ("sahara", "job_create_request_full"): "SaharaJobCreate",
    ("sahara", "job_update_request"): "SaharaJobUpdate",
    ("sahara", "job_execute_request"): "SaharaJobExecute",
    ("gaffer", "process_config_minimal"): "GafferProcessConfig",
    ("gaffer", "process_config_create_doc"): "GafferProcessConfig",
    ("gaffer", "process_config_full"): "GafferProcessConfig",
    ("gaffer", "process_config_args_string"): "GafferProcessConfig",
    ("gaffer", "scale_request"): "GafferScale",
    ("gaffer", "scale_request_set"): "GafferScale",
    ("gaffer", "scale_request_int"): "GafferScale",
    ("gaffer", "signal_request"): "GafferSignal",
    ("gaffer", "signal_request_name"): "GafferSignal",
    ("gaffer", "signal_request_int"): "GafferSignal",
    ("gaffer", "commit_request"): "GafferCommit",
    ("gaffer", "commit_request_empty"): "GafferCommit",
}

#: JSON fixtures that are no model's payload: a Kubernetes merge patch is a plain dict (its
#: test: test_k8s_models.py).
NOT_MODELS = {("kubernetes", "patch_status_merge_body")}

#: Models each system's responses can hold: the fixtures must reach every one of them.
REACHED = {
    "sahara": {
        "SaharaJobEnvelope",
        "SaharaJob",
        "SaharaJobBinary",
        "SaharaJobInterfaceArgument",
        "SaharaJobList",
        "SaharaMarkers",
        "SaharaJobExecutionEnvelope",
        "SaharaJobExecution",
        "SaharaJobExecutionInfo",
        "SaharaJobConfigs",
        "SaharaJobConfigHintsEnvelope",
        "SaharaJobConfigHints",
        "SaharaConfigHint",
        "SaharaError",
        "SaharaAuthError",
        "SaharaAuthErrorDetail",
    },
    "gaffer": {
        "GafferOk",
        "GafferJobList",
        "GafferSessionJobList",
        "GafferJobInfo",
        "GafferProcessConfig",
        "GafferFlapping",
        "GafferJobStats",
        "GafferProcessStats",
        "GafferNumProcesses",
        "GafferPids",
        "GafferPid",
        "GafferError",
        "GafferProcessError",
        "GafferHttpError",
    },
}

_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?$")


def canonical(value: Any) -> Any:
    """JSON-like data with every timestamp as one text (its instant in UTC; a naive one is UTC,
    as the spec's ``x-sdk-naive-utc`` says) and every UUID as its text."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return canonical(datetime.fromisoformat(value.replace("Z", "+00:00")))
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    return value


def models_in(value: Any) -> Iterator[BaseModel]:
    """Every model instance inside a decoded value, the value itself included."""
    if isinstance(value, BaseModel):
        yield value
        for name in type(value).model_fields:
            yield from models_in(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from models_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from models_in(item)


def test_every_json_fixture_is_a_case_here():
    on_disk = {(p.parent.name, p.stem) for p in FIXTURES.glob("*/*.json")}
    assert on_disk == set(RESPONSES) | set(REQUESTS) | NOT_MODELS


@pytest.mark.parametrize(
    "system, name, model",
    [pytest.param(s, n, m, id=f"{s}/{n}:{m}") for (s, n), ms in RESPONSES.items() for m in ms],
)
def test_a_response_fixture_round_trips(system, name, model):
    cls = getattr(models, model)
    payload = fixture_json(system, name)
    decoded = cls.from_dict(payload)
    assert isinstance(decoded, cls)
    assert cls.from_json(json.dumps(payload)) == decoded  # from bytes, as responses decode
    assert cls.from_json(decoded.to_json()) == decoded
    # nothing the server sent is lost, nothing is added
    assert canonical(json.loads(decoded.to_json())) == canonical(payload)
    assert canonical(decoded.to_dict()) == canonical(payload)


@pytest.mark.parametrize("system", sorted(RESPONSE_MODELS))
def test_every_model_in_a_response_round_trips_on_its_own(system):
    seen: set[str] = set()
    for name in RESPONSE_MODELS[system]:
        cls = getattr(models, RESPONSES[system, name][0])
        for model in models_in(cls.from_dict(fixture_json(system, name))):
            kind = type(model)
            seen.add(kind.__name__)
            again = kind.from_json(kind.from_dict(model.to_dict()).to_json())
            assert again == model, f"{kind.__name__} from {name}"
    missing = REACHED.get(system, set()) - seen
    assert not missing, missing


@pytest.mark.parametrize("system, name", sorted(REQUESTS), ids="/".join)
def test_a_request_fixture_builds_strictly_and_is_sent_as_it_stands(system, name):
    cls = getattr(models, REQUESTS[system, name])
    payload = fixture_json(system, name)
    body = cls(**payload)  # strict: a request fixture needs no leniency
    assert json.loads(request_json(body)) == payload
    assert cls.from_json(body.to_json()) == body


# -- payloads generated from the spec ------------------------------------------------------------


@pytest.mark.parametrize("name", object_schema_names())
@settings(max_examples=12, **SETTINGS)
@given(data=st.data())
def test_valid_payloads_round_trip_losslessly(name: str, data: Any) -> None:
    cls = getattr(models, name)
    payload = data.draw(object_strategy(SCHEMAS[name]), label="payload")
    count("valid round trip")
    decoded = cls.from_dict(payload)
    assert json.loads(decoded.to_json()) == payload
    assert json.loads(json.dumps(decoded.to_dict(), default=str)) is not None
    assert cls.from_json(decoded.to_json()) == decoded
    assert cls.from_json(json.dumps(payload)) == decoded
    strict = cls.model_validate(payload)  # what a caller builds must be accepted too
    assert json.loads(strict.to_json()) == payload
    assert cls.from_dict(strict.to_dict()) == decoded


# -- every Kubernetes V1 model, built with its required fields only -------------------------------

V1_MODELS = sorted(n for n in models.__all__ if n.startswith("V1"))


def _minimal(annotation: Any) -> Any:
    """The smallest valid value of a field's type: "" / 0 / False / [] / {} / a minimal model."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _minimal(typing.get_args(annotation)[0])
    if origin is typing.Union or origin is types.UnionType:
        return _minimal(next(a for a in typing.get_args(annotation) if a is not type(None)))
    if origin is list:
        return []
    if origin is dict:
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
    return cls(
        **{
            name: _minimal(field.annotation)
            for name, field in cls.model_fields.items()
            if field.is_required()
        }
    )


def test_the_generic_test_sees_every_v1_model():
    assert len(V1_MODELS) > 100 and {"V1Job", "V1JobList", "V1Status"} <= set(V1_MODELS)


@pytest.mark.parametrize("name", V1_MODELS)
def test_every_v1_model_built_with_its_required_fields_sends_them_only(name):
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
