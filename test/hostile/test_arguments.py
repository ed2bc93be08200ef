"""Rule 5, bad arguments: every bad argument of the contract raises an OpenApiException of the
right kind before anything is sent (the server sees no connection at all).
"""

from __future__ import annotations

from typing import Any

import pytest

import stencila_hub
from stencila_hub import exceptions as exc
from test.hostile.calls import CALLS, credentials
from test.hostile.conftest import configuration
from test.support.rawserver import RawServer, echo_agave_job, serve

pytestmark = pytest.mark.timeout(60)

TYPE_OR_VALUE = (exc.ApiTypeError, exc.ApiValueError)

#: id -> (keyword arguments of the call, the exception class(es) the contract names)
BAD_CALL_ARGUMENTS: dict[str, tuple[dict[str, Any], Any]] = {
    'timeout "x"': ({"_request_timeout": "x"}, TYPE_OR_VALUE),
    'timeout (1, "x")': ({"_request_timeout": (1, "x")}, TYPE_OR_VALUE),
    "timeout -1": ({"_request_timeout": -1}, TYPE_OR_VALUE),
    'retries "x"': ({"_retries": "x"}, exc.ApiTypeError),
    "retries -1": ({"_retries": -1}, exc.ApiValueError),
    "headers 5": ({"_headers": 5}, exc.ApiTypeError),
    "header name with a space": ({"_headers": {"X Trace": "1"}}, exc.ApiValueError),
    "header name with a colon": ({"_headers": {"X-Trace:": "1"}}, exc.ApiValueError),
    "header name with CR LF": ({"_headers": {"X-Trace\r\nX-Injected": "1"}}, exc.ApiValueError),
    "header name with LF": ({"_headers": {"X-Trace\nX": "1"}}, exc.ApiValueError),
    "header name, non-ASCII": ({"_headers": {"X-Tr\u00e4ce": "1"}}, exc.ApiValueError),
}


@pytest.fixture
def server():
    with RawServer(serve(echo_agave_job)) as srv:
        yield srv


@pytest.mark.parametrize("bad", list(BAD_CALL_ARGUMENTS))
@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "PUT"])
def test_a_bad_call_argument_raises_before_sending(method, bad, server, client_on):
    kwargs, expected = BAD_CALL_ARGUMENTS[bad]
    with pytest.raises(BaseException) as info:
        CALLS[method](client_on(server.url, **credentials()), **kwargs)
    assert isinstance(info.value, exc.OpenApiException), repr(info.value)
    assert isinstance(info.value, expected), repr(info.value)
    assert server.connections == 0


#: A credential with a character outside Latin-1 (HTTP header values are bytes).
EURO_TOKEN = "tok\u20ac-s3cr3t-5e6f"

CREDENTIALS: dict[str, tuple[dict[str, Any], str]] = {
    "Hub Token": ({"api_key": {"Token": EURO_TOKEN}, "api_key_prefix": {"Token": "Token"}}, "PUT"),
    "Agave access_token": ({"access_token": EURO_TOKEN}, "GET"),
    "Agave access_token, POST": ({"access_token": EURO_TOKEN}, "POST"),
}


@pytest.mark.parametrize("which", list(CREDENTIALS))
def test_a_credential_outside_latin_1_raises_value_error_without_showing_it(
    which, server, client_on
):
    settings, method = CREDENTIALS[which]
    with pytest.raises(BaseException) as info:
        CALLS[method](client_on(server.url, **settings))
    err = info.value
    assert isinstance(err, exc.ApiValueError), repr(err)
    for text in (str(err), repr(err), repr(err.args)):
        assert EURO_TOKEN not in text and "s3cr3t" not in text
    assert server.connections == 0


def _first_call(url: str, **settings: Any) -> BaseException:
    """The exception of ``ApiClient(configuration)`` or of its first call."""
    try:
        with stencila_hub.ApiClient(configuration(url, **settings)) as client:
            CALLS["GET"](client)
    except BaseException as err:  # noqa: BLE001 (the test checks what it is)
        return err
    raise AssertionError("no exception")


@pytest.mark.parametrize("what", ["cert_file missing", "key_file missing", "cert_file garbage"])
def test_a_bad_client_certificate_setting_is_named_in_a_typed_error(
    what, tmp_path, server_tls, ca, ca_file
):
    cert = ca.issue_cert("client@example")
    cert_path, key_path = tmp_path / "client.pem", tmp_path / "client.key"
    cert.cert_chain_pems[0].write_to_path(str(cert_path))
    cert.private_key_pem.write_to_path(str(key_path))
    settings = {"cert_file": str(cert_path), "key_file": str(key_path), "ssl_ca_cert": ca_file}
    if what == "cert_file missing":
        settings["cert_file"] = str(tmp_path / "missing.pem")
    elif what == "key_file missing":
        settings["key_file"] = str(tmp_path / "missing.key")
    else:
        (tmp_path / "garbage.pem").write_text("not a certificate\n")
        settings["cert_file"] = str(tmp_path / "garbage.pem")
    setting = "key_file" if what.startswith("key_file") else "cert_file"
    with RawServer(serve(echo_agave_job), tls=server_tls) as srv:
        err = _first_call(srv.url, **settings)
    assert isinstance(err, (exc.ApiValueError, exc.ApiSSLError)), repr(err)
    assert setting in str(err)
    assert srv.request_count == 0
