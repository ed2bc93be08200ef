"""Agave (Tapis v2) AgaveJobsApi over real loopback sockets: the 16 operations on the wire, the
envelope, typed errors, paging, typed search terms and streamed downloads (stencila_hub.agave)."""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import socket
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

import stencila_hub
from stencila_hub import AgaveJobsApi, pagination
from stencila_hub.agave import (
    SEARCH_FIELDS,
    SearchTerm,
    download_output_to,
    range_header,
    search_jobs,
    search_query,
)
from stencila_hub.api_client import StreamedResponse
from stencila_hub.models import (
    AgaveEmptyResponse,
    AgaveError,
    AgaveJob,
    AgaveJobHistoryEvent,
    AgaveJobHistoryListResponse,
    AgaveJobResponse,
    AgaveJobStatus,
    AgaveJobStatusResponse,
    AgaveJobStatusResult,
    AgaveJobSummary,
    AgaveJobSummaryListResponse,
    AgavePermission,
    AgavePermissionListResponse,
    AgavePermissionResponse,
    AgaveRemoteFile,
    AgaveRemoteFileListResponse,
    AgaveSearchOp,
    AgaveSubmittedJob,
    JobOperationRequest,
    JobPermissionRequest,
    JobRequest,
)
from test.conftest import fixture_json
from test.support.servers import LoopbackServer

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

TOKEN = "agave-0a1b2c3d4e5f-access-token"
JOB = "6608339759546166810-242ac114-0001-007"


@pytest.fixture
def api(client_for) -> AgaveJobsApi:
    return AgaveJobsApi(client_for(access_token=TOKEN, retries=0))


def envelope(result: Any = None, **extra: Any) -> dict[str, Any]:
    body = {"status": "success", "message": None, "version": "2.2.14-red7223e", **extra}
    if result is not None:
        body["result"] = result
    return body


def summaries(n: int, start: int = 0) -> dict[str, Any]:
    return envelope(
        [{"id": f"job-{i}", "name": f"n{i}", "status": "RUNNING"} for i in range(start, start + n)]
    )


# -- the 16 operations on the wire -------------------------------------------------------------

# (method, args, kwargs, HTTP method, path as sent, query, body sent, reply fixture, reply status)
WIRE = [
    (
        "list",
        (),
        {
            "limit": 10,
            "offset": 20,
            "filter": "id,status",
            "order": "DESC",
            "order_by": "created",
            "pretty": True,
            "search": {"status.in": "RUNNING,QUEUED", "created.after": "2018-01-01"},
        },
        "GET",
        "/jobs/v2/",
        {
            "limit": ["10"],
            "offset": ["20"],
            "filter": ["id,status"],
            "order": ["DESC"],
            "orderBy": ["created"],
            "pretty": ["true"],
            "status.in": ["RUNNING,QUEUED"],
            "created.after": ["2018-01-01"],
        },
        None,
        "job_summaries",
        200,
    ),
    (
        "submit",
        (JobRequest.from_dict(fixture_json("agave", "job_request")),),
        {},
        "POST",
        "/jobs/v2/",
        {},
        fixture_json("agave", "job_request"),
        "job_submitted",
        201,
    ),
    (
        "get",
        (JOB,),
        {"filter": "id,status"},
        "GET",
        f"/jobs/v2/{JOB}",
        {"filter": ["id,status"]},
        None,
        "job_full",
        200,
    ),
    (
        "manage",
        (JOB, JobOperationRequest(action="stop")),
        {},
        "POST",
        f"/jobs/v2/{JOB}",
        {},
        {"action": "stop"},
        "job_stop_empty",
        200,
    ),
    ("delete", (JOB,), {}, "DELETE", f"/jobs/v2/{JOB}", {}, None, "job_delete_with_message", 200),
    (
        "get_history",
        (JOB,),
        {"limit": 5, "offset": 0, "order": "ASC"},
        "GET",
        f"/jobs/v2/{JOB}/history",
        {"limit": ["5"], "offset": ["0"], "order": ["ASC"]},
        None,
        "job_history",
        200,
    ),
    (
        "list_permissions",
        (JOB,),
        {"limit": 3},
        "GET",
        f"/jobs/v2/{JOB}/pems",
        {"limit": ["3"]},
        None,
        "job_permissions",
        200,
    ),
    (
        "update_permissions",
        (JOB, JobPermissionRequest(username="jdoe", permission="READ")),
        {},
        "POST",
        f"/jobs/v2/{JOB}/pems",
        {},
        {"username": "jdoe", "permission": "READ"},
        "job_permission_user",
        201,
    ),
    (
        "delete_permissions",
        (JOB,),
        {},
        "DELETE",
        f"/jobs/v2/{JOB}/pems",
        {},
        None,
        "job_stop_empty",
        200,
    ),
    (
        "list_permissions_for_user",
        (JOB, "jdoe"),
        {},
        "GET",
        f"/jobs/v2/{JOB}/pems/jdoe",
        {},
        None,
        "job_permission_user",
        200,
    ),
    (
        "update_permissions_for_user",
        (JOB, "jdoe", JobPermissionRequest(username="jdoe", permission="READ_WRITE")),
        {},
        "POST",
        f"/jobs/v2/{JOB}/pems/jdoe",
        {},
        {"username": "jdoe", "permission": "READ_WRITE"},
        "job_permission_user",
        201,
    ),
    (
        "delete_permissions_for_user",
        (JOB, "jdoe"),
        {},
        "DELETE",
        f"/jobs/v2/{JOB}/pems/jdoe",
        {},
        None,
        "job_stop_empty",
        200,
    ),
    ("get_status", (JOB,), {}, "GET", f"/jobs/v2/{JOB}/status", {}, None, "job_status", 200),
    (
        "list_outputs",
        (JOB, "output/sub dir"),
        {"limit": 50, "offset": 50},
        "GET",
        f"/jobs/v2/{JOB}/outputs/listings/output/sub%20dir",
        {"limit": ["50"], "offset": ["50"]},
        None,
        "job_outputs",
        200,
    ),
    (
        "search",
        ("status", "RUNNING"),
        {"limit": 2},
        "GET",
        "/jobs/v2/search/status/RUNNING",
        {"limit": ["2"]},
        None,
        "job_summaries",
        200,
    ),
]

