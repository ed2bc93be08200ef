"""Fixtures of the hostile suite: TLS contexts (the test CA: test/conftest.py), client factories."""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import trustme

import stencila_hub
from stencila_hub.retry import RetryPolicy
from test.support.clients import make_client

#: A policy that keeps hostile tests short: no backoff wait, a 3 s deadline for the whole call.
FAST = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0, jitter=0, total_timeout=3)


@pytest.fixture
def server_tls(ca: trustme.CA) -> ssl.SSLContext:
    """A server-side context with a certificate for 127.0.0.1 and localhost."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


def configuration(host: str, **settings: Any) -> stencila_hub.Configuration:
    """A Configuration for *host*. Settings the constructor takes go to it; the others
    (``proxy``, ``max_response_bytes``, ``connection_pool_maxsize`` and the contract's new
    ``max_error_body_bytes``, ``max_download_bytes``, ``trust_env``) are set as attributes,
    which works whether the rebuilt Configuration takes them as arguments or not."""
    constructor = {
        "api_key",
        "api_key_prefix",
        "access_token",
        "username",
        "password",
        "ssl_ca_cert",
        "retries",
        "ca_cert_data",
        "debug",
        "cert_file",
        "key_file",
        "verify_ssl",
        "timeout",
    }
    settings.setdefault("retries", FAST)
    settings.setdefault("timeout", (2, 2))
    config = stencila_hub.Configuration(
        host=host, **{k: v for k, v in settings.items() if k in constructor}
    )
    for name, value in settings.items():
        if name not in constructor:
            setattr(config, name, value)
    return config


@pytest.fixture
def client_on(client_kind: str) -> Iterator[Callable[..., stencila_hub.ApiClient]]:
    """``client_on(url, **settings)`` -> a client of *client_kind* (closed after the test)."""
    clients: list[stencila_hub.ApiClient] = []

    def make(url: str, **settings: Any) -> stencila_hub.ApiClient:
        client = make_client(client_kind, configuration(url, **settings))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def tls_client_on(
    client_on: Callable[..., stencila_hub.ApiClient], ca_file: str
) -> Callable[..., stencila_hub.ApiClient]:
    """Like client_on, verifying the server against the session's CA."""

    def make(url: str, **settings: Any) -> stencila_hub.ApiClient:
        settings.setdefault("ssl_ca_cert", ca_file)
        return client_on(url, **settings)

    return make
