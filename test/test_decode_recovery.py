"""A 2xx answer of the right top-level shape always decodes (stencila_hub.decode_recovery), over
loopback sockets for the three shapes a misfit can hide in: a nested model inside a list
(Kubernetes), an envelope's member (Sahara), a list body; and what it must not do."""

from __future__ import annotations

import copy
import json

import pytest

import stencila_hub
from stencila_hub import BatchV1Api, DataProcessingJobsApi, InlineObject3, V1Job
from stencila_hub.base_model import decode_json
from test.conftest import fixture_json

JOBS = "/apis/batch/v1/namespaces/default/jobs"


@pytest.fixture
def k8s(client_for) -> BatchV1Api:
    return BatchV1Api(
        client_for(api_key={"BearerToken": "t"}, api_key_prefix={"BearerToken": "Bearer"})
    )


@pytest.fixture
def sahara(client_for) -> DataProcessingJobsApi:
    return DataProcessingJobsApi(client_for(api_key={"KeystoneToken": "t"}))


def test_a_misfit_in_a_list_item_of_a_nested_model_keeps_the_rest_typed(server, k8s):
    """The kubernetes client's best-known failure ("Invalid value for `conditions`, must not be
    `None`") is this: one nested value the schema does not admit loses the whole answer."""
    payload = fixture_json("kubernetes", "job_complete")
    payload["status"]["conditions"][0]["lastTransitionTime"] = {"seconds": 1700000000}
    payload["status"]["succeeded"] = "1"
    server.reply_json(payload)
    job = k8s.read_namespaced_job_status(payload["metadata"]["name"], "default")
    assert dict(job.decode_issues) == {
        "status.conditions[0].lastTransitionTime": "expected date-time, got object",
        "status.succeeded": "expected integer, got string",
    }
    assert (
        "conditions[0].lastTransitionTime",
        "expected date-time, got object",
    ) in job.status.decode_issues
    condition = job.status.conditions[0]
    assert condition.decode_issues == [("lastTransitionTime", "expected date-time, got object")]
    assert condition.last_transition_time == {"seconds": 1700000000}
    assert condition.type == payload["status"]["conditions"][0]["type"]  # what fits stays typed
    assert job.metadata.creation_timestamp.tzinfo is not None
    sent_back = json.loads(job.to_json())
    assert sent_back["status"]["conditions"][0]["lastTransitionTime"] == {"seconds": 1700000000}
    assert sent_back["status"]["succeeded"] == "1"


def test_a_missing_required_field_is_listed_and_the_rest_decodes(server, k8s):
    payload = fixture_json("kubernetes", "job_complete")
    del payload["spec"]  # required by the schema
    server.reply_json(payload)
    job = k8s.read_namespaced_job_status(payload["metadata"]["name"], "default")
    assert job.decode_issues == [("spec", "missing required field")]
    assert job.spec is None and job.status.succeeded == payload["status"]["succeeded"]
    assert "spec" not in json.loads(job.to_json())


def test_a_misfit_in_an_envelopes_member_is_listed_on_the_member(server, sahara):
    payload = fixture_json("sahara", "job_full")
    payload["job"]["is_public"] = "yes"
    server.reply_json(payload)
    job = sahara.show("p1", payload["job"]["id"])
    assert job.decode_issues == [("is_public", "expected boolean, got string")]
    assert job.is_public == "yes" and job.created_at.tzinfo is not None
    server.reply_json(payload)
    envelope = sahara.show_with_http_info("p1", payload["job"]["id"]).data
    assert envelope.decode_issues == [("job.is_public", "expected boolean, got string")]


def test_a_list_body_lists_the_misfit_on_its_item():
    job = fixture_json("hub", "job_full")
    odd = {**job, "urls": ["ws://x"]}
    raw = json.dumps([job, odd]).encode()
    jobs = decode_json(list[InlineObject3], raw)
    assert jobs[0].decode_issues == []
    assert jobs[1].decode_issues == [("urls", "expected object, got array")]
    assert jobs[1].urls == ["ws://x"]


def test_what_does_not_fit_at_the_top_is_still_an_error(server, k8s):
    server.reply_json(["not", "a", "job"])
    with pytest.raises(stencila_hub.ResponseDecodeError, match="does not match the spec"):
        k8s.read_namespaced_job_status("pi", "default")
    server.reply(200, b'{"kind": "Job", "status": ', headers={"Content-Type": "application/json"})
    with pytest.raises(stencila_hub.ResponseDecodeError):
        k8s.read_namespaced_job_status("pi", "default")


def test_a_body_that_fits_has_no_issues_and_does_not_log(server, k8s, caplog):
    payload = fixture_json("kubernetes", "job_complete")
    server.reply_json(payload)
    with caplog.at_level("WARNING", logger="stencila_hub"):
        job = k8s.read_namespaced_job_status(payload["metadata"]["name"], "default")
    assert job.decode_issues == [] and job.status.decode_issues == []
    assert not [r for r in caplog.records if r.name == "stencila_hub"]


def test_a_decoded_model_with_a_misfit_sent_back_in_a_put_keeps_it(server, k8s):
    """A read-modify-replace (PUT) sends the whole object: a raw value goes back as it came."""
    payload = fixture_json("kubernetes", "job_complete")
    payload["status"]["succeeded"] = "1"
    server.reply_json(payload)
    job = k8s.read_namespaced_job_status(payload["metadata"]["name"], "default")
    server.reply_json(payload)
    k8s.replace_namespaced_job_status(payload["metadata"]["name"], "default", job)
    assert server.last.json["status"]["succeeded"] == "1"


def test_from_dict_recovers_too_and_constructing_stays_strict():
    payload = copy.deepcopy(fixture_json("kubernetes", "job_complete"))
    payload["spec"]["parallelism"] = "2"
    job = V1Job.from_dict(payload)
    assert job.decode_issues == [("spec.parallelism", "expected integer, got string")]
    with pytest.raises(ValueError, match="parallelism"):
        V1Job.model_validate(payload)


def test_a_merge_patch_of_a_decoded_job_sends_what_changed_inside_it(server, k8s):
    """A PATCH of a decoded model sends the fields changed since decoding; a change inside a
    nested model changes its top-level field (merge-patch: the whole status goes)."""
    payload = fixture_json("kubernetes", "job_running")
    name = payload["metadata"]["name"]
    server.reply_json(payload)
    job = k8s.read_namespaced_job_status(name, "default")
    job.status.succeeded = 5
    server.reply_json(payload)
    k8s.patch_namespaced_job_status(name, "default", job)
    sent = server.last.json
    assert list(sent) == ["status"] and sent["status"]["succeeded"] == 5
    assert sent["status"]["active"] == payload["status"]["active"]
