"""The per-call fast paths keep their checks: path segments, CR/LF in headers, the body limit."""

from __future__ import annotations

import gzip
import json
from urllib.parse import quote

import pytest

import stencila_hub
from stencila_hub import GafferJobsApi
from stencila_hub.api.gaffer_jobs_api import _gaffer_jobs_get
from stencila_hub.operation import _encode_path_value
from test.conftest import fixture_bytes

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

INFO = fixture_bytes("gaffer", "job_info")


@pytest.fixture
def gaffer(client_for) -> GafferJobsApi:
    return GafferJobsApi(client_for(api_key={"GafferApiKey": "k"}))


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        ("dummy", "dummy"),
        ("a.b", "a.b"),
        ("~x_y-z9", "~x_y-z9"),
        (".hidden", ".hidden"),
        ("a b", "a%20b"),
        ("a/b", "a%2Fb"),
        ("é", "%C3%A9"),
        ("a?b#c", "a%3Fb%23c"),
        ("x\n", "x%0A"),
    ],
)
def test_path_segments_on_the_wire(server, gaffer, name, wire):
    server.reply_json(INFO)
    gaffer.get("procfile", name)
    assert server.last.path == f"/jobs/procfile/{wire}"


@pytest.mark.parametrize("name", ["", ".", ".."])
def test_segments_that_would_address_another_resource_are_refused(server, gaffer, name):
    with pytest.raises(stencila_hub.ApiValueError, match="may not be empty"):
        gaffer.get("procfile", name)
    assert server.requests == []


@pytest.mark.parametrize("text", ["a", "a.b", "A-Z_0~9", ".x", "x.", "a b", "ü", "%41", "a:b"])
def test_the_plain_segment_shortcut_encodes_as_quote_does(text):
    param = _gaffer_jobs_get.path_params[1]
    assert _encode_path_value(_gaffer_jobs_get, param, text) == quote(text, safe="")


def test_cr_lf_in_a_header_is_refused_every_time(server, client_for):
    client = client_for(api_key={"GafferApiKey": "k"})
    api = GafferJobsApi(client)
    server.reply_json(INFO)
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


def test_a_body_over_the_limit_is_refused_whether_declared_or_inflated(server, client_for):
    client = client_for(api_key={"GafferApiKey": "k"})
    client.configuration.max_response_bytes = len(INFO) + 10
    api = GafferJobsApi(client)
    server.reply_json(INFO)
    assert api.get("procfile", "dummy").name == "procfile.dummy"  # within the limit
    server.reply_json(INFO + b" " * 100)  # a declared length over the limit
    with pytest.raises(stencila_hub.ResponseDecodeError, match="max_response_bytes"):
        api.get("procfile", "dummy")
    small = gzip.compress(INFO + b" " * 5000)  # a few bytes on the wire, 5 kB inflated
    assert len(small) < len(INFO)
    server.reply(200, small, {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    with pytest.raises(stencila_hub.ResponseDecodeError, match="max_response_bytes"):
        api.get("procfile", "dummy", _retries=0)


def test_an_envelope_with_status_error_under_200_raises(server, client_for):
    api = stencila_hub.AgaveJobsApi(client_for(access_token="t"))
    server.reply_json(fixture_bytes("agave", "error_200_status_error"))
    with pytest.raises(stencila_hub.EnvelopeErrorException, match="Unable to fetch job records"):
        api.get("6608339759546166810-242ac114-0001-007")
    server.reply_json(fixture_bytes("agave", "job_full"))
    job = api.get("6608339759546166810-242ac114-0001-007")
    assert job.id == "6608339759546166810-242ac114-0001-007"


def test_an_envelope_without_a_status_field_unwraps(server, client_for):
    api = stencila_hub.DataProcessingJobsApi(client_for(api_key={"KeystoneToken": "t"}))
    server.reply_json(fixture_bytes("sahara", "job_show_response"))
    job = api.show("9cd1314a0a31493282b6712b76a8fcda", "1a674c31-9aaa-4d07-b844-2bf200a1b836")
    assert job.name == "Edp-test-job"
    # an unknown "status" member the server adds is read from the extras
    body = {**json.loads(fixture_bytes("sahara", "job_show_response")), "status": "error",
            "message": "quota"}
    server.reply_json(body)
    with pytest.raises(stencila_hub.EnvelopeErrorException, match="quota"):
        api.show("9cd1314a0a31493282b6712b76a8fcda", "1a674c31-9aaa-4d07-b844-2bf200a1b836")


@pytest.mark.parametrize(("value", "error"), [(True, stencila_hub.ApiTypeError),
                                               (1, stencila_hub.ApiTypeError)])
def test_plain_parameters_still_refuse_other_types(server, gaffer, value, error):
    with pytest.raises(error):
        gaffer.get("procfile", value)
    assert server.requests == []
