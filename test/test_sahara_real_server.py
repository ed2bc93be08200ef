"""What a real Sahara 19.0.0 does (sahara-gaffer-notes.md, "Observed on a real Sahara 19.0.0"):
aware UTC timestamps, the fields its answers leave out, job_execution_info dropped; the fake
Sahara doing the same, and the docs' examples being ones the real server accepts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

import stencila_hub
from stencila_hub import InlineObject3, SaharaJobCreate, SaharaJobExecute
from stencila_hub.testing.sahara import NEEDS_LIBS, NEEDS_MAINS

SPEC = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text())


def test_sahara_and_hub_timestamps_compare(hub_fake):
    sahara = hub_fake.api("sahara")
    binary = hub_fake.sahara.add_binary()
    job = sahara.create(
        hub_fake.sahara.project_id, SaharaJobCreate(name="wc", type="Pig", mains=[binary])
    )
    hub_job = hub_fake.hub.add_job(status="RUNNING")
    hub = hub_fake.api("hub").jobs_update(hub_job, InlineObject3(status="RUNNING"))
    assert job.created_at.utcoffset() == timedelta(0)
    assert abs(hub.updated - job.created_at) < timedelta(minutes=5)  # aware with aware
    assert job.mains[0].created_at.tzinfo is not None
    assert job.created_at < datetime.now(UTC) + timedelta(minutes=1)


def test_the_create_answer_leaves_out_updated_at_and_an_unset_description(hub_fake):
    sahara = hub_fake.api("sahara")
    project = hub_fake.sahara.project_id
    binary = hub_fake.sahara.add_binary()
    answer = sahara.create_with_http_info(
        project, SaharaJobCreate(name="wc", type="Pig", mains=[binary])
    )
    sent = json.loads(answer.raw_data)["job"]
    assert "updated_at" not in sent and "description" not in sent
    job = answer.data.job
    assert job.updated_at is None and "updated_at" not in job.to_dict()
    shown = json.loads(sahara.show_with_http_info(project, job.id).raw_data)["job"]
    assert shown["updated_at"] is None  # a later show sends it, as null


def test_the_execute_answer_leaves_out_what_is_not_set_yet(hub_fake):
    sahara = hub_fake.api("sahara")
    project = hub_fake.sahara.project_id
    binary = hub_fake.sahara.add_binary()
    job = sahara.create(project, SaharaJobCreate(name="wc", type="Pig", mains=[binary]))
    answer = sahara.execute_with_http_info(
        project,
        job.id,
        SaharaJobExecute(
            cluster_id=hub_fake.sahara.cluster_id,
            job_configs={"job_execution_info": {"job_execution_type": "scheduled"}},
        ),
    )
    sent = json.loads(answer.raw_data)["job_execution"]
    left_out = {
        "updated_at",
        "start_time",
        "end_time",
        "engine_job_id",
        "return_code",
        "data_source_urls",
    }
    assert not left_out & set(sent)
    execution = answer.data.job_execution
    assert execution.start_time is None and execution.decode_issues == []
    assert execution.job_configs.job_execution_info == {}  # 19.0.0 drops it
    shown = json.loads(sahara.show_job_execution_with_http_info(project, execution.id).raw_data)
    assert left_out <= set(shown["job_execution"])


def _example(operation_id: str) -> object:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                source = op["requestBody"]["x-sdk-example"]
                return eval(source, {"stencila_hub": stencila_hub})  # noqa: S307 (our own spec)
    raise KeyError(operation_id)


def test_the_create_example_is_one_the_real_server_accepts():
    """A Pig, Hive, Shell, Spark or Storm job needs mains; Java and MapReduce libs, no mains."""
    body = _example("data_processing_jobs_create")
    assert isinstance(body, SaharaJobCreate)
    kind = body.type if isinstance(body.type, str) else body.type.value
    if kind in NEEDS_MAINS:
        assert body.mains
    if kind in NEEDS_LIBS:
        assert body.libs and not body.mains


def test_the_execute_example_names_the_data_sources_a_pig_job_needs():
    body = _example("data_processing_jobs_execute")
    assert isinstance(body, SaharaJobExecute)
    assert body.input_id and body.output_id


def test_job_execution_info_is_documented_as_dropped():
    configs = SPEC["components"]["schemas"]["SaharaJobConfigs"]["properties"]
    assert "drops it" in configs["job_execution_info"]["description"]
