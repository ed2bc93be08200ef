"""Agave: every operation of AgaveJobsApi, paging, waiting, downloading."""

from typing import Iterator, List, Optional

from typing_extensions import assert_type

from stencila_hub import (
    AgaveJob,
    AgaveJobHistoryEvent,
    AgaveJobsApi,
    AgaveJobStatusResult,
    AgaveJobSummary,
    AgavePermission,
    AgaveRemoteFile,
    AgaveSubmittedJob,
    ApiClient,
    Configuration,
    JobOperationRequest,
    JobPermissionRequest,
    JobRequest,
    StreamedResponse,
    pagination,
)
from stencila_hub.waiters import PollBackoff, WaitResult, wait_for_agave_job

api = AgaveJobsApi(ApiClient(Configuration(access_token="t")))

job = api.submit(
    JobRequest(
        name="n", app_id="app-1.0", inputs={}, parameters={}, archive=True, archive_path="out"
    )
)
assert_type(job, AgaveSubmittedJob)
assert_type(job.id, str)
assert_type(api.get("j"), AgaveJob)
assert_type(api.list(), List[AgaveJobSummary])
assert_type(api.search("status", "RUNNING"), List[AgaveJobSummary])
assert_type(api.get_status("j"), AgaveJobStatusResult)
assert_type(api.get_history("j"), List[AgaveJobHistoryEvent])
assert_type(api.manage("j", JobOperationRequest(action="stop")), Optional[AgaveJob])
assert_type(api.delete("j"), None)
assert_type(api.list_permissions("j"), List[AgavePermission])
assert_type(api.list_permissions_for_user("j", "bob"), AgavePermission)
permission = JobPermissionRequest(username="bob", permission="READ")
assert_type(api.update_permissions("j", permission), Optional[AgavePermission])
assert_type(api.update_permissions_for_user("j", "bob", permission), Optional[AgavePermission])
assert_type(api.delete_permissions("j"), None)
assert_type(api.delete_permissions_for_user("j", "bob"), None)
assert_type(api.list_outputs("j", "output"), List[AgaveRemoteFile])

assert_type(api.download_output("j", "output/job.out"), bytes)
assert_type(api.download_output("j", "output/job.out", _stream=False), bytes)
with api.download_output("j", "output/job.out", _stream=True) as stream:
    assert_type(stream, StreamedResponse)
    for chunk in stream.iter_bytes():
        assert_type(chunk, bytes)

summaries = pagination.offset(api.list, limit=100)
assert_type(summaries, Iterator[AgaveJobSummary])
for summary in summaries:
    assert_type(summary.id, Optional[str])

result = wait_for_agave_job(api, "j", timeout=60, backoff=PollBackoff(initial=0.1))
assert_type(result, WaitResult[AgaveJobStatusResult])
assert_type(result.value, AgaveJobStatusResult)
assert_type(result.succeeded, bool)
print(str(result.value.status))
