"""Hosts per system, scheme rules, credential hints and Configuration.from_env, on the wire.

A Configuration without a host sends each Api class to its own system's server (the ``servers`` of
its paths in openapi.yaml). The tests see where a call goes through a recording forward proxy on
127.0.0.1 that refuses every CONNECT: the request line names the host, and nothing leaves the
machine (the TLS tunnel, and with it every credential header, is never opened).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

import stencila_hub
from stencila_hub import (
    AgaveJobsApi,
    ApiClient,
    BatchV1Api,
    Configuration,
    DataProcessingJobsApi,
    GafferJobsApi,
    JobsApi,
)
from stencila_hub.exceptions import ApiConnectionError, ApiValueError, ForbiddenException
from test.support.rawserver import Conn, RawServer, response


class RefusingProxy:
    """Records the request line and headers of each proxy request, answers 403, closes."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.headers: list[str] = []
        self.server = RawServer(self._refuse)
        self.url = self.server.url

    def _refuse(self, conn: Conn) -> None:
        request = conn.read_head()
        if request is None:
            return
        self.lines.append(f"{request.method} {request.target} {request.version}")
        self.headers.extend(f"{name}: {value}" for name, value in request.headers)
        conn.send(response(403, b"", content_type=None, close=True))


@pytest.fixture
def proxy() -> Iterator[RefusingProxy]:
    p = RefusingProxy()
    with p.server:
        yield p


def _through(proxy: RefusingProxy, **settings: object) -> ApiClient:
    config = Configuration(retries=0, **settings)  # type: ignore[arg-type]
    config.proxy = proxy.url
    return ApiClient(config)


def test_agave_without_a_host_goes_to_agave_not_the_hub(proxy):
    with _through(proxy, access_token="agave-secret") as client:
        with pytest.raises(ApiConnectionError):
            AgaveJobsApi(client).get("job-1")
    assert [line.rsplit(" ", 1)[0] for line in proxy.lines] == ["CONNECT api.tacc.utexas.edu:443"]
    assert not any("agave-secret" in h for h in proxy.headers)


def test_hub_without_a_host_goes_to_the_hub(proxy):
    with _through(proxy, api_key={"Token": "k"}, api_key_prefix={"Token": "Token"}) as client:
        with pytest.raises(ApiConnectionError):
            JobsApi(client).jobs_update(1, stencila_hub.InlineObject3(status="SUCCESS"))
    assert [line.rsplit(" ", 1)[0] for line in proxy.lines] == ["CONNECT hub.stenci.la:443"]


@pytest.mark.parametrize(
    "api, call, setting",
    [
        (DataProcessingJobsApi, lambda a: a.list("p"), "SAHARA_URL"),
        (BatchV1Api, lambda a: a.read_namespaced_job("j", "default"), "KUBERNETES_URL"),
        (GafferJobsApi, lambda a: a.list(), "GAFFER_URL"),
    ],
    ids=["sahara", "kubernetes", "gaffer"],
)
def test_a_system_without_a_public_host_refuses_before_sending(proxy, api, call, setting):
    with _through(proxy) as client:
        with pytest.raises(ApiValueError, match=f"no public default host.*{setting}"):
            call(api(client))
    assert proxy.lines == []


@pytest.mark.parametrize(
    "host",
    ["https://hub.stenci.la/api", "https://HUB.stenci.la:443/api", "https://u@hub.stenci.la"],
)
def test_the_hub_host_is_refused_for_agave(host):
    config = Configuration(host=host, access_token="agave-secret")
    with pytest.raises(ApiValueError, match="hub's host, not agave's"):
        AgaveJobsApi(ApiClient(config))
    JobsApi(ApiClient(config))  # the Hub's own Api class takes it


@pytest.mark.parametrize("host", ["hub.stenci.la/api", "ftp://hub.stenci.la", "//hub.stenci.la"])
def test_a_host_without_http_or_https_is_refused(host):
    with pytest.raises(ApiValueError, match="must start with https://"):
        Configuration(host=host)
    config = Configuration()
    with pytest.raises(ApiValueError, match="must start with https://"):
        config.host = host


