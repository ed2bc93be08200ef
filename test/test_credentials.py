"""Credentials that change: the runtime's one refresh-and-resend, and the Agave,
Keystone and callable providers against the fakes' token endpoints, over real sockets.

A virtual clock drives expiry: the fake issues tokens valid for 60 of its seconds, and the
providers read the same clock, so a test moves time on instead of waiting.
"""

from __future__ import annotations

import logging
import pickle
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import pytest

import stencila_hub
from stencila_hub import (
    AgaveJobsApi,
    ApiClient,
    Configuration,
    CredentialsError,
    DataProcessingJobsApi,
    JobRequest,
    JobsApi,
    KeystonePassword,
    UnauthorizedException,
)
from stencila_hub.agave import OAuth2Credentials
from stencila_hub.credentials import (
    Credential,
    RefreshingCredentials,
    StaticCredentials,
    is_refusal,
)
from stencila_hub.testing import HubFake
from test.faults.test_secrets import tracebacks

pytestmark = pytest.mark.timeout(60)

LIFETIME = 60.0


class Clock:
    """Wall-clock seconds that move only when told."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> Iterator[HubFake]:
    with HubFake(clock=clock, token_lifetime=LIFETIME) as f:
        yield f


def oauth2(fake: HubFake, clock: Clock, **kwargs: Any) -> OAuth2Credentials:
    kwargs.setdefault("username", fake.agave.username)
    kwargs.setdefault("password", fake.agave.password)
    return OAuth2Credentials(
        fake.url("agave") + "/token",
        fake.agave.client_key,
        fake.agave.client_secret,
        clock=clock,
        **kwargs,
    )


def agave_api(fake: HubFake, provider: Any, **settings: Any) -> AgaveJobsApi:
    settings = {"access_token": None, "credentials": {"AgaveBearer": provider}, **settings}
    return fake.api("agave", **settings)  # closed with the fake


def statuses(fake: HubFake, system: str, path_part: str = "") -> list:
    return [r.status for r in fake.requests_to(system) if path_part in r.path]


# -- the interface: static strings, callables, providers -------------------------------------------


def test_a_static_string_is_sent_as_api_key_was(fake):
    config = Configuration(
        host=fake.url("hub"),
        credentials={"Token": fake.token("hub")},
        api_key_prefix={"Token": "Token"},
    )
    job = fake.hub.add_job(status="WAITING")
    with ApiClient(config) as client:
        JobsApi(client).jobs_partial_update(job, stencila_hub.InlineObject4(status="RUNNING"))
    assert fake.requests_to("hub")[-1].headers["authorization"] == f"Token {fake.token('hub')}"
    assert isinstance(config.credentials["Token"], StaticCredentials)


def test_plain_api_key_and_access_token_keep_working(fake):
    job = fake.agave.add_job()
    assert fake.api("agave").get_status(job).status is not None  # access_token=...
    assert fake.requests_to("agave")[-1].status == 200


def test_a_callable_is_asked_once_then_again_only_when_refused(fake):
    tokens = iter(["stale-token", fake.token("hub")])
    calls = []

    def from_secrets_manager() -> str:
        calls.append(1)
        return next(tokens)

    config = Configuration(
        host=fake.url("hub"),
        credentials={"Token": from_secrets_manager},
        api_key_prefix={"Token": "Token"},
    )
    job = fake.hub.add_job(status="WAITING")
    with ApiClient(config) as client:
        api = JobsApi(client)
        for status in ("RUNNING", "SUCCESS"):
            api.jobs_partial_update(job, stencila_hub.InlineObject4(status=status))
    # The Hub answers a bad token with 403 "Invalid token.": refused, renewed, re-sent once.
    assert statuses(fake, "hub") == [403, 200, 200]
    assert len(calls) == 2
    assert fake.hub.statuses(job)[-1] == "SUCCESS"


def test_an_unknown_scheme_or_a_wrong_type_is_refused():
    with pytest.raises(stencila_hub.ApiValueError, match="no security scheme named Bearer"):
        Configuration(credentials={"Bearer": "x"})
    with pytest.raises(stencila_hub.ApiTypeError, match="AgaveBearer"):
        Configuration(credentials={"AgaveBearer": 42})


@pytest.mark.parametrize(
    "schemes,status,body,refused",
    [
        (("AgaveBearer",), 401, b"", True),
        (("Token",), 403, b'{"message": "Invalid token."}', True),
        (("Token",), 403, b'{"message": "You do not have permission."}', False),
        (("GafferApiKey",), 403, b'{"message": "Invalid token."}', False),
        (("BearerToken",), 403, b"{}", False),
        (("BearerToken",), 404, b"{}", False),
    ],
)
def test_what_counts_as_a_refusal(schemes, status, body, refused):
    assert is_refusal(schemes, status, body) is refused


# -- Agave OAuth2 ----------------------------------------------------------------------------------


def test_the_first_call_gets_a_token_with_the_password_grant(fake, clock):
    creds = oauth2(fake, clock)
    job = fake.agave.add_job()
    api = agave_api(fake, creds)
    api.get_status(job)
    api.get_status(job)
    assert fake.agave.token_requests == ["password"]
    assert statuses(fake, "agave", "/jobs") == [200, 200]


def test_a_token_about_to_expire_is_refreshed_before_the_call(fake, clock):
    creds = oauth2(fake, clock)
    job = fake.agave.add_job()
    api = agave_api(fake, creds)
    api.get_status(job)
    clock.advance(LIFETIME - 10)  # within the refresh margin (a quarter of 60 s)
    api.get_status(job)
    clock.advance(LIFETIME * 3)  # long expired: refreshed before the call too
    api.get_status(job)
    assert fake.agave.token_requests == ["password", "refresh_token", "refresh_token"]
    assert statuses(fake, "agave", "/jobs") == [200, 200, 200]  # never a 401


def test_a_401_mid_run_is_shared_by_eight_threads_as_one_refresh(fake, clock):
    creds = oauth2(fake, clock)
    job = fake.agave.add_job()
    api = agave_api(fake, creds)
    api.get_status(job)
    fake.expire_tokens("agave")  # revoked early: every thread's next call gets a 401
    barrier = threading.Barrier(8)
    errors: list = []

    def worker() -> None:
        barrier.wait()
        try:
            for _ in range(3):
                api.get_status(job)
        except Exception as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert fake.agave.token_requests == ["password", "refresh_token"]  # one refresh for all
    assert creds.generation == 2
    reads = statuses(fake, "agave", "/status")
    assert reads.count(200) == 1 + 8 * 3
    assert 1 <= reads.count(401) <= 8  # each refused thread re-sent once


def test_a_post_refused_for_its_token_is_sent_again_once(fake, clock):
    creds = oauth2(fake, clock)
    api = agave_api(fake, creds)
    api.get_status(fake.agave.add_job())
    fake.expire_tokens("agave")
    job = api.submit(JobRequest(name="n", app_id="a", archive=False, inputs={}, parameters={}))
    submits = [r.status for r in fake.requests_to("agave", "agave_jobs_submit")]
    assert submits == [401, 201]  # the 401 did nothing, so the re-send is safe
    assert fake.agave.status(job.id) is not None


def test_a_refused_refresh_token_falls_back_to_the_password(fake, clock):
    creds = oauth2(fake, clock)
    api = agave_api(fake, creds)
    job = fake.agave.add_job()
    api.get_status(job)
    fake.agave.revoke_refresh_tokens()
    fake.expire_tokens("agave")
    api.get_status(job)
    assert fake.agave.token_requests == ["password", "refresh_token", "password"]


def test_a_refused_refresh_raises_credentials_error_and_is_not_hammered(fake, clock):
    creds = oauth2(fake, clock)
    api = agave_api(fake, creds)
    job = fake.agave.add_job()
    api.get_status(job)  # a token and a refresh token
    fake.agave.password = "changed-by-an-admin"
    fake.agave.revoke_refresh_tokens()
    fake.expire_tokens("agave")
    with pytest.raises(CredentialsError) as info:
        api.get_status(job)
    assert info.value.status == 400 and info.value.error == "invalid_grant"
    assert isinstance(info.value, stencila_hub.StencilaHubError)
    asked = len(fake.agave.token_requests)
    assert fake.agave.token_requests[1:] == ["refresh_token", "password"]
    for _ in range(5):  # within the back-off: no request to /token at all
        with pytest.raises(CredentialsError, match="not asking again"):
            api.get_status(job)
    assert len(fake.agave.token_requests) == asked
    clock.advance(2)  # past the first back-off (1 s): asked once more, refused again
    with pytest.raises(CredentialsError):
        api.get_status(job)
    assert len(fake.agave.token_requests) == asked + 1


def test_a_token_refused_after_the_refresh_raises_unauthorized(fake, clock):
    api = agave_api(fake, lambda: "a-token-the-server-never-issued")
    with pytest.raises(UnauthorizedException) as info:
        api.get_status(fake.agave.add_job())
    assert statuses(fake, "agave", "/status") == [401, 401]  # one re-send, never more
    assert info.value.attempts == 2


def test_a_static_credential_is_not_sent_again(fake):
    api = agave_api(fake, "wrong-static-token")
    with pytest.raises(UnauthorizedException):
        api.get_status(fake.agave.add_job())
    assert statuses(fake, "agave", "/status") == [401]


def test_a_token_endpoint_503_is_retried_with_backoff(fake, clock):
    fake.inject("agave", "/token", status=503, times=1, headers={"Retry-After": "0"})
    creds = oauth2(
        fake,
        clock,
        configuration=Configuration(retries=stencila_hub.RetryPolicy(initial_delay=0.01, jitter=0)),
    )
    agave_api(fake, creds).get_status(fake.agave.add_job())
    assert statuses(fake, "agave", "/token") == [503, 200]


def test_a_wrong_client_secret_is_reported_and_not_retried(fake, clock):
    creds = OAuth2Credentials(
        fake.url("agave") + "/token",
        fake.agave.client_key,
        "wrong",
        username="u",
        password="p",
        clock=clock,
    )
    with pytest.raises(CredentialsError) as info:
        agave_api(fake, creds).get_status(fake.agave.add_job())
    assert (info.value.status, info.value.error) == (401, "invalid_client")
    assert statuses(fake, "agave", "/token") == [401]
    assert fake.requests_to("agave", "agave_jobs_get_status") == []  # nothing sent without a token


def test_oauth2_needs_a_refresh_token_or_a_password():
    with pytest.raises(stencila_hub.ApiValueError):
        OAuth2Credentials("https://example.org/token", "k", "s", username="u")


# -- Keystone --------------------------------------------------------------------------------------


def keystone(fake: HubFake, clock: Clock, **kwargs: Any) -> KeystonePassword:
    kwargs.setdefault("password", fake.keystone.password)
    return KeystonePassword(
        fake.keystone.url(),
        fake.keystone.username,
        project_name=fake.keystone.project_name,
        domain="Default",
        clock=clock,
        **kwargs,
    )


def test_keystone_finds_sahara_in_the_catalog_and_reauthenticates(fake, clock):
    ks = keystone(fake, clock)
    config = ks.sahara_configuration()
    assert config.host == fake.url("sahara")
    assert ks.project_id == fake.sahara.project_id
    assert ks.endpoint == f"{fake.url('sahara')}/v1.1/{fake.sahara.project_id}"
    with ApiClient(config) as client:
        api = DataProcessingJobsApi(client)
        api.list(ks.project_id)
        clock.advance(LIFETIME)  # expired: re-authenticated before the call
        api.list(ks.project_id)
        fake.expire_tokens("sahara")  # revoked: 401, re-authenticated, re-sent
        api.list(ks.project_id)
    assert fake.keystone.requests == 3
    assert statuses(fake, "sahara") == [200, 200, 401, 200]
    assert "X-Auth-Token" not in repr(config) and ks.project_id not in repr(ks)


def test_a_wrong_keystone_password_raises_credentials_error(fake, clock):
    ks = keystone(fake, clock, password="not-the-password")
    with pytest.raises(CredentialsError) as info:
        ks.sahara_configuration()
    assert info.value.status == 401 and info.value.error == "Unauthorized"
    with pytest.raises(CredentialsError, match="not asking again"):
        ks.current()
    assert fake.keystone.requests == 1  # the account is not locked by retries


def test_keystone_auth_url_without_v3(fake, clock):
    ks = KeystonePassword(
        f"http://127.0.0.1:{fake.port}/keystone",
        fake.keystone.username,
        fake.keystone.password,
        fake.keystone.project_name,
        clock=clock,
    )
    assert ks.auth_url.endswith("/keystone/v3")
    assert ks.current().value.startswith("issued-sahara-")


# -- the shared refresh, on its own ----------------------------------------------------------------


class Counting(RefreshingCredentials):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fetches = 0
        self.gate = threading.Event()

    def _fetch(self, refused: bool):
        from stencila_hub.credentials import Issued

        self.fetches += 1
        self.gate.wait(5)
        return Issued(f"token-{self.fetches}", self._clock() + 600)


def test_a_refusal_of_an_older_generation_is_ignored(clock):
    provider = Counting(clock=clock)
    provider.gate.set()
    first = provider.current()
    provider.refused(first)
    second = provider.current()
    provider.refused(first)  # a late thread that read the first token
    assert provider.fetches == 2 and provider.current().value == second.value == "token-2"


def test_concurrent_first_calls_fetch_once(clock):
    provider = Counting(clock=clock)
    seen: list = []
    threads = [
        threading.Thread(target=lambda: seen.append(provider.current().value)) for _ in range(8)
    ]
    for t in threads:
        t.start()
    provider.gate.set()
    for t in threads:
        t.join()
    assert provider.fetches == 1 and seen == ["token-1"] * 8


# -- secrets stay secret ---------------------------------------------------------------------------


def _assert_clean(text: str, secrets: list) -> None:
    for secret in secrets:
        assert secret not in text, f"{secret[:6]}... leaked: {text[:1500]}"


def raised(call: Any) -> BaseException | None:
    """The exception *call* raises, or None. The traceback's first frame is this one, whose
    locals hold no test data (a test's own frame would show the secrets it checks for)."""
    try:
        call()
    except Exception as err:  # noqa: BLE001 - returned for inspection
        return err
    return None


def refresh_tokens_sent(fake: HubFake) -> list[str]:
    """Every refresh token a client sent to the fake's Agave token endpoint."""
    bodies = [r.body.decode() for r in fake.requests_to("agave") if r.path.endswith("/token")]
    return [token for body in bodies for token in parse_qs(body).get("refresh_token", [])]


def _everything_about(err: BaseException) -> str:
    parts = [str(err), repr(err), repr(err.args), tracebacks(err)]
    for linked in (err.__cause__, err.__context__):
        if linked is not None:
            parts.append(tracebacks(linked))
    parts.append(repr(pickle.loads(pickle.dumps(err))))
    return "\n".join(parts)


def test_no_provider_secret_in_logs_reprs_or_exceptions(fake, clock, caplog):
    caplog.set_level(logging.DEBUG)
    creds = oauth2(fake, clock)
    api = agave_api(fake, creds, debug=True)
    job = fake.agave.add_job()
    api.get_status(job)
    fake.expire_tokens("agave")
    api.get_status(job)
    issued = [c.value for c in (creds.current(),)]
    password = fake.agave.password
    fake.agave.revoke_refresh_tokens()
    fake.agave.password = "changed"
    fake.expire_tokens("agave")
    agave_error = raised(lambda: api.get_status(job))
    ks = keystone(fake, clock, password="wrong-keystone-password-123")
    keystone_error = raised(ks.current)
    assert isinstance(agave_error, CredentialsError)
    assert isinstance(keystone_error, CredentialsError)
    secrets = [
        fake.agave.client_secret,
        fake.agave.client_key,
        fake.keystone.password,
        "wrong-keystone-password-123",
        *issued,
        password,
        *refresh_tokens_sent(fake),
    ]
    assert len(secrets) > 6  # the refresh grants were made
    text = "\n".join(
        [
            _everything_about(agave_error),
            _everything_about(keystone_error),
            repr(creds),
            repr(ks),
            repr(api.api_client.configuration),
            caplog.text,
        ]
    )
    _assert_clean(text, secrets)
    assert "[redacted]" in caplog.text  # the token requests were logged, redacted


def test_a_callable_that_raises_is_reported_without_its_message(fake):
    def leaky() -> str:
        raise RuntimeError("vault said: the-secret-is-hunter2")

    config = Configuration(host=fake.url("hub"), credentials={"Token": leaky})
    with ApiClient(config) as client:
        api = JobsApi(client)
        err = raised(
            lambda: api.jobs_partial_update(1, stencila_hub.InlineObject4(status="RUNNING"))
        )
    assert isinstance(err, CredentialsError) and "RuntimeError" in str(err)
    assert err.__cause__ is None and err.__context__ is None
    _assert_clean(_everything_about(err), ["hunter2"])
    assert fake.requests_to("hub") == []


def test_a_credential_does_not_pickle_and_hides_its_value():
    credential = Credential("s3cr3t-value", 4)
    assert "s3cr3t" not in repr(credential) and "s3cr3t" not in str(credential)
    with pytest.raises(TypeError):
        pickle.dumps(credential)


def test_a_configuration_copy_shares_its_providers(fake, clock):
    import copy

    creds = oauth2(fake, clock)
    config = Configuration(host=fake.url("agave"), credentials={"AgaveBearer": creds})
    clone = copy.deepcopy(config)
    assert clone.credentials["AgaveBearer"] is creds  # one token cache, one refresh
    assert "AgaveBearer" in repr(clone) and fake.agave.password not in repr(clone)


# Forking while another thread holds the provider's lock is the case under test (3.12+ warns).
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_forked_child_refreshes_even_if_the_parent_was_mid_refresh(clock):
    import os

    provider = Counting(clock=clock)
    holder = threading.Thread(target=provider.current)
    holder.start()  # holds the provider's lock, waiting on the gate
    while provider.fetches == 0:
        threading.Event().wait(0.01)
    pid = os.fork()
    if pid == 0:  # the child: its copy of the parent's lock would stay held for ever
        provider.gate.set()
        got: list = []
        child = threading.Thread(target=lambda: got.append(provider.current().value), daemon=True)
        child.start()
        child.join(10)
        os._exit(0 if got and got[0].startswith("token-") else 1)
    provider.gate.set()
    holder.join()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
