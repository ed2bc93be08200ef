"""The sync transport sends to the pool of each origin directly: what reaches the server is what
``PoolManager.urlopen`` would send, and a pool urllib3 closed is replaced, never an error."""

from __future__ import annotations

from contextlib import ExitStack

import urllib3

import stencila_hub
from test.conftest import fixture_bytes
from test.support.servers import RecordingServer, Reply

INFO = fixture_bytes("gaffer", "job_info")


def _answering(srv: RecordingServer) -> RecordingServer:
    srv.default = Reply(200, INFO, {"Content-Type": "application/json"})
    return srv


def _api(host: str) -> stencila_hub.GafferJobsApi:
    config = stencila_hub.Configuration(host=host, api_key={"GafferApiKey": "k"})
    return stencila_hub.GafferJobsApi(stencila_hub.ApiClient(config))


def test_more_origins_than_the_manager_keeps_pools_for() -> None:
    # urllib3 keeps 8 pools per manager and closes the least recently used one: every call to
    # 10 servers, round after round, is answered all the same.
    with ExitStack() as stack:
        servers = [stack.enter_context(RecordingServer()) for _ in range(10)]
        for srv in servers:
            _answering(srv)
        config = stencila_hub.Configuration(host=servers[0].url, api_key={"GafferApiKey": "k"})
        client = stack.enter_context(stencila_hub.ApiClient(config))
        api = stencila_hub.GafferJobsApi(client)
        for _round in range(3):
            for srv in servers:
                client.configuration.host = srv.url
                assert api.get("default", "dummy").name is not None
        assert [len(srv.requests) for srv in servers] == [3] * 10


def test_close_then_call_opens_a_fresh_pool() -> None:
    with RecordingServer() as srv:
        _answering(srv)
        api = _api(srv.url)
        api.get("default", "dummy")
        api.api_client.close()
        assert api.get("default", "dummy").name is not None
        assert len(srv.requests) == 2


def test_a_target_urllib3_would_rewrite_is_sent_as_it_would_send_it() -> None:
    # A configured host whose path has dot segments and a character urllib3 percent-encodes:
    # the SDK sends what PoolManager.urlopen sends for the same URL.
    with RecordingServer() as srv:
        _answering(srv)
        host = srv.url + "/api/./v1/../gaffer|x"
        _api(host).get("default", "dummy")
        urllib3.PoolManager().request("GET", host + "/jobs/default/dummy")
        sdk, raw = srv.requests
        assert sdk.path == raw.path == "/api/gaffer%7Cx/jobs/default/dummy"
