"""No credential of any of the five systems in logs, reprs, exception texts or tracebacks;
credential
headers dropped on a redirect to another host; debug logging that never turns on http.client's.
"""

from __future__ import annotations

import http.client
import logging
import time
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

import stencila_hub
from test.faults.cases import CASES, PASSWORD, SECRETS, Case, credentials
from test.support import clients
from test.support.rawserver import Act, FaultServer, answer
from test.support.servers import RecordingServer

#: Run against the sync and the async client (test/support/clients.py): the autouse fixture
#: below sets KIND, which the client factory of this module reads.
CLIENT_KINDS = ("sync", "async")
KIND = "sync"


@pytest.fixture(autouse=True)
def _client_kind(client_kind: str) -> Iterator[None]:
    global KIND
    KIND = client_kind
    yield
    KIND = "sync"


pytestmark = pytest.mark.timeout(30)

ALL_SECRETS = [*SECRETS.values(), PASSWORD]
#: One operation per system (the first in cases.CASES), called through its Api class.
SYSTEM_CASES = {c.system: c for c in reversed(CASES)}
SYSTEMS = sorted(SYSTEM_CASES)
#: The header each system's credential travels in.
AUTH_HEADER = {
    "hub": "authorization",
    "agave": "authorization",
    "k8s": "authorization",
    "sahara": "x-auth-token",
    "gaffer": "x-api-key",
}


def assert_clean(text: str, where: str = "") -> None:
    for secret in ALL_SECRETS:
        assert secret not in text, f"{secret!r} leaked in {where}: {text[:2000]}"


def tracebacks(err: BaseException, with_locals: bool = True) -> str:
    """The exception as logging, pytest and error trackers print it: with its chain and locals."""
    plain = "".join(traceback.format_exception(err))
    if not with_locals:
        return plain
    with_locals_text = "".join(
        traceback.TracebackException.from_exception(err, capture_locals=True).format()
    )
    return plain + with_locals_text


def call_catching(case: Case, client: stencila_hub.ApiClient) -> Any:
    """The call's exception, or None. Its frame (the traceback's first) holds no test data."""
    try:
        case.call(client)
    except stencila_hub.OpenApiException as err:
        return err
    return None


def client_on(url: str, **kwargs: Any) -> stencila_hub.ApiClient:
    kwargs.setdefault("retries", stencila_hub.RetryPolicy(max_retries=1, initial_delay=0.01))
    kwargs.setdefault("timeout", (1.0, 0.3))
    config = stencila_hub.Configuration(host=url, **credentials(), **kwargs)
    return clients.make_client(KIND, config)


@pytest.fixture
def debug_logs(caplog) -> Iterator[Any]:
    """Every record of every logger at DEBUG (urllib3's too), with debug=True on the way."""
    caplog.set_level(logging.DEBUG)
    yield caplog
    # Undo what debug=True did (its stderr handler, its level) through the public setter.
    stencila_hub.Configuration().debug = False
    package_logger = logging.getLogger("stencila_hub")
    assert not package_logger.handlers, package_logger.handlers


def echo_secrets_body() -> bytes:
    """An error body that echoes every credential back, as a careless server might."""
    return ('{"message": "bad credentials: ' + " ".join(ALL_SECRETS) + '"}').encode()


# -- the faults whose exceptions and logs are checked, for every system ----------------------------

SCENARIOS = {
    "ok": lambda case: case.ok(),
    "401 echoing the token": lambda case: answer(401, echo_secrets_body()),
    "500 echoing the token": lambda case: answer(500, echo_secrets_body()),
    "200 non-JSON echoing the token": lambda case: answer(
        case.ok_status, echo_secrets_body()[:-1] if case.has_body else b""
    ),
    "reset after the request": lambda case: Act("reset_after"),
    "stall": lambda case: Act("stall"),
    "refused": None,
}


