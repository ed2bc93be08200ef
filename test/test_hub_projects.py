"""The Hub's project jobs, worker events and account views: the SDK against the fake Hub (real
sockets; the fake checks every request and answer against openapi.yaml) and the wire format
against a recording server."""

from __future__ import annotations

import pytest
import urllib3

import stencila_hub
from stencila_hub import (
    AccountsApi,
    CeleryWorkerEvent,
    HubJob,
    HubJobCreate,
    HubJobListItem,
    HubWorkerUpdate,
    HubZoneCreate,
    InlineObject3,
    InlineObject4,
    JobsApi,
    ProjectsApi,
    WorkersApi,
    pagination,
)
from stencila_hub.waiters import wait_for_hub_job

ONLINE = CeleryWorkerEvent(hostname="celery@w1", utcoffset=0, pid=7, freq=2.0, sw_ident="py-celery",
                           sw_ver="5.2.7", sw_sys="Linux", timestamp=1764936000.0)  # fmt: skip


@pytest.fixture
def projects(hub_fake) -> ProjectsApi:
    return hub_fake.hub.api(ProjectsApi)


def _raw(fake, method: str, path: str, token: str | None = None) -> urllib3.BaseHTTPResponse:
    headers = {"Authorization": f"Token {token or fake.token('hub')}"}
    return urllib3.request(method, fake.url("hub") + path, headers=headers, retries=False,
                           timeout=5)  # fmt: skip


# -- the job model -------------------------------------------------------------------------------


def test_inline_objects_are_subclasses_of_the_one_hub_job():
    assert issubclass(InlineObject3, HubJob) and issubclass(InlineObject4, HubJob)
    assert InlineObject3.model_fields.keys() == HubJob.model_fields.keys()
    assert set(HubJob.model_fields) - set(HubJobListItem.model_fields) == {
        "position", "children", "params"}  # fmt: skip
    job = InlineObject3.from_json('{"id": 5, "status": "RUNNING", "urls": {"ws": "ws://h"}}')
    assert isinstance(job, HubJob) and type(job) is InlineObject3
    with pytest.raises(ValueError, match="unknown field"):
        InlineObject4(no_such_field=1)


def test_a_job_read_from_the_project_route_patches_through_jobs_only_what_changed(
        hub_fake, projects):  # fmt: skip
    id = hub_fake.hub.add_job(project=1, status="RUNNING")
    job = projects.projects_jobs_read("1", id)
    assert type(job) is HubJob
    job.status = "SUCCESS"
    assert hub_fake.api("hub").jobs_partial_update(id, job) is None
    assert hub_fake.hub.updates(id) == [{"status": "SUCCESS"}]


# -- project jobs ------------------------------------------------------------------------------


def test_the_job_list_pages_through_next_and_leaves_out_three_fields(hub_fake, projects):
    ids = [hub_fake.hub.add_job(project=1, status="RUNNING") for _ in range(5)]
    hub_fake.hub.add_job(project=2)
    page = projects.projects_jobs_list("1", limit=2)
    assert page.count == 5 and page.previous is None
    assert page.next == f"{hub_fake.url('hub')}/projects/1/jobs/?limit=2&offset=2"
    assert [j.id for j in page.results] == ids[::-1][:2]  # newest first
    assert all(type(j) is HubJobListItem for j in page.results)
    assert "position" not in page.results[0].to_dict()
    walked = list(pagination.hub(projects.projects_jobs_list, "1", limit=2))
    assert [j.id for j in walked] == ids[::-1]
    calls = hub_fake.requests_to("hub", "projects_jobs_list")[1:]
    assert [r.query.get("offset") for r in calls] == [None, ["2"], ["4"]]