# what each method returns for its fixture: (type of the result, check)
RESULTS = {
    "list": (
        list,
        lambda r: (
            [j.id for j in r][:1] == ["0001414144065563-5056a550b8-0001-007"]
            and all(isinstance(j, AgaveJobSummary) for j in r)
            and len(r) == 4
        ),
    ),
    "submit": (
        AgaveSubmittedJob,
        lambda r: (
            r.status == AgaveJobStatus.PENDING
            and r.last_modified is not None
            and r.last_updated is None
            and r.execution_type == "HPC"
        ),
    ),
    "get": (AgaveJob, lambda r: r.id == JOB and r.memory_per_node == 32.0 and r.archive is True),
    "manage": (type(None), lambda r: r is None),
    "delete": (type(None), lambda r: r is None),
    "get_history": (
        list,
        lambda r: (
            all(isinstance(e, AgaveJobHistoryEvent) for e in r)
            and r[0].status == "PENDING"
            and r[0].created_by == "nryan"
        ),
    ),
    "list_permissions": (list, lambda r: r[0].username == "nryan" and r[0].permission.write),
    "update_permissions": (AgavePermission, lambda r: r.username == "jdoe"),
    "delete_permissions": (type(None), lambda r: r is None),
    "list_permissions_for_user": (
        AgavePermission,
        lambda r: r.permission.read and not r.permission.write,
    ),
    "update_permissions_for_user": (AgavePermission, lambda r: r.username == "jdoe"),
    "delete_permissions_for_user": (type(None), lambda r: r is None),
    "get_status": (
        AgaveJobStatusResult,
        lambda r: r.id == JOB and r.status == AgaveJobStatus.RUNNING,
    ),
    "list_outputs": (
        list,
        lambda r: (
            all(isinstance(f, AgaveRemoteFile) for f in r)
            and r[0].type == "dir"
            and r[0].links.var_self.href.endswith("/output")
        ),
    ),
    "search": (list, lambda r: len(r) == 4),
}


@pytest.mark.parametrize(
    "name, args, kwargs, method, path, query, body, fixture, status", WIRE, ids=[w[0] for w in WIRE]
)
def test_each_operation_on_the_wire(
    server, api, name, args, kwargs, method, path, query, body, fixture, status
):
    server.reply_json(
        fixture_json("agave", fixture),
        status=status,
        headers={"Content-Type": "application/json; charset=UTF-8"},
    )
    result = getattr(api, name)(*args, **kwargs)
    req = server.last
    assert (req.method, req.path) == (method, path)
    assert req.query == query
    assert req.headers["authorization"] == f"Bearer {TOKEN}"
    assert req.headers["accept"] == "application/json"
    if body is None:
        assert req.body == b"" and "content-type" not in req.headers
    else:
        assert req.headers["content-type"] == "application/json"
        assert req.json == body
    kind, check = RESULTS[name]
    assert isinstance(result, kind), type(result)
    assert check(result)


def test_download_output_on_the_wire_returns_bytes_and_sends_range(server, api):
    server.reply(
        200, b"0123456789", {"Content-Type": "text/plain", "Content-Range": "bytes 0-9/100"}
    )
    data = api.download_output(JOB, "output/résumé #1?.txt", range="bytes=0-9")
    assert data == b"0123456789"
    req = server.last
    assert req.method == "GET"
    assert req.path == f"/jobs/v2/{JOB}/outputs/media/output/r%C3%A9sum%C3%A9%20%231%3F.txt"
    assert req.headers["range"] == "bytes=0-9"
    assert req.headers["authorization"] == f"Bearer {TOKEN}"
    assert req.headers["accept"] == "application/octet-stream, application/json"


