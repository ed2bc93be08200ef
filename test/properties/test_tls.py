"""TLS, as the SDK sets it up: verified by default against certifi's CA bundle (not the machine's
store), host names checked, ``ssl_ca_cert`` / ``ca_cert_data`` to trust another CA,
``verify_ssl=False`` to opt out (with urllib3's warning). An ``http://`` client loads no CA
bundle, and an https hop it is redirected to is verified all the same.

Servers: RecordingServer behind TLS with a trustme certificate. (What a TLS failure means for
retries: test/hostile/test_tls_after_request.py.)
"""

from __future__ import annotations

import ssl
import warnings
from collections.abc import Iterator

import pytest
import trustme
import urllib3

import stencila_hub
from stencila_hub import InlineObject3, JobsApi
from test.support.clients import make_client
from test.support.servers import RecordingServer

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

pytestmark = pytest.mark.timeout(30)


def _server_context(ca: trustme.CA, *names: str) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(*names).configure_cert(context)
    return context


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[RecordingServer]:
    """HTTPS on 127.0.0.1 with a certificate of *ca* for 127.0.0.1 and localhost."""
    with RecordingServer(ssl_context=_server_context(ca, "127.0.0.1", "localhost")) as srv:
        yield srv


def _tls_call(kind: str, srv: RecordingServer, **config: object) -> InlineObject3 | None:
    configuration = stencila_hub.Configuration(host=srv.url, **config)  # type: ignore[arg-type]
    with make_client(kind, configuration) as client:
        return JobsApi(client).jobs_update(1, InlineObject3())


def test_https_is_verified_by_default(client_kind, tls_server):
    with pytest.raises(stencila_hub.ApiSSLError) as info:
        _tls_call(client_kind, tls_server)
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
    assert info.value.attempts == 1  # a certificate that does not verify is not retried
    assert info.value.request_sent is False and tls_server.requests == []


def test_the_default_bundle_is_certifis_not_the_machines(
    client_kind, tls_server, ca_file, monkeypatch
):
    # OpenSSL's default store reads these: a client using it would trust the test CA
    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    monkeypatch.setenv("SSL_CERT_DIR", str(ca_file).rsplit("/", 1)[0])
    with pytest.raises(stencila_hub.ApiSSLError, match="CERTIFICATE_VERIFY_FAILED"):
        _tls_call(client_kind, tls_server)
    assert tls_server.requests == []


def test_ssl_ca_cert_makes_it_verify(client_kind, tls_server, ca_file):
    tls_server.reply_json({"id": 1})
    job = _tls_call(client_kind, tls_server, ssl_ca_cert=ca_file)
    assert job is not None and job.id == 1 and tls_server.last.method == "PUT"


def test_ca_cert_data_makes_it_verify(client_kind, tls_server, ca):
    tls_server.reply_json({"id": 2})
    job = _tls_call(client_kind, tls_server, ca_cert_data=ca.cert_pem.bytes().decode())
    assert job is not None and job.id == 2


def test_a_certificate_for_another_host_name_is_refused(client_kind, ca, ca_file):
    with RecordingServer(ssl_context=_server_context(ca, "other.example")) as srv:
        with pytest.raises(stencila_hub.ApiSSLError) as info:
            _tls_call(client_kind, srv, ssl_ca_cert=ca_file)
    assert info.value.attempts == 1 and srv.requests == []


def test_a_verified_call_does_not_warn(client_kind, tls_server, ca_file):
    tls_server.reply_json({})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning, InsecureRequestWarning included, fails
        job = _tls_call(client_kind, tls_server, ssl_ca_cert=ca_file)
    assert isinstance(job, stencila_hub.InlineObject3)


def test_an_https_client_checks_its_certificate_files_when_made(client_kind, tmp_path):
    missing = str(tmp_path / "no-such-ca.pem")
    configuration = stencila_hub.Configuration(ssl_ca_cert=missing)
    with pytest.raises(stencila_hub.ApiValueError, match="ssl_ca_cert"):
        make_client(client_kind, configuration)


# -- the sync client: urllib3's warning, and its lazily made context -------------------------------


def test_verify_ssl_false_works_and_warns(tls_server):
    tls_server.reply_json({"id": 3})
    with pytest.warns(urllib3.exceptions.InsecureRequestWarning):
        job = _tls_call("sync", tls_server, verify_ssl=False)
    assert job is not None and job.id == 3


def test_an_http_client_loads_no_ca_bundle(server, tmp_path):
    """The certificate files are read when the first https pool opens: an http:// client with a
    missing one is made and calls."""
    missing = str(tmp_path / "no-such-ca.pem")
    config = stencila_hub.Configuration(host=server.url, ssl_ca_cert=missing)
    with stencila_hub.ApiClient(config) as client:
        JobsApi(client).jobs_update(1, InlineObject3(status="RUNNING"))
    assert server.last.path == "/jobs/1/"


def test_an_https_hop_of_an_http_client_is_verified(server, tls_server):
    server.reply(307, headers={"Location": tls_server.url + "/jobs/1/"})
    config = stencila_hub.Configuration(host=server.url, retries=0)
    with (
        stencila_hub.ApiClient(config) as client,
        pytest.raises(stencila_hub.ApiConnectionError) as info,
    ):
        JobsApi(client).jobs_update(1, InlineObject3(status="RUNNING"))
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
    assert tls_server.requests == []
