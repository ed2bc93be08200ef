"""The overseer of examples/overseer.py runs 30 minutes against the fakes with tokens expiring
every minute, and relays every change with no error.

The 30 minutes are the fakes' clock: a virtual clock shared by the fake and every provider moves
15 s per round of polls (120 rounds), so the run takes a few seconds. Each system holds its
credential as a user would: Agave an OAuth2 client and password, Sahara a Keystone password,
Kubernetes a service-account token file that is rotated every minute, the Hub a secrets-manager
callable, Gaffer a static key. Tokens also get revoked before they expire, now and then, so that
both paths are taken: refreshed before the call, and refused (401/403), renewed and re-sent.
"""

from __future__ import annotations

import importlib.util
import logging
import random
import sys

import pytest

from stencila_hub import (
    Configuration,
    GafferProcessConfig,
    JobRequest,
    KeystonePassword,
    RetryPolicy,
    SaharaJobCreate,
    SaharaJobExecute,
)
from stencila_hub.agave import OAuth2Credentials
from stencila_hub.credentials import CallableCredentials, TokenFileCredentials
from stencila_hub.testing import HubFake
from test.conftest import EXAMPLES

pytestmark = pytest.mark.timeout(120)

MINUTE = 60.0
ROUND = 15.0  # virtual seconds between two rounds of polls
ROUNDS = int(30 * MINUTE / ROUND)
FAST = RetryPolicy(initial_delay=0.01, max_delay=0.02, jitter=0)


def _load_overseer():
    spec = importlib.util.spec_from_file_location(
        "example_overseer_creds", EXAMPLES / "overseer.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


overseer = _load_overseer()


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def start_jobs(fake: HubFake) -> dict:
    """A job per system, each going through its states over the whole run."""
    agave = fake.api("agave").submit(
        JobRequest(name="n", app_id="a", archive=False, inputs={}, parameters={})
    )
    sahara = fake.api("sahara")
    template = sahara.create(
        fake.sahara.project_id,
        SaharaJobCreate(name="wc", type="Pig", mains=[fake.sahara.add_binary()]),
    )
    fake.sahara.plan_next(["PENDING", "PREP", "RUNNING", "RUNNING", "SUCCEEDED"])
    run = sahara.execute(
        fake.sahara.project_id, template.id, SaharaJobExecute(cluster_id=fake.sahara.cluster_id)
    )
    fake.kubernetes.add_job("train", "science", steps=["pending", "running", "succeeded"])
    fake.gaffer.plan_next(["1", "1", "1", "0"])
    fake.api("gaffer").create("nb", GafferProcessConfig(name="kernel", cmd="python"))
    refs = {
        "agave": agave.id,
        "sahara": f"{fake.sahara.project_id}/{run.id}",
        "kubernetes": "science/train",
        "gaffer": "nb/kernel",
    }
    return {system: (fake.hub.add_job(status="DISPATCHED"), ref) for system, ref in refs.items()}


def test_a_30_minute_run_with_tokens_expiring_every_minute(tmp_path, caplog):
    clock = Clock()
    chance = random.Random(17)
    with HubFake(clock=clock, token_lifetime=MINUTE, advance_on_read=False) as fake:
        jobs = start_jobs(fake)
        token_file = tmp_path / "token"
        token_file.write_text(fake.issue_token("kubernetes"))
        secrets_manager_calls = []

        def hub_token_from_secrets_manager() -> str:
            secrets_manager_calls.append(clock())
            return fake.issue_token("hub")

        providers = {
            "agave": OAuth2Credentials(
                fake.url("agave") + "/token",
                fake.agave.client_key,
                fake.agave.client_secret,
                username=fake.agave.username,
                password=fake.agave.password,
                clock=clock,
            ),
            "sahara": KeystonePassword(
                fake.keystone.url(),
                fake.keystone.username,
                fake.keystone.password,
                fake.keystone.project_name,
                clock=clock,
            ),
        }
        configs = {
            "hub": Configuration(
                host=fake.url("hub"),
                api_key_prefix={"Token": "Token"},
                credentials={
                    "Token": CallableCredentials(hub_token_from_secrets_manager, clock=clock)
                },
            ),
            "agave": Configuration(
                host=fake.url("agave"), credentials={"AgaveBearer": providers["agave"]}
            ),
            "sahara": providers["sahara"].sahara_configuration(),
            "kubernetes": Configuration(
                host=fake.url("kubernetes"),
                api_key_prefix={"BearerToken": "Bearer"},
                credentials={"BearerToken": TokenFileCredentials(token_file)},
            ),
            "gaffer": Configuration(
                host=fake.url("gaffer"), api_key={"GafferApiKey": fake.token("gaffer")}
            ),
        }
        for config in configs.values():
            config.retries = FAST
        follows = [overseer.Follow(hub_job, system, ref) for system, (hub_job, ref) in jobs.items()]
        rounds = [0]

        def a_quarter_minute_passes(_interval: float) -> None:
            rounds[0] += 1
            clock.now += ROUND
            if rounds[0] % 4 == 0:  # kubelet rotates the service-account token every minute
                token_file.write_text(fake.issue_token("kubernetes"))
            if rounds[0] % 12 == 0:  # the jobs move on every 3 minutes
                fake.advance()
            if chance.random() < 0.15:  # a token revoked before it expires
                fake.expire_tokens(chance.choice(["hub", "agave", "sahara", "kubernetes"]))

        with (
            caplog.at_level(logging.INFO, logger="overseer"),
            overseer.Overseer(configs, follows) as watcher,
        ):
            done = watcher.run(interval=ROUND, max_rounds=ROUNDS, sleep=a_quarter_minute_passes)
            finals = {
                f.system: (f.state.status if f.state else None, f.changes) for f in watcher.follows
            }
        hub_statuses = {
            system: fake.hub.statuses(hub_job) for system, (hub_job, _r) in jobs.items()
        }
        refused = [r for r in fake.requests if r.status in (401, 403)]
        token_requests = list(fake.agave.token_requests)
        keystone_requests = fake.keystone.requests

    assert clock.now - 1_800_000_000.0 >= 25 * MINUTE  # the run lasted most of the 30 minutes
    assert done, finals
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == []  # every read and every PATCH succeeded, through every expiry
    assert {s: final for s, (final, _c) in finals.items()} == {
        "agave": "FINISHED",
        "sahara": "SUCCEEDED",
        "kubernetes": "Complete",
        "gaffer": "stopped",
    }
    # Every change reached the Hub, in order, once each.
    assert hub_statuses["sahara"] == ["PENDING", "PENDING", "RUNNING", "SUCCESS"]  # PREP too
    assert hub_statuses["kubernetes"] == ["PENDING", "RUNNING", "SUCCESS"]
    assert hub_statuses["gaffer"] == ["RUNNING", "TERMINATED"]
    assert hub_statuses["agave"][-1] == "SUCCESS"
    assert all(changes >= 2 for _final, changes in finals.values())
    # Both paths were taken: refreshed before expiry (many token requests), and refused mid-run.
    assert token_requests.count("refresh_token") >= 15
    assert keystone_requests >= 15
    assert len(secrets_manager_calls) >= 2
    assert {r.system for r in refused} >= {"hub", "agave"}
    assert all(r.status == 403 for r in refused if r.system == "hub")