@pytest.mark.parametrize("scenario", list(SCENARIOS))
@pytest.mark.parametrize("system", SYSTEMS)
def test_no_secret_in_logs_reprs_exceptions_or_tracebacks(system, scenario, debug_logs, capsys):
    case: Case = SYSTEM_CASES[system]
    make_act = SCENARIOS[scenario]
    server = FaultServer(
        then=make_act(case) if make_act else case.ok(), listening=make_act is not None
    )
    with server, client_on(server.url, debug=True) as client:
        assert http.client.HTTPConnection.debuglevel == 0
        err = call_catching(case, client)
        texts: list[str] = [repr(client), str(client.configuration), repr(case.api(client))]
        if err is not None:
            # .body and .data are what the server sent, kept as data; everything else is clean
            state = {k: v for k, v in vars(err).items() if k not in ("body", "data")}
            # A body that echoes the token is data the server sent: frames that decode it hold
            # it in locals, so for those the traceback is checked without locals.
            texts += [str(err), repr(err), tracebacks(err, "echo" not in scenario), repr(state)]
    # what the server received carried the credential (so the test can fail)
    if server.requests:
        sent = server.requests[0].header(AUTH_HEADER[system])
        assert sent is not None and sent.endswith(SECRETS[case.credential])
    records = [r for r in debug_logs.records]
    log_text = "\n".join(debug_logs.text.splitlines() + [r.getMessage() for r in records])
    captured = capsys.readouterr()
    for text, where in [(t, "repr/exception") for t in texts] + [
        (log_text, "log records"),
        (captured.err, "stderr"),
        (captured.out, "stdout"),
    ]:
        assert_clean(text, where)
    assert http.client.HTTPConnection.debuglevel == 0
    assert "send:" not in captured.out and "reply:" not in captured.out
    # debug=True logs the method, the URL, the outcome and the timing, with the auth header
    # redacted (there is one line per attempt)
    ours = [r.getMessage() for r in records if r.name == "stencila_hub"]
    assert ours and all(
        case.method in line and server.url in line and " ms " in line for line in ours
    )
    assert all("[redacted]" in line for line in ours)
    # pytest configures logging (the root logger has its handlers): debug=True then leaves the
    # lines to them and prints nothing of its own (test_logging.py: stderr when unconfigured)
    assert ours[0] not in captured.err


def test_the_logs_name_the_status(debug_logs):
    case = SYSTEM_CASES["agave"]
    with (
        FaultServer(then=answer(404, {"message": "nope"})) as server,
        client_on(server.url, debug=True) as client,
    ):
        with pytest.raises(stencila_hub.NotFoundException):
            case.call(client)
    line = [r.getMessage() for r in debug_logs.records if r.name == "stencila_hub"][0]
    assert line.startswith(f"GET {server.url}/jobs/v2/") and "-> 404 in" in line


def test_debug_true_does_not_touch_http_client_debuglevel(capfd):
    before = http.client.HTTPConnection.debuglevel
    config = stencila_hub.Configuration(debug=True)
    try:
        assert http.client.HTTPConnection.debuglevel == before == 0
        with RecordingServer() as srv:
            config.host = srv.url
            config.api_key = {"Token": SECRETS["Token"]}
            with stencila_hub.ApiClient(config) as client:
                stencila_hub.JobsApi(client).jobs_update(1, stencila_hub.InlineObject3())
        out = capfd.readouterr()
        assert "send: b'" not in out.out + out.err and SECRETS["Token"] not in out.out + out.err
    finally:
        config.debug = False


@pytest.mark.parametrize("field", ["api_key", "access_token", "header value"])
def test_a_credential_with_a_newline_is_refused_without_showing_it(field):
    secret = SECRETS["Token"] + "\n"
    kwargs: dict = {"api_key": {"Token": SECRETS["Token"]}}
    headers = None
    if field == "api_key":
        kwargs = {"api_key": {"Token": secret}}
    elif field == "access_token":
        kwargs = {"access_token": secret}
    else:
        headers = {"X-Api-Key": secret}
    with RecordingServer() as srv:
        config = stencila_hub.Configuration(host=srv.url, **kwargs)
        with stencila_hub.ApiClient(config) as client:
            api = (
                stencila_hub.AgaveJobsApi(client)
                if field == "access_token"
                else stencila_hub.JobsApi(client)
            )
            with pytest.raises(stencila_hub.ApiValueError, match="CR or LF") as info:
                if field == "access_token":
                    api.get("1", _headers=headers)
                else:
                    api.jobs_update(1, stencila_hub.InlineObject3(), _headers=headers)
        assert srv.requests == []
    # From ApiClient.call down (the frames above hold the caller's own arguments).
    tb = info.value.__traceback__
    while tb is not None and not tb.tb_frame.f_code.co_filename.endswith("api_client.py"):
        tb = tb.tb_next
    assert tb is not None
    text = "".join(
        traceback.TracebackException(type(info.value), info.value, tb, capture_locals=True).format()
    )
    assert "prepare" in text
    assert_clean(text, "traceback")