def test_every_operation_of_the_api_is_covered():
    methods = {
        m
        for m, v in vars(AgaveJobsApi).items()
        if callable(v) and not m.startswith("_") and not m.endswith("_with_http_info")
    }
    assert methods == {w[0] for w in WIRE} | {"download_output"}
    assert len(methods) == 16


def test_with_http_info_gives_the_whole_envelope(server, api):
    server.reply_json(fixture_json("agave", "job_delete_with_message"))
    info = api.delete_with_http_info(JOB)
    assert isinstance(info.data, AgaveEmptyResponse)
    assert info.data.status == "success" and info.data.result is None
    assert info.data.message.startswith("Failed to stop job")
    server.reply_json(fixture_json("agave", "job_full"))
    info = api.get_with_http_info(JOB)
    assert isinstance(info.data, AgaveJobResponse) and info.status_code == 200
    assert info.data.version == "2.2.14-red7223e" and info.data.result.id == JOB


def test_manage_resubmit_answers_202_with_the_new_job(server, api):
    server.reply_json(fixture_json("agave", "job_submitted"), status=202)
    job = api.manage(JOB, JobOperationRequest(action="resubmit", ignoreInputConflicts=False))
    assert isinstance(job, AgaveJob) and job.id == "1674389564419740136-242ac113-0001-007"
    assert server.last.json == {"action": "resubmit", "ignoreInputConflicts": False}


@pytest.mark.parametrize(
    "call, error",
    [
        (lambda api: api.get(12345), stencila_hub.ApiTypeError),
        (lambda api: api.list(limit=-1), stencila_hub.ApiValueError),
        (lambda api: api.list(limit="10"), stencila_hub.ApiTypeError),
        (lambda api: api.list(order="UP"), stencila_hub.ApiValueError),
        (lambda api: api.list(naked=True), stencila_hub.ApiValueError),
        (lambda api: api.list(search=["status.eq=RUNNING"]), stencila_hub.ApiTypeError),
        (
            lambda api: api.list(search={"status.eq": AgaveJobStatus.RUNNING.value, "x": 1}),
            stencila_hub.ApiTypeError,
        ),
        (lambda api: api.list(search={"": "x"}), stencila_hub.ApiValueError),
        (lambda api: api.list(search={"limit": "1000"}), stencila_hub.ApiValueError),
        (lambda api: api.manage(JOB, {"action": "kill"}), stencila_hub.ApiValueError),
        (lambda api: api.manage(JOB, None), stencila_hub.ApiValueError),
        (
            lambda api: api.update_permissions(JOB, {"username": "jdoe", "permission": "OWN"}),
            stencila_hub.ApiValueError,
        ),
        (
            lambda api: api.update_permissions_for_user(
                JOB, "jdoe", JobPermissionRequest(username="other", permission="READ")
            ),
            stencila_hub.ApiValueError,
        ),
        (lambda api: api.submit({"name": "x", "appId": "a-1.0"}), stencila_hub.ApiValueError),
    ],
)
def test_bad_arguments_are_refused_before_sending(server, api, call, error):
    with pytest.raises(error):
        call(api)
    assert server.requests == []


def test_search_map_keys_go_on_the_wire_in_order_and_encoded(server, api):
    server.reply_json(summaries(1))
    api.list(search={"name.like": "wc demo*", "status.nin": "FAILED,KILLED"}, limit=5)
    raw = server.requests[-1]
    assert raw.query == {"name.like": ["wc demo*"], "status.nin": ["FAILED,KILLED"], "limit": ["5"]}


def test_the_search_map_reaches_the_wire_in_order_and_percent_encoded(server, api):
    server.reply_json(summaries(0))
    api.list(limit=3, search={"status.in": "RUNNING,QUEUED", "name.like": "a&b=c d"})
    assert server.last.raw_query == "limit=3&status.in=RUNNING%2CQUEUED&name.like=a%26b%3Dc%20d"
    assert server.last.query == {
        "limit": ["3"],
        "status.in": ["RUNNING,QUEUED"],
        "name.like": ["a&b=c d"],
    }


# -- decoding: each envelope's result, unknown values (round trips: test/properties/) ---------

