"""Kubernetes BatchV1Api over real loopback sockets: what goes on the wire, what comes back.

Covers every operation of the `batch_v1` tag, bearer-token and client-certificate auth (a real TLS
server that requires a client certificate), continue-token paging, 409 Conflict as a typed
exception, and the read-modify-replace loop of :mod:`stencila_hub.kubernetes` against a stateful
API-server stand-in that answers 409 to a stale ``resourceVersion``.
"""

from __future__ import annotations

import copy
import json
import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

import pytest

import stencila_hub
from stencila_hub import BatchV1Api, V1Job, V1JobList, V1Status
from stencila_hub.kubernetes import replace_job_status, retry_conflict
from stencila_hub.pagination import ContinuePaging, continue_token
from test.conftest import fixture_bytes, fixture_json
from test.support.servers import LoopbackServer, send

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

TOKEN = "eyJhbGciOiJSUzI1NiJ9.k8s-sa-token-value"
JOBS = "/apis/batch/v1/namespaces/default/jobs"


@pytest.fixture
def api(client_for) -> BatchV1Api:
    """The official client's bearer-token configuration, pointed at the recording server."""
    return BatchV1Api(
        client_for(api_key={"BearerToken": TOKEN}, api_key_prefix={"BearerToken": "Bearer"})
    )


def _reply_job(server, name: str = "job_running", status: int = 200) -> dict[str, Any]:
    payload = fixture_json("kubernetes", name)
    server.reply(status, fixture_bytes("kubernetes", name), {"Content-Type": "application/json"})
    return payload


def _assert_k8s_request(req, method: str, path: str) -> None:
    assert (req.method, req.path) == (method, path)
    assert req.headers["authorization"] == f"Bearer {TOKEN}"
    assert req.headers["accept"] == "application/json"


# -- replace_namespaced_job_status: the seed -------------------------------------------------------


def test_seed_request_is_accepted_and_sent_as_given_and_its_response_decodes(server, api):
    request = fixture_json("kubernetes", "seed_replace_status_request")
    response = _reply_job(server, "seed_replace_status_response")
    body = V1Job.from_dict(request)

    job = api.replace_namespaced_job_status("jobs-12130306", "ns-12130306-s", body)

    req = server.last
    _assert_k8s_request(
        req, "PUT", "/apis/batch/v1/namespaces/ns-12130306-s/jobs/jobs-12130306/status"
    )
    assert req.headers["content-type"] == "application/json"
    assert req.query == {}
    assert req.json == request  # the seed's JSON, extras (`enable`) and nulls included
    assert isinstance(job, V1Job)
    assert job.status.start_time == datetime(2017, 12, 13, 3, 15, 55, tzinfo=UTC)
    assert job.status.active == 1
    assert job.metadata.model_extra == {"enable": True}
    normalised = json.loads(json.dumps(job.to_dict(), default=lambda d: d.isoformat()))
    assert normalised == json.loads(
        json.dumps(response).replace("2017-12-13T03:15:55Z", "2017-12-13T03:15:55+00:00")
    )


def test_replace_sends_its_query_parameters_under_their_wire_names(server, api):
    _reply_job(server)
    body = V1Job.from_dict(fixture_json("kubernetes", "job_running"))
    api.replace_namespaced_job_status(
        "render-frames",
        "default",
        body,
        pretty="true",
        dry_run="All",
        field_manager="overseer",
        field_validation="Strict",
    )
    assert server.last.query == {
        "pretty": ["true"],
        "dryRun": ["All"],
        "fieldManager": ["overseer"],
        "fieldValidation": ["Strict"],
    }


def test_replace_201_decodes_like_200(server, api):
    payload = _reply_job(server, "job_complete", status=201)
    info = api.replace_namespaced_job_status_with_http_info(
        "pi-nightly-29016120", "default", V1Job.from_dict(payload)
    )
    assert info.status_code == 201 and isinstance(info.data, V1Job)
    assert info.data.status.succeeded == 1