def test_reprs_hide_every_credential():
    config = stencila_hub.Configuration(**credentials())
    client = stencila_hub.ApiClient(config, header_name="X-Api-Key", header_value="gaffer-s3cr3t")
    client.cookie = "session=" + SECRETS["Token"]
    texts = [repr(config), str(config), repr(client), str(client), repr(client.default_headers)]
    for text in texts:
        assert_clean(text)
        assert "gaffer-s3cr3t" not in text
    assert "access_token" in repr(config) and "Token" in repr(config)  # which, not what


# -- redirects -------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("system", SYSTEMS)
def test_a_redirect_to_another_host_drops_every_credential_header(system, status):
    """127.0.0.1 -> localhost: urllib3 compares the host only, so the hosts differ by name."""
    case = SYSTEM_CASES[system]
    with RecordingServer() as first, RecordingServer() as second:
        port = second.url.rsplit(":", 1)[1]
        first.reply(status, headers={"Location": f"http://localhost:{port}/elsewhere"})
        second.default = _ok_reply(case)
        with client_on(first.url) as client:
            case.call(client)
        assert first.last.headers[AUTH_HEADER[system]].endswith(SECRETS[case.credential])
        got = second.last.headers
        assert second.last.path == "/elsewhere"
        for name in ("authorization", "x-auth-token", "x-api-key", "cookie", "proxy-authorization"):
            assert name not in got, f"{name} crossed to another host"
        assert "user-agent" in got  # the other headers did go


def test_a_redirect_to_another_port_of_the_same_host_drops_them_too():
    """urllib3 2.x compares scheme, host and port (1.x compared the host only)."""
    case = SYSTEM_CASES["gaffer"]
    with RecordingServer() as first, RecordingServer() as second:
        first.reply(307, headers={"Location": f"{second.url}/same-host"})
        second.default = _ok_reply(case)
        with client_on(first.url) as client:
            case.call(client)
        assert "x-api-key" not in second.last.headers
        assert first.last.headers["x-api-key"] == SECRETS["GafferApiKey"]


def test_a_redirect_within_the_same_origin_keeps_the_credential():
    case = SYSTEM_CASES["gaffer"]
    with RecordingServer() as srv:
        srv.reply(307, headers={"Location": f"{srv.url}/moved"})
        srv.default = _ok_reply(case)
        with client_on(srv.url) as client:
            case.call(client)
        assert [r.path for r in srv.requests] == ["/jobs/default/dummy", "/moved"]
        assert srv.last.headers["x-api-key"] == SECRETS["GafferApiKey"]


def _ok_reply(case: Case):
    from test.support.servers import Reply

    headers = {} if not case.reads_body else {"Content-Type": "application/json"}
    return Reply(case.ok_status, case.ok_body if case.reads_body else b"", headers)


def test_secrets_are_not_kept_on_exceptions():
    with (
        FaultServer(then=answer(401, echo_secrets_body())) as server,
        client_on(server.url) as client,
    ):
        with pytest.raises(stencila_hub.UnauthorizedException) as info:
            SYSTEM_CASES["hub"].call(client)
    err = info.value
    assert_clean(str(err))
    assert_clean(repr(err))
    assert "[redacted]" in err.message
    # an echoed credential is redacted in the body and the decoded data too
    assert_clean(err.body.decode())
    assert b"[redacted]" in err.body
    assert_clean(repr(vars(err)))


def test_stall_is_bounded():
    """Sanity of the fixture itself: a stalled answer ends by the read timeout."""
    with FaultServer(then=Act("stall")) as server, client_on(server.url, retries=0) as client:
        start = time.monotonic()
        with pytest.raises(stencila_hub.ApiTimeoutError):
            SYSTEM_CASES["gaffer"].call(client)
        assert time.monotonic() - start < 2


def test_a_calls_secrets_are_listed_only_when_a_message_is_scrubbed():
    from stencila_hub.redaction import LazySecrets

    asked = []
    secrets = LazySecrets(lambda: asked.append(1) or ["s3cr3t-value"])
    assert asked == []  # made on every call, listed on none that succeeds
    assert "s3cr3t" not in repr(secrets) and "s3cr3t" not in str(secrets)
    err = stencila_hub.ApiException(
        401, "Unauthorized", message="bad s3cr3t-value", secrets=secrets
    )
    assert asked and "s3cr3t" not in str(err) and "s3cr3t" not in err.message
