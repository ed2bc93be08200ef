"""Stencila Hub JobsApi over a real loopback socket: what goes on the wire, what comes back."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

import stencila_hub
from stencila_hub import InlineObject3, InlineObject4, JobsApi
from test.conftest import fixture_bytes, fixture_json
from test.support.rawserver import Conn, RawServer, response

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

KEY = "s3cr3t-hub-token-value"


@pytest.fixture
def api(client_for) -> JobsApi:
    """The seed's configuration, pointed at the recording server."""
    return JobsApi(client_for(api_key={"Token": KEY}, api_key_prefix={"Token": "Token"}))


def test_seed_example_patch_sends_token_and_only_set_fields(server, api):
    server.reply(200, b"")  # the real Hub: 200, Content-Length 0, no Content-Type
    result = api.jobs_partial_update(56, InlineObject4(status="RUNNING", worker="w1"))
    assert result is None
    req = server.last
    assert (req.method, req.path) == ("PATCH", "/jobs/56/")
    assert req.headers["authorization"] == f"Token {KEY}"
    assert req.headers["content-type"] == "application/json"
    assert req.headers["accept"] == "application/json"
    assert req.headers["user-agent"].startswith("stencila_hub/")
    assert req.json == {"status": "RUNNING", "worker": "w1"}


def test_patch_returns_the_job_when_the_server_sends_one(server, api):
    server.reply_json(fixture_json("hub", "job_full"))
    job = api.jobs_partial_update(56, InlineObject4(status="SUCCESS", result={"ok": True}))
    assert isinstance(job, InlineObject4)
    assert job.id == 56 and job.status == "RUNNING"
    assert server.last.json == {"status": "SUCCESS", "result": {"ok": True}}


def test_patch_without_status_is_refused_before_sending(server, api):
    with pytest.raises(stencila_hub.ApiValueError, match="status"):
        api.jobs_partial_update(56, InlineObject4(worker="w1"))
    assert server.requests == []


def test_put_sends_body_and_decodes_every_field(server, api):
    payload = fixture_json("hub", "job_full")
    server.reply_json(payload)
    job = api.jobs_update(56, InlineObject3(status="RUNNING", worker="w2"))
    assert (server.last.method, server.last.path) == ("PUT", "/jobs/56/")
    assert server.last.json == {"status": "RUNNING", "worker": "w2"}
    assert isinstance(job, InlineObject3)
    assert job.status_message == "Job is running"
    assert job.created == datetime(2021, 3, 4, 5, 6, 7, 123456, tzinfo=UTC)
    assert job.children == [57, 58] and job.anon_users == ["a1b2c3"]
    assert job.params == {"input": "snapshot://42/main.md", "output": "main.html"}
    # to_dict keeps read-only fields (a logged or forwarded job keeps its id) and JSON names
    assert json.loads(job.to_json()) == json.loads(
        json.dumps(payload).replace("05:06:19.5Z", "05:06:19.500000Z")
    )


def test_real_server_quirks_decode_and_are_kept(server, api):
    server.reply(
        200, fixture_bytes("hub", "job_server_quirks"), {"Content-Type": "application/json"}
    )
    job = api.jobs_update(57, InlineObject3())
    assert job.status == "ARCHIVED"  # newer than the spec's enum
    assert job.method == "transcode"
    assert job.url is None and job.params is None and job.queue is None  # null in non-null fields
    assert job.runtime == 3  # an integer where a number is expected
    assert job.created == datetime(2021, 3, 4, 5, 6, 7)  # no T, no zone
    assert job.updated == datetime(2021, 3, 4, 5, 6, 10, 250000)
    assert job.model_extra == {"newInHub5": {"nested": True}}
    assert job.to_dict()["newInHub5"] == {"nested": True}
    assert job.result == ["any", {"json": 1}]


def test_a_decoded_job_sent_back_loses_nothing_and_sends_no_read_only_field(server, api):
    decoded = InlineObject3.from_dict(fixture_json("hub", "job_full"))
    server.reply_json({})
    api.jobs_update(56, decoded)
    sent = server.last.json
    read_only = {
        "id",
        "statusMessage",
        "summaryString",
        "runtimeFormatted",
        "urls",
        "url",
        "position",
        "children",
        "params",
        "created",
        "updated",
        "method",
        "creator",
        "queue",
    }
    assert not read_only & sent.keys()
    assert sent["status"] == "RUNNING" and sent["key"] == "gZpo6cHYVv9sJBzkWQHs3E0a"
    assert sent["began"] == "2021-03-04T05:06:08Z" and sent["ended"] is None


def test_from_dict_sends_no_null_for_absent_fields(server, api):
    server.reply(200, b"")
    api.jobs_partial_update(1, InlineObject4.from_dict({"status": "FAILURE"}))
    assert server.last.body == b'{"status":"FAILURE"}'


def test_an_explicit_null_in_a_nullable_field_is_sent(server, api):
    server.reply(200, b"")
    api.jobs_partial_update(1, InlineObject4(status="SUCCESS", error=None))
    assert server.last.json == {"status": "SUCCESS", "error": None}


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"status": "RUNNNING"}, "not one of"),
        ({"stauts": "RUNNING"}, "unknown field"),
        ({"key": None}, "may not be None"),
        ({"worker": "w" * 65}, "at most 64"),
        ({"key": ""}, "at least 1"),
        ({"retries": "3"}, "valid integer"),
    ],
)
def test_bad_models_are_refused_when_built(kwargs, message):
    with pytest.raises(ValidationError, match=message):
        InlineObject4(**kwargs)


