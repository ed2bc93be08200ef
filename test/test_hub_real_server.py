"""What the real Hub 4.47.19 does (hub-notes.md, "More of the real Hub"), over loopback sockets:
a session job's ``urls`` object, values of any shape, read-modify-write PATCH, ``status: null``,
the slow terminal PATCH and the 400 field errors; and the fake Hub doing the same."""

from __future__ import annotations

import json
import logging

import pytest

import stencila_hub
from stencila_hub import InlineObject3, InlineObject4, JobsApi
from stencila_hub.testing import HubFake
from test.conftest import fixture_bytes, fixture_json

KEY = "hub-token-for-real-server-tests"


@pytest.fixture
def api(client_for) -> JobsApi:
    return JobsApi(client_for(api_key={"Token": KEY}, api_key_prefix={"Token": "Token"}))


# -- a session job's urls, and values of another shape ----------------------------------------


def test_a_session_job_with_a_urls_object_decodes_every_field(server, api):
    payload = fixture_json("hub", "job_session_real")
    server.reply(
        200, fixture_bytes("hub", "job_session_real"), headers={"Content-Type": "application/json"}
    )
    job = api.jobs_update(61, InlineObject3(status="RUNNING"))
    assert job.urls == {"ws": "ws://127.0.0.1:9061", "http": "http://127.0.0.1:9061"}
    assert job.decode_issues == []  # the spec declares urls as the object the server sends
    assert json.loads(job.to_json()) == payload


def test_a_field_of_another_shape_is_kept_raw_listed_and_logged(server, api, caplog, monkeypatch):
    """The Hub stores a PATCHed value unchecked and sends it back: the answer still decodes."""
    from stencila_hub import decode_recovery

    monkeypatch.setattr(decode_recovery, "_WARNED", set())  # as in a fresh process
    misfits = {"worker": {"host": "w1", "pid": 7}, "children": [57, "58"], "runtime": "12.3s"}
    payload = {**fixture_json("hub", "job_full"), **misfits}
    fitting = json.loads(InlineObject3.from_dict(fixture_json("hub", "job_full")).to_json())
    server.reply_json(payload)
    with caplog.at_level(logging.WARNING, logger="stencila_hub"):
        job = api.jobs_update(56, InlineObject3(status="RUNNING"))
        api.jobs_update(56, InlineObject3(status="RUNNING"))  # the same misfits: logged once
    assert dict(job.decode_issues) == {
        "worker": "expected string, got object",
        "children": "[1]: expected integer, got string",
        "runtime": "expected number or integer, got string",
    }
    assert job.worker == {"host": "w1", "pid": 7} and job.status == "RUNNING"
    assert job.created.year == 2021  # the rest stays typed
    assert json.loads(job.to_json()) == {**fitting, **misfits}  # the misfits exactly as sent
    assert json.loads(json.dumps(job.to_dict(), default=str))["children"] == [57, "58"]
    warned = [r for r in caplog.records if r.name == "stencila_hub"]
    assert sorted(r.getMessage().split(" ")[0] for r in warned) == [
        "InlineObject3.children",
        "InlineObject3.runtime",
        "InlineObject3.worker",
    ]


def test_a_body_of_the_wrong_top_level_shape_still_raises(server, api):
    server.reply_json([fixture_json("hub", "job_full")])
    with pytest.raises(stencila_hub.ResponseDecodeError):
        api.jobs_update(56, InlineObject3(status="RUNNING"))


def test_building_a_model_by_hand_is_still_strict():
    with pytest.raises(ValueError, match="urls"):
        InlineObject3(urls="ws://x")
    with pytest.raises(ValueError, match="worker"):
        InlineObject4(status="RUNNING", worker={"host": "w1"})
    assert InlineObject4(status="RUNNING").decode_issues == []


# -- read-modify-write PATCH ------------------------------------------------------------------


def test_a_decoded_job_changed_and_patched_sends_only_the_changed_fields(server, api):
    server.reply_json(fixture_json("hub", "job_full"))
    job = api.jobs_partial_update(56, InlineObject4(status="RUNNING"))  # a body: decoded
    assert job.project == 7 and "project" in job.to_dict()
    job.status = "SUCCESS"
    job.result = {"ok": True}
    server.reply(200, b"")
    assert api.jobs_partial_update(56, job) is None
    assert server.last.json == {"status": "SUCCESS", "result": {"ok": True}}
    assert job.to_dict()["project"] == 7  # to_dict() still gives everything received


def test_a_job_a_put_answered_can_be_patched_with_its_changes_only(server, api):
    """The real Hub's PATCH answers no body: the job to change comes from a PUT (InlineObject3,
    the same schema under its other name)."""
    server.reply_json(fixture_json("hub", "job_full"))
    job = api.jobs_update(56, InlineObject3(status="RUNNING"))
    job.status = "FAILURE"
    server.reply(200, b"")
    api.jobs_partial_update(56, job)
    assert server.last.json == {"status": "FAILURE"}  # not project: the real Hub would 500


def test_a_decoded_job_patched_without_assigning_status_is_refused(server, api):
    server.reply_json(fixture_json("hub", "job_full"))
    job = api.jobs_partial_update(56, InlineObject4(status="RUNNING"))
    job.worker = "w9"  # status came from the server: it would not be sent
    sent = len(server.requests)
    with pytest.raises(stencila_hub.ApiValueError, match="status"):
        api.jobs_partial_update(56, job)
    assert len(server.requests) == sent


def test_from_dict_still_sends_what_you_pass(server, api):
    server.reply(200, b"")
    api.jobs_partial_update(56, InlineObject4.from_dict({"status": "FAILURE", "project": 7}))
    assert server.last.json == {"status": "FAILURE", "project": 7}


