"""The TLS context is made when the first https pool opens: an http:// client never loads a CA bundle."""

from __future__ import annotations

import ssl

import certifi
import pytest

import stencila_hub
from stencila_hub import InlineObject3, JobsApi


def test_an_http_client_makes_no_tls_context_and_still_calls(server):
    client = stencila_hub.ApiClient(stencila_hub.Configuration(host=server.url))
    manager = client.rest_client.pool_manager
    assert "ssl_context" not in manager.connection_pool_kw
    JobsApi(client).jobs_update(1, InlineObject3(status="RUNNING"))
    assert server.last.path == "/jobs/1/"
    assert "ssl_context" not in manager.connection_pool_kw
    client.close()


def test_an_https_pool_opened_later_gets_certifis_verified_context(server):
    client = stencila_hub.ApiClient(stencila_hub.Configuration(host=server.url))
    pool = client.rest_client.pool_manager.connection_from_url("https://hub.example.invalid/")
    context = pool.conn_kw["ssl_context"]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    reference = ssl.create_default_context(cafile=certifi.where())
    assert len(context.get_ca_certs()) == len(reference.get_ca_certs()) > 50
    # one context for every https pool of the client
    other = client.rest_client.pool_manager.connection_from_url("https://other.example.invalid/")
    assert other.conn_kw["ssl_context"] is context


def test_an_https_client_checks_its_certificate_files_when_made(tmp_path):
    missing = str(tmp_path / "no-such-ca.pem")
    with pytest.raises((OSError, ssl.SSLError)):
        stencila_hub.ApiClient(stencila_hub.Configuration(ssl_ca_cert=missing))