def test_the_job_list_filters_by_status_method_and_creator(hub_fake, projects):
    hub_fake.hub.add_job(project=1, status="RUNNING", method="sleep", creator=3)
    hub_fake.hub.add_job(project=1, status="SUCCESS", method="sleep", creator=3)
    hub_fake.hub.add_job(project=1, status="RUNNING", method="convert", creator=4)
    found = projects.projects_jobs_list("1", status="RUNNING", method="sleep", creator=3)
    assert [(j.status, j.method, j.creator) for j in found.results] == [("RUNNING", "sleep", 3)]
    walked = pagination.hub(projects.projects_jobs_list, "1", method="sleep")  # not the helper's
    assert [j.method for j in walked] == ["sleep", "sleep"]
    assert hub_fake.requests_to("hub")[-2].query == {
        "status": ["RUNNING"], "method": ["sleep"], "creator": ["3"]}  # fmt: skip


def test_create_answers_201_with_the_job_and_an_unknown_method_is_a_field_error(
        hub_fake, projects):  # fmt: skip
    hub_fake.hub.add_project(1)
    info = projects.projects_jobs_create_with_http_info(
        "1", HubJobCreate(method="sleep", params={"seconds": 1}, description="nap")
    )
    assert info.status_code == 201 and type(info.data) is HubJob
    assert (info.data.status, info.data.params, info.data.project) == (
        "DISPATCHED",
        {"seconds": 1},
        1,
    )
    with pytest.raises(stencila_hub.BadRequestException) as err:
        projects.projects_jobs_create("1", HubJobCreate(method="levitate"))
    assert err.value.errors == [("method", '"levitate" is not a valid choice.')]


def test_an_anonymous_caller_reads_a_job_with_its_key(hub_fake):
    id = hub_fake.hub.add_job(project=1)
    anonymous = hub_fake.hub.api(ProjectsApi, token="")
    key = hub_fake.hub.job(id)["key"]
    assert anonymous.projects_jobs_read("1", id, key=key).id == id
    assert "authorization" not in hub_fake.requests_to("hub")[-1].headers
    with pytest.raises(stencila_hub.ForbiddenException):
        anonymous.projects_jobs_read("1", id)
    with pytest.raises(stencila_hub.ForbiddenException):
        anonymous.projects_jobs_list("1")


def test_partial_update_answers_with_the_job(hub_fake, projects):
    id = hub_fake.hub.add_job(project=1)
    job = projects.projects_jobs_partial_update("1", id, HubJob(description="for review"))
    assert (type(job), job.description) == (HubJob, "for review")
    assert hub_fake.hub.updates(id) == [{"description": "for review"}]


def test_cancel_sends_no_body_and_cancels_an_active_job_only(hub_fake, projects):
    id = hub_fake.hub.add_job(project=1, status="RUNNING")
    job = projects.projects_jobs_cancel("1", id)
    assert (job.status, job.is_active, job.ended is not None) == ("CANCELLED", False, True)
    assert hub_fake.requests_to("hub", "projects_jobs_cancel")[0].body == b""
    done = hub_fake.hub.add_job(project=1, status="SUCCESS")
    assert projects.projects_jobs_cancel("1", done).status == "SUCCESS"


def test_execute_fails_with_the_server_bug(hub_fake, projects):
    hub_fake.hub.add_project(1)
    with pytest.raises(stencila_hub.ServiceException) as err:
        projects.projects_jobs_execute("1", {"type": "CodeChunk", "text": "6 * 7"})
    assert err.value.status == 500
    assert "unexpected keyword argument 'project'" in err.value.data.message


def test_connect_is_503_until_the_session_runs(hub_fake):
    projects = hub_fake.hub.api(ProjectsApi, retries=0)
    id = hub_fake.hub.add_job(project=1, method="session", status="DISPATCHED")
    with pytest.raises(stencila_hub.ServiceException) as err:
        projects.projects_jobs_connect_read("1", id, "status", protocol="http")
    assert (err.value.status, err.value.data.message) == (503, "Job is not ready")
    hub_fake.api("hub").jobs_partial_update(id, InlineObject4(status="RUNNING"))
    answer = projects.projects_jobs_connect_create("1", id, "kernel/execute", {"code": "1"})
    assert answer == {"job": id, "method": "POST", "path": "kernel/execute", "protocol": "http",
                      "body": {"code": "1"}}  # fmt: skip


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_put_and_delete_on_a_project_job_are_405(hub_fake, method):
    id = hub_fake.hub.add_job(project=1)
    reply = _raw(hub_fake, method, f"/projects/1/jobs/{id}/")
    assert (reply.status, reply.json()) == (405, {"message": f'Method "{method}" not allowed.'})
    [violation] = hub_fake.take_violations()  # openapi.yaml has no such operation either
    assert "no such operation" in violation.message


