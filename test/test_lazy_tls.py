"""The TLS context is made when the first https pool opens: an http:// client never loads a CA
bundle, and an https hop it is redirected to is still verified (certifi's bundle, not none)."""

from __future__ import annotations

import ssl

import pytest
import trustme

import stencila_hub
from stencila_hub import InlineObject3, JobsApi
from test.support.servers import RecordingServer


def test_an_http_client_makes_no_tls_context_and_still_calls(server):
    client = stencila_hub.ApiClient(stencila_hub.Configuration(host=server.url))
    manager = client.rest_client.pool_manager
    assert "ssl_context" not in manager.connection_pool_kw
    JobsApi(client).jobs_update(1, InlineObject3(status="RUNNING"))
    assert server.last.path == "/jobs/1/"
    assert "ssl_context" not in manager.connection_pool_kw
    client.close()


def test_an_https_hop_of_an_http_client_is_verified(server):
    tls = RecordingServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)  # a CA nobody trusts
    tls.httpd.socket = context.wrap_socket(tls.httpd.socket, server_side=True)
    with tls:
        target = tls.url.replace("http://", "https://") + "/jobs/1/"
        server.reply(307, headers={"Location": target})
        config = stencila_hub.Configuration(host=server.url, retries=0)
        with (
            stencila_hub.ApiClient(config) as client,
            pytest.raises(stencila_hub.ApiConnectionError) as info,
        ):
            JobsApi(client).jobs_update(1, InlineObject3(status="RUNNING"))
        assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
        assert tls.requests == []


def test_an_https_client_checks_its_certificate_files_when_made(tmp_path):
    missing = str(tmp_path / "no-such-ca.pem")
    with pytest.raises(stencila_hub.ApiValueError, match="ssl_ca_cert"):
        stencila_hub.ApiClient(stencila_hub.Configuration(ssl_ca_cert=missing))