def test_replace_409_is_a_conflict_exception_carrying_the_decoded_status(server, api):
    server.reply(
        409,
        fixture_bytes("kubernetes", "status_409_conflict"),
        {"Content-Type": "application/json"},
    )
    body = V1Job.from_dict(fixture_json("kubernetes", "job_running"))
    with pytest.raises(stencila_hub.ConflictException) as info:
        api.replace_namespaced_job_status("render-frames", "default", body)
    err = info.value
    assert err.status == 409
    assert isinstance(err.data, V1Status)
    assert (err.data.reason, err.data.code, err.data.status) == ("Conflict", 409, "Failure")
    assert err.data.details.name == "render-frames" and err.data.details.kind == "jobs"
    assert "the object has been modified" in err.message
    assert len(server.requests) == 1  # a conflict is never retried by the transport
    assert TOKEN not in str(err) and TOKEN not in repr(err)


def test_a_dict_body_is_checked_strictly_before_sending(server, api):
    with pytest.raises(stencila_hub.ApiValueError, match="statsu"):
        api.replace_namespaced_job_status("a", "default", {"spec": {"template": {}}, "statsu": {}})
    with pytest.raises(stencila_hub.ApiTypeError):
        api.replace_namespaced_job_status("a", "default", "not a job")
    assert server.requests == []


# -- read ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, suffix", [("read_namespaced_job", ""), ("read_namespaced_job_status", "/status")]
)
def test_reads_get_the_job(server, api, method, suffix):
    payload = _reply_job(server)
    job = getattr(api, method)("render-frames", "default", pretty="false")
    _assert_k8s_request(server.last, "GET", f"{JOBS}/render-frames{suffix}")
    assert server.last.query == {"pretty": ["false"]} and server.last.body == b""
    assert isinstance(job, V1Job)
    assert json.loads(job.to_json()) == payload
    assert (
        job.spec.completion_mode == "Indexed" and job.status.active == payload["status"]["active"]
    )


@pytest.mark.parametrize("method", ["read_namespaced_job", "read_namespaced_job_status"])
def test_a_missing_job_is_not_found_with_the_status(server, api, method):
    server.reply(
        404,
        fixture_bytes("kubernetes", "status_404_not_found"),
        {"Content-Type": "application/json"},
    )
    with pytest.raises(stencila_hub.NotFoundException) as info:
        getattr(api, method)("pi-nightly-29017560", "default")
    assert isinstance(info.value.data, V1Status) and info.value.data.reason == "NotFound"
    assert info.value.message == 'jobs.batch "pi-nightly-29017560" not found'


# -- list and paging -------------------------------------------------------------------------------


def test_list_sends_selectors_limit_and_continue(server, api):
    page = fixture_json("kubernetes", "job_list_continue")
    server.reply_json(page)
    result = api.list_namespaced_job(
        "default",
        label_selector="app=pi,tier!=batch",
        field_selector="status.successful=1",
        limit=2,
        _continue="tok",
        resource_version="0",
        resource_version_match="NotOlderThan",
        timeout_seconds=10,
    )
    req = server.last
    _assert_k8s_request(req, "GET", JOBS)
    assert req.query == {
        "labelSelector": ["app=pi,tier!=batch"],
        "fieldSelector": ["status.successful=1"],
        "limit": ["2"],
        "continue": ["tok"],
        "resourceVersion": ["0"],
        "resourceVersionMatch": ["NotOlderThan"],
        "timeoutSeconds": ["10"],
    }
    assert isinstance(result, V1JobList)
    assert [j.metadata.name for j in result.items] == ["pi-nightly-29016120", "pi-nightly-29017560"]
    assert result.metadata.var_continue == page["metadata"]["continue"]
    assert result.metadata.remaining_item_count == 1
    assert result.items[0].kind is None  # list items come without kind/apiVersion
    assert result.to_dict()["metadata"]["continue"] == page["metadata"]["continue"]


def _list_page(names: list[str], token: str | None, rv: str = "48220") -> dict[str, Any]:
    template = fixture_json("kubernetes", "job_list_continue")["items"][0]
    items = []
    for name in names:
        item = copy.deepcopy(template)
        item["metadata"]["name"] = name
        items.append(item)
    metadata: dict[str, Any] = {"resourceVersion": rv}
    if token:
        metadata["continue"] = token
    return {"apiVersion": "batch/v1", "kind": "JobList", "metadata": metadata, "items": items}


