"""OpenStack Sahara v1.1 EDP jobs (DataProcessingJobsApi) over a real loopback socket.

What goes on the wire for every operation (method, path, query, headers, body), what comes back
(envelopes unwrapped, every response model decoded from the fixtures and round-tripped), the error
bodies as typed exceptions, both timestamp forms, and marker paging across pages.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import pytest
from pydantic import ValidationError

import stencila_hub
from stencila_hub import (
    DataProcessingJobsApi,
    SaharaAuthError,
    SaharaAuthErrorDetail,
    SaharaConfigHint,
    SaharaError,
    SaharaJob,
    SaharaJobBinary,
    SaharaJobConfigHints,
    SaharaJobConfigHintsEnvelope,
    SaharaJobCreate,
    SaharaJobEnvelope,
    SaharaJobExecute,
    SaharaJobExecution,
    SaharaJobExecutionEnvelope,
    SaharaJobList,
    SaharaJobUpdate,
    SaharaMarkers,
)
from stencila_hub import pagination as pages
from test.conftest import fixture_bytes, fixture_json

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

TOKEN = "gAAAAABk-keystone-token-0123456789"
PROJECT = "808d5032ea0446889097723bfc8e919d"
JOB_ID = "5a3c7b4e-6a55-4d6b-9a44-0d5c2b1f9e10"
BASE = f"/v1.1/{PROJECT}"


@pytest.fixture
def api(client_for) -> DataProcessingJobsApi:
    return DataProcessingJobsApi(client_for(api_key={"KeystoneToken": TOKEN}, retries=0))


def reply_fixture(server, name: str, status: int = 200) -> None:
    server.reply(status, fixture_bytes("sahara", name), {"Content-Type": "application/json"})


def assert_json_request(req, method: str, path: str) -> None:
    assert (req.method, req.path) == (method, path)
    assert req.headers["x-auth-token"] == TOKEN
    assert req.headers["accept"] == "application/json"
    assert "authorization" not in req.headers


# -- every operation on the wire --------------------------------------------------------------


def test_list_sends_query_and_returns_the_jobs(server, api):
    reply_fixture(server, "jobs_list")
    jobs = api.list(
        PROJECT, limit=2, marker="1a674c31-9aaa-4d07-b844-2bf200a1b836", sort_by="-name"
    )
    req = server.last
    assert_json_request(req, "GET", f"{BASE}/jobs")
    assert req.query == {
        "limit": ["2"],
        "marker": ["1a674c31-9aaa-4d07-b844-2bf200a1b836"],
        "sort_by": ["-name"],
    }
    assert req.body == b""
    assert [type(j) for j in jobs] == [SaharaJob, SaharaJob]
    assert [j.name for j in jobs] == ["Edp-test-job-3d60854e", "Edp-test-job-6b6953c8"]
    assert jobs[1].mains[0].url == "swift://Edp-test-b409ec68.sahara/binary-job-d4f8bd75.pig"
    assert isinstance(jobs[1].mains[0], SaharaJobBinary)


def test_list_without_arguments_sends_no_query(server, api):
    reply_fixture(server, "jobs_list_no_markers")
    assert api.list(PROJECT) == []
    assert server.last.query == {}
    assert server.last.path == f"{BASE}/jobs"


def test_list_with_http_info_gives_the_envelope_and_markers(server, api):
    reply_fixture(server, "jobs_list")
    resp = api.list_with_http_info(PROJECT, limit=2)
    assert resp.status_code == 200
    assert isinstance(resp.data, SaharaJobList)
    assert isinstance(resp.data.markers, SaharaMarkers)
    assert resp.data.markers.next == "c53832da-6e7b-449e-a166-9f9ce1718d03"
    assert resp.data.markers.prev is None
    assert resp.raw_data == fixture_bytes("sahara", "jobs_list")


def test_create_sends_only_the_set_fields_and_returns_the_job(server, api):
    reply_fixture(server, "job_create_response", status=202)
    body = SaharaJobCreate.from_dict(fixture_json("sahara", "job_create_request"))
    job = api.create(PROJECT, body)
    req = server.last
    assert_json_request(req, "POST", f"{BASE}/jobs")
    assert req.headers["content-type"] == "application/json"
    assert req.json == fixture_json("sahara", "job_create_request")
    assert isinstance(job, SaharaJob)
    assert job.id == "71defc8f-d005-484f-9d86-1aedf644d1ef" and job.type == "Pig"
    assert "updated_at" not in job.model_fields_set  # the older server leaves it out


def test_create_with_every_field(server, api):
    reply_fixture(server, "job_full", status=202)
    payload = fixture_json("sahara", "job_create_request_full")
    api.create(PROJECT, SaharaJobCreate(**payload))
    assert server.last.json == payload


def test_create_with_http_info_is_the_202_envelope(server, api):
    reply_fixture(server, "job_create_response", status=202)
    resp = api.create_with_http_info(PROJECT, SaharaJobCreate(name="j1", type="Pig", mains=["m"]))
    assert resp.status_code == 202
    assert isinstance(resp.data, SaharaJobEnvelope)
    assert resp.data.job.name == "pig-job-example"


def test_show_returns_the_job(server, api):
    reply_fixture(server, "job_full")
    job = api.show(PROJECT, JOB_ID)
    assert_json_request(server.last, "GET", f"{BASE}/jobs/{JOB_ID}")
    assert server.last.body == b""
    assert job.id == JOB_ID and job.type == "Pig"
    assert [a.name for a in job.interface] == ["Reducers", "Input"]
    assert job.interface[0].mapping_type == "configs" and job.interface[1].required is True
    assert job.libs[0].is_protected is True


def test_update_sends_the_patch_and_returns_the_job(server, api):
    reply_fixture(server, "job_update_response", status=202)
    payload = fixture_json("sahara", "job_update_request")
    job = api.update(PROJECT, JOB_ID, SaharaJobUpdate(**payload))
    req = server.last
    assert_json_request(req, "PATCH", f"{BASE}/jobs/{JOB_ID}")
    assert req.headers["content-type"] == "application/json"
    assert req.json == payload
    assert isinstance(job, SaharaJob)
    assert job.name == fixture_json("sahara", "job_update_response")["job"]["name"]


def test_update_can_clear_the_description_with_null(server, api):
    reply_fixture(server, "job_update_response", status=202)
    api.update(PROJECT, JOB_ID, SaharaJobUpdate(description=None, is_public=True))
    assert server.last.json == {"description": None, "is_public": True}


def test_delete_sends_delete_and_accepts_204_without_body(server, api):
    server.reply(204)
    assert api.delete(PROJECT, JOB_ID) is None
    req = server.last
    assert (req.method, req.path) == ("DELETE", f"{BASE}/jobs/{JOB_ID}")
    assert req.headers["x-auth-token"] == TOKEN and req.body == b""
    server.reply(204)
    assert api.delete_with_http_info(PROJECT, JOB_ID).status_code == 204


def test_execute_sends_the_run_and_returns_the_job_execution(server, api):
    reply_fixture(server, "job_execution_pending", status=202)
    payload = fixture_json("sahara", "job_execute_request")
    je = api.execute(PROJECT, JOB_ID, SaharaJobExecute.from_dict(payload))
    req = server.last
    assert_json_request(req, "POST", f"{BASE}/jobs/{JOB_ID}/execute")
    assert req.headers["content-type"] == "application/json"
    assert req.json == payload
    assert isinstance(je, SaharaJobExecution)
    assert je.id == "20da9edb-12ce-4b45-a473-41baeefef997"
    assert je.info.status == "PENDING"
    assert je.job_configs.args == ["arg1", "arg2"]


def test_execute_then_follow_the_job_execution_until_it_ends(server, api):
    """show_job_execution reads back what execute started, by the id execute returned."""
    reply_fixture(server, "job_execution_pending", status=202)
    je = api.execute(
        PROJECT, JOB_ID, SaharaJobExecute(cluster_id=UUID("811e1134-666f-4c48-bc92-afb5b10c9d8c"))
    )
    assert server.last.json == {"cluster_id": "811e1134-666f-4c48-bc92-afb5b10c9d8c"}
    reply_fixture(server, "job_execution_running")
    reply_fixture(server, "job_execution_succeeded")
    seen = []
    while True:
        current = api.show_job_execution(PROJECT, je.id)
        seen.append(current.info.status)
        if current.info.status in ("SUCCEEDED", "FAILED", "KILLED", "DONEWITHERROR"):
            break
    assert seen == ["RUNNING", "SUCCEEDED"]
    for req in server.requests[1:]:
        assert_json_request(req, "GET", f"{BASE}/job-executions/{je.id}")
        assert req.body == b""
    assert current.return_code == "0"
    assert current.end_time is not None


def test_show_job_execution_keeps_the_engine_report(server, api):
    reply_fixture(server, "job_execution_running")
    je = api.show_job_execution(PROJECT, "7c1e9a50-2b8d-4f3e-a1c4-9d0e8f7a6b21")
    assert je.engine_job_id == je.oozie_job_id == "0000004-231003081501234-oozie-hado-W"
    assert je.end_time is None and je.return_code is None
    assert je.info.model_extra["actions"][1]["consoleUrl"].startswith("http://cluster-0:8088/")
    assert je.data_source_urls["3e1bc8e6-8c69-4749-8e52-90d9341d15bc"] == "swift://ap-cont/input"
    reply_fixture(server, "job_execution_running")
    resp = api.show_job_execution_with_http_info(PROJECT, je.id)
    assert isinstance(resp.data, SaharaJobExecutionEnvelope)
    assert resp.data.job_execution == je


def test_show_job_execution_keeps_a_status_the_spec_does_not_list(server, api):
    reply_fixture(server, "job_execution_unlisted_status")
    je = api.show_job_execution(PROJECT, "x")
    assert je.info.status == "RUNNINGWITHERROR"
    assert "interface" in je.model_extra


def test_get_config_hints_returns_the_hints(server, api):
    reply_fixture(server, "config_hints_pig")
    hints = api.get_config_hints(PROJECT, "Pig")
    assert_json_request(server.last, "GET", f"{BASE}/jobs/config-hints/Pig")
    assert isinstance(hints, SaharaJobConfigHints)
    assert hints.configs and all(isinstance(c, SaharaConfigHint) for c in hints.configs)
    assert hints.args == [] and hints.params == {}


def test_get_config_hints_encodes_the_dotted_job_type(server, api):
    reply_fixture(server, "config_hints_java")
    hints = api.get_config_hints(PROJECT, "MapReduce.Streaming")
    assert server.last.path == f"{BASE}/jobs/config-hints/MapReduce.Streaming"
    assert hints.configs == [] and hints.args == [] and "params" not in hints.model_fields_set
    reply_fixture(server, "config_hints_java")
    resp = api.get_config_hints_with_http_info(PROJECT, "Java")
    assert isinstance(resp.data, SaharaJobConfigHintsEnvelope)


# -- auth -------------------------------------------------------------------------------------


def test_the_token_goes_in_x_auth_token_and_nowhere_else(server, api):
    reply_fixture(server, "job_full")
    api.show(PROJECT, JOB_ID)
    headers = server.last.headers
    assert headers["x-auth-token"] == TOKEN
    assert [k for k, v in headers.items() if TOKEN in v] == ["x-auth-token"]
    assert TOKEN not in server.last.path


def test_without_a_token_no_auth_header_is_sent(server, client_for):
    api = DataProcessingJobsApi(client_for(retries=0))
    reply_fixture(server, "job_full")
    api.show(PROJECT, JOB_ID)
    assert "x-auth-token" not in server.last.headers


# -- refused before sending -------------------------------------------------------------------


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda a: a.get_config_hints(PROJECT, "Flink"), "must be one of"),
        (lambda a: a.list(PROJECT, limit=0), ">= 1"),
        (lambda a: a.list(PROJECT, limit="2"), "must be int"),
        (lambda a: a.show(PROJECT, None), "missing"),
        (lambda a: a.create(PROJECT, {"name": "j", "type": "Pig", "binaries": []}), "binaries"),
        (lambda a: a.create(PROJECT, {"name": "j"}), "type"),
        (lambda a: a.update(PROJECT, JOB_ID, {"type": "Pig"}), "type"),
        (lambda a: a.execute(PROJECT, JOB_ID, {"cluster_id": "not-a-uuid"}), "cluster_id"),
        (lambda a: a.execute(PROJECT, JOB_ID, {"input_id": JOB_ID}), "cluster_id"),
        (lambda a: a.create(PROJECT, None), "missing"),
        (lambda a: a.create(PROJECT, {"name": "-j", "type": "Pig"}), "does not match"),
        (lambda a: a.list(PROJECT, sort_by="owner"), "must match"),
        (lambda a: a.list(PROJECT, sort_by="name\n"), "must match"),
    ],
)
def test_bad_arguments_are_refused_before_sending(server, api, call, message):
    with pytest.raises((stencila_hub.ApiValueError, stencila_hub.ApiTypeError), match=message):
        call(api)
    assert server.requests == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "x" * 51, "type": "Pig"},
        {"name": "ok", "type": "Flink"},
        {"name": "ok", "type": "Pig", "streaming": "yes"},
        {"name": "ok", "type": "Pig", "extra": 1},
        {"name": "-starts-with-a-dash", "type": "Pig"},
        {"name": "has space", "type": "Pig"},
        {
            "name": "ends-with-newline\n",
            "type": "Pig",
        },  # ECMA "$" ends the text; Python's would not
    ],
)
def test_bad_create_bodies_are_refused_when_built(kwargs):
    with pytest.raises(ValidationError):
        SaharaJobCreate(**kwargs)


def test_the_name_pattern_holds_for_assignment_and_update_but_not_for_what_the_server_sends():
    assert SaharaJobCreate(name="etl-2024_v1.2", type="Pig").name == "etl-2024_v1.2"
    update = SaharaJobUpdate(name="ok")
    with pytest.raises(ValidationError, match="does not match"):
        update.name = "no/slash"
    assert update.name == "ok"
    assert SaharaJobUpdate.from_dict({"name": "-legacy name"}).name == "-legacy name"


def test_a_sort_by_that_matches_is_sent(server, api):
    server.reply_json({"jobs": [], "markers": {"prev": None, "next": None}})
    api.list(PROJECT, sort_by="-created_at")
    assert server.last.query["sort_by"] == ["-created_at"]


# -- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fixture, status, cls, call",
    [
        (
            "error_400_validation",
            400,
            stencila_hub.BadRequestException,
            lambda a: a.create(PROJECT, SaharaJobCreate(name="j", type="Pig")),
        ),
        (
            "error_400_extra_field",
            400,
            stencila_hub.BadRequestException,
            lambda a: a.execute(PROJECT, JOB_ID, SaharaJobExecute(cluster_id=UUID(int=1))),
        ),
        (
            "error_400_limit_int_name",
            400,
            stencila_hub.BadRequestException,
            lambda a: a.list(PROJECT, limit=5),
        ),
        (
            "error_400_update_failed",
            400,
            stencila_hub.BadRequestException,
            lambda a: a.update(PROJECT, JOB_ID, SaharaJobUpdate(name="n")),
        ),
        (
            "error_400_deletion_failed",
            400,
            stencila_hub.BadRequestException,
            lambda a: a.delete(PROJECT, JOB_ID),
        ),
        (
            "error_400_binary_not_found",
            400,
            stencila_hub.BadRequestException,
            lambda a: a.create(PROJECT, SaharaJobCreate(name="j", type="Pig", mains=["x"])),
        ),
        (
            "error_400_invalid_data",
            400,
            stencila_hub.BadRequestException,
            lambda a: a.create(PROJECT, SaharaJobCreate(name="j", type="Pig")),
        ),
        (
            "error_403_forbidden",
            403,
            stencila_hub.ForbiddenException,
            lambda a: a.show(PROJECT, JOB_ID),
        ),
        (
            "error_404_not_found",
            404,
            stencila_hub.NotFoundException,
            lambda a: a.show(PROJECT, JOB_ID),
        ),
        (
            "error_404_not_found",
            404,
            stencila_hub.NotFoundException,
            lambda a: a.show_job_execution(PROJECT, JOB_ID),
        ),
        (
            "error_404_config_hints",
            404,
            stencila_hub.NotFoundException,
            lambda a: a.get_config_hints(PROJECT, "Storm"),
        ),
        ("error_500", 500, stencila_hub.ServiceException, lambda a: a.list(PROJECT)),
    ],
)
def test_sahara_errors_are_typed_with_code_name_and_message(
    server, api, fixture, status, cls, call
):
    payload = fixture_json("sahara", fixture)
    reply_fixture(server, fixture, status=status)
    with pytest.raises(cls) as info:
        call(api)
    err = info.value
    assert isinstance(err, stencila_hub.ApiException)
    assert err.status == status
    assert isinstance(err.data, SaharaError)
    assert err.data.error_code == payload["error_code"] == status
    assert err.data.error_name == payload["error_name"]
    assert err.message == payload["error_message"]
    assert err.body == fixture_bytes("sahara", fixture)
    assert TOKEN not in str(err)
    assert len(server.requests) == 1


def test_the_error_name_is_reachable_for_program_logic(server, api):
    reply_fixture(server, "error_400_update_failed", status=400)
    with pytest.raises(stencila_hub.BadRequestException) as info:
        api.update(PROJECT, JOB_ID, SaharaJobUpdate(is_protected=False))
    assert info.value.data.error_name == "UPDATE_FAILED"
    assert "Error ID:" in info.value.message


def test_a_bad_limit_error_name_is_the_integer_the_server_sends(server, api):
    reply_fixture(server, "error_400_limit_int_name", status=400)
    with pytest.raises(stencila_hub.BadRequestException) as info:
        api.list(PROJECT, limit=1)
    assert info.value.data.error_name == 400
    assert info.value.message.startswith("'limit' must be positive integer")


@pytest.mark.parametrize(
    "fixture, message",
    [
        ("error_401_keystone", "The request you have made requires authentication."),
        ("error_401_tenant_mismatch", "Token tenant != requested tenant"),
    ],
)
def test_401_bodies_are_keystones_not_saharas(server, api, fixture, message):
    reply_fixture(server, fixture, status=401)
    with pytest.raises(stencila_hub.UnauthorizedException) as info:
        api.show(PROJECT, JOB_ID)
    err = info.value
    assert err.status == 401
    assert isinstance(err.data, SaharaAuthError)
    assert message in err.message
    if fixture == "error_401_keystone":
        assert isinstance(err.data.error, SaharaAuthErrorDetail)
        assert err.data.error.code == 401 and err.data.error.title == "Unauthorized"
    else:
        assert err.data.code == "401 Unauthorized"


def test_an_html_error_page_still_gives_a_typed_error(server, api):
    server.reply(502, b"<html><body>Bad Gateway</body></html>", {"Content-Type": "text/html"})
    with pytest.raises(stencila_hub.ServiceException) as info:
        api.show(PROJECT, JOB_ID)
    assert info.value.status == 502 and info.value.data is None
    assert b"Bad Gateway" in info.value.body


# -- timestamps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2015-02-10 14:25:48", datetime(2015, 2, 10, 14, 25, 48, tzinfo=UTC)),
        ("2015-03-27 08:48:38.630827", datetime(2015, 3, 27, 8, 48, 38, 630827, tzinfo=UTC)),
        ("2015-09-15T09:49:24", datetime(2015, 9, 15, 9, 49, 24, tzinfo=UTC)),
    ],
)
def test_both_timestamp_forms_decode_as_aware_utc(server, api, text, expected):
    """Sahara documents its zoneless timestamps as UTC (and 19.0.0's equal the GMT Date header):
    they decode aware, so that they compare with the Hub's and Kubernetes' aware ones."""
    server.reply_json({"job": {"id": JOB_ID, "created_at": text, "updated_at": text}})
    job = api.show(PROJECT, JOB_ID)
    assert job.created_at == expected and job.updated_at == expected
    assert job.created_at.utcoffset() == timedelta(0)
    assert job.created_at < datetime(2016, 1, 1, tzinfo=UTC)  # comparable with aware


def test_an_iso_timestamp_with_a_zone_keeps_it(server, api):
    server.reply_json({"job": {"id": JOB_ID, "created_at": "2015-09-15T09:49:24+02:00"}})
    job = api.show(PROJECT, JOB_ID)
    assert job.created_at.utcoffset().total_seconds() == 7200


def test_the_fixture_timestamps_decode_in_both_forms(server, api):
    reply_fixture(server, "job_show_response")
    old = api.show(PROJECT, JOB_ID)
    assert isinstance(old.created_at, datetime) and old.updated_at is None
    assert isinstance(old.libs[0].created_at, datetime)
    reply_fixture(server, "job_execution_failed_spark")
    spark = api.show_job_execution(PROJECT, "x")
    assert isinstance(spark.start_time, datetime) and isinstance(spark.end_time, datetime)
    assert spark.end_time >= spark.start_time
    reply_fixture(server, "job_full")
    new = api.show(PROJECT, JOB_ID)
    assert new.updated_at == datetime(2023, 10, 3, 8, 15, 2, tzinfo=UTC)
    for stamp in (old.created_at, old.libs[0].created_at, spark.start_time, new.updated_at):
        assert stamp.tzinfo is not None


# -- marker paging ----------------------------------------------------------------------------


def _page(ids: list[str], following: Any, previous: Any = None, markers: bool = True) -> dict:
    body: dict = {"jobs": [{"id": i, "name": f"job-{i}", "type": "Pig"} for i in ids]}
    if markers:
        body["markers"] = {"prev": previous, "next": following}
    return body


def test_marker_paging_follows_markers_next_until_there_is_none(server, api):
    server.reply_json(_page(["a", "b"], "b"))
    server.reply_json(_page(["c", "d"], "d", "b"))
    server.reply_json(_page(["e"], None, "d"))
    ids = [job.id for job in pages.marker(api.list, PROJECT, limit=2, sort_by="name")]
    assert ids == ["a", "b", "c", "d", "e"]
    assert [r.query for r in server.requests] == [
        {"limit": ["2"], "sort_by": ["name"]},
        {"limit": ["2"], "sort_by": ["name"], "marker": ["b"]},
        {"limit": ["2"], "sort_by": ["name"], "marker": ["d"]},
    ]
    for req in server.requests:
        assert_json_request(req, "GET", f"{BASE}/jobs")


def test_marker_paging_is_lazy(server, api):
    server.reply_json(_page(["a", "b"], "b"))
    server.reply_json(_page(["c"], None, "b"))
    walk = pages.marker(api.list, PROJECT, limit=2)
    assert server.requests == []  # nothing sent before the first item is asked for
    first = next(walk)
    assert first.id == "a" and isinstance(first, SaharaJob)
    assert len(server.requests) == 1
    assert next(walk).id == "b"
    assert len(server.requests) == 1  # the second page only when its first item is needed
    assert next(walk).id == "c"
    assert len(server.requests) == 2
    assert list(walk) == []
    assert len(server.requests) == 2  # no request after the last page


def test_marker_paging_stops_on_a_page_without_markers(server, api):
    server.reply_json(_page(["a"], None, markers=False))
    assert [j.id for j in pages.marker(api.list, PROJECT)] == ["a"]
    assert len(server.requests) == 1 and server.last.query == {}


def test_marker_paging_stops_on_an_empty_page_even_with_a_next_marker(server, api):
    server.reply_json(_page(["a"], "a"))
    server.reply_json(_page([], "a"))  # a server bug must not loop forever
    assert [j.id for j in pages.marker(api.list, PROJECT, limit=1)] == ["a"]
    assert len(server.requests) == 2


def test_marker_paging_raises_the_typed_error_of_a_failing_page(server, api):
    server.reply_json(_page(["a"], "a"))
    reply_fixture(server, "error_404_not_found", status=404)
    walk = pages.marker(api.list, PROJECT, limit=1)
    assert next(walk).id == "a"
    with pytest.raises(stencila_hub.NotFoundException) as info:
        next(walk)
    assert info.value.data.error_name == "NOT_FOUND"


# -- models sent back (their round trips: test/properties/test_round_trips.py) ----------------


def test_read_only_fields_are_not_sent_back(server, api):
    """A decoded interface argument reused in a create request loses its server-side fields."""
    job = SaharaJobEnvelope.from_dict(fixture_json("sahara", "job_full")).job
    server.reply(202, fixture_bytes("sahara", "job_full"), {"Content-Type": "application/json"})
    api.create(
        PROJECT, SaharaJobCreate(name="copy", type="Pig", mains=["m"], interface=job.interface)
    )
    sent = server.last.json["interface"][0]
    assert set(sent) == {
        "name",
        "description",
        "mapping_type",
        "location",
        "value_type",
        "required",
        "default",
    }
