"""Header values on the wire, for both clients: a value with CR or LF is refused before anything is
sent, wherever it comes from (a call's ``_headers``, a header parameter, a default header, a
credential) and however often clean headers were sent before; clean extra headers are sent.
(Bad header names: test/hostile/test_arguments.py; a secret in a refused value is not shown:
test/faults/test_secrets.py.)
"""

from __future__ import annotations

import pytest

import stencila_hub
from stencila_hub import AgaveJobsApi, GafferJobsApi, InlineObject3, JobsApi
from test.conftest import fixture_bytes

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def client(client_for):
    return client_for(retries=0, api_key={"Token": "t0ken-value"})


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\rb"])
def test_a_header_value_with_cr_or_lf_is_refused_before_sending(server, client, value):
    with pytest.raises(stencila_hub.ApiValueError, match="CR or LF"):
        JobsApi(client).jobs_update(1, InlineObject3(), _headers={"X-Trace": value})
    assert server.requests == []


def test_a_header_parameter_with_cr_lf_is_refused(server, client):
    with pytest.raises(stencila_hub.ApiValueError, match="'Range' contains CR or LF"):
        # "\s" of the Range pattern lets CR/LF through: the header check is what stops them
        AgaveJobsApi(client).download_output("job-1", "f.txt", range="bytes=0-1,\r\n2-3")
    assert server.requests == []


def test_cr_lf_is_refused_every_time_from_every_source(server, client_for):
    client = client_for(api_key={"GafferApiKey": "k"})
    api = GafferJobsApi(client)
    server.reply_json(fixture_bytes("gaffer", "job_info"))
    api.get("procfile", "dummy")  # these headers are now known to be clean
    for _ in range(2):
        with pytest.raises(stencila_hub.ApiValueError, match="CR or LF"):
            api.get("procfile", "dummy", _headers={"X-Trace": "a\r\nInjected: 1"})
    client.set_default_header("X-Team", "ops\nInjected: 1")
    with pytest.raises(stencila_hub.ApiValueError, match="CR or LF"):
        api.get("procfile", "dummy")
    client.configuration.api_key["GafferApiKey"] = "k\r\n"
    client.set_default_header("X-Team", "ops")
    with pytest.raises(stencila_hub.ApiValueError, match="CR or LF"):
        api.get("procfile", "dummy")
    assert len(server.requests) == 1


def test_clean_extra_headers_are_sent(server, client):
    server.reply_json({})
    JobsApi(client).jobs_update(1, InlineObject3(), _headers={"X-Trace": "abc"})
    assert server.last.headers["x-trace"] == "abc"
