"""Rule 5, secrets: no credential of any security scheme in an exception, however it is looked at
(``str``, ``repr``, ``args``, every ``__cause__``/``__context__``, ``pickle.dumps``,
``TracebackException(capture_locals=True)``), and a credential the server echoes back (in an
error body, a success body that does not decode, or a response header) redacted in ``.body``,
``.data``, ``.headers`` and ``.message``.

test/faults/test_secrets.py checks logs and messages; this adds the echo, pickling and tracebacks
with locals on echoed bodies, which it leaves out.
"""

from __future__ import annotations

import json
import pickle
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import stencila_hub
from stencila_hub import exceptions as exc
from test.faults.cases import BY_ID, PASSWORD, Case
from test.hostile.calls import SECRETS, credentials
from test.hostile.conftest import configuration
from test.support.rawserver import Conn, RawServer, Request, response

pytestmark = pytest.mark.timeout(60)
#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

ALL_SECRETS = [*SECRETS.values(), PASSWORD]
SYSTEM_CALLS = [
    "hub.jobs_update",
    "hub.jobs_partial_update",
    "agave.get",
    "agave.submit",
    "sahara.show",
    "gaffer.get",
    "k8s.read_namespaced_job",
]
CREDENTIAL_HEADERS = ("authorization", "x-auth-token", "x-api-key")


def _echoed(request: Request) -> str:
    """Every credential value the request carried, as a server that quotes them would."""
    return " ".join(request.header(name) or "" for name in CREDENTIAL_HEADERS).strip()


def _echo(status: int) -> Callable[[Conn], None]:
    def handler(conn: Conn) -> None:
        for request in conn.requests():
            echoed = _echoed(request)
            body = json.dumps(
                {
                    "status": "error",
                    "message": f"bad credential: {echoed}",
                    "detail": echoed,
                    "error_message": echoed,
                }
            )
            conn.send(response(status, body.encode(), [("X-Echo", echoed)]))

    return handler


def _echo_undecodable(conn: Conn) -> None:
    for request in conn.requests():
        echoed = _echoed(request)
        conn.send(response(200, f'{{"id": "{echoed}", '.encode(), [("X-Echo", echoed)]))


def _reset(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.reset()


def _stall(conn: Conn) -> None:
    if conn.read_request() is not None:
        conn.wait(2)


def _redirect_nowhere(conn: Conn) -> None:
    for _ in conn.requests():
        conn.send(
            response(307, b"", [("Location", "http://127.0.0.1:9/nowhere")], content_type=None)
        )


SCENARIOS: dict[str, Callable[[Conn], None]] = {
    "401 echoing the credential": _echo(401),
    "500 echoing the credential": _echo(500),
    "200 that does not decode, echoing the credential": _echo_undecodable,
    "reset after the request": _reset,
    "read timeout": _stall,
    "redirect to a closed port": _redirect_nowhere,
}
ECHOES = {
    "401 echoing the credential",
    "500 echoing the credential",
    "200 that does not decode, echoing the credential",
}


def _catch(case: Case, client: stencila_hub.ApiClient, **kwargs: Any) -> BaseException | None:
    """The call's exception. This frame, the first of its traceback, holds no credential."""
    try:
        case.call(client, **kwargs)
    except BaseException as err:  # noqa: BLE001 (the test checks what it is)
        return err
    return None


def _chain(err: BaseException) -> Iterator[BaseException]:
    seen: list[int] = []
    stack = [err]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.append(id(current))
        yield current
        stack += [e for e in (current.__cause__, current.__context__) if e is not None]


def _assert_clean(text: Any, where: str) -> None:
    raw = text if isinstance(text, bytes) else str(text).encode("utf-8", "replace")
    for secret in ALL_SECRETS:
        assert secret.encode() not in raw, f"{secret!r} leaked in {where}: {raw[:600]!r}"


def assert_no_secret_in(err: BaseException) -> None:
    for i, link in enumerate(_chain(err)):
        name = f"{type(link).__name__} (link {i} of the chain)"
        _assert_clean(str(link), f"str of {name}")
        _assert_clean(repr(link), f"repr of {name}")
        _assert_clean(repr(link.args), f"args of {name}")
    _assert_clean(pickle.dumps(err), "pickle.dumps")
    text = "".join(traceback.TracebackException.from_exception(err, capture_locals=True).format())
    _assert_clean(text, "TracebackException(capture_locals=True)")
    _assert_clean("".join(traceback.format_exception(err)), "format_exception")


@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("call", SYSTEM_CALLS)
def test_no_credential_in_the_exception(call, scenario):
    case = BY_ID[call]
    with RawServer(SCENARIOS[scenario]) as srv:
        config = configuration(srv.url, retries=0, timeout=(1, 0.3), **credentials())
        with stencila_hub.ApiClient(config) as client:
            err = _catch(case, client)
    assert isinstance(err, exc.OpenApiException), repr(err)
    if srv.requests:  # the server did get the credential, so the check can fail
        assert any(secret in _echoed(srv.requests[0]) for secret in ALL_SECRETS)
    assert_no_secret_in(err)


@pytest.mark.parametrize("scenario", sorted(ECHOES))
@pytest.mark.parametrize("call", SYSTEM_CALLS)
def test_an_echoed_credential_is_redacted_in_body_data_headers_and_message(call, scenario):
    case = BY_ID[call]
    with RawServer(SCENARIOS[scenario]) as srv:
        config = configuration(srv.url, retries=0, **credentials())
        with stencila_hub.ApiClient(config) as client:
            err = _catch(case, client)
    assert isinstance(err, (exc.ApiException, exc.ResponseDecodeError)), repr(err)
    assert err.body, "the body is kept (redacted), not dropped"
    _assert_clean(err.body, ".body")
    _assert_clean(repr(getattr(err, "data", None)), ".data")
    assert err.headers is not None and "X-Echo" in err.headers
    _assert_clean(repr(dict(err.headers)), ".headers")
    _assert_clean(getattr(err, "message", "") or "", ".message")
    _assert_clean(str(err), "str")


class _Opaque(dict):
    """Headers whose repr hides the values: the test's own frames (in the traceback) hold them."""

    def __repr__(self) -> str:
        return "{...}"


def test_a_credential_in_a_bad_header_value_is_not_shown():
    # a credential header (one the SDK knows) whose value has CR LF is refused; the refusal must
    # not quote the value, nor may a frame of the traceback show it
    case = BY_ID["agave.get"]
    headers = _Opaque({"X-Auth-Token": SECRETS["KeystoneToken"] + "\r\nX: 1"})
    with RawServer(_reset) as srv:
        with stencila_hub.ApiClient(configuration(srv.url, **credentials())) as client:
            err = _catch(case, client, _headers=headers)
    assert isinstance(err, exc.ApiValueError), repr(err)
    assert_no_secret_in(err)
    assert srv.connections == 0


def test_a_certificate_failure_shows_no_credential(server_tls):
    case = BY_ID["k8s.read_namespaced_job"]
    with RawServer(_reset, tls=server_tls) as srv:  # the CA is not trusted: no request
        with stencila_hub.ApiClient(configuration(srv.url, **credentials())) as client:
            err = _catch(case, client)
    assert isinstance(err, exc.ApiSSLError), repr(err)
    assert_no_secret_in(err)
