"""Rule 10: proxies from the environment (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY, any case),
as requests and httpx read them; ``trust_env=False`` ignores them; an explicit ``proxy`` wins.

A tiny forward proxy on 127.0.0.1 records each request line as it came: an absolute-form
``GET http://localhost:<port>/... HTTP/1.1`` for http, ``CONNECT localhost:<port> HTTP/1.x`` for
https (it then relays the tunnel). The target is addressed as ``localhost`` so that
``NO_PROXY=127.0.0.1`` does not cover it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from test.hostile.calls import CALLS, credentials
from test.support.rawserver import ForwardProxy, RawServer, echo_agave_job, serve

pytestmark = pytest.mark.timeout(60)
#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

PROXY_VARIABLES = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as p:
        yield p


@pytest.fixture
def target() -> Iterator[RawServer]:
    with RawServer(serve(echo_agave_job)) as srv:
        yield srv


def _get(client_on, url: str, **settings) -> str:
    return CALLS["GET"](client_on(url, **credentials(), **settings), "job-1").id


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
def test_a_proxy_from_the_environment_is_used(variable, monkeypatch, proxy, target, client_on):
    monkeypatch.setenv(variable, proxy.url)
    url = target.url_for("localhost")
    assert _get(client_on, url) == "job-1"
    assert proxy.lines == [f"GET {url}/jobs/v2/job-1 HTTP/1.1"]
    assert len(target.requests) == 1  # the proxy forwarded it


@pytest.mark.parametrize("variable", ["NO_PROXY", "no_proxy"])
# Forms requests and httpx agree on (".localhost" is one they do not: requests lets it cover
# localhost itself, httpx only its subdomains).
@pytest.mark.parametrize("no_proxy", ["localhost", "127.0.0.1, localhost", "localhost:{port}", "*"])
def test_no_proxy_covers_the_host(variable, no_proxy, monkeypatch, proxy, target, client_on):
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv(variable, no_proxy.format(port=target.port))
    assert _get(client_on, target.url_for("localhost")) == "job-1"
    assert proxy.lines == []
    assert len(target.requests) == 1


def test_no_proxy_for_another_host_leaves_the_proxy_in_use(monkeypatch, proxy, target, client_on):
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,example.org")
    url = target.url_for("localhost")
    assert _get(client_on, url) == "job-1"
    assert proxy.lines == [f"GET {url}/jobs/v2/job-1 HTTP/1.1"]


def test_trust_env_false_ignores_the_environment(monkeypatch, proxy, target, client_on):
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    assert _get(client_on, target.url_for("localhost"), trust_env=False) == "job-1"
    assert proxy.lines == []
    assert len(target.requests) == 1


def test_an_explicit_proxy_wins_over_the_environment(monkeypatch, proxy, target, client_on):
    with ForwardProxy() as explicit:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        url = target.url_for("localhost")
        assert _get(client_on, url, proxy=explicit.url) == "job-1"
    assert explicit.lines == [f"GET {url}/jobs/v2/job-1 HTTP/1.1"]
    assert proxy.lines == []


def test_https_proxy_is_not_used_for_http(monkeypatch, proxy, target, client_on):
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    assert _get(client_on, target.url_for("localhost")) == "job-1"
    assert proxy.lines == []


def test_https_goes_through_the_proxy_with_connect(monkeypatch, proxy, server_tls, tls_client_on):
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    with RawServer(serve(echo_agave_job), tls=server_tls) as secure:
        url = secure.url_for("localhost")
        assert CALLS["GET"](tls_client_on(url, **credentials()), "job-2").id == "job-2"
    # http.client tunnels with "HTTP/1.0" in its CONNECT line; either version is fine
    assert [line.rsplit(" ", 1)[0] for line in proxy.lines] == [f"CONNECT localhost:{secure.port}"]
    assert len(secure.requests) == 1


def test_http_proxy_is_not_used_for_https(monkeypatch, proxy, server_tls, tls_client_on):
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with RawServer(serve(echo_agave_job), tls=server_tls) as secure:
        url = secure.url_for("localhost")
        assert CALLS["GET"](tls_client_on(url, **credentials()), "job-3").id == "job-3"
    assert proxy.lines == []