ENVELOPES = [
    ("job_full", AgaveJobResponse, AgaveJob),
    ("job_submitted", AgaveJobResponse, AgaveJob),
    ("job_failed", AgaveJobResponse, AgaveJob),
    ("job_unknown_status", AgaveJobResponse, AgaveJob),
    ("job_minimal_nulls", AgaveJobResponse, AgaveJob),
    ("job_stop_empty", AgaveJobResponse, None),
    ("job_summaries", AgaveJobSummaryListResponse, AgaveJobSummary),
    ("job_history", AgaveJobHistoryListResponse, AgaveJobHistoryEvent),
    ("job_permissions", AgavePermissionListResponse, AgavePermission),
    ("job_permission_user", AgavePermissionResponse, AgavePermission),
    ("job_status", AgaveJobStatusResponse, AgaveJobStatusResult),
    ("job_outputs", AgaveRemoteFileListResponse, AgaveRemoteFile),
    ("job_delete_with_message", AgaveEmptyResponse, None),
    ("error_404_job_not_found", AgaveError, None),
    ("error_200_status_error", AgaveError, None),
]


@pytest.mark.parametrize("name, model, result_model", ENVELOPES, ids=[e[0] for e in ENVELOPES])
def test_each_envelope_holds_its_result_model(name, model, result_model):
    payload = fixture_json("agave", name)
    decoded = model.from_dict(payload)
    result = payload.get("result")
    if result_model is None:
        assert decoded.result is None
        return
    items = decoded.result if isinstance(result, list) else [decoded.result]
    assert len(items) == (len(result) if isinstance(result, list) else 1)
    assert all(isinstance(item, result_model) for item in items)


def test_full_job_decodes_every_field(server, api):
    server.reply_json(fixture_json("agave", "job_full"))
    job = api.get(JOB)
    assert job.app_id == "samtools-0.1.19u2" and job.execution_system == "tacc.stampede2.nryan"
    assert job.created == datetime(2018, 1, 26, 21, 8, 2, tzinfo=UTC)
    assert job.status is AgaveJobStatus.FINISHED
    assert job.archive_path.startswith("nryan/archive/jobs/")
    assert job.links.archive_data.href and job.links.internal_user.href
    assert isinstance(job.inputs, dict) and isinstance(job.parameters, dict)


def test_unknown_status_value_and_extra_fields_are_kept(server, api):
    server.reply_json(fixture_json("agave", "job_unknown_status"))
    job = api.get(JOB)
    assert job.status == "BLOCKED" and job.status.value == "BLOCKED"
    assert "BLOCKED" not in AgaveJobStatus.__members__
    assert job.model_extra.keys() >= {"remoteQueue", "tenantQueue"}
    assert job.to_dict()["status"] == "BLOCKED"
    assert (
        job.to_dict()["remoteQueue"]
        == fixture_json("agave", "job_unknown_status")["result"]["remoteQueue"]
    )


def test_failed_and_minimal_jobs_decode_their_nulls(server, api):
    server.reply_json(fixture_json("agave", "job_failed"))
    failed = api.get(JOB)
    assert failed.status == AgaveJobStatus.FAILED and failed.message
    server.reply_json(fixture_json("agave", "job_minimal_nulls"))
    pending = api.get(JOB)
    assert pending.start_time is None and pending.end_time is None and pending.batch_queue is None
    assert pending.inputs == {} and pending.archive_path is None


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fixture, status, cls",
    [
        ("error_404_job_not_found", 404, stencila_hub.NotFoundException),
        ("error_404_job_not_visible", 404, stencila_hub.NotFoundException),
        ("error_403_forbidden", 403, stencila_hub.ForbiddenException),
        ("error_400_invalid_action", 400, stencila_hub.BadRequestException),
        ("error_404_job_not_found", 500, stencila_hub.ServiceException),
    ],
)
def test_error_envelopes_raise_typed_exceptions_with_the_message(server, api, fixture, status, cls):
    payload = fixture_json("agave", fixture)
    server.reply_json(
        payload, status=status, headers={"Content-Type": "application/json; charset=UTF-8"}
    )
    with pytest.raises(cls) as info:
        api.get(JOB)
    err = info.value
    assert isinstance(err, stencila_hub.EnvelopeErrorException)  # and the status's class
    assert err.status == status and err.message == payload["message"]
    assert isinstance(err.data, AgaveError) and err.data.status == "error"
    assert json.loads(err.body) == payload
    assert TOKEN not in str(err) and TOKEN not in repr(err)


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.list(),
        lambda api: api.get(JOB),
        lambda api: api.delete(JOB),
        lambda api: api.manage(JOB, JobOperationRequest(action="stop")),
        lambda api: api.get_status_with_http_info(JOB),
    ],
)
def test_an_error_envelope_on_http_200_raises(server, api, call):
    payload = fixture_json("agave", "error_200_status_error")
    server.reply_json(payload, status=200)
    with pytest.raises(stencila_hub.EnvelopeErrorException) as info:
        call(api)
    assert info.value.status == 200
    assert info.value.message == "Unable to fetch job records."
    assert not isinstance(info.value, stencila_hub.NotFoundException)