def test_an_unknown_project_or_a_job_of_another_project_is_404(hub_fake, projects):
    id = hub_fake.hub.add_job(project=2)
    with pytest.raises(stencila_hub.NotFoundException):
        projects.projects_jobs_read("1", id)
    with pytest.raises(stencila_hub.NotFoundException):
        projects.projects_jobs_read("9", id)


def test_wait_for_hub_job_reads_the_job_itself(hub_fake, projects):
    id = hub_fake.hub.add_job(project=1, status="RUNNING")
    seen = []

    def sleep(seconds: float) -> None:  # the job ends while the waiter sleeps
        seen.append(seconds)
        hub_fake.api("hub").jobs_partial_update(id, InlineObject4(status="FAILURE"))

    result = wait_for_hub_job(projects, "1", id, sleep=sleep)
    assert (result.state.status, result.succeeded, result.polls) == ("FAILURE", False, 2)
    assert type(result.value) is HubJob and len(seen) == 1
    with pytest.raises(TypeError):
        wait_for_hub_job(projects, "1")  # type: ignore[call-overload]


# -- workers (staff) and account views (members) -------------------------------------------------


def test_worker_events_answer_none_and_show_in_the_account_views(hub_fake):
    workers = hub_fake.hub.api(WorkersApi)
    assert workers.workers_online(ONLINE) is None
    for n in range(3):
        workers.workers_heartbeat(CeleryWorkerEvent(hostname="celery@w1", active=n, processed=n,
                                                    loadavg=[0.5, 0.25, 0.0],
                                                    timestamp=1764936002.0 + n))  # fmt: skip
    assert workers.workers_partial_update(
        "celery@w1", HubWorkerUpdate(stats={"pool": {"max-concurrency": 4}},
                                     queues=[{"name": "stencila"}])) is None  # fmt: skip
    sent = hub_fake.requests_to("hub", "workers_online")[0]
    assert b'"sw_ident":"py-celery"' in sent.body.replace(b" ", b"")  # Celery's own names

    accounts = hub_fake.hub.api(AccountsApi, token=hub_fake.hub.member_token)
    [worker] = accounts.accounts_workers_list("stencila").results
    assert (worker.hostname, worker.active, worker.software) == (
        "celery@w1",
        True,
        "py-celery-5.2.7",
    )
    assert worker.details == {"pool": {"max-concurrency": 4}}
    [queue] = accounts.accounts_queues_list("1").results
    assert (
        worker.queues == [queue.id]
        and accounts.accounts_queues_read("1", queue.id).name == "stencila"
    )
    beats = list(pagination.hub(accounts.accounts_workers_heartbeats_list, "1", worker.id, limit=2))
    assert [b.active for b in beats] == [2, 1, 0]  # newest first, over two pages
    assert beats[0].load == [0.5, 0.25, 0.0]

    workers.workers_offline(CeleryWorkerEvent(hostname="celery@w1", timestamp=1764939600.0))
    gone = accounts.accounts_workers_read("1", worker.id)
    assert gone.active is False and gone.finished is not None


def test_worker_routes_are_staff_only(hub_fake):
    member = hub_fake.hub.api(WorkersApi, token=hub_fake.hub.member_token)
    with pytest.raises(stencila_hub.ForbiddenException) as err:
        member.workers_online(ONLINE)
    assert err.value.data.message == "You do not have permission to perform this action."
    with pytest.raises(stencila_hub.ForbiddenException) as err:
        hub_fake.hub.api(WorkersApi, token="wrong").workers_heartbeat(ONLINE)
    assert err.value.data.message == "Invalid token."
    with pytest.raises(stencila_hub.ForbiddenException):
        hub_fake.hub.api(JobsApi, token=hub_fake.hub.member_token).jobs_update(
            hub_fake.hub.add_job(), InlineObject3(status="RUNNING")
        )
    with pytest.raises(stencila_hub.NotFoundException):  # stats of a worker never seen online
        hub_fake.hub.api(WorkersApi).workers_partial_update("celery@nobody", HubWorkerUpdate())
    assert hub_fake.hub.worker_hostnames == []