def test_a_put_of_a_decoded_job_sends_everything_it_holds(server, api):
    server.reply_json(fixture_json("hub", "job_full"))
    job = api.jobs_update(56, InlineObject3(status="RUNNING"))
    job.status = "SUCCESS"
    server.reply_json(fixture_json("hub", "job_full"))
    api.jobs_update(56, job)
    sent = server.last.json
    assert sent["status"] == "SUCCESS" and sent["project"] == 7 and "id" not in sent


def test_patch_with_status_none_is_refused_before_sending(server, api):
    with pytest.raises(stencila_hub.ApiValueError, match="status"):
        api.jobs_partial_update(56, InlineObject4(status=None, worker="w1"))
    assert server.requests == []


# -- the slow terminal PATCH --------------------------------------------------------------------


def test_the_patch_documents_its_default_read_timeout():
    assert "160 s" in (JobsApi.jobs_partial_update.__doc__ or "")


def test_a_slow_terminal_patch_waits_past_a_shorter_configured_read_timeout():
    with HubFake() as fake:
        fake.hub.terminal_patch_delay = 1.5
        job = fake.hub.add_job(status="RUNNING")
        config = fake.configuration("hub")
        config.timeout = (5, 0.5)  # shorter than the answer takes: the operation's default wins
        with stencila_hub.ApiClient(config) as client:
            JobsApi(client).jobs_partial_update(job, InlineObject4(status="SUCCESS"))
            # a per-call timeout still rules; the outcome of a PATCH that timed out is unknown
            with pytest.raises(stencila_hub.OutcomeUnknownError):
                JobsApi(client).jobs_partial_update(
                    job, InlineObject4(status="FAILURE"), _request_timeout=(5, 0.5)
                )
        assert fake.hub.statuses(job) == ["SUCCESS", "FAILURE"]  # both landed


# -- 400 field errors -----------------------------------------------------------------------


def test_the_hubs_400_field_errors_are_typed_and_named(server, api):
    body = {
        "message": "Invalid input.",
        "errors": [{"field": "status", "message": '"QUEUED" is not a valid choice.'}],
    }
    server.reply_json(body, status=400)
    with pytest.raises(stencila_hub.BadRequestException) as info:
        api.jobs_update(56, InlineObject3(status="RUNNING"))
    err = info.value
    assert err.errors == [("status", '"QUEUED" is not a valid choice.')]
    assert isinstance(err.data.errors[0], stencila_hub.HubFieldError)
    assert err.message == "Invalid input."
    assert 'status: "QUEUED" is not a valid choice.' in str(err)


def test_an_error_without_field_errors_lists_none(server, api):
    server.reply_json({"message": "Invalid token."}, status=403)
    with pytest.raises(stencila_hub.ForbiddenException) as info:
        api.jobs_update(56, InlineObject3(status="RUNNING"))
    assert info.value.errors == []
    assert "Field errors" not in str(info.value)


# -- the fake follows ---------------------------------------------------------------------------


def test_the_fake_serves_a_session_jobs_urls_object(hub_fake):
    job = hub_fake.hub.add_job(status="RUNNING", method="session")
    answer = hub_fake.api("hub").jobs_update(job, InlineObject3(status="RUNNING"))
    assert set(answer.urls) == {"ws", "http"} and answer.decode_issues == []
    other = hub_fake.hub.add_job()
    assert hub_fake.api("hub").jobs_update(other, InlineObject3(status="RUNNING")).urls is None


def test_the_fake_can_reproduce_the_500_on_a_patch_with_project(hub_fake):
    job = hub_fake.hub.add_job(status="RUNNING", project=1)
    api = hub_fake.api("hub")
    api.jobs_partial_update(job, InlineObject4(status="RUNNING", project=1))  # off by default
    hub_fake.hub.patch_project_fails = True
    with pytest.raises(stencila_hub.ServiceException) as info:
        api.jobs_partial_update(job, InlineObject4(status="SUCCESS", project=1))
    assert 'must be a "Project" instance' in info.value.message
    assert isinstance(info.value, stencila_hub.OutcomeUnknownError)
    # a read-modify-write sends only what changed, so it works against the real bug
    decoded = api.jobs_update(job, InlineObject3(status="RUNNING"))
    assert decoded.project == 1
    decoded.status = "SUCCESS"
    api.jobs_partial_update(job, decoded)
    assert hub_fake.hub.updates(job)[-1] == {"status": "SUCCESS"}
    assert hub_fake.hub.job(job)["status"] == "SUCCESS"


def test_the_fake_refuses_a_patch_with_status_null_like_a_missing_one(hub_fake):
    from test.test_testing_fake import raw

    job = hub_fake.hub.add_job()
    assert raw(hub_fake, "hub", "PATCH", f"/jobs/{job}/", {"status": None}).status == 400
    assert any("status" in v.message for v in hub_fake.take_violations())
    assert hub_fake.hub.job(job)["status"] == "WAITING"  # not carried out


def test_a_status_assigned_its_own_value_is_sent(server, api):
    """The PATCH needs status: assigning it counts as a change even when the value is the same."""
    server.reply_json(fixture_json("hub", "job_full"))
    job = api.jobs_update(56, InlineObject3(status="RUNNING"))
    job.status = job.status
    job.log = [*job.log, {"level": 1, "message": "still running"}]
    server.reply(200, b"")
    api.jobs_partial_update(56, job)
    assert server.last.json == {
        "status": "RUNNING",
        "log": [*fixture_json("hub", "job_full")["log"], {"level": 1, "message": "still running"}],
    }