def test_an_http_error_without_an_envelope_is_not_an_envelope_error(server, api):
    server.reply(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"})
    with pytest.raises(stencila_hub.ServiceException) as info:
        api.get(JOB)
    assert not isinstance(info.value, stencila_hub.EnvelopeErrorException)
    assert info.value.body == b"<html>Bad gateway</html>"


def test_envelope_error_classes_are_module_classes():
    import pickle

    from stencila_hub import exceptions

    cls = exceptions.envelope_variant(stencila_hub.NotFoundException)
    assert issubclass(cls, stencila_hub.NotFoundException)
    assert issubclass(cls, stencila_hub.EnvelopeErrorException)
    assert getattr(exceptions, cls.__name__) is cls and pickle.loads(pickle.dumps(cls)) is cls
    assert exceptions.envelope_variant(stencila_hub.ApiException) is (
        stencila_hub.EnvelopeErrorException
    )


# -- paging --------------------------------------------------------------------------------------


def test_offset_paging_walks_pages_lazily_and_stops_after_a_short_page(server, api):
    server.reply_json(summaries(2, 0))
    server.reply_json(summaries(2, 2))
    server.reply_json(summaries(1, 4))
    jobs = pagination.offset(api.list, limit=2, order="ASC")
    assert server.requests == []  # lazy: nothing before iteration
    first = next(jobs)
    assert first.id == "job-0" and len(server.requests) == 1
    rest = list(jobs)
    assert [j.id for j in [first, *rest]] == ["job-0", "job-1", "job-2", "job-3", "job-4"]
    assert len(server.requests) == 3  # the short third page ended the walk
    assert [r.query.get("offset") for r in server.requests] == [None, ["2"], ["4"]]
    assert all(r.query["limit"] == ["2"] and r.query["order"] == ["ASC"] for r in server.requests)


def test_offset_paging_stops_on_an_empty_page_and_sends_a_limit(server, api):
    server.reply_json(summaries(100, 0))
    server.reply_json(envelope([]))
    jobs = list(pagination.offset(api.list))
    assert len(jobs) == 100
    # limit is always sent: left to itself the server could page shorter than we count with
    assert [(r.query["limit"], r.query.get("offset")) for r in server.requests] == [
        (["100"], None),
        (["100"], ["100"]),
    ]


def test_offset_paging_starts_at_the_given_offset(server, api):
    server.reply_json(summaries(3, 10))
    server.reply_json(summaries(1, 13))
    ids = [j.id for j in pagination.offset(api.get_history, JOB, limit=3, offset=10)]
    assert len(ids) == 4
    assert [r.path for r in server.requests] == [f"/jobs/v2/{JOB}/history"] * 2
    assert [r.query["offset"] for r in server.requests] == [["10"], ["13"]]


# -- search terms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "term, key, text",
    [
        (SearchTerm("status", AgaveSearchOp.EQ, "RUNNING"), "status.eq", "RUNNING"),
        (SearchTerm("status", AgaveSearchOp.EQ, AgaveJobStatus.RUNNING), "status.eq", "RUNNING"),
        (
            SearchTerm("status", AgaveSearchOp.IN, ["RUNNING", AgaveJobStatus.QUEUED]),
            "status.in",
            "RUNNING,QUEUED",
        ),
        (SearchTerm("status", AgaveSearchOp.NIN, ("FAILED",)), "status.nin", "FAILED"),
        (
            SearchTerm("created", AgaveSearchOp.BETWEEN, [date(2018, 1, 1), date(2018, 2, 1)]),
            "created.between",
            "2018-01-01,2018-02-01",
        ),
        (SearchTerm("created", AgaveSearchOp.AFTER, "yesterday"), "created.after", "yesterday"),
        (
            SearchTerm(
                "endTime", AgaveSearchOp.BEFORE, datetime(2018, 1, 26, 15, 9, 45, tzinfo=UTC)
            ),
            "endTime.before",
            "2018-01-26T15:09:45+00:00",
        ),
        (SearchTerm("archive", AgaveSearchOp.EQ, False), "archive.eq", "false"),
        (SearchTerm("nodeCount", AgaveSearchOp.GTE, 4), "nodeCount.gte", "4"),
        (SearchTerm("memoryPerNode", AgaveSearchOp.LT, 2.5), "memoryPerNode.lt", "2.5"),
        (SearchTerm("name", AgaveSearchOp.LIKE, "wc-*"), "name.like", "wc-*"),
        (SearchTerm("name", AgaveSearchOp.NLIKE, "test,*"), "name.nlike", "test,*"),
        (SearchTerm("appid", "neq", "wc-1.0"), "appid.neq", "wc-1.0"),
        (SearchTerm("created", "ON", date(2018, 1, 1)), "created.on", "2018-01-01"),
    ],
)
def test_search_terms_render_as_the_server_reads_them(term, key, text):
    assert (term.key, term.text, str(term)) == (key, text, f"{key}={text}")
    assert search_query(term) == {key: text}