def test_continue_token_walks_every_page_with_the_same_query(server, api):
    server.reply_json(_list_page(["j1", "j2"], "tok-1"))
    server.reply_json(_list_page(["j3", "j4"], "tok/2+=="))
    server.reply_json(_list_page(["j5"], None))

    jobs = continue_token(api.list_namespaced_job, "default", label_selector="app=pi", limit=2)
    first = next(jobs)  # lazy: one page fetched
    assert first.metadata.name == "j1" and len(server.requests) == 1
    names = [first.metadata.name] + [j.metadata.name for j in jobs]

    assert names == ["j1", "j2", "j3", "j4", "j5"]
    assert [r.query.get("continue") for r in server.requests] == [None, ["tok-1"], ["tok/2+=="]]
    assert all(
        r.query["labelSelector"] == ["app=pi"] and r.query["limit"] == ["2"]
        for r in server.requests
    )
    assert "continue=tok%2F2%2B%3D%3D" in _raw_query_of_last(server)


def _raw_query_of_last(server) -> str:
    from urllib.parse import urlencode

    return urlencode({k: v[0] for k, v in server.last.query.items()}, safe="")


def test_an_empty_page_with_a_token_is_not_the_end(server, api):
    """The server may return fewer items than `limit`, even none: only the token says more."""
    server.reply_json(_list_page([], "tok-1"))
    server.reply_json(_list_page(["j1"], None))
    assert [
        j.metadata.name for j in continue_token(api.list_namespaced_job, "default", limit=2)
    ] == ["j1"]
    assert len(server.requests) == 2


def test_an_expired_token_is_a_typed_410_with_the_fresh_token(server, api):
    server.reply_json(
        {
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {"continue": "fresh"},
            "status": "Failure",
            "reason": "Expired",
            "code": 410,
            "message": "The provided continue parameter is too old",
        },
        status=410,
    )
    with pytest.raises(stencila_hub.ApiException) as info:
        api.list_namespaced_job("default", _continue="old", limit=2)
    assert info.value.status == 410
    assert info.value.data.reason == "Expired" and info.value.data.metadata.var_continue == "fresh"


def test_continue_paging_policy_is_pure():
    page = V1JobList.from_dict(_list_page(["a"], "t"))
    items, nxt = ContinuePaging().split(page, {"limit": 1, "label_selector": "x"})
    assert [i.metadata.name for i in items] == ["a"]
    assert nxt == {"limit": 1, "label_selector": "x", "_continue": "t"}
    assert ContinuePaging().split(V1JobList.from_dict(_list_page(["b"], None)), {})[1] is None


# -- patch -----------------------------------------------------------------------------------------


def test_patch_status_sends_a_json_merge_patch(server, api):
    patch = fixture_json("kubernetes", "patch_status_merge_body")
    _reply_job(server)
    job = api.patch_namespaced_job_status(
        "render-frames", "default", patch, field_manager="overseer", dry_run="All"
    )
    req = server.last
    _assert_k8s_request(req, "PATCH", f"{JOBS}/render-frames/status")
    assert req.headers["content-type"] == "application/merge-patch+json"
    assert req.json == patch and b'"terminating":null' in req.body  # null removes the field
    assert req.query == {"fieldManager": ["overseer"], "dryRun": ["All"]}
    assert isinstance(job, V1Job)


def test_patch_status_409_is_a_conflict(server, api):
    server.reply(
        409,
        fixture_bytes("kubernetes", "status_409_conflict"),
        {"Content-Type": "application/json"},
    )
    with pytest.raises(stencila_hub.ConflictException) as info:
        api.patch_namespaced_job_status(
            "render-frames", "default", {"metadata": {"resourceVersion": "1"}}
        )
    assert info.value.data.reason == "Conflict"


