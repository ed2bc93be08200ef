"""Redirects: the rules (stencila_hub.redirects, pure) and the transport's loop that follows
them."""

from __future__ import annotations

import pytest

import stencila_hub
from stencila_hub import InlineObject3, JobsApi
from stencila_hub.redaction import RedactedHeaders
from stencila_hub.redirects import MAX_REDIRECTS, next_hop, origin
from test.support.servers import Reply, free_port

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

HEADERS = RedactedHeaders(
    {"Authorization": "Token k", "Content-Type": "application/json", "Accept": "application/json"}
)
BODY = b'{"status": "RUNNING"}'
WIRE = b'{"status":"RUNNING"}'  # what the client sends for InlineObject3(status="RUNNING")


def hop(status, location="/next", method="PUT", url="http://hub.test/jobs/1/", done=0):
    return next_hop(method, url, HEADERS, BODY, status, location, done)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_keeps_method_body_and_headers_within_the_origin(status):
    got = hop(status)
    assert got is not None
    assert (got.method, got.url, got.body) == ("PUT", "http://hub.test/next", BODY)
    assert dict(got.headers) == dict(HEADERS)
    assert type(got.headers) is RedactedHeaders  # still hides the token in a repr


def test_303_turns_the_request_into_a_get_without_body_or_its_headers():
    got = hop(303)
    assert got is not None
    assert (got.method, got.body) == ("GET", None)
    assert "Content-Type" not in got.headers
    assert got.headers["Authorization"] == "Token k"  # same origin: the credential stays


def test_303_leaves_a_head_a_head():
    got = hop(303, method="HEAD")
    assert got is not None and got.method == "HEAD"


@pytest.mark.parametrize(
    "location",
    ["http://other.test/x", "https://hub.test/x", "http://hub.test:8080/x", "//other.test/x"],
)
def test_another_origin_gets_no_credential(location):
    got = hop(307, location)
    assert got is not None
    assert "Authorization" not in got.headers
    assert got.headers["Accept"] == "application/json"


def test_the_default_port_is_the_same_origin():
    assert origin("http://Hub.test:80/a") == origin("http://hub.test/b")
    got = hop(307, "http://hub.test:80/x")
    assert got is not None and got.headers["Authorization"] == "Token k"


@pytest.mark.parametrize("status", [200, 204, 300, 304, 404])
def test_other_statuses_are_not_followed(status):
    assert hop(status) is None


def test_no_location_or_too_many_redirects_stops():
    assert hop(302, location=None) is None
    assert hop(302, location="") is None
    assert hop(302, done=MAX_REDIRECTS - 1) is not None
    assert hop(302, done=MAX_REDIRECTS) is None


# -- the transport follows them, on a real socket --------------------------------------------------


@pytest.fixture
def hub(server, client_for) -> JobsApi:
    return JobsApi(client_for(api_key={"Token": "k"}, api_key_prefix={"Token": "Token"}))


def test_a_303_after_a_put_is_fetched_with_get(server, hub):
    server.reply(303, headers={"Location": "/jobs/1/result"})
    server.reply_json({"id": 1, "status": "RUNNING"})
    job = hub.jobs_update(1, InlineObject3(status="RUNNING"))
    assert job is not None and job.status == "RUNNING"
    first, second = server.requests
    assert (first.method, first.body) == ("PUT", WIRE)
    assert (second.method, second.path, second.body) == ("GET", "/jobs/1/result", b"")
    assert "content-type" not in second.headers
    assert second.headers["authorization"] == "Token k"


def test_a_307_sends_the_same_put_again_to_the_new_place(server, hub):
    server.reply(307, headers={"Location": f"{server.url}/moved/1/"})
    server.reply_json({"id": 1, "status": "RUNNING"})
    hub.jobs_update(1, InlineObject3(status="RUNNING"))
    assert [(r.method, r.path, r.body) for r in server.requests] == [
        ("PUT", "/jobs/1/", WIRE),
        ("PUT", "/moved/1/", WIRE),
    ]


def test_at_most_five_redirects_are_followed_then_the_sixth_raises(server, hub):
    server.default = Reply(302, b"", {"Location": "/again"})
    with pytest.raises(stencila_hub.ApiException) as info:
        hub.jobs_update(1, InlineObject3(status="RUNNING"))
    assert len(server.requests) == 1 + MAX_REDIRECTS
    assert info.value.status == 302  # an error, not an empty success


