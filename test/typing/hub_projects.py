"""The Hub's project jobs, worker events and account views; the paging and waiting helpers."""

from typing import assert_type

from stencila_hub import (
    AccountsApi,
    ApiClient,
    CeleryWorkerEvent,
    Configuration,
    HubJob,
    HubJobCreate,
    HubJobListItem,
    HubJobPage,
    HubWorker,
    HubWorkerHeartbeat,
    HubWorkerUpdate,
    HubZone,
    HubZoneCreate,
    InlineObject3,
    JobsApi,
    ProjectsApi,
    WorkersApi,
    aio,
    pagination,
)
from stencila_hub.waiters import WaitResult, wait_for_hub_job

config = Configuration(
    host="https://hub.stenci.la/api", api_key={"Token": "k"}, api_key_prefix={"Token": "Token"}
)
with ApiClient(config) as client:
    projects = ProjectsApi(client)
    page = projects.projects_jobs_list("1", limit=10, status="RUNNING")
    assert_type(page, HubJobPage)
    assert_type(page.results[0], HubJobListItem)
    assert_type(page.next, str | None)
    for item in pagination.hub(projects.projects_jobs_list, "1", method="sleep"):
        assert_type(item, HubJobListItem)
    created = projects.projects_jobs_create("1", HubJobCreate(method="sleep", params={"s": 1}))
    assert_type(created, HubJob)
    assert_type(projects.projects_jobs_read("1", 5, key="k"), HubJob)
    assert_type(projects.projects_jobs_partial_update("1", 5, HubJob(description="d")), HubJob)
    assert_type(projects.projects_jobs_cancel("1", 5), HubJob)
    waited = wait_for_hub_job(projects, "1", 5, timeout=60)
    assert_type(waited, WaitResult[HubJob])
    assert_type(wait_for_hub_job(lambda: created), WaitResult[HubJob])
    # The seed's names are subclasses of HubJob: a decoded one goes where a HubJob is taken.
    put = JobsApi(client).jobs_update(5, InlineObject3(status="SUCCESS"))
    projects.projects_jobs_partial_update("1", 5, put)

    workers = WorkersApi(client)
    assert_type(workers.workers_online(CeleryWorkerEvent(hostname="celery@w1", pid=7)), None)
    assert_type(workers.workers_partial_update("celery@w1", HubWorkerUpdate(stats={})), None)

    accounts = AccountsApi(client)
    assert_type(accounts.accounts_workers_read("1", 2), HubWorker)
    for beat in pagination.hub(accounts.accounts_workers_heartbeats_list, "1", 2):
        assert_type(beat, HubWorkerHeartbeat)
    assert_type(accounts.accounts_zones_create("1", HubZoneCreate(name="z")), HubZone)
    assert_type(accounts.accounts_zones_delete("1", 3), None)


async def async_user(client: "aio.AsyncApiClient") -> None:
    projects = aio.ProjectsApi(client)
    assert_type(await projects.projects_jobs_read("1", 5), HubJob)
    assert_type(await aio.wait_for_hub_job(projects, "1", 5), WaitResult[HubJob])
    async for item in aio.pages.hub(projects.projects_jobs_list, "1", status="RUNNING"):
        print(item)