def test_patch_without_a_body_is_refused(server, api):
    with pytest.raises(stencila_hub.ApiValueError, match="body"):
        api.patch_namespaced_job_status("render-frames", "default", None)
    assert server.requests == []


# -- auth ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call, answer",
    [
        (lambda a: a.list_namespaced_job("default"), "job_list_continue"),
        (lambda a: a.read_namespaced_job("j", "default"), "job_running"),
        (lambda a: a.read_namespaced_job_status("j", "default"), "job_running"),
        (
            lambda a: a.replace_namespaced_job_status(
                "j", "default", V1Job.from_dict(fixture_json("kubernetes", "job_running"))
            ),
            "job_running",
        ),
        (
            lambda a: a.patch_namespaced_job_status("j", "default", {"status": {"ready": 1}}),
            "job_running",
        ),
    ],
)
def test_every_operation_sends_the_bearer_token(server, api, call, answer):
    server.reply(200, fixture_bytes("kubernetes", answer), {"Content-Type": "application/json"})
    call(api)
    assert server.last.headers["authorization"] == f"Bearer {TOKEN}"


def test_without_a_token_no_authorization_header_and_401_is_typed(server, client_for):
    api = BatchV1Api(client_for())
    server.reply_json(
        {
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {},
            "status": "Failure",
            "message": "Unauthorized",
            "reason": "Unauthorized",
            "code": 401,
        },
        status=401,
    )
    with pytest.raises(stencila_hub.UnauthorizedException) as info:
        api.read_namespaced_job("j", "default")
    assert "authorization" not in server.last.headers
    assert info.value.data.reason == "Unauthorized"


# -- client certificates: a real TLS server that requires one --------------------------------------


class _MutualTLSServer:
    """HTTPS on 127.0.0.1 that requires a client certificate signed by *ca*; answers a Job."""

    def __init__(self, ca, server_cert, body: bytes) -> None:
        self.peer_subjects: list[Any] = []
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.verify_mode = ssl.CERT_REQUIRED
        ca.configure_trust(context)
        server_cert.configure_cert(context)

        def handle(request: BaseHTTPRequestHandler) -> None:
            self.peer_subjects.append(request.connection.getpeercert()["subject"])
            send(request, 200, body, {"Content-Type": "application/json"})

        self._server = LoopbackServer(handle, ssl_context=context).start()
        self.url = self._server.url

    def close(self) -> None:
        self._server.close()


@pytest.fixture
def mtls(tmp_path) -> Iterator[tuple[_MutualTLSServer, dict[str, str]]]:
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    server_cert = ca.issue_cert("127.0.0.1", "localhost")
    client_cert = ca.issue_cert("overseer@cluster.local", common_name="system:serviceaccount:ci")
    paths = {
        "ssl_ca_cert": str(tmp_path / "ca.pem"),
        "cert_file": str(tmp_path / "client.crt"),
        "key_file": str(tmp_path / "client.key"),
    }
    ca.cert_pem.write_to_path(paths["ssl_ca_cert"])
    client_cert.cert_chain_pems[0].write_to_path(paths["cert_file"])
    client_cert.private_key_pem.write_to_path(paths["key_file"])
    srv = _MutualTLSServer(ca, server_cert, fixture_bytes("kubernetes", "job_running"))
    yield srv, paths
    srv.close()


def test_client_certificate_authenticates_to_a_server_that_requires_one(mtls):
    srv, paths = mtls
    config = stencila_hub.Configuration(host=srv.url, retries=0, **paths)
    with stencila_hub.ApiClient(config) as client:
        job = BatchV1Api(client).read_namespaced_job_status("render-frames", "default")
    assert isinstance(job, V1Job) and job.metadata.name == "render-frames"
    assert len(srv.peer_subjects) == 1
    assert (("commonName", "system:serviceaccount:ci"),) in srv.peer_subjects[0]


def test_without_the_client_certificate_the_call_fails_as_a_transport_error(mtls):
    srv, paths = mtls
    config = stencila_hub.Configuration(host=srv.url, retries=0, ssl_ca_cert=paths["ssl_ca_cert"])
    with stencila_hub.ApiClient(config) as client:
        with pytest.raises((stencila_hub.ApiSSLError, stencila_hub.ApiConnectionError)) as info:
            BatchV1Api(client).read_namespaced_job_status("render-frames", "default")
    assert not isinstance(info.value, stencila_hub.ApiException)
    assert srv.peer_subjects == []  # no request was served