def test_every_operator_of_the_spec_renders():
    assert [op.value for op in AgaveSearchOp] == [
        "EQ",
        "ON",
        "NEQ",
        "LT",
        "BEFORE",
        "LTE",
        "GT",
        "AFTER",
        "GTE",
        "IN",
        "NIN",
        "LIKE",
        "RLIKE",
        "NLIKE",
        "BETWEEN",
    ]  # "ON" is not the YAML boolean true
    for op in AgaveSearchOp:
        value = (
            ["a", "b"]
            if op in (AgaveSearchOp.IN, AgaveSearchOp.NIN, AgaveSearchOp.BETWEEN)
            else "a"
        )
        assert SearchTerm("name", op, value).key == f"name.{op.value.lower()}"


@pytest.mark.parametrize(
    "build, error",
    [
        (lambda: SearchTerm("stauts", AgaveSearchOp.EQ, "RUNNING"), stencila_hub.ApiValueError),
        (lambda: SearchTerm("status", "equals", "RUNNING"), stencila_hub.ApiValueError),
        (lambda: SearchTerm("status", AgaveSearchOp("XX"), "RUNNING"), stencila_hub.ApiValueError),
        (lambda: SearchTerm("status", 1, "RUNNING"), stencila_hub.ApiTypeError),
        (
            lambda: SearchTerm("status", AgaveSearchOp.EQ, ["RUNNING", "QUEUED"]),
            stencila_hub.ApiTypeError,
        ),
        (
            lambda: SearchTerm("status", AgaveSearchOp.IN, "RUNNING,QUEUED"),
            stencila_hub.ApiTypeError,
        ),
        (lambda: SearchTerm("status", AgaveSearchOp.IN, []), stencila_hub.ApiValueError),
        (lambda: SearchTerm("status", AgaveSearchOp.IN, ["A,B"]), stencila_hub.ApiValueError),
        (
            lambda: SearchTerm("created", AgaveSearchOp.BETWEEN, ["2018-01-01"]),
            stencila_hub.ApiValueError,
        ),
        (
            lambda: SearchTerm("created", AgaveSearchOp.BETWEEN, ["a", "b", "c"]),
            stencila_hub.ApiValueError,
        ),
        (lambda: SearchTerm("status", AgaveSearchOp.EQ, None), stencila_hub.ApiValueError),
        (lambda: SearchTerm("status", AgaveSearchOp.EQ, object()), stencila_hub.ApiTypeError),
        (lambda: SearchTerm(None, AgaveSearchOp.EQ, "x"), stencila_hub.ApiTypeError),
        (
            lambda: search_query(SearchTerm("status", "eq", "A"), SearchTerm("status", "EQ", "B")),
            stencila_hub.ApiValueError,
        ),
        (
            lambda: search_query(SearchTerm("appId", "eq", "A"), SearchTerm("appid", "eq", "B")),
            stencila_hub.ApiValueError,
        ),
        (lambda: search_query("status.eq=RUNNING"), stencila_hub.ApiTypeError),
    ],
)
def test_bad_search_terms_are_refused_when_built(build, error):
    with pytest.raises(error):
        build()


def test_search_fields_are_the_servers():
    assert {"appid", "status", "created", "visible", "walltime", "executionsystem"} <= SEARCH_FIELDS
    assert SearchTerm("ExecutionSystem", "eq", "x").key == "ExecutionSystem.eq"  # case kept


def test_search_jobs_filters_with_query_terms_and_pages(server, api):
    server.reply_json(summaries(2, 0))
    server.reply_json(summaries(2, 2))
    server.reply_json(summaries(0))
    jobs = search_jobs(
        api,
        SearchTerm("status", AgaveSearchOp.IN, ["RUNNING", "QUEUED"]),
        SearchTerm("created", AgaveSearchOp.AFTER, date(2018, 1, 1)),
        limit=2,
        order_by="created",
    )
    assert server.requests == []  # lazy
    assert [j.id for j in jobs] == ["job-0", "job-1", "job-2", "job-3"]
    assert len(server.requests) == 3
    for i, req in enumerate(server.requests):
        assert (req.method, req.path) == ("GET", "/jobs/v2/")  # not the path form
        assert req.headers["authorization"] == f"Bearer {TOKEN}"
        assert req.query == {
            "status.in": ["RUNNING,QUEUED"],
            "created.after": ["2018-01-01"],
            "limit": ["2"],
            "orderBy": ["created"],
            **({"offset": [str(2 * i)]} if i else {}),
        }


def test_search_jobs_refuses_bad_terms_before_anything_is_sent(server, api):
    with pytest.raises(stencila_hub.ApiValueError):
        search_jobs(api, SearchTerm("status", "eq", "A"), SearchTerm("status", "eq", "B"))
    with pytest.raises(stencila_hub.ApiValueError):
        search_jobs(api, search={"status.eq": "A"})
    assert server.requests == []


# -- downloads -----------------------------------------------------------------------------------

SIZE = 5 * 1024 * 1024 + 12345  # a multi-megabyte output, not a multiple of any chunk size
_PATTERN = bytes(random.Random(7).randrange(256) for _ in range(65521))  # prime period