@pytest.mark.parametrize(
    "bad_id, error",
    [
        ("56", stencila_hub.ApiTypeError),
        ("..", stencila_hub.ApiTypeError),
        (True, stencila_hub.ApiTypeError),
        (None, stencila_hub.ApiValueError),
    ],
)
def test_bad_path_arguments_are_refused_before_sending(server, api, bad_id, error):
    with pytest.raises(error):
        api.jobs_update(bad_id, InlineObject3())
    assert server.requests == []


def test_a_dict_body_is_validated_strictly(server, api):
    server.reply_json({})
    api.jobs_update(5, {"status": "PENDING"})
    assert server.last.json == {"status": "PENDING"}
    with pytest.raises(stencila_hub.ApiValueError, match="stauts"):
        api.jobs_update(5, {"stauts": "PENDING"})


@pytest.mark.parametrize(
    "status, cls, body",
    [
        (400, stencila_hub.BadRequestException, {"message": "Invalid status"}),
        (401, stencila_hub.UnauthorizedException, {"message": "Unauthorized"}),
        (403, stencila_hub.ForbiddenException, {"message": "Invalid token."}),
        (404, stencila_hub.NotFoundException, {"message": "Not found."}),
        (500, stencila_hub.ServiceException, {"message": "Server Error"}),
    ],
)
def test_error_statuses_raise_typed_exceptions_with_status_and_body(server, api, status, cls, body):
    server.reply_json(body, status=status)
    with pytest.raises(cls) as info:
        api.jobs_update(56, InlineObject3(status="RUNNING"), _retries=0)
    err = info.value
    assert isinstance(err, stencila_hub.ApiException)
    assert err.status == status
    assert json.loads(err.body) == body
    assert err.message == body["message"]
    assert KEY not in str(err) and KEY not in repr(err)


def test_a_500_html_page_still_gives_a_typed_error_with_the_body(server, api):
    server.reply(500, b"<h1>Server Error</h1>", {"Content-Type": "text/html"})
    with pytest.raises(stencila_hub.ServiceException) as info:
        api.jobs_partial_update(56, InlineObject4(status="RUNNING"))
    assert info.value.body == b"<h1>Server Error</h1>"
    assert len(server.requests) == 1  # a PATCH is never retried after a 500


def test_non_json_success_body_is_a_typed_decode_error(server, api):
    server.reply(200, b"not json", {"Content-Type": "application/json"})
    with pytest.raises(stencila_hub.ResponseDecodeError) as info:
        api.jobs_update(56, InlineObject3())
    assert info.value.status == 200 and info.value.body == b"not json"


def test_default_timeout_is_set_and_a_stalled_server_does_not_hang(server, client_for):
    assert stencila_hub.Configuration().timeout == (5.0, 60.0)
    api = JobsApi(client_for(timeout=(1.0, 0.3), retries=0))
    server.reply_json({}, delay=2.0)
    start = time.monotonic()
    with pytest.raises(stencila_hub.ApiTimeoutError):
        api.jobs_update(56, InlineObject3())
    assert time.monotonic() - start < 1.5


def test_per_call_timeout_overrides_the_client(server, client_for):
    api = JobsApi(client_for(timeout=(1.0, 5.0), retries=0))
    server.reply_json({}, delay=2.0)
    start = time.monotonic()
    with pytest.raises(stencila_hub.ApiTimeoutError):
        api.jobs_update(56, InlineObject3(), _request_timeout=(1.0, 0.3))
    assert time.monotonic() - start < 1.5


def test_connection_refused_is_a_package_exception():
    config = stencila_hub.Configuration(host="http://127.0.0.1:9", retries=0)
    with stencila_hub.ApiClient(config) as client:
        with pytest.raises(stencila_hub.ApiConnectionError) as info:
            JobsApi(client).jobs_update(1, InlineObject3())
    assert info.value.request_sent is False and info.value.attempts == 1


def test_with_closes_the_connection_it_kept_alive():
    closed = threading.Event()

    def keep_alive(conn: Conn) -> None:
        for _ in conn.requests():
            conn.send(response(200, {}))
        closed.set()  # the client closed the connection

    with RawServer(keep_alive) as srv:
        with stencila_hub.ApiClient(stencila_hub.Configuration(host=srv.url)) as client:
            JobsApi(client).jobs_update(1, InlineObject3())
            JobsApi(client).jobs_update(2, InlineObject3())
        assert closed.wait(5)
    assert srv.connections == 1 and srv.request_count == 2


def test_with_http_info_gives_status_headers_and_raw_body(server, api):
    server.reply_json(fixture_json("hub", "job_full"), headers={"X-Request-Id": "abc"})
    info = api.jobs_update_with_http_info(56, InlineObject3(status="RUNNING"))
    assert info.status_code == 200 and info.headers["X-Request-Id"] == "abc"
    assert isinstance(info.data, InlineObject3) and info.raw_data.startswith(b"{")
    assert info.retries_taken == 0


def test_secrets_are_not_in_reprs():
    config = stencila_hub.Configuration(api_key={"Token": KEY}, access_token=KEY, password=KEY)
    for text in (repr(config), str(config), repr(stencila_hub.ApiClient(config))):
        assert KEY not in text
    assert "Token" in repr(config)
