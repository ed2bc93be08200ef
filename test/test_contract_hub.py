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
    config = stencila_hub.Configuration(
        host=prism.url, api_key={"Token": "KEY"}, api_key_prefix={"Token": "Token"}, retries=0
    )
    with make_client(client_kind, config) as client:
        yield JobsApi(client)


def test_jobs_partial_update_is_accepted(api):
    info = api.jobs_partial_update_with_http_info(
        56, InlineObject4(status="RUNNING", worker="w1", began=None, log=[{"message": "started"}])
    )
    assert info.status_code == 200
    assert "sl-violations" not in info.headers
    assert info.data is None or isinstance(info.data, InlineObject4)


def test_jobs_update_is_accepted(api):
    info = api.jobs_update_with_http_info(
        56, InlineObject3(status="SUCCESS", is_active=False, runtime=1.5, result={"ok": True})
    )
    assert info.status_code == 200
    assert "sl-violations" not in info.headers
    assert isinstance(info.data, InlineObject3)


def test_prism_does_reject_what_the_spec_forbids(prism):
    """The harness can fail: a request that breaks the spec is refused by Prism.

    Prism answers with the spec's own 400 when the operation declares one (else 422), and lists the
    violations in the `sl-violations` header.
    """
    import urllib3

    resp = urllib3.request(
        "PUT",
        prism.url + "/jobs/56/",
        body=b'{"status": 5}',
        headers={"Content-Type": "application/json", "Authorization": "Token KEY"},
    )
    assert resp.status in (400, 422)
    assert "status" in resp.headers["sl-violations"]


# -- project jobs, worker events, account views ---------------------------------------------------


@pytest.fixture
def hub_client(prism):
    config = stencila_hub.Configuration(
        host=prism.url, api_key={"Token": "KEY"}, api_key_prefix={"Token": "Token"}, retries=0
    )
    with stencila_hub.ApiClient(config) as client:
        yield client


EVENT = stencila_hub.CeleryWorkerEvent(hostname="celery@w1", utcoffset=0, pid=7, freq=2.0,
                                       sw_ident="py-celery", sw_ver="5.2.7", sw_sys="Linux",
                                       timestamp=1764936000.0, active=0, processed=3,
                                       loadavg=[0.1, 0.2, 0.3])  # fmt: skip
HUB_CALLS = [
    ("ProjectsApi", "projects_jobs_list", ("1",), {"limit": 10, "offset": 20, "creator": 3,
                                                   "method": "sleep", "status": "RUNNING"}),
    ("ProjectsApi", "projects_jobs_create", ("1", stencila_hub.HubJobCreate(
        method="sleep", params={"seconds": 1}, description=None)), {}),
    ("ProjectsApi", "projects_jobs_read", ("1", 56), {"key": "k3y"}),
    ("ProjectsApi", "projects_jobs_partial_update", ("1", 56, stencila_hub.HubJob(
        description="d", status="RUNNING", log=[{"message": "m"}])), {}),
    ("ProjectsApi", "projects_jobs_cancel", ("1", 56), {}),
    ("ProjectsApi", "projects_jobs_execute", ("1", {"type": "CodeChunk", "text": "1"}), {}),
    # Prism: no "/" in a path parameter
    ("ProjectsApi", "projects_jobs_connect_read", ("1", 56, "status"), {"protocol": "ws"}),
    ("ProjectsApi", "projects_jobs_connect_create", ("1", 56, "run", {"x": 1}), {}),
    ("WorkersApi", "workers_online", (EVENT,), {}),
    ("WorkersApi", "workers_heartbeat", (EVENT,), {}),
    ("WorkersApi", "workers_offline", (EVENT,), {}),
    ("WorkersApi", "workers_partial_update", ("celery@w1", stencila_hub.HubWorkerUpdate(
        stats={"total": {}}, queues=[{"name": "q", "routing_key": "q"}])), {}),
    ("AccountsApi", "accounts_queues_list", ("1",), {"limit": 5, "offset": 0}),
    ("AccountsApi", "accounts_queues_read", ("1", 2), {}),
    ("AccountsApi", "accounts_workers_list", ("stencila",), {"limit": 5}),
    ("AccountsApi", "accounts_workers_read", ("1", 2), {}),
    ("AccountsApi", "accounts_workers_heartbeats_list", ("1", 2), {"offset": 5}),
    ("AccountsApi", "accounts_zones_list", ("1",), {}),
    ("AccountsApi", "accounts_zones_create", ("1", stencila_hub.HubZoneCreate(name="gpu-1")), {}),
    ("AccountsApi", "accounts_zones_read", ("1", 3), {}),
    ("AccountsApi", "accounts_zones_delete", ("1", 3), {}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("cls", "method", "args", "kwargs"), HUB_CALLS, ids=[c[1] for c in HUB_CALLS]
)
def test_every_hub_operation_is_accepted(hub_client, cls, method, args, kwargs):
    api = getattr(stencila_hub, cls)(hub_client)
    info = getattr(api, method + "_with_http_info")(*args, **kwargs)
    assert 200 <= info.status_code < 300
    assert "sl-violations" not in info.headers


def test_every_hub_operation_has_a_contract_test():
    names = {
        n
        for c in ("ProjectsApi", "WorkersApi", "AccountsApi")
        for n, v in vars(getattr(stencila_hub, c)).items()
        if callable(v) and not n.startswith("_") and not n.endswith("_with_http_info")
    }
    assert names == {c[1] for c in HUB_CALLS}