def test_a_closed_client_opens_a_new_pool_on_the_next_call(server, hub):
    server.reply_json({"id": 1})
    server.reply_json({"id": 1})
    hub.jobs_update(1, InlineObject3(status="RUNNING"))
    hub.api_client.close()
    assert hub.jobs_update(1, InlineObject3(status="RUNNING")) is not None
    assert len(server.requests) == 2


def test_a_post_answered_with_a_redirect_is_not_sent_again_when_the_next_hop_fails(
    server, client_for
):
    """The 303 shows the POST reached the server (it may have made the job): a next hop that
    cannot connect must not make the retry loop send the POST again."""
    sahara = stencila_hub.DataProcessingJobsApi(client_for(api_key={"KeystoneToken": "t"}))
    server.reply(303, headers={"Location": f"http://127.0.0.1:{free_port()}/jobs/1"})
    policy = stencila_hub.RetryPolicy(max_retries=3, initial_delay=0.01)
    with pytest.raises(stencila_hub.OutcomeUnknownError) as info:
        sahara.create("p1", stencila_hub.SaharaJobCreate(name="j", type="Pig"), _retries=policy)
    assert [r.method for r in server.requests] == ["POST"]
    assert info.value.request_sent is True and info.value.attempts == 1


def test_a_get_whose_redirect_target_is_down_is_retried_as_usual(server, hub, client_for):
    gaffer = stencila_hub.GafferJobsApi(client_for())
    server.default = Reply(302, b"", {"Location": f"http://127.0.0.1:{free_port()}/x"})
    policy = stencila_hub.RetryPolicy(max_retries=2, initial_delay=0.01)
    with pytest.raises(stencila_hub.ApiConnectionError) as info:
        gaffer.get("s", "j", _retries=policy)
    assert [r.method for r in server.requests] == ["GET"] * 3
    assert info.value.attempts == 3


# A plain-http host with a credential, on purpose: the SDK's warning about it is expected.
@pytest.mark.filterwarnings("ignore:.*is plain http")
def test_through_a_proxy_each_hop_goes_to_the_proxy_and_the_rules_are_the_same(server):
    """The recording server plays an HTTP proxy: it receives absolute-form request targets."""
    config = stencila_hub.Configuration(
        host="http://hub.example.invalid/api",
        api_key={"Token": "k"}, api_key_prefix={"Token": "Token"},
    )  # fmt: skip
    config.proxy = server.url
    server.reply(303, headers={"Location": "http://other.example.invalid/result"})
    server.reply_json({"id": 1, "status": "RUNNING"})
    with stencila_hub.ApiClient(config) as client:
        job = JobsApi(client).jobs_update(1, InlineObject3(status="RUNNING"))
    assert job is not None and job.status == "RUNNING"
    first, second = server.requests
    assert (first.method, first.headers["host"]) == ("PUT", "hub.example.invalid")
    assert first.headers["authorization"] == "Token k"
    assert (second.method, second.headers["host"], second.body) == (
        "GET",
        "other.example.invalid",
        b"",
    )
    assert "authorization" not in second.headers  # another origin: the token stays behind


def test_closing_the_client_while_threads_post_loses_no_call(server, client_for, client_kind):
    """close() closes the pools under running calls. A call that finds its pool closed has sent
    nothing, so it takes a fresh pool: even a POST with retries off gets its answer. close() runs
    in a loop until the calls are done, and threads switch as often as they can: a call then finds
    its pool closed several times running."""
    if client_kind == "async":
        pytest.skip("threads sharing pools: the sync client's case (an async client has one loop)")
    import sys
    import threading

    from test.conftest import fixture_bytes

    server.default = Reply(200, fixture_bytes("gaffer", "ok"), {"Content-Type": "application/json"})
    gaffer = stencila_hub.GafferJobsApi(client_for())
    config = stencila_hub.GafferProcessConfig(name="j", cmd="true")
    results: list = []
    errors: list = []

    def work() -> None:
        for _ in range(60):
            try:
                results.append(gaffer.create("s", config, _retries=0))
            except Exception as err:  # noqa: BLE001 (collected: the test asserts there are none)
                errors.append(err)

    threads = [threading.Thread(target=work) for _ in range(4)]
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            gaffer.api_client.close()
    finally:
        sys.setswitchinterval(switch_interval)
    assert errors == []
    assert len(results) == 240 and len(server.requests) == 240