def test_zones_are_read_by_members_and_made_by_managers(hub_fake):
    staff = hub_fake.hub.api(AccountsApi)
    member = hub_fake.hub.api(AccountsApi, token=hub_fake.hub.member_token)
    zone = staff.accounts_zones_create("stencila", HubZoneCreate(name="gpu-west"))
    assert (zone.name, zone.account) == ("gpu-west", 1)
    assert member.accounts_zones_read("1", zone.id) == zone
    with pytest.raises(stencila_hub.BadRequestException):
        staff.accounts_zones_create("1", HubZoneCreate(name="gpu-west"))
    with pytest.raises(stencila_hub.ForbiddenException):
        member.accounts_zones_delete("1", zone.id)
    assert staff.accounts_zones_delete("1", zone.id) is None
    assert member.accounts_zones_list("1").count == 0
    with pytest.raises(ValueError, match="does not match"):
        HubZoneCreate(name="GPU West")  # the spec's pattern, checked before sending


# -- the wire format (a recording server) --------------------------------------------------------


def test_wire_cancel_is_a_patch_without_body_and_filters_are_query_parameters(server, client_for):
    api = ProjectsApi(client_for(api_key={"Token": "k"}, api_key_prefix={"Token": "Token"}))
    server.reply_json({"id": 7, "status": "CANCELLED", "method": "sleep"})
    api.projects_jobs_cancel("my-project", 7)
    req = server.last
    assert (req.method, req.path, req.body) == ("PATCH", "/projects/my-project/jobs/7/cancel/", b"")
    assert req.headers["authorization"] == "Token k"
    server.reply_json({"count": 0, "next": None, "previous": None, "results": []})
    api.projects_jobs_list("1", limit=10, offset=20, status="RUNNING")
    assert (server.last.path, server.last.raw_query) == (
        "/projects/1/jobs/",
        "limit=10&offset=20&status=RUNNING",
    )


def test_wire_worker_event_keeps_celery_extras_and_an_empty_answer_is_none(server, client_for):
    api = WorkersApi(client_for(api_key={"Token": "k"}, api_key_prefix={"Token": "Token"}))
    server.reply(200, b"")
    event = CeleryWorkerEvent.from_dict({"hostname": "celery@w1", "type": "worker-heartbeat",
                                         "clock": 42, "active": 0})  # fmt: skip
    assert api.workers_heartbeat(event) is None
    assert server.last.json == {"hostname": "celery@w1", "type": "worker-heartbeat", "clock": 42,
                                "active": 0}  # fmt: skip
    assert server.last.path == "/workers/heartbeat/"


# -- the paging step (pure) ----------------------------------------------------------------------


@pytest.mark.parametrize(("next_link", "kwargs", "expected"), [
    ("http://h/api/projects/1/jobs/?limit=2&offset=2", {"status": "RUNNING"},
     {"status": "RUNNING", "limit": 2, "offset": 2}),
    ("https://proxy.example/api/projects/1/jobs/?offset=100&limit=50&method=sleep", {"limit": 50},
     {"limit": 50, "offset": 100}),  # another host in `next`: only limit and offset are taken
    (None, {}, None),  # the last page
    ("http://h/api/x/?limit=2&offset=4", {"limit": 2, "offset": 4}, None),  # would not move on
])  # fmt: skip
def test_the_next_page_takes_limit_and_offset_from_the_next_link(next_link, kwargs, expected):
    page = stencila_hub.HubJobPage(count=9, next=next_link, results=[HubJobListItem(id=1)])
    items, following = pagination.NextLinkPaging().split(page, kwargs)
    assert [i.id for i in items] == [1] and following == expected
    empty = stencila_hub.HubJobPage(count=0, next=next_link, results=[])
    assert pagination.NextLinkPaging().split(empty, kwargs) == ([], None)
