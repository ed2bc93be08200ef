"""Gaffer `/jobs` (GafferJobsApi) over a real loopback socket.

Every operation on the wire (method, path, query, headers, body), the server's odd success codes
(create 200, update 201, state write 202), the bare-text state read that Gaffer labels
`text/html`, the raw text state write, the X-Api-Key header only when configured, each of the
three JSON error shapes as a typed exception with a useful message, and every response model
decoded from the fixtures and round-tripped.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

import stencila_hub
from stencila_hub import (
    GafferCommit,
    GafferError,
    GafferFlapping,
    GafferHttpError,
    GafferJobInfo,
    GafferJobList,
    GafferJobsApi,
    GafferJobStats,
    GafferNumProcesses,
    GafferOk,
    GafferPid,
    GafferPids,
    GafferProcessConfig,
    GafferProcessError,
    GafferProcessStats,
    GafferScale,
    GafferSessionJobList,
    GafferSignal,
)
from test.conftest import FIXTURES, fixture_bytes, fixture_json
from test.support.servers import Reply

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

KEY = "gaffer-api-key-5f1e2d3c4b5a"
SESSION, JOB = "procfile", "dummy"
JOB_PATH = f"/jobs/{SESSION}/{JOB}"


@pytest.fixture
def api(client_for) -> GafferJobsApi:
    """gafferd with keys on: every call carries X-Api-Key."""
    return GafferJobsApi(client_for(api_key={"GafferApiKey": KEY}, retries=0))


@pytest.fixture
def open_api(client_for) -> GafferJobsApi:
    """gafferd with keys off (its command-line default): no key configured."""
    return GafferJobsApi(client_for(retries=0))


def reply_fixture(server, name: str, status: int = 200) -> None:
    server.reply(status, fixture_bytes("gaffer", name), {"Content-Type": "application/json"})


def check(req, method: str, path: str, body: Any = None) -> None:
    """The request line, the key, and the JSON body (or none)."""
    assert (req.method, req.path) == (method, path)
    assert req.query == {}
    assert req.headers["x-api-key"] == KEY
    assert "authorization" not in req.headers
    if body is None:
        assert req.body == b""
        assert "content-type" not in req.headers
    else:
        assert req.headers["content-type"] == "application/json"
        assert req.json == body


# -- every operation on the wire --------------------------------------------------------------


def test_list(server, api):
    reply_fixture(server, "job_list")
    jobs = api.list()
    check(server.last, "GET", "/jobs")
    assert server.last.headers["accept"] == "application/json"
    assert isinstance(jobs, GafferJobList)
    assert jobs.jobs == ["procfile.dummy", "procfile.dummy1", "procfile.echo"]


def test_list_session(server, api):
    reply_fixture(server, "session_job_list")
    jobs = api.list_session(SESSION)
    check(server.last, "GET", f"/jobs/{SESSION}")
    assert isinstance(jobs, GafferSessionJobList)
    assert jobs.sessionid == "procfile" and all(j.startswith("procfile.") for j in jobs.jobs)


def test_create_loads_a_job_and_decodes_200_ok(server, api):
    reply_fixture(server, "ok")
    payload = fixture_json("gaffer", "process_config_create_doc")
    result = api.create(SESSION, GafferProcessConfig(**payload))
    check(server.last, "POST", f"/jobs/{SESSION}", payload)
    assert result == GafferOk(ok=True)


def test_create_sends_every_field_and_start_false(server, api):
    reply_fixture(server, "ok")
    payload = fixture_json("gaffer", "process_config_full")
    api.create(SESSION, GafferProcessConfig(**payload))
    assert server.last.json == payload
    assert server.last.json["start"] is False  # write-only: sent, never returned


def test_create_without_name_is_refused_before_sending(server, api):
    """The server checks only `cmd` and fails with 500 without `name`."""
    with pytest.raises(stencila_hub.ApiValueError, match="name"):
        api.create(SESSION, GafferProcessConfig(cmd="python"))
    assert server.requests == []


def test_create_of_a_loaded_job_is_a_conflict(server, api):
    reply_fixture(server, "error_409_process_conflict", status=409)
    with pytest.raises(stencila_hub.ConflictException) as info:
        api.create(SESSION, GafferProcessConfig(name=JOB, cmd="python"))
    err = info.value
    assert err.status == 409
    assert isinstance(err.data, GafferProcessError)
    assert err.data.error == "process_conflict" and err.data.errno == 409
    assert err.message == "process_conflict"
    assert len(server.requests) == 1  # a POST is never retried


def test_exists_is_a_head_without_body_and_answers_true(server, api):
    server.reply(200)
    assert api.exists(SESSION, JOB) is True
    req = server.last
    check(req, "HEAD", JOB_PATH)
    assert "accept" not in req.headers  # HEAD: no body to negotiate
    server.reply(200)
    info = api.exists_with_http_info(SESSION, JOB)
    assert (info.status_code, info.data) == (200, True)


def test_exists_of_a_missing_job_answers_false(server, api):
    server.reply(404)
    assert api.exists(SESSION, "nope") is False
    assert server.last.method == "HEAD"
    server.reply(404)
    info = api.exists_with_http_info(SESSION, "nope")
    assert (info.status_code, info.data) == (404, False)


@pytest.mark.parametrize(
    "status, cls",
    [
        (401, stencila_hub.UnauthorizedException),
        (403, stencila_hub.ForbiddenException),
        (500, stencila_hub.ServiceException),
    ],
)
def test_exists_still_raises_other_errors(server, api, status, cls):
    server.default = Reply(status, b"", {})
    with pytest.raises(cls):
        api.exists(SESSION, JOB)


def test_get(server, api):
    reply_fixture(server, "job_info")
    info = api.get(SESSION, JOB)
    check(server.last, "GET", JOB_PATH)
    assert isinstance(info, GafferJobInfo)
    assert info.name == "procfile.dummy" and info.active is True
    assert info.processes == [1] and info.running == 1 and info.max_processes == 1
    assert isinstance(info.config, GafferProcessConfig)
    assert info.config.cmd == "python" and info.config.args == ["-u", "dummy.py"]


def test_update_replaces_the_config_and_decodes_201_ok(server, api):
    reply_fixture(server, "ok", status=201)
    payload = fixture_json("gaffer", "process_config_minimal")
    result = api.update(SESSION, JOB, GafferProcessConfig(**payload))
    check(server.last, "PUT", JOB_PATH, payload)
    assert isinstance(result, GafferOk) and result.ok is True
    reply_fixture(server, "ok", status=201)
    resp = api.update_with_http_info(SESSION, JOB, GafferProcessConfig(cmd="python", name=JOB))
    assert resp.status_code == 201 and resp.data == GafferOk(ok=True)
    assert server.last.json == {"cmd": "python", "name": JOB}


def test_update_with_a_body_name_other_than_the_path_is_refused_before_sending(server, api):
    with pytest.raises(stencila_hub.ApiValueError, match="name") as info:
        api.update(SESSION, JOB, GafferProcessConfig(name="other", cmd="python"))
    assert "'other'" in str(info.value) and "'dummy'" in str(info.value)
    with pytest.raises(stencila_hub.ApiValueError, match="jobname"):
        api.update(SESSION, JOB, {"name": "other", "cmd": "python"})
    assert server.requests == []


def test_update_needs_cmd(server, api):
    with pytest.raises(ValidationError, match="cmd"):
        GafferProcessConfig(name=JOB)
    with pytest.raises(stencila_hub.ApiValueError, match="cmd"):
        api.update(SESSION, JOB, {"name": JOB, "args": ["-u"]})
    assert server.requests == []


def test_read_modify_write_of_a_job_config(server, api):
    """What get returns can be sent back to update: the bare name matches the path."""
    reply_fixture(server, "job_info_stopped_extra_setting")
    info = api.get("default", "worker")
    config = info.config
    config.args = ["--verbose", "--debug"]
    reply_fixture(server, "ok", status=201)
    api.update("default", "worker", config)
    sent = server.last.json
    assert sent["args"] == ["--verbose", "--debug"]
    assert sent["priority"] == 10  # a setting this spec does not list is kept
    assert sent["flapping"] == {"attempts": 3, "window": 2, "retry_in": 5, "max_retry": 2}
    assert sent["name"] == "worker"


def test_delete(server, api):
    reply_fixture(server, "ok")
    assert api.delete(SESSION, JOB) == GafferOk(ok=True)
    check(server.last, "DELETE", JOB_PATH)


def test_get_stats(server, api):
    reply_fixture(server, "job_stats")
    stats = api.get_stats(SESSION, JOB)
    check(server.last, "GET", f"{JOB_PATH}/stats")
    assert isinstance(stats, GafferJobStats)
    assert [s.pid for s in stats.stats] == [1, 4]
    assert all(isinstance(s, GafferProcessStats) for s in stats.stats)
    assert stats.mem == 0.4 and stats.stats[0].os_pid == 26089


def test_get_stats_without_processes_keeps_the_servers_strings(server, api):
    reply_fixture(server, "job_stats_no_processes")
    stats = api.get_stats(SESSION, JOB)
    assert stats.stats == []
    assert (stats.mem, stats.max_mem, stats.min_mem) == ("N", "/", "A")


def test_get_numprocesses(server, api):
    reply_fixture(server, "numprocesses")
    result = api.get_numprocesses(SESSION, JOB)
    check(server.last, "GET", f"{JOB_PATH}/numprocesses")
    assert result == GafferNumProcesses(numprocesses=3)


def test_get_numprocesses_on_a_released_gafferd_is_a_500(server, api):
    reply_fixture(server, "error_500_internal", status=500)
    with pytest.raises(stencila_hub.ServiceException) as info:
        api.get_numprocesses(SESSION, JOB)
    assert isinstance(info.value.data, GafferHttpError)
    assert info.value.message == "Internal Server Error"
    assert len(server.requests) == 1  # 500 is not retried, even for a GET


@pytest.mark.parametrize("fixture", ["scale_request", "scale_request_set", "scale_request_int"])
def test_scale(server, api, fixture):
    reply_fixture(server, "numprocesses")
    payload = fixture_json("gaffer", fixture)
    result = api.scale(SESSION, JOB, GafferScale(**payload))
    check(server.last, "POST", f"{JOB_PATH}/numprocesses", payload)
    assert result.numprocesses == 3


@pytest.mark.parametrize("fixture", ["signal_request", "signal_request_name", "signal_request_int"])
@pytest.mark.parametrize("status", [200, 202])
def test_signal(server, api, fixture, status):
    reply_fixture(server, "ok", status=status)
    payload = fixture_json("gaffer", fixture)
    assert api.signal(SESSION, JOB, GafferSignal(**payload)) == GafferOk(ok=True)
    check(server.last, "POST", f"{JOB_PATH}/signal", payload)


def test_signal_on_a_released_gafferd_is_a_not_found(server, api):
    reply_fixture(server, "error_404_process_not_found", status=404)
    with pytest.raises(stencila_hub.NotFoundException) as info:
        api.signal(SESSION, JOB, GafferSignal(signal="HUP"))
    assert info.value.data == GafferProcessError(error="not_found", errno=404)


@pytest.mark.parametrize("fixture, expected", [("state_started", "1"), ("state_stopped", "0")])
def test_get_state_reads_the_bare_text_gaffer_labels_html(server, api, fixture, expected):
    body = (FIXTURES / "gaffer" / f"{fixture}.txt").read_bytes()
    # What Tornado sends when the handler sets no Content-Type.
    server.reply(200, body, {"Content-Type": "text/html; charset=UTF-8"})
    assert api.get_state(SESSION, JOB) == expected
    req = server.last
    check(req, "GET", f"{JOB_PATH}/state")
    accepted = [part.strip() for part in req.headers["accept"].split(",")]
    assert "text/html" in accepted and "text/plain" in accepted and "application/json" in accepted


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain; charset=utf-8", None])
def test_get_state_reads_text_whatever_the_label(server, api, content_type):
    server.reply(200, b"1", {"Content-Type": content_type} if content_type else {})
    resp = api.get_state_with_http_info(SESSION, JOB)
    assert resp.data == "1" and resp.status_code == 200 and resp.raw_data == b"1"


def test_get_state_errors_are_json(server, api):
    reply_fixture(server, "error_404_process_not_found", status=404)
    with pytest.raises(stencila_hub.NotFoundException) as info:
        api.get_state(SESSION, "nope")
    assert isinstance(info.value.data, GafferProcessError)
    assert info.value.message == "not_found"


@pytest.mark.parametrize("value", ["0", "1", "2"])
def test_set_state_sends_the_raw_text_body(server, api, value):
    reply_fixture(server, "ok", status=202)
    assert api.set_state(SESSION, JOB, value) == GafferOk(ok=True)
    req = server.last
    assert (req.method, req.path) == ("POST", f"{JOB_PATH}/state")
    assert req.body == value.encode()  # not "\"2\"", no newline
    assert req.headers["content-type"] == "text/plain"
    assert req.headers["content-length"] == "1"
    assert req.headers["x-api-key"] == KEY
    assert req.headers["accept"] == "application/json"


def test_set_state_body_matches_the_fixture(server, api):
    reply_fixture(server, "ok", status=202)
    text = (FIXTURES / "gaffer" / "set_state_reload.txt").read_text()
    resp = api.set_state_with_http_info(SESSION, JOB, text)
    assert resp.status_code == 202
    assert server.last.body == b"2"


@pytest.mark.parametrize("value", ["3", "1\n", '"1"', 1, True, "", b"1"])
def test_set_state_refuses_other_values_before_sending(server, api, value):
    with pytest.raises(stencila_hub.ApiValueError, match="must be one of 0, 1, 2"):
        api.set_state(SESSION, JOB, value)
    assert server.requests == []


def test_get_pids(server, api):
    reply_fixture(server, "pids")
    result = api.get_pids(SESSION, JOB)
    check(server.last, "GET", f"{JOB_PATH}/pids")
    assert result == GafferPids(pids=[1, 4])


@pytest.mark.parametrize("fixture", ["commit_request", "commit_request_empty"])
def test_commit(server, api, fixture):
    reply_fixture(server, "commit_result")
    payload = fixture_json("gaffer", fixture)
    result = api.commit(SESSION, JOB, GafferCommit(**payload))
    check(server.last, "POST", f"{JOB_PATH}/commit", payload)
    assert result == GafferPid(pid=10)


def test_commit_sends_a_json_object_even_when_empty(server, api):
    """The server refuses an empty body (400); `{}` is the smallest it takes."""
    reply_fixture(server, "commit_result")
    api.commit(SESSION, JOB, GafferCommit())
    assert server.last.body == b"{}"


# -- auth -------------------------------------------------------------------------------------


def test_no_key_header_when_no_key_is_configured(server, open_api):
    reply_fixture(server, "job_list")
    reply_fixture(server, "ok", status=201)
    server.reply(200, b"1", {"Content-Type": "text/html; charset=UTF-8"})
    open_api.list()
    open_api.update(SESSION, JOB, GafferProcessConfig(cmd="python"))
    open_api.get_state(SESSION, JOB)
    assert len(server.requests) == 3
    for req in server.requests:
        assert "x-api-key" not in req.headers and "authorization" not in req.headers


def test_the_key_goes_in_x_api_key_only(server, api):
    reply_fixture(server, "pids")
    api.get_pids(SESSION, JOB)
    headers = server.last.headers
    assert [k for k, v in headers.items() if KEY in v] == ["x-api-key"]


@pytest.mark.parametrize(
    "fixture, status, cls, reason",
    [
        ("error_401_unauthorized", 401, stencila_hub.UnauthorizedException, "unauthorized"),
        ("error_403_forbidden", 403, stencila_hub.ForbiddenException, "forbidden"),
    ],
)
def test_missing_or_refused_keys(server, open_api, fixture, status, cls, reason):
    reply_fixture(server, fixture, status=status)
    with pytest.raises(cls) as info:
        open_api.list()
    err = info.value
    assert isinstance(err.data, GafferHttpError)
    assert err.data.error == status and err.data.reason == reason
    assert err.message == reason


# -- the error shapes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fixture, status, cls, model, message, call",
    [
        # shape 1: the handlers' own {"error", "reason"?}
        (
            "error_400_bad_request",
            400,
            stencila_hub.BadRequestException,
            GafferError,
            "bad_request",
            lambda a: a.scale(SESSION, JOB, GafferScale(scale="+1")),
        ),
        (
            "error_400_invalid_process_config",
            400,
            stencila_hub.BadRequestException,
            GafferError,
            "bad_request: invalid process config",
            lambda a: a.update(SESSION, JOB, GafferProcessConfig(cmd="x")),
        ),
        (
            "error_400_name_conflict",
            400,
            stencila_hub.BadRequestException,
            GafferError,
            "bad_request: template name conflict with the path",
            lambda a: a.update(SESSION, JOB, GafferProcessConfig(cmd="x")),
        ),
        (
            "error_400_bad_request",
            400,
            stencila_hub.BadRequestException,
            GafferError,
            "bad_request",
            lambda a: a.set_state(SESSION, JOB, "1"),
        ),
        (
            "error_400_bad_request",
            400,
            stencila_hub.BadRequestException,
            GafferError,
            "bad_request",
            lambda a: a.commit(SESSION, JOB, GafferCommit()),
        ),
        (
            "error_404_not_found",
            404,
            stencila_hub.NotFoundException,
            GafferError,
            "not_found",
            lambda a: a.get(SESSION, JOB),
        ),
        (
            "error_404_not_found",
            404,
            stencila_hub.NotFoundException,
            GafferError,
            "not_found",
            lambda a: a.delete(SESSION, JOB),
        ),
        # shape 2: the process manager's {"error", "errno"}
        (
            "error_404_process_not_found",
            404,
            stencila_hub.NotFoundException,
            GafferProcessError,
            "not_found",
            lambda a: a.list_session("nope"),
        ),
        (
            "error_404_process_not_found",
            404,
            stencila_hub.NotFoundException,
            GafferProcessError,
            "not_found",
            lambda a: a.update(SESSION, JOB, GafferProcessConfig(cmd="x")),
        ),
        (
            "error_404_process_not_found",
            404,
            stencila_hub.NotFoundException,
            GafferProcessError,
            "not_found",
            lambda a: a.get_pids(SESSION, JOB),
        ),
        (
            "error_404_process_not_found",
            404,
            stencila_hub.NotFoundException,
            GafferProcessError,
            "not_found",
            lambda a: a.get_stats(SESSION, JOB),
        ),
        (
            "error_404_process_not_found",
            404,
            stencila_hub.NotFoundException,
            GafferProcessError,
            "not_found",
            lambda a: a.commit(SESSION, JOB, GafferCommit()),
        ),
        (
            "error_409_process_conflict",
            409,
            stencila_hub.ConflictException,
            GafferProcessError,
            "process_conflict",
            lambda a: a.create(SESSION, GafferProcessConfig(name=JOB, cmd="x")),
        ),
        # shape 3: Tornado's {"error": <status>, "reason"}
        (
            "error_401_unauthorized",
            401,
            stencila_hub.UnauthorizedException,
            GafferHttpError,
            "unauthorized",
            lambda a: a.get(SESSION, JOB),
        ),
        (
            "error_403_forbidden",
            403,
            stencila_hub.ForbiddenException,
            GafferHttpError,
            "forbidden",
            lambda a: a.commit(SESSION, JOB, GafferCommit()),
        ),
        (
            "error_500_internal",
            500,
            stencila_hub.ServiceException,
            GafferHttpError,
            "Internal Server Error",
            lambda a: a.scale(SESSION, JOB, GafferScale(scale="*1")),
        ),
    ],
)
def test_each_error_shape_is_a_typed_exception_with_a_message(
    server, api, fixture, status, cls, model, message, call
):
    reply_fixture(server, fixture, status=status)
    with pytest.raises(cls) as info:
        call(api)
    err = info.value
    assert err.status == status
    assert type(err.data) is model
    assert err.data.to_dict() == fixture_json("gaffer", fixture)
    assert err.message == message
    assert f"Message: {message}" in str(err)
    assert KEY not in str(err)


def test_a_500_with_an_empty_body_in_debug_mode(server, api):
    server.reply(500, b"", {"Content-Type": "text/html; charset=UTF-8"})
    with pytest.raises(stencila_hub.ServiceException) as info:
        api.get(SESSION, JOB)
    assert info.value.data is None and info.value.message is None and info.value.body == b""


def test_a_post_answered_by_a_gateway_502_has_an_unknown_outcome(server, api):
    server.reply(502, b"Bad Gateway", {"Content-Type": "text/plain"})
    with pytest.raises(stencila_hub.OutcomeUnknownError):
        api.create(SESSION, GafferProcessConfig(name=JOB, cmd="x"))
    assert len(server.requests) == 1


# -- models: settings the spec does not list, error shapes (round trips:
# test/properties/test_round_trips.py) ----------------------------------------------------------


def test_a_job_config_keeps_settings_the_spec_does_not_list():
    info = GafferJobInfo.from_dict(fixture_json("gaffer", "job_info_stopped_extra_setting"))
    assert info.config.model_extra == {"priority": 10}
    assert isinstance(info.config.flapping, GafferFlapping)
    assert info.config.flapping.retry_in == 5


def test_a_new_config_may_carry_other_keys_the_server_stores(server, api):
    """additionalProperties: true: other keys are accepted when built and sent as given."""
    config = GafferProcessConfig(name="worker", cmd="./worker", priority=5)
    assert config.model_extra == {"priority": 5}
    reply_fixture(server, "ok")
    api.create("default", config)
    assert server.last.json == {"name": "worker", "cmd": "./worker", "priority": 5}
    with pytest.raises(ValidationError, match="unknown field"):
        GafferScale(scale="+1", by=2)  # a closed schema still refuses them


@pytest.mark.parametrize(
    "payload, message",
    [
        ({"error": "bad_request"}, "bad_request"),
        (
            {"error": "bad_request", "reason": "invalid process config"},
            "bad_request: invalid process config",
        ),
        ({"error": "not_found", "errno": 404}, "not_found"),
        ({"error": 401, "reason": "unauthorized"}, "unauthorized"),
        ({"error": 500}, None),
    ],
)
def test_error_message_from_each_gaffer_shape(payload, message):
    assert stencila_hub.exceptions.error_message_from(payload) == message
