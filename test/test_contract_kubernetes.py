"""Contract: every batch_v1 operation, sent by the SDK, is accepted by Prism validating openapi.yaml,
and Prism's answers (generated from the spec) decode to the declared models."""

from __future__ import annotations

import json

import pytest
import urllib3

import stencila_hub
from stencila_hub import BatchV1Api, V1Job, V1JobList
from stencila_hub.kubernetes import replace_job_status
from test.conftest import fixture_json
from test.support.clients import make_client

pytestmark = pytest.mark.prism

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

TOKEN = "contract-token"


@pytest.fixture
def api(prism, client_kind):
    config = stencila_hub.Configuration(host=prism.url, api_key={"BearerToken": TOKEN},
                                        api_key_prefix={"BearerToken": "Bearer"}, retries=0)
    with make_client(client_kind, config) as client:
        yield BatchV1Api(client)


def _accepted(info, status: int = 200) -> None:
    assert info.status_code == status, info.raw_data
    assert "sl-violations" not in info.headers


def test_list_namespaced_job_is_accepted(api):
    info = api.list_namespaced_job_with_http_info(
        "default", pretty="false", label_selector="app=pi,tier!=batch",
        field_selector="status.successful=1", limit=2, _continue="eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ",
        resource_version="48220", resource_version_match="NotOlderThan", timeout_seconds=30)
    _accepted(info)
    assert isinstance(info.data, V1JobList)


def test_list_job_for_all_namespaces_is_accepted(api):
    info = api.list_job_for_all_namespaces_with_http_info(
        label_selector="app=pi", field_selector="metadata.namespace=default", limit=5,
        resource_version="48220", resource_version_match="NotOlderThan", timeout_seconds=30)
    _accepted(info)
    assert isinstance(info.data, V1JobList)


def test_a_watch_request_is_accepted(api):
    """What watch_jobs sends (Prism answers the spec's list example, not a stream)."""
    with api.list_namespaced_job_stream(
            "default", allow_watch_bookmarks=True, resource_version="48220", timeout_seconds=300,
            watch=True, label_selector="app=pi") as streamed:
        assert streamed.status_code == 200
        assert "sl-violations" not in streamed.headers
        assert V1JobList.from_json(streamed.read()) is not None


def test_read_namespaced_job_is_accepted(api):
    info = api.read_namespaced_job_with_http_info("render-frames", "media", pretty="true")
    _accepted(info)
    assert isinstance(info.data, V1Job)


def test_read_namespaced_job_status_is_accepted(api):
    info = api.read_namespaced_job_status_with_http_info("render-frames", "media")
    _accepted(info)
    assert isinstance(info.data, V1Job)


@pytest.mark.parametrize("fixture", ["seed_replace_status_request", "job_running",
                                     "job_complete", "job_failed"])
def test_replace_namespaced_job_status_is_accepted(api, fixture):
    body = V1Job.from_dict(fixture_json("kubernetes", fixture))
    info = api.replace_namespaced_job_status_with_http_info(
        body.metadata.name, body.metadata.namespace, body, pretty="false", dry_run="All",
        field_manager="overseer", field_validation="Strict")
    _accepted(info)
    assert isinstance(info.data, V1Job)


def test_patch_namespaced_job_status_is_accepted(api):
    info = api.patch_namespaced_job_status_with_http_info(
        "render-frames", "media", fixture_json("kubernetes", "patch_status_merge_body"),
        dry_run="All", field_manager="overseer", field_validation="Warn")
    _accepted(info)
    assert isinstance(info.data, V1Job)


def test_the_replace_loop_is_accepted(api):
    def mark_ready(job: V1Job) -> None:
        job.status.ready = 1

    job = replace_job_status(api, "render-frames", "media", mark_ready)
    assert isinstance(job, V1Job)


def test_prism_does_reject_what_the_spec_forbids(prism):
    """The harness can fail: a body that breaks the spec gets 422, a missing token 401."""
    path = prism.url + "/apis/batch/v1/namespaces/media/jobs/render-frames/status"
    headers = {"Content-Type": "application/json", "authorization": f"Bearer {TOKEN}"}
    bad = urllib3.request("PUT", path, headers=headers,
                          body=json.dumps({"status": {"active": "one"}}).encode())
    assert bad.status == 422
    unauthenticated = urllib3.request("GET", path)
    assert unauthenticated.status == 401
