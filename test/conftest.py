"""Fixtures shared by every test: loopback servers, clients pointed at them, a test CA."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme

import stencila_hub
from test.support.clients import make_client
from test.support.servers import Prism, RecordingServer

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"

pytest_plugins = ["pytester"]


def pytest_configure(config: pytest.Config) -> None:
    # Installed (pip install -e .), the package's pytest11 entry point registers the `hub_fake`
    # fixture as the plugin "stencila_hub". A checkout run with PYTHONPATH=. and an older install
    # has no entry point: register the same plugin here, under the same name.
    if not config.pluginmanager.has_plugin("stencila_hub"):
        from stencila_hub.testing import pytest_plugin

        config.pluginmanager.register(pytest_plugin, "stencila_hub")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Modules that run against both clients say so with CLIENT_KINDS (test/support/clients.py).
    if "client_kind" in metafunc.fixturenames:
        kinds = getattr(metafunc.module, "CLIENT_KINDS", ("sync",))
        metafunc.parametrize("client_kind", kinds)


def fixture_json(system: str, name: str) -> Any:
    """A payload from test/fixtures/<system>/<name>.json."""
    return json.loads((FIXTURES / system / f"{name}.json").read_text())


def fixture_bytes(system: str, name: str) -> bytes:
    return (FIXTURES / system / f"{name}.json").read_bytes()


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    """A recording HTTP server on 127.0.0.1, new for each test."""
    with RecordingServer() as srv:
        yield srv


@pytest.fixture
def client_for(server: RecordingServer, client_kind: str):
    """``client_for(**configuration_kwargs)`` -> a client (sync, or async driven: see
    test/support/clients.py) on the recording server; closed after."""
    clients = []

    def make(**kwargs: Any) -> stencila_hub.ApiClient:
        kwargs.setdefault("host", server.url)
        client_kwargs = kwargs.pop("_client_kwargs", {})
        client = make_client(client_kind, stencila_hub.Configuration(**kwargs), **client_kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture(scope="session")
def prism() -> Iterator[Prism]:
    """One Prism mock of openapi.yaml for the session; it validates every request it receives."""
    mock = Prism()
    try:
        yield mock
    finally:
        mock.close()


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    """A certificate authority for the session, trusted by nothing but the tests that say so."""
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The test CA's certificate in a PEM file (``ssl_ca_cert=``)."""
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)