def content(start: int, length: int) -> Iterator[bytes]:
    """The output's bytes [start, start + length), in pieces of at most 64 KiB, never whole."""
    end = start + length
    while start < end:
        i = start % len(_PATTERN)
        piece = _PATTERN[i : i + min(end - start, 65536, len(_PATTERN) - i)]
        yield piece
        start += len(piece)


def digest(start: int, length: int) -> str:
    h = hashlib.sha256()
    for piece in content(start, length):
        h.update(piece)
    return h.hexdigest()


class OutputServer:
    """Serves one SIZE-byte job output at /jobs/v2/<id>/outputs/media/<path>, written to the socket
    in 64 KiB pieces (never held whole), honouring ``Range`` as Agave does (200 + Content-Range)."""

    def __init__(self, *, honour_range: bool = True, cut_at: int | None = None) -> None:
        self.headers: list[dict[str, str]] = []
        self._honour_range, self._cut_at = honour_range, cut_at
        self._server = LoopbackServer(self._handle).start()
        self.url = self._server.url

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        self.headers.append({k.lower(): v for k, v in request.headers.items()})
        start, length = 0, SIZE
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", request.headers.get("Range") or "")
        request.send_response(200)
        if match and self._honour_range:
            start = int(match[1])
            last = int(match[2]) if match[2] else SIZE - 1
            length = last - start + 1
            request.send_header("Content-Range", f"bytes {start}-{last}/{SIZE}")
        request.send_header("Content-Type", "application/octet-stream")
        request.send_header("Content-Length", str(length))
        request.end_headers()
        sent = 0
        try:
            for piece in content(start, length):
                if self._cut_at is not None and sent + len(piece) > self._cut_at:
                    request.wfile.write(piece[: self._cut_at - sent])
                    request.wfile.flush()
                    request.connection.shutdown(socket.SHUT_RDWR)
                    request.close_connection = True
                    return
                request.wfile.write(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            request.close_connection = True

    def close(self) -> None:
        self._server.close()


@pytest.fixture
def output_server():
    servers: list[OutputServer] = []

    def start(**kwargs: Any) -> OutputServer:
        srv = OutputServer(**kwargs)
        servers.append(srv)
        return srv

    yield start
    for srv in servers:
        srv.close()


@pytest.fixture
def output_api(output_server):
    clients = []

    def make(**kwargs: Any) -> AgaveJobsApi:
        srv = output_server(**kwargs)
        client = stencila_hub.ApiClient(
            stencila_hub.Configuration(host=srv.url, access_token=TOKEN, retries=0)
        )
        clients.append(client)
        return AgaveJobsApi(client), srv

    yield make
    for client in clients:
        client.close()


class RecordingFile(io.RawIOBase):
    """A binary file object that keeps only a hash and the size of each write."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.hash = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.sizes.append(len(data))
        self.hash.update(data)
        return len(data)


def test_a_large_output_is_written_to_a_file_in_chunks(output_api, tmp_path):
    api, srv = output_api()
    dest = tmp_path / "out" / "job-1.out"
    dest.parent.mkdir()
    chunk = 256 * 1024
    written = download_output_to(api, JOB, "output/job-1.out", dest, chunk_size=chunk)
    assert written == SIZE == dest.stat().st_size
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == digest(0, SIZE)
    assert [p.name for p in dest.parent.iterdir()] == ["job-1.out"]  # no .part left behind
    assert "range" not in srv.headers[0]
    assert srv.headers[0]["authorization"] == f"Bearer {TOKEN}"


def test_the_sdk_never_holds_the_output_whole(output_api):
    api, _ = output_api()
    chunk = 64 * 1024
    out = RecordingFile()
    tracemalloc.start()
    try:
        written = download_output_to(api, JOB, "output/job-1.out", out, chunk_size=chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == SIZE and out.hash.hexdigest() == digest(0, SIZE)
    assert max(out.sizes) <= chunk and len(out.sizes) >= SIZE // chunk
    assert peak < SIZE // 4  # chunks in flight, never the whole output


def test_the_streamed_response_yields_chunks_of_at_most_chunk_size(output_api):
    api, _ = output_api()
    with api.download_output(JOB, "output/job-1.out", _stream=True) as resp:
        assert isinstance(resp, StreamedResponse) and resp.status_code == 200
        sizes = [len(c) for c in resp.iter_bytes(100_000)]
    assert sum(sizes) == SIZE and max(sizes) <= 100_000 and len(sizes) > 50


@pytest.mark.parametrize(
    "byte_range, header, start, length",
    [
        ((1000, 1999), "bytes=1000-1999", 1000, 1000),
        ((0, 0), "bytes=0-0", 0, 1),
        ((SIZE - 10, None), f"bytes={SIZE - 10}-", SIZE - 10, 10),
        (
            (70000, 3 * 1024 * 1024),
            f"bytes=70000-{3 * 1024 * 1024}",
            70000,
            3 * 1024 * 1024 - 70000 + 1,
        ),
    ],
)
def test_a_byte_range_is_sent_and_only_its_bytes_are_written(
    output_api, byte_range, header, start, length
):
    api, srv = output_api()
    out = RecordingFile()
    written = download_output_to(
        api, JOB, "output/job-1.out", out, byte_range=byte_range, chunk_size=64 * 1024
    )
    assert srv.headers[-1]["range"] == header
    assert written == length and out.hash.hexdigest() == digest(start, length)
    assert range_header(byte_range) == header


def test_a_server_ignoring_the_range_is_an_error_and_nothing_is_written(output_api, tmp_path):
    api, _ = output_api(honour_range=False)
    out = io.BytesIO()
    with pytest.raises(stencila_hub.ResponseDecodeError, match="Content-Range"):
        download_output_to(api, JOB, "output/job-1.out", out, byte_range=(10, 19))
    assert out.getvalue() == b""
    dest = tmp_path / "x.out"
    with pytest.raises(stencila_hub.ResponseDecodeError):
        download_output_to(api, JOB, "output/job-1.out", dest, byte_range=(10, 19))
    assert list(tmp_path.iterdir()) == []


def test_a_stream_closed_half_read_does_not_spoil_the_next_request(output_api):
    api, srv = output_api()
    for _ in range(3):
        with api.download_output(JOB, "output/job-1.out", _stream=True) as resp:
            assert len(next(resp.iter_bytes(1000))) == 1000  # then abandon the rest
    out = RecordingFile()
    assert download_output_to(api, JOB, "output/job-1.out", out) == SIZE
    assert out.hash.hexdigest() == digest(0, SIZE) and len(srv.headers) == 4


def test_a_broken_download_leaves_no_file(output_api, tmp_path):
    api, _ = output_api(cut_at=2 * 1024 * 1024)
    dest = tmp_path / "job-1.out"
    with pytest.raises(stencila_hub.ApiConnectionError):
        download_output_to(api, JOB, "output/job-1.out", dest, chunk_size=64 * 1024)
    assert list(tmp_path.iterdir()) == []  # neither the file nor its .part


def test_a_range_header_of_another_form_is_refused_before_sending(server, api):
    with pytest.raises(stencila_hub.ApiValueError, match="must match"):
        api.download_output(JOB, "output/job-1.out", range="0-9")
    with pytest.raises(stencila_hub.ApiValueError, match="must match"):
        api.download_output(JOB, "output/job-1.out", range="items=0-9")
    assert server.requests == []


@pytest.mark.parametrize(
    "byte_range, error",
    [
        ((-1, 5), stencila_hub.ApiValueError),
        ((5, 4), stencila_hub.ApiValueError),
        (("0", 5), stencila_hub.ApiTypeError),
        ((True, 5), stencila_hub.ApiTypeError),
        ((0, 5.0), stencila_hub.ApiTypeError),
        ((0,), stencila_hub.ApiTypeError),
        ("bytes=0-5", stencila_hub.ApiTypeError),
        ((None, 5), stencila_hub.ApiTypeError),
    ],
)
def test_bad_byte_ranges_are_refused_before_sending(server, api, byte_range, error):
    with pytest.raises(error):
        download_output_to(api, JOB, "output/job-1.out", io.BytesIO(), byte_range=byte_range)
    assert server.requests == []


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"chunk_size": 0}, stencila_hub.ApiValueError),
        ({"chunk_size": True}, stencila_hub.ApiValueError),
        ({"dest": 42}, stencila_hub.ApiTypeError),
    ],
)
def test_bad_download_arguments_are_refused_before_sending(server, api, kwargs, error):
    kwargs.setdefault("dest", io.BytesIO())
    with pytest.raises(error):
        download_output_to(api, JOB, "output/job-1.out", **kwargs)
    assert server.requests == []


@pytest.mark.parametrize(
    "fixture, status, cls",
    [
        ("error_404_job_not_found", 400, stencila_hub.BadRequestException),
        ("error_403_forbidden", 401, stencila_hub.UnauthorizedException),
        ("error_404_job_not_found", 416, stencila_hub.ApiException),
    ],
)
def test_download_errors_raise_before_the_file_is_touched(
    server, api, tmp_path, fixture, status, cls
):
    payload = fixture_json("agave", fixture)
    server.reply_json(payload, status=status)
    dest = tmp_path / "job-1.out"
    with pytest.raises(cls) as info:
        download_output_to(api, JOB, "output/job-1.out", dest, byte_range=(0, 9))
    assert isinstance(info.value, stencila_hub.EnvelopeErrorException)
    assert info.value.status == status and info.value.message == payload["message"]
    assert list(tmp_path.iterdir()) == []
    assert server.last.headers["range"] == "bytes=0-9"
