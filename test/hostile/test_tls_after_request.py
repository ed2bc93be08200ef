"""Rule 2 over TLS: a TLS failure after the request was read means "may have arrived".

A POST or PATCH raises an OutcomeUnknownError after exactly one request reached the server; a GET
or PUT is retried (retries=2: three requests) and ends in ApiConnectionError. A TLS failure before
the request was written (handshake) is retried for every method; a certificate that does not
verify is never retried (ApiSSLError).

What Python's ssl module can provoke, and how:

* garbage instead of a TLS record, a forged application-data record (bad MAC), a plaintext fatal
  alert: bytes written past the TLS layer (the server runs TLS over memory BIOs);
* close_notify: ``SSLObject.unwrap()`` (the one alert the ssl module sends on demand);
* a client certificate demanded after the request: TLS 1.3 post-handshake auth
  (``verify_client_post_handshake()``). It needs the client to offer it (``post_handshake_auth``);
  the SDK's context does not (stdlib default), so the server cannot ask and instead ends the
  connection with a plaintext ``certificate_required`` alert, as close as Python gets to a server
  that refuses to go on without a certificate. TLS 1.2 renegotiation is not available in Python's
  ssl module at all, so a renegotiation demand is not tested.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable

import pytest

import stencila_hub
from stencila_hub import exceptions as exc
from test.hostile.calls import CALLS, IDEMPOTENT, NON_IDEMPOTENT, credentials
from test.support.rawserver import ClientGone, Conn, RawServer

pytestmark = pytest.mark.timeout(60)
#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")


def _alert(description: int) -> bytes:
    """A plaintext fatal alert record (TLS 1.2 record version)."""
    return bytes([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, description])


def _close_notify(conn: Conn) -> None:
    assert conn.tls is not None
    try:
        conn.tls.unwrap()
    except ssl.SSLWantReadError:
        pass  # close_notify is written; the client's is not waited for
    conn.flush()


def _demand_client_certificate(conn: Conn) -> None:
    assert conn.tls is not None
    try:
        conn.tls.verify_client_post_handshake()
    except ssl.SSLError:
        # The client did not offer post-handshake auth: refuse as a server that needs one would.
        conn.send_raw(_alert(116))  # certificate_required
        return
    conn.flush()  # the CertificateRequest; the client answers without a certificate
    conn.recv()  # fails on the server side: OpenSSL sends the client a fatal alert


AFTER_REQUEST: dict[str, Callable[[Conn], None]] = {
    "garbage instead of a TLS record": lambda conn: conn.send_raw(b"HTTP/1.1 200 OK\r\n\r\n{}"),
    "a record with a bad MAC": lambda conn: conn.send_raw(
        b"\x17\x03\x03\x00\x40" + bytes(range(64))
    ),
    "a fatal alert": lambda conn: conn.send_raw(_alert(80)),  # internal_error
    "close_notify": _close_notify,
    "a client certificate demanded": _demand_client_certificate,
}


def _after_request(act: Callable[[Conn], None]) -> Callable[[Conn], None]:
    def handler(conn: Conn) -> None:
        conn.handshake()
        if conn.read_request() is not None:
            act(conn)

    return handler


@pytest.fixture
def pha_tls(server_tls: ssl.SSLContext, ca) -> ssl.SSLContext:
    """The server context, able to ask for a client certificate after the handshake."""
    ca.configure_trust(server_tls)
    server_tls.post_handshake_auth = True
    server_tls.verify_mode = ssl.CERT_REQUIRED
    return server_tls


@pytest.mark.parametrize("fault", list(AFTER_REQUEST))
@pytest.mark.parametrize("method", NON_IDEMPOTENT)
def test_post_and_patch_raise_outcome_unknown_after_one_request(
    method, fault, pha_tls, tls_client_on
):
    with RawServer(_after_request(AFTER_REQUEST[fault]), tls=pha_tls) as srv:
        client = tls_client_on(srv.url, **credentials())
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](client)
    assert isinstance(info.value, exc.OutcomeUnknownError), repr(info.value)
    assert srv.request_count == 1 and srv.connections == 1


@pytest.mark.parametrize("fault", list(AFTER_REQUEST))
@pytest.mark.parametrize("method", IDEMPOTENT)
def test_idempotent_calls_are_retried_then_raise_a_connection_error(
    method, fault, pha_tls, tls_client_on
):
    with RawServer(_after_request(AFTER_REQUEST[fault]), tls=pha_tls) as srv:
        client = tls_client_on(srv.url, **credentials())
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](client)
    assert isinstance(info.value, exc.ApiConnectionError), repr(info.value)
    assert not isinstance(info.value, exc.OutcomeUnknownError)
    assert srv.request_count == 3


def _garbage_for_server_hello(conn: Conn) -> None:
    conn.peek()  # the ClientHello has arrived
    conn.send_raw(b"HTTP/1.1 400 Bad Request\r\n\r\n")


def _close_in_handshake(conn: Conn) -> None:
    conn.peek()


def _reset_in_handshake(conn: Conn) -> None:
    conn.peek()
    conn.reset()


def _alert_for_server_hello(conn: Conn) -> None:
    conn.peek()
    conn.send_raw(_alert(40))  # handshake_failure


IN_HANDSHAKE: dict[str, Callable[[Conn], None]] = {
    "garbage instead of the ServerHello": _garbage_for_server_hello,
    "close during the handshake": _close_in_handshake,
    "reset during the handshake": _reset_in_handshake,
    "handshake_failure alert": _alert_for_server_hello,
}


@pytest.mark.parametrize("fault", list(IN_HANDSHAKE))
@pytest.mark.parametrize("method", NON_IDEMPOTENT + IDEMPOTENT)
def test_a_handshake_failure_is_retried_for_every_method(method, fault, tls_client_on):
    # the handler never completes a handshake, so no request can have been written
    with RawServer(IN_HANDSHAKE[fault], tls=None) as srv:
        client = tls_client_on(srv.url.replace("http://", "https://"), **credentials())
        with pytest.raises(exc.OpenApiException) as info:
            CALLS[method](client)
    assert isinstance(info.value, exc.ApiConnectionError), repr(info.value)
    assert not isinstance(info.value, exc.OutcomeUnknownError)
    assert srv.connections == 3 and srv.request_count == 0


@pytest.mark.parametrize("method", NON_IDEMPOTENT + IDEMPOTENT)
def test_a_certificate_that_does_not_verify_is_never_retried(method, server_tls, client_on):
    def handler(conn: Conn) -> None:
        try:
            conn.handshake()
        except ClientGone:
            return
        conn.read_request()

    with RawServer(handler, tls=server_tls) as srv:
        client = client_on(srv.url, **credentials())  # certifi's bundle: the test CA is unknown
        with pytest.raises(stencila_hub.ApiSSLError) as info:
            CALLS[method](client)
    assert srv.connections == 1 and srv.request_count == 0
    assert not isinstance(info.value, exc.OutcomeUnknownError)


@pytest.mark.parametrize("method", NON_IDEMPOTENT + IDEMPOTENT)
def test_a_certificate_for_another_host_is_never_retried(method, ca, tls_client_on):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("other.example").configure_cert(context)

    def handler(conn: Conn) -> None:
        conn.handshake()
        conn.read_request()

    with RawServer(handler, tls=context) as srv:
        client = tls_client_on(srv.url, **credentials())
        with pytest.raises(stencila_hub.ApiSSLError):
            CALLS[method](client)
    assert srv.connections == 1 and srv.request_count == 0