def test_the_server_certificate_is_verified_against_ssl_ca_cert(mtls, tmp_path):
    trustme = pytest.importorskip("trustme")
    srv, paths = mtls
    other_ca = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other_ca))
    config = stencila_hub.Configuration(
        host=srv.url,
        retries=0,
        ssl_ca_cert=str(other_ca),
        cert_file=paths["cert_file"],
        key_file=paths["key_file"],
    )
    with stencila_hub.ApiClient(config) as client:
        with pytest.raises(stencila_hub.ApiSSLError):
            BatchV1Api(client).read_namespaced_job("render-frames", "default")
    assert srv.peer_subjects == []


# -- the read-modify-replace loop against a stateful API-server stand-in ---------------------------


class _JobStore:
    """A tiny API server for one Job's status subresource, with optimistic concurrency.

    GET .../status answers the stored Job. PUT .../status answers 409 (a V1Status, as the API
    server does) when the body's ``metadata.resourceVersion`` is not the stored one; otherwise it
    stores the body's ``status`` (keeping the stored spec), bumps ``resourceVersion`` and answers
    the
    Job. ``interfere`` = how many of the next GETs are followed by another writer's update (the
    resourceVersion moves on before our PUT arrives).
    """

    def __init__(self, job: dict[str, Any]) -> None:
        self.job = copy.deepcopy(job)
        self.rv = int(self.job["metadata"]["resourceVersion"])
        self.interfere = 0
        self.log: list[tuple[str, int]] = []  # (method, status)
        self.put_bodies: list[dict[str, Any]] = []
        self.put_queries: list[str] = []
        self.lock = threading.Lock()
        store = self
        name, namespace = job["metadata"]["name"], job["metadata"]["namespace"]
        path = f"/apis/batch/v1/namespaces/{namespace}/jobs/{name}/status"

        def answer(request: BaseHTTPRequestHandler, status: int, payload: Any) -> None:
            store.log.append((request.command, status))
            send(
                request, status, json.dumps(payload).encode(), {"Content-Type": "application/json"}
            )

        def handle(request: BaseHTTPRequestHandler) -> None:
            if request.command == "GET":
                if request.path != path:
                    return answer(request, 404, fixture_json("kubernetes", "status_404_not_found"))
                with store.lock:
                    job = copy.deepcopy(store.job)
                    if store.interfere > 0:  # someone else writes right after our read
                        store.interfere -= 1
                        store._bump()
                return answer(request, 200, job)
            if request.command != "PUT":
                return send(request, 501)
            store.put_queries.append(urlsplit(request.path).query)
            if urlsplit(request.path).path != path:
                return answer(request, 404, fixture_json("kubernetes", "status_404_not_found"))
            body = json.loads(request.rfile.read(int(request.headers["Content-Length"])))
            with store.lock:
                store.put_bodies.append(body)
                sent_rv = body.get("metadata", {}).get("resourceVersion")
                if sent_rv is not None and sent_rv != str(store.rv):
                    conflict = fixture_json("kubernetes", "status_409_conflict")
                    conflict["details"]["name"] = name
                    return answer(request, 409, conflict)
                store.job["status"] = body.get("status", {})
                store._bump()
                job = copy.deepcopy(store.job)
            return answer(request, 200, job)

        self.server = LoopbackServer(handle).start()
        self.url = self.server.url

    def _bump(self) -> None:
        self.rv += 1
        self.job["metadata"]["resourceVersion"] = str(self.rv)


@pytest.fixture
def store() -> Iterator[_JobStore]:
    s = _JobStore(fixture_json("kubernetes", "job_running"))
    yield s
    s.server.close()


@pytest.fixture
def store_api(store) -> Iterator[BatchV1Api]:
    config = stencila_hub.Configuration(
        host=store.url, api_key={"BearerToken": TOKEN}, api_key_prefix={"BearerToken": "Bearer"}
    )
    with stencila_hub.ApiClient(config) as client:
        yield BatchV1Api(client)


