"""Kubernetes: every operation of BatchV1Api, snake_case model arguments, paging."""

from datetime import datetime, timezone
from typing import Iterator

from typing_extensions import assert_type

from stencila_hub import (
    ApiClient,
    BatchV1Api,
    Configuration,
    StreamedResponse,
    V1Job,
    V1JobCondition,
    V1JobList,
    V1JobStatus,
    pagination,
)
from stencila_hub.waiters import WaitResult, wait_for_kubernetes_job

api = BatchV1Api(ApiClient(Configuration.from_env("kubernetes")))

condition = V1JobCondition(
    type="Complete", status="True", last_transition_time=datetime.now(timezone.utc)
)
status = V1JobStatus(conditions=[condition], succeeded=1, completion_time=None)
job = api.read_namespaced_job("pi", "default")
assert_type(job, V1Job)
assert_type(api.read_namespaced_job_status("pi", "default"), V1Job)
assert_type(api.list_namespaced_job("default", limit=10), V1JobList)
assert_type(api.list_job_for_all_namespaces(limit=10), V1JobList)
with api.list_namespaced_job_stream("default", watch=True) as events:
    assert_type(events, StreamedResponse)
assert_type(api.list_job_for_all_namespaces_stream(watch=True), StreamedResponse)
job.status = status
assert_type(api.replace_namespaced_job_status("pi", "default", job), V1Job)
assert_type(api.patch_namespaced_job_status("pi", "default", {"status": {"succeeded": 1}}), V1Job)

jobs = pagination.continue_token(api.list_namespaced_job, "default", limit=500)
assert_type(jobs, Iterator[V1Job])

waited = wait_for_kubernetes_job(api, "pi", "default")
assert_type(waited, WaitResult[V1Job])
