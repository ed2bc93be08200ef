"""Contract: every Hub operation, sent by the SDK, is accepted by Prism validating openapi.yaml."""

from __future__ import annotations

import pytest

import stencila_hub
from stencila_hub import InlineObject3, InlineObject4, JobsApi
from test.support.clients import make_client

pytestmark = pytest.mark.prism

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")


@pytest.fixture
def api(prism, client_kind):
    config = stencila_hub.Configuration(host=prism.url, api_key={"Token": "KEY"},
                                        api_key_prefix={"Token": "Token"}, retries=0)
    with make_client(client_kind, config) as client:
        yield JobsApi(client)


def test_jobs_partial_update_is_accepted(api):
    info = api.jobs_partial_update_with_http_info(
        56, InlineObject4(status="RUNNING", worker="w1", began=None, log=[{"message": "started"}]))
    assert info.status_code == 200
    assert "sl-violations" not in info.headers
    assert info.data is None or isinstance(info.data, InlineObject4)


def test_jobs_update_is_accepted(api):
    info = api.jobs_update_with_http_info(56, InlineObject3(status="SUCCESS", is_active=False,
                                                            runtime=1.5, result={"ok": True}))
    assert info.status_code == 200
    assert "sl-violations" not in info.headers
    assert isinstance(info.data, InlineObject3)


def test_prism_does_reject_what_the_spec_forbids(prism):
    """The harness can fail: a request that breaks the spec is refused by Prism.

    Prism answers with the spec's own 400 when the operation declares one (else 422), and lists the
    violations in the `sl-violations` header.
    """
    import urllib3

    resp = urllib3.request("PUT", prism.url + "/jobs/56/", body=b'{"status": 5}',
                           headers={"Content-Type": "application/json",
                                    "Authorization": "Token KEY"})
    assert resp.status in (400, 422)
    assert "status" in resp.headers["sl-violations"]