def test_plain_http_to_another_machine_with_a_credential_warns_once():
    host = "http://sahara.example.org:8386"
    with pytest.warns(UserWarning, match="plain http"):
        ApiClient(Configuration(host=host, api_key={"KeystoneToken": "t"}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ApiClient(Configuration(host=host, api_key={"KeystoneToken": "t"}))  # once per host
        ApiClient(Configuration(host="http://127.0.0.1:5000", api_key={"GafferApiKey": "k"}))
        ApiClient(Configuration(host="http://[::1]:5000", api_key={"GafferApiKey": "k"}))
        ApiClient(Configuration(host="http://gaffer.example.org:5000"))  # no credential


def test_an_api_key_naming_no_scheme_is_refused_with_the_valid_names():
    with pytest.raises(ApiValueError, match="'token'.*Token, KeystoneToken"):
        Configuration(api_key={"token": "k"})
    with pytest.raises(ApiValueError, match="api_key_prefix.*'Bearer'"):
        Configuration(api_key_prefix={"Bearer": "Bearer"})


def test_a_403_without_the_expected_prefix_says_so(server, client_for):
    server.reply_json({"message": "Invalid token."}, status=403)
    api = JobsApi(client_for(api_key={"Token": "k"}))
    with pytest.raises(ForbiddenException) as info:
        api.jobs_update(1, stencila_hub.InlineObject3(status="SUCCESS"))
    assert server.requests[0].headers["authorization"] == "k"
    assert "api_key_prefix={'Token': 'Token'}" in str(info.value)
    assert info.value.hint is not None and "'Token <key>'" in info.value.hint


def test_a_403_with_the_prefix_set_has_no_hint(server, client_for):
    server.reply_json({"message": "Invalid token."}, status=403)
    api = JobsApi(client_for(api_key={"Token": "k"}, api_key_prefix={"Token": "Token"}))
    with pytest.raises(ForbiddenException) as info:
        api.jobs_update(1, stencila_hub.InlineObject3(status="SUCCESS"))
    assert info.value.hint is None and "Hint" not in str(info.value)


ENVIRON = {
    "STENCILA_HUB_URL": "https://hub.example/api/",
    "STENCILA_HUB_TOKEN": "hub-t",
    "AGAVE_TOKEN": "agave-t",
    "SAHARA_URL": "https://sahara.example:8386",
    "SAHARA_TOKEN": "sahara-t",
    "KUBERNETES_URL": "https://k8s.example:6443",
    "KUBERNETES_TOKEN": "k8s-t",
    "KUBERNETES_CA_CERT": "/etc/k8s/ca.crt",
    "GAFFER_URL": "http://127.0.0.1:5000",
}


def test_from_env_reads_each_systems_variables():
    hub = Configuration.from_env("hub", ENVIRON)
    assert hub.host == "https://hub.example/api"
    assert hub.get_api_key_with_prefix("Token") == "Token hub-t"
    agave = Configuration.from_env("agave", ENVIRON)
    assert agave.host == "https://api.tacc.utexas.edu" and agave.access_token == "agave-t"
    sahara = Configuration.from_env("sahara", ENVIRON)
    assert sahara.host == ENVIRON["SAHARA_URL"] and sahara.api_key == {"KeystoneToken": "sahara-t"}
    k8s = Configuration.from_env("kubernetes", ENVIRON)
    assert k8s.get_api_key_with_prefix("BearerToken") == "Bearer k8s-t"
    assert k8s.ssl_ca_cert == "/etc/k8s/ca.crt"
    gaffer = Configuration.from_env("gaffer", ENVIRON, timeout=3)
    assert gaffer.api_key == {} and gaffer.timeout == 3


def test_from_env_refuses_what_it_cannot_fill():
    with pytest.raises(ApiValueError, match="set SAHARA_URL"):
        Configuration.from_env("sahara", {})
    with pytest.raises(ApiValueError, match="unknown system 'slurm'"):
        Configuration.from_env("slurm", {})


def test_every_path_of_the_spec_names_its_system_and_server():
    import yaml

    from stencila_hub.configuration import SYSTEM_SERVERS

    with open("openapi.yaml", encoding="utf-8") as spec:
        document = yaml.safe_load(spec)
    for path, item in document["paths"].items():
        servers = item.get("servers") or []
        assert len(servers) == 1, path
        assert servers[0].get("x-sdk-system") in SYSTEM_SERVERS, path
    assert sorted(SYSTEM_SERVERS) == ["agave", "gaffer", "hub", "kubernetes", "sahara"]
