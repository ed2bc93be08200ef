"""The per-call fast paths keep their checks: the body limit, error envelopes, argument types.
(Path segments: test/properties/test_path_encoding.py; header values: test_headers.py there.)"""

from __future__ import annotations

import gzip
import json

import pytest

import stencila_hub
from stencila_hub import GafferJobsApi
from test.conftest import fixture_bytes

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

INFO = fixture_bytes("gaffer", "job_info")


@pytest.fixture
def gaffer(client_for) -> GafferJobsApi:
    return GafferJobsApi(client_for(api_key={"GafferApiKey": "k"}))


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
    body = {
        **json.loads(fixture_bytes("sahara", "job_show_response")),
        "status": "error",
        "message": "quota",
    }
    server.reply_json(body)
    with pytest.raises(stencila_hub.EnvelopeErrorException, match="quota"):
        api.show("9cd1314a0a31493282b6712b76a8fcda", "1a674c31-9aaa-4d07-b844-2bf200a1b836")


@pytest.mark.parametrize(
    ("value", "error"), [(True, stencila_hub.ApiTypeError), (1, stencila_hub.ApiTypeError)]
)
def test_plain_parameters_still_refuse_other_types(server, gaffer, value, error):
    with pytest.raises(error):
        gaffer.get("procfile", value)
    assert server.requests == []
