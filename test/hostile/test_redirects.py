"""Rule 8: redirects. Malformed and non-http Locations, more than five hops, https->http
downgrades, credentials dropped across origins for every security scheme, a next hop that fails.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import stencila_hub
from stencila_hub import exceptions as exc
from test.faults.cases import BY_ID, Case
from test.hostile.calls import CALLS, SECRETS, credentials
from test.hostile.conftest import configuration
from test.support.rawserver import Conn, RawServer, Request, response

pytestmark = pytest.mark.timeout(60)
#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")


def _redirect(status: int, location: str) -> bytes:
    return response(status, b"", [("Location", location)], content_type=None)


def _always_redirect(status: int, location: str) -> Callable[[Conn], None]:
    def handler(conn: Conn) -> None:
        conn.handshake()
        for _ in conn.requests():
            conn.send(_redirect(status, location))

    return handler


# -- Locations that cannot be followed -------------------------------------------------------------

BAD_LOCATIONS = [
    "http://[::1",
    "http://host:99999/",
    "http://exa mple/",
    "ftp://127.0.0.1/jobs",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "gopher://127.0.0.1:70/",
]


@pytest.mark.parametrize("location", BAD_LOCATIONS)
@pytest.mark.parametrize("method, status", [("GET", 302), ("POST", 307), ("PUT", 308)])
def test_a_location_that_cannot_be_followed_raises_the_3xx_once(
    method, status, location, client_on
):
    with RawServer(_always_redirect(status, location)) as srv:
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](client_on(srv.url, **credentials()))
    assert isinstance(info.value, exc.ApiException), repr(info.value)
    assert info.value.status == status
    assert srv.request_count == 1  # never retried, never followed


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_sixth_redirect_raises_an_api_exception_with_its_status(status, client_on):
    def handler(conn: Conn) -> None:
        for _request in conn.requests():
            conn.send(_redirect(status, f"/jobs/v2/hop{srv.request_count}"))

    with RawServer(handler) as srv:
        with pytest.raises(exc.ApiException) as info:
            CALLS["GET"](client_on(srv.url, **credentials()))
    assert info.value.status == status
    assert srv.request_count == 6


def test_five_redirects_are_followed(client_on):
    def handler(conn: Conn) -> None:
        for request in conn.requests():
            if srv.request_count <= 5:
                conn.send(_redirect(302, f"/jobs/v2/hop{srv.request_count}"))
            else:
                conn.send(response(200, {"status": "success", "result": {"id": request.path}}))

    with RawServer(handler) as srv:
        job = CALLS["GET"](client_on(srv.url, **credentials()))
    assert job.id == "/jobs/v2/hop5"


# -- https -> http ---------------------------------------------------------------------------------


DOWNGRADES = [(status, "a credential") for status in (301, 302, 303, 307, 308)] + [
    # only 307 and 308 keep a POST's body on the next hop (303 drops it; 301/302 may)
    (307, "a body"),
    (308, "a body"),
]


@pytest.mark.parametrize("status, what", DOWNGRADES)
def test_a_redirect_from_https_to_http_is_refused(status, what, server_tls, tls_client_on):
    with RawServer(lambda conn: None) as plain:
        target = plain.url + "/jobs/v2/job-1"
        with RawServer(_always_redirect(status, target), tls=server_tls) as secure:
            if what == "a credential":
                client = tls_client_on(secure.url, **credentials())
                call = CALLS["GET"]
            else:  # no credential configured at all: the POST's body is what must not leak
                client = tls_client_on(secure.url)
                call = CALLS["POST"]
            with pytest.raises(exc.OpenApiException) as info:
                call(client)
    assert isinstance(info.value, exc.ApiException), repr(info.value)
    assert info.value.status == status
    assert "downgrade" in str(info.value).lower()
    assert plain.connections == 0
    assert secure.request_count == 1


# -- cross-origin hops drop every credential header ------------------------------------------------

#: One operation per security scheme, and the header its credential travels in.
SCHEMES = {
    "Hub Token": ("hub.jobs_update", "authorization"),
    "Agave bearer": ("agave.get", "authorization"),
    "Sahara X-Auth-Token": ("sahara.show", "x-auth-token"),
    "Gaffer X-Api-Key": ("gaffer.get", "x-api-key"),
    "Kubernetes bearer": ("k8s.read_namespaced_job", "authorization"),
}
DROPPED = {"authorization", "x-auth-token", "x-api-key", "cookie", "proxy-authorization"}
EXTRA = {"Proxy-Authorization": "Basic cHJveHk6cHJveHktczNjcjN0"}


def _target(case: Case) -> RawServer:
    def handler(conn: Conn) -> None:
        for _ in conn.requests():
            conn.send(response(case.ok_status, case.ok_body))

    return RawServer(handler)


def _hop(case: Case, origin: RawServer) -> list[Request]:
    """Call *case* on *origin* with every credential, a cookie and a Proxy-Authorization."""
    config = configuration(origin.url, **credentials())
    with stencila_hub.ApiClient(config, cookie="sessionid=cookie-s3cr3t") as client:
        case.call(client, _headers=EXTRA)
    return origin.requests


@pytest.mark.parametrize("status", [302, 307])
@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_a_cross_origin_redirect_drops_every_credential_header(scheme, status):
    case = BY_ID[SCHEMES[scheme][0]]
    with _target(case) as target:
        # another host name and port: localhost is 127.0.0.1, but not the same origin
        location = target.url_for("localhost") + "/elsewhere"
        with RawServer(_always_redirect(status, location)) as origin:
            sent = _hop(case, origin)
        assert len(target.requests) == 1
        arrived = target.requests[0]
    assert sent[0].header(SCHEMES[scheme][1]) is not None  # it was sent to the origin
    leaked = DROPPED.intersection(arrived.header_names)
    assert not leaked, f"{sorted(leaked)} reached the other origin"
    wire = repr(arrived.headers)
    assert not any(secret in wire for secret in SECRETS.values())
    assert "cookie-s3cr3t" not in wire and "cHJveHk6" not in wire


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_a_same_origin_redirect_keeps_the_credential(scheme):
    case = BY_ID[SCHEMES[scheme][0]]

    def handler(conn: Conn) -> None:
        for request in conn.requests():
            if request.path == "/elsewhere":
                conn.send(response(case.ok_status, case.ok_body))
            else:
                conn.send(_redirect(307, "/elsewhere"))

    with RawServer(handler) as srv:
        _hop(case, srv)
    assert [r.path for r in srv.requests][-1] == "/elsewhere"
    assert srv.requests[-1].header(SCHEMES[scheme][1]) is not None


# -- the next hop fails ----------------------------------------------------------------------------


def _reset_after_request(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.reset()


@pytest.mark.parametrize("next_hop", ["refused", "reset"])
@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_a_failing_next_hop_leaves_a_post_outcome_unknown(method, next_hop, client_on):
    with RawServer(_reset_after_request, listening=next_hop != "refused") as second:
        location = second.url + "/jobs/v2/moved"
        with RawServer(_always_redirect(307, location)) as first:
            with pytest.raises(exc.OpenApiException) as info:
                CALLS[method](client_on(first.url, **credentials()))
    assert isinstance(info.value, exc.OutcomeUnknownError), repr(info.value)
    assert first.request_count == 1