def _add_ready(job: V1Job) -> None:
    job.status.ready = (job.status.ready or 0) + 1


def test_the_loop_succeeds_after_a_409(store, store_api):
    start_rv = store.rv
    seen_rvs: list[str] = []

    def mutate(job: V1Job) -> None:
        seen_rvs.append(job.metadata.resource_version)
        _add_ready(job)

    store.interfere = 1
    ready_before = store.job["status"]["ready"]
    job = replace_job_status(store_api, "render-frames", "media", mutate)

    assert store.log == [("GET", 200), ("PUT", 409), ("GET", 200), ("PUT", 200)]
    assert seen_rvs == [str(start_rv), str(start_rv + 1)]  # the second try works on a fresh read
    assert [b["metadata"]["resourceVersion"] for b in store.put_bodies] == seen_rvs
    assert isinstance(job, V1Job)
    assert job.status.ready == ready_before + 1  # applied once, on the fresh read
    assert job.metadata.resource_version == str(start_rv + 2) == str(store.rv)
    assert store.job["status"]["ready"] == ready_before + 1


def test_the_loop_without_conflict_is_one_read_and_one_replace(store, store_api):
    job = replace_job_status(
        store_api, "render-frames", "media", _add_ready, field_manager="overseer"
    )
    assert store.log == [("GET", 200), ("PUT", 200)]
    assert store.put_queries == ["fieldManager=overseer"]  # replace_kwargs are passed on
    sent = store.put_bodies[0]
    assert sent["spec"] == store.job["spec"]  # the whole Job is sent back, nothing lost
    assert job.metadata.resource_version == str(store.rv)


def test_the_loop_gives_up_after_max_conflicts(store, store_api):
    store.interfere = 100
    with pytest.raises(stencila_hub.ConflictException) as info:
        replace_job_status(store_api, "render-frames", "media", _add_ready, max_conflicts=2)
    assert info.value.data.reason == "Conflict"
    assert store.log == [("GET", 200), ("PUT", 409)] * 3  # 2 conflicts absorbed, the 3rd raised


def test_max_conflicts_zero_raises_the_first_conflict(store, store_api):
    store.interfere = 1
    with pytest.raises(stencila_hub.ConflictException):
        replace_job_status(store_api, "render-frames", "media", _add_ready, max_conflicts=0)
    assert store.log == [("GET", 200), ("PUT", 409)]


def test_mutate_may_return_a_new_job_and_cannot_drop_the_resource_version(store, store_api):
    def rebuild(job: V1Job) -> V1Job:
        fresh = V1Job.from_dict(job.to_dict())
        fresh.metadata.resource_version = "1"  # stale: the loop puts the read's version back
        fresh.status.succeeded = 7
        return fresh

    read_rv = store.rv
    job = replace_job_status(store_api, "render-frames", "media", rebuild)
    assert store.put_bodies[0]["metadata"]["resourceVersion"] == str(read_rv)
    assert job.status.succeeded == 7


def test_the_loop_raises_other_errors_at_once(server, api):
    server.reply(
        404,
        fixture_bytes("kubernetes", "status_404_not_found"),
        {"Content-Type": "application/json"},
    )
    with pytest.raises(stencila_hub.NotFoundException):
        replace_job_status(api, "gone", "default", _add_ready)
    assert len(server.requests) == 1


def test_the_loop_refuses_a_job_read_without_resource_version(server, api):
    job = fixture_json("kubernetes", "job_running")
    del job["metadata"]["resourceVersion"]
    server.reply_json(job)
    with pytest.raises(stencila_hub.ApiValueError, match="resourceVersion"):
        replace_job_status(api, "render-frames", "default", _add_ready)
    assert [r.method for r in server.requests] == ["GET"]


def test_retry_conflict_policy():
    assert retry_conflict(1, 5) and retry_conflict(5, 5) and not retry_conflict(6, 5)
    assert not retry_conflict(1, 0)
