"""Sahara: every operation of DataProcessingJobsApi; UUID fields take text."""

from typing import Iterator, List
from uuid import UUID

from typing_extensions import assert_type

from stencila_hub import (
    ApiClient,
    Configuration,
    DataProcessingJobsApi,
    SaharaJob,
    SaharaJobConfigHints,
    SaharaJobCreate,
    SaharaJobExecute,
    SaharaJobExecution,
    SaharaJobUpdate,
    pagination,
)
from stencila_hub.waiters import WaitResult, wait_for_sahara_execution

api = DataProcessingJobsApi(ApiClient(Configuration.from_env("sahara")))
project = "p"

created = api.create(project, SaharaJobCreate(name="wordcount", type="Pig"))
assert_type(created, SaharaJob)
assert_type(created.id, str)
assert_type(api.list(project), List[SaharaJob])
assert_type(api.show(project, created.id), SaharaJob)
assert_type(api.update(project, created.id, SaharaJobUpdate(description="d")), SaharaJob)
assert_type(api.delete(project, created.id), None)
assert_type(api.get_config_hints(project, "Pig"), SaharaJobConfigHints)

body = SaharaJobExecute(cluster_id="0a2e4a4b-5a4b-4e2e-9d6f-8d3c4b2a1f00", input_id=UUID(int=1))
execution = api.execute(project, created.id, body)
assert_type(execution, SaharaJobExecution)
assert_type(api.show_job_execution(project, execution.id), SaharaJobExecution)

jobs = pagination.marker(api.list, project, limit=50)
assert_type(jobs, Iterator[SaharaJob])

waited = wait_for_sahara_execution(api, project, execution.id)
assert_type(waited, WaitResult[SaharaJobExecution])
