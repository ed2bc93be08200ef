"""stencila_hub.testing: the fake servers, over real loopback sockets, driven through the SDK.

What is checked: the fake validates traffic against openapi.yaml (and fails loudly), keeps state
like the real servers on the paths a client sees, checks credentials per system, injects faults,
and ships as an optional part of the package.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import urllib3

import stencila_hub
from stencila_hub import (
    BadRequestException,
    ConflictException,
    ForbiddenException,
    GafferProcessConfig,
    GafferScale,
    InlineObject3,
    InlineObject4,
    JobOperationRequest,
    JobPermissionRequest,
    JobRequest,
    NotFoundException,
    RetryPolicy,
    SaharaJobCreate,
    SaharaJobExecute,
    SaharaJobUpdate,
    ServiceException,
    UnauthorizedException,
)
from stencila_hub.testing import SYSTEMS, HubFake, SpecViolationError
from stencila_hub.testing.kubernetes import merge_patch
from stencila_hub.testing.spec import SPEC_PATH, load_document, system_spec

ROOT = Path(__file__).resolve().parent.parent
FAST = RetryPolicy(initial_delay=0.01, max_delay=0.02, jitter=0)


def raw(
    fake: HubFake,
    system: str,
    method: str,
    path: str,
    body: object = None,
    headers: dict | None = None,
    token: bool = True,
) -> urllib3.BaseHTTPResponse:
    """A request that does not go through the SDK (whose own checks would refuse bad ones)."""
    hdrs = dict(headers or {})
    if token:
        hdrs.update(
            fake.configuration(system).auth_headers(
                ("Token", "AgaveBearer", "KeystoneToken", "BearerToken", "GafferApiKey")
            )
        )
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        hdrs.setdefault("Content-Type", "application/json")
    return urllib3.request(
        method, fake.url(system) + path, body=data, headers=hdrs, retries=False, timeout=5
    )


# -- packaging -------------------------------------------------------------------------------


def test_the_packaged_spec_is_a_copy_of_the_root_spec():
    assert SPEC_PATH.read_bytes() == (ROOT / "openapi.yaml").read_bytes(), (
        "stencila_hub/testing/openapi.yaml is stale: run tools/generate.py"
    )


def test_every_operation_of_the_spec_has_a_handler_in_the_fake():
    fake = HubFake()
    missing = [
        f"{system}: {route.operation_id}"
        for system in SYSTEMS
        for route in system_spec(system).routes
        if not hasattr(getattr(fake, system), "op_" + route.operation_id)
    ]
    assert missing == []
    document = load_document()
    in_spec = {
        op["operationId"]
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    routed = {r.operation_id for s in SYSTEMS for r in system_spec(s).routes}
    assert routed == in_spec and len(in_spec) == 68


def test_import_stencila_hub_imports_nothing_of_the_testing_package():
    code = textwrap.dedent("""
        import sys
        import stencila_hub
        stencila_hub.JobsApi, stencila_hub.Configuration
        bad = [m for m in sys.modules if m.startswith(("stencila_hub.testing", "openapi_core"))]
        print(bad)
    """)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
        check=True,
    ).stdout
    assert out.strip() == "[]"


def test_the_pytest_plugin_imports_nothing_heavy():
    # The package's lazy tables (stencila_hub, .api, .models) are all it imports of the SDK.
    heavy = ("openapi_core", "pydantic", "urllib3", "stencila_hub.api.", "stencila_hub.models.")
    code = (
        "import sys, stencila_hub.testing.pytest_plugin; "
        f"print([m for m in sys.modules if m.startswith({heavy!r})])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
        check=True,
    ).stdout
    assert out.strip() == "[]"


def test_the_installed_package_registers_the_pytest_plugin_and_the_testing_extra():
    dist = importlib.metadata.distribution("stencila-hub-jobs")
    plugins = {ep.name: ep.value for ep in dist.entry_points if ep.group == "pytest11"}
    assert plugins == {"stencila_hub": "stencila_hub.testing.pytest_plugin"}
    assert "testing" in (dist.metadata.get_all("Provides-Extra") or [])
    testing = [r for r in dist.requires or [] if 'extra == "testing"' in r]
    assert any(r.startswith("openapi-core") for r in testing), dist.requires
    spec = importlib.resources.files("stencila_hub.testing") / "openapi.yaml"
    assert spec.is_file()


# -- the fixture -----------------------------------------------------------------------------


def test_hub_fake_fixture_gives_a_started_fake_with_ready_configurations(hub_fake):
    job_id = hub_fake.hub.add_job(status="WAITING")
    jobs = hub_fake.api("hub")
    assert jobs.jobs_partial_update(job_id, InlineObject4(status="RUNNING")) is None
    assert hub_fake.hub.job(job_id)["status"] == "RUNNING"
    for system in SYSTEMS:
        config = hub_fake.configuration(system)
        assert config.host == f"http://127.0.0.1:{hub_fake.port}/{system}"


CONFTEST = """
from stencila_hub.testing import pytest_plugin

def pytest_configure(config):
    if not config.pluginmanager.has_plugin("stencila_hub"):
        config.pluginmanager.register(pytest_plugin, "stencila_hub")
"""


def test_the_fixture_fails_a_test_whose_request_breaks_the_spec_at_teardown(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        test_user="""
        import urllib3

        def test_sends_a_bad_status(hub_fake):
            job = hub_fake.hub.add_job()
            config = hub_fake.configuration("hub")
            resp = urllib3.request("PATCH", f"{config.host}/jobs/{job}/",
                                   body=b'{"status": "DONE"}',
                                   headers={"Content-Type": "application/json",
                                            **config.auth_headers(("Token",))})
            assert resp.status == 400  # the test itself passes...

        def test_clean(hub_fake):
            hub_fake.hub.add_job()
    """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)  # ...and fails at teardown
    result.stdout.fnmatch_lines(
        [
            "*hub_fake saw 1 violation(s) of openapi.yaml*",
            "*jobs_partial_update*'DONE' is not one of*",
        ]
    )


# -- validation against openapi.yaml ---------------------------------------------------------


def test_a_request_the_spec_forbids_gets_400_and_is_recorded():
    fake = HubFake().start()
    try:
        job = fake.hub.add_job()
        resp = raw(fake, "hub", "PATCH", f"/jobs/{job}/", {"status": "DONE"})
        assert resp.status == 400
        assert "'DONE' is not one of" in resp.json()["message"]  # the Hub's own error shape
        assert fake.hub.job(job)["status"] == "WAITING"  # not carried out
        [violation] = fake.violations
        assert (violation.system, violation.direction, violation.operation_id) == (
            "hub",
            "request",
            "jobs_partial_update",
        )
        with pytest.raises(SpecViolationError, match="'DONE' is not one of"):
            fake.check()
    finally:
        fake.stop()


def test_the_context_manager_raises_on_exit_when_traffic_broke_the_spec():
    with pytest.raises(SpecViolationError) as info:
        with HubFake() as fake:
            job = fake.hub.add_job()
            raw(fake, "hub", "PATCH", f"/jobs/{job}/", {"worker": "w"})  # no status
    [violation] = info.value.violations
    assert "requires status (x-sdk-body-required)" in violation.message


def test_requests_the_sdk_lets_through_are_still_caught(hub_fake):
    """A model made with ``model_construct`` skips the SDK's checks; the fake checks the spec."""
    unchecked = SaharaJobCreate.model_construct(name="-wordcount", type="Pig", mains=["x"])
    with pytest.raises(BadRequestException) as info:
        hub_fake.api("sahara").create(hub_fake.sahara.project_id, unchecked)
    assert info.value.data.error_name == "VALIDATION_ERROR"  # Sahara's own error shape
    gaffer = hub_fake.api("gaffer")
    gaffer.create("s", GafferProcessConfig(name="n", cmd="true"))
    with pytest.raises(stencila_hub.ApiValueError):  # a text body outside its enum: never sent
        gaffer.set_state("s", "n", "start")
    violations = hub_fake.take_violations()
    assert [v.operation_id for v in violations] == ["data_processing_jobs_create"]
    assert "'-wordcount' does not match" in violations[0].message


@pytest.mark.parametrize(
    "system,method,path,status",
    [
        ("hub", "GET", "/jobs/1/", 405),  # the Hub API of the spec has no GET of a job
        ("agave", "GET", "/jobs/v3/", 404),
        ("kubernetes", "DELETE", "/apis/batch/v1/namespaces/default/jobs/pi", 405),
    ],
)
def test_an_operation_the_spec_does_not_have_is_a_violation(hub_fake, system, method, path, status):
    assert raw(hub_fake, system, method, path).status == status
    [violation] = hub_fake.take_violations()
    assert "openapi.yaml has no such operation" in violation.message


def test_a_bad_parameter_and_a_bad_content_type_are_violations(hub_fake):
    assert raw(hub_fake, "hub", "PATCH", "/jobs/abc/", {"status": "RUNNING"}).status == 400
    assert (
        raw(
            hub_fake,
            "gaffer",
            "POST",
            "/jobs/default/web/state",
            b"1",
            headers={"Content-Type": "application/json"},
        ).status
        == 400
    )
    assert (
        raw(hub_fake, "sahara", "GET", f"/v1.1/{hub_fake.sahara.project_id}/jobs?limit=0").status
        == 400
    )
    assert len(hub_fake.take_violations()) == 3


def test_a_response_that_breaks_the_spec_is_recorded(hub_fake):
    job = hub_fake.hub.add_job(status="ARCHIVED")  # a status the spec does not know
    hub_fake.api("hub").jobs_update(job, InlineObject3(worker="w1"))  # the SDK decodes it...
    [violation] = hub_fake.take_violations()  # ...but the fake flags its own answer
    assert violation.direction == "response"
    assert "'ARCHIVED' is not one of" in violation.message


def test_sahara_zoneless_timestamps_pass_the_response_check(hub_fake):
    sahara = hub_fake.api("sahara")
    binary = hub_fake.sahara.add_binary()
    job = sahara.create(
        hub_fake.sahara.project_id, SaharaJobCreate(name="a", type="Pig", mains=[binary])
    )
    # the fake sends them without a zone, like the real server; they decode as aware UTC
    assert job.created_at.utcoffset() is not None and job.created_at.utcoffset().seconds == 0
    assert hub_fake.violations == []


# -- authentication, per system --------------------------------------------------------------


AUTH_CASES = [
    # system, configuration without a credential, with a wrong one, missing/wrong status, body key
    ("hub", {"api_key": {}}, {"api_key": {"Token": "nope"}}, (403, 403), "message"),
    ("agave", {"access_token": None}, {"access_token": "nope"}, (401, 401), "message"),
    ("sahara", {"api_key": {}}, {"api_key": {"KeystoneToken": "nope"}}, (401, 401), "error"),
    ("kubernetes", {"api_key": {}}, {"api_key": {"BearerToken": "nope"}}, (401, 401), "reason"),
    ("gaffer", {"api_key": {}}, {"api_key": {"GafferApiKey": "nope"}}, (401, 403), "reason"),
]


def _list_call(fake: HubFake, system: str, api) -> None:
    if system == "hub":
        job = fake.hub.add_job()
        api.jobs_partial_update(job, InlineObject4(status="RUNNING"))
    elif system == "agave":
        api.list()
    elif system == "sahara":
        api.list(fake.sahara.project_id)
    elif system == "kubernetes":
        api.list_namespaced_job("default")
    else:
        api.list()


@pytest.mark.parametrize(
    "system,missing,wrong,statuses,key", AUTH_CASES, ids=[c[0] for c in AUTH_CASES]
)
def test_each_system_answers_a_missing_or_wrong_credential_its_own_way(
    hub_fake, system, missing, wrong, statuses, key
):
    for overrides, status in zip((missing, wrong), statuses, strict=True):
        api = hub_fake.api(system, **overrides)
        cls = UnauthorizedException if status == 401 else ForbiddenException
        with pytest.raises(cls) as info:
            _list_call(hub_fake, system, api)
        assert info.value.status == status
        assert key in json.loads(info.value.body)
    _list_call(hub_fake, system, hub_fake.api(system))  # the right credential works
    assert hub_fake.violations == []


def test_hub_and_sahara_auth_messages_are_the_servers(hub_fake):
    job = hub_fake.hub.add_job()
    resp = raw(hub_fake, "hub", "PATCH", f"/jobs/{job}/", {"status": "RUNNING"}, token=False)
    assert (resp.status, resp.json()) == (
        403,
        {"message": "Authentication credentials were not provided."},
    )
    other_project = "0" * 32
    with pytest.raises(UnauthorizedException) as info:
        hub_fake.api("sahara").list(other_project)
    assert "Token tenant != requested tenant" in json.loads(info.value.body)["message"]


@pytest.mark.hub_fake(gaffer_require_key=False)
def test_gaffer_without_keys_needs_no_credential(hub_fake):
    assert hub_fake.api("gaffer", api_key={}).list().jobs == []


# -- faults ------------------------------------------------------------------------------------


def test_an_injected_status_for_the_next_n_requests_lets_the_sdk_retry(hub_fake):
    hub_fake.kubernetes.add_job("pi")
    fault = hub_fake.inject(
        "kubernetes", "/apis/batch/v1/namespaces/default/jobs/pi/status", status=503, times=2
    )
    k8s = hub_fake.api("kubernetes", retries=FAST)
    job = k8s.read_namespaced_job_status("pi", "default")
    assert job.metadata.name == "pi"
    assert fault.hits == 2 and fault.remaining == 0
    statuses = [r.status for r in hub_fake.requests_to("kubernetes")]
    assert statuses == [503, 503, 200]
    assert hub_fake.requests[0].fault is fault


def test_an_injected_status_beyond_the_retries_reaches_the_caller(hub_fake):
    job = hub_fake.hub.add_job()
    hub_fake.inject("hub", f"/jobs/{job}/", status=500, body=b'{"message": "boom"}')
    with pytest.raises(ServiceException) as info:
        hub_fake.api("hub", retries=FAST).jobs_partial_update(job, InlineObject4(status="RUNNING"))
    assert info.value.status == 500 and "boom" in str(info.value)
    assert hub_fake.hub.job(job)["status"] == "WAITING"  # the server did not act on it
    hub_fake.api("hub").jobs_partial_update(job, InlineObject4(status="RUNNING"))  # next one: ok
    assert hub_fake.hub.job(job)["status"] == "RUNNING"


def test_a_dropped_patch_leaves_its_outcome_unknown_processed_or_not(hub_fake):
    jobs = hub_fake.api("hub", retries=FAST)
    first, second = hub_fake.hub.add_job(), hub_fake.hub.add_job()
    hub_fake.inject("hub", "/jobs/*/", method="PATCH", drop=True)
    with pytest.raises(stencila_hub.OutcomeUnknownError):
        jobs.jobs_partial_update(first, InlineObject4(status="RUNNING"))
    assert hub_fake.hub.job(first)["status"] == "WAITING"
    hub_fake.inject("hub", "/jobs/*/", method="PATCH", drop=True, processed=True)
    with pytest.raises(stencila_hub.OutcomeUnknownError):
        jobs.jobs_partial_update(second, InlineObject4(status="RUNNING"))
    assert hub_fake.hub.job(second)["status"] == "RUNNING"  # acted on, answer lost


def test_a_delay_makes_a_short_read_timeout_fire(hub_fake):
    hub_fake.inject("gaffer", "/jobs", delay=1.0)
    with pytest.raises(stencila_hub.ApiTimeoutError):
        hub_fake.api("gaffer", retries=0, timeout=(1, 0.2)).list()
    assert hub_fake.api("gaffer").list().jobs == []  # the fault was for one request


def test_a_fault_matches_only_its_system_method_and_path(hub_fake):
    hub_fake.inject("agave", "/jobs/v2/*/status", method="GET", status=502)
    agave = hub_fake.api("agave", retries=0)
    job_id = hub_fake.agave.add_job()
    assert agave.get(job_id).id == job_id  # another path
    assert hub_fake.api("gaffer").list().jobs == []  # another system
    with pytest.raises(ServiceException):
        agave.get_status(job_id)
    with pytest.raises(ValueError):
        hub_fake.inject("agave")  # a fault must do something


# -- state, per system -------------------------------------------------------------------------


def test_hub_put_returns_the_job_and_updates_are_kept(hub_fake):
    jobs = hub_fake.api("hub")
    job_id = hub_fake.hub.add_job(description="convert")
    updated = jobs.jobs_update(job_id, InlineObject3(status="RUNNING", worker="w1"))
    assert (updated.id, updated.status, updated.worker) == (job_id, "RUNNING", "w1")
    jobs.jobs_partial_update(job_id, InlineObject4(status="SUCCESS", is_active=False))
    assert hub_fake.hub.statuses(job_id) == ["RUNNING", "SUCCESS"]
    assert hub_fake.hub.job(job_id)["isActive"] is False
    with pytest.raises(NotFoundException):
        jobs.jobs_partial_update(999, InlineObject4(status="RUNNING"))


def test_agave_jobs_move_through_the_lifecycle_one_status_per_read(hub_fake):
    agave = hub_fake.api("agave")
    job = agave.submit(
        JobRequest(name="n", app_id="a-1.0", archive=False, inputs={"x": "y"}, parameters={})
    )
    seen = [agave.get_status(job.id).status.value for _ in range(11)]
    assert seen == [
        "PENDING",
        "PROCESSING_INPUTS",
        "STAGING_INPUTS",
        "STAGED",
        "STAGING_JOB",
        "SUBMITTING",
        "QUEUED",
        "RUNNING",
        "CLEANING_UP",
        "FINISHED",
        "FINISHED",
    ]
    full = agave.get(job.id)
    assert full.start_time is not None and full.end_time is not None
    assert full.inputs == {"x": ["y"]}
    history = [e.status for e in agave.get_history(job.id)]
    assert history[0] == "PENDING" and history[-1] == "FINISHED"
    assert [s.id for s in agave.list()] == [job.id]


def test_agave_planned_failure_stop_delete_and_restore(hub_fake):
    agave = hub_fake.api("agave")
    hub_fake.agave.plan_next(["PENDING", "RUNNING", "FAILED"])
    failing = agave.submit(
        JobRequest(name="f", app_id="a", archive=False, inputs={}, parameters={})
    )
    for _ in range(3):
        agave.get(failing.id)
    assert agave.get(failing.id).message == "Job failed"
    running = hub_fake.agave.add_job()
    assert agave.manage(running, JobOperationRequest(action="stop")) is None
    assert agave.get_status(running).status.value == "STOPPED"
    resubmitted = agave.manage(running, JobOperationRequest(action="resubmit"))
    assert resubmitted.id != running and resubmitted.status.value == "PENDING"
    agave.delete(running)
    with pytest.raises(NotFoundException, match="not visible"):
        agave.get(running)
    assert agave.manage(running, JobOperationRequest(action="restore")).id == running


def test_agave_permissions_and_outputs(hub_fake):
    agave = hub_fake.api("agave")
    job = hub_fake.agave.add_job()
    granted = agave.update_permissions(job, JobPermissionRequest(username="ann", permission="READ"))
    assert (granted.username, granted.permission.read, granted.permission.write) == (
        "ann",
        True,
        False,
    )
    assert [p.username for p in agave.list_permissions(job)] == ["fakeuser", "ann"]
    with pytest.raises(NotFoundException):
        agave.list_permissions_for_user(job, "bob")
    hub_fake.agave.add_output(job, "output/log.txt", b"0123456789")
    hub_fake.agave.add_output(job, "output/plots/a.png", b"png")
    listing = agave.list_outputs(job, "output")
    assert sorted((f.name, f.type) for f in listing) == [("log.txt", "file"), ("plots", "dir")]
    assert agave.download_output(job, "output/log.txt") == b"0123456789"
    tail = agave.download_output_with_http_info(job, "output/log.txt", range="bytes=6-")
    assert tail.data == b"6789" and tail.headers["Content-Range"] == "bytes 6-9/10"


def test_sahara_executions_progress_and_jobs_follow_the_servers_rules(hub_fake):
    sahara = hub_fake.api("sahara")
    project = hub_fake.sahara.project_id
    with pytest.raises(BadRequestException) as info:
        sahara.create(project, SaharaJobCreate(name="nomain", type="Pig"))
    assert info.value.data.error_name == "INVALID_DATA"
    job = sahara.create(
        project, SaharaJobCreate(name="wc", type="Pig", mains=[hub_fake.sahara.add_binary()])
    )
    assert sahara.show(project, job.id).mains[0].name == "script.pig"
    hub_fake.sahara.plan_next(["PENDING", "RUNNING", "KILLED"])
    run = sahara.execute(project, job.id, SaharaJobExecute(cluster_id=hub_fake.sahara.cluster_id))
    seen = [sahara.show_job_execution(project, run.id).info.status for _ in range(4)]
    assert seen == ["PENDING", "RUNNING", "KILLED", "KILLED"]
    assert sahara.show_job_execution(project, run.id).end_time is not None
    sahara.update(project, job.id, SaharaJobUpdate(is_protected=True))
    with pytest.raises(BadRequestException, match="UPDATE_FAILED|protected"):
        sahara.update(project, job.id, SaharaJobUpdate(description="x"))
    sahara.update(project, job.id, SaharaJobUpdate(is_protected=False))
    assert sahara.delete(project, job.id) is None
    with pytest.raises(NotFoundException):
        sahara.show(project, job.id)


def test_sahara_list_pages_with_markers(hub_fake):
    sahara = hub_fake.api("sahara")
    project = hub_fake.sahara.project_id
    binary = hub_fake.sahara.add_binary()
    for name in ("a", "b", "c"):
        sahara.create(project, SaharaJobCreate(name=name, type="Pig", mains=[binary]))
    first = sahara.list_with_http_info(project, limit=2, sort_by="name")
    assert [j.name for j in first.data.jobs] == ["a", "b"]
    rest = sahara.list(project, limit=2, sort_by="name", marker=first.data.markers.next)
    assert [j.name for j in rest] == ["c"]


def test_kubernetes_resource_version_conflicts_give_409(hub_fake):
    k8s = hub_fake.api("kubernetes")
    hub_fake.kubernetes.add_job("pi", steps=None)
    job = k8s.read_namespaced_job_status("pi", "default")
    stale = job.metadata.resource_version
    job.status.active = 1
    stored = k8s.replace_namespaced_job_status("pi", "default", job)
    assert stored.status.active == 1 and stored.metadata.resource_version != stale
    job.metadata.resource_version = stale  # someone else wrote in between
    with pytest.raises(ConflictException) as info:
        k8s.replace_namespaced_job_status("pi", "default", job)
    assert info.value.data.reason == "Conflict"
    patched = k8s.patch_namespaced_job_status(
        "pi",
        "default",
        {"metadata": {"resourceVersion": stored.metadata.resource_version}, "status": {"ready": 1}},
    )
    assert (patched.status.active, patched.status.ready) == (1, 1)
    with pytest.raises(ConflictException):
        k8s.patch_namespaced_job_status(
            "pi", "default", {"metadata": {"resourceVersion": stale}, "status": {"ready": 0}}
        )
    assert hub_fake.kubernetes.job("pi")["status"]["ready"] == 1


def test_kubernetes_jobs_progress_and_list_pages(hub_fake):
    k8s = hub_fake.api("kubernetes")
    for name in ("a", "b", "c"):
        hub_fake.kubernetes.add_job(name, "batch", labels={"tier": "x" if name != "b" else "y"})
    seen = []
    for _ in range(4):
        status = k8s.read_namespaced_job("a", "batch").status
        seen.append([c.type for c in status.conditions or []] or status.active)
    assert seen == [1, 1, ["SuccessCriteriaMet", "Complete"], ["SuccessCriteriaMet", "Complete"]]
    page = k8s.list_namespaced_job("batch", limit=2)
    assert [j.metadata.name for j in page.items] == ["a", "b"]
    assert page.items[0].kind is None  # list items come without kind/apiVersion
    rest = k8s.list_namespaced_job("batch", limit=2, _continue=page.metadata.var_continue)
    assert [j.metadata.name for j in rest.items] == ["c"]
    selected = k8s.list_namespaced_job("batch", label_selector="tier=x")
    assert [j.metadata.name for j in selected.items] == ["a", "c"]
    with pytest.raises(NotFoundException):
        k8s.read_namespaced_job("zzz", "batch")


def test_merge_patch_follows_rfc_7386():
    assert merge_patch({"a": 1, "b": {"c": 2, "d": 3}}, {"b": {"c": None, "e": 4}, "f": [1]}) == {
        "a": 1,
        "b": {"d": 3, "e": 4},
        "f": [1],
    }
    assert merge_patch({"a": [1, 2]}, {"a": [3]}) == {"a": [3]}


def test_gaffer_jobs_exist_per_session(hub_fake):
    gaffer = hub_fake.api("gaffer")
    gaffer.create("web", GafferProcessConfig(name="app", cmd="python", numprocesses=2))
    gaffer.create("web", GafferProcessConfig(name="worker", cmd="celery"))
    gaffer.create("batch", GafferProcessConfig(name="app", cmd="make", start=False))
    assert gaffer.list().jobs == ["batch.app", "web.app", "web.worker"]
    assert gaffer.list_session("web").jobs == ["web.app", "web.worker"]
    with pytest.raises(ConflictException):
        gaffer.create("web", GafferProcessConfig(name="app", cmd="python"))
    info = gaffer.get("web", "app")
    assert (info.active, info.running, len(info.processes)) == (True, 2, 2)
    assert gaffer.get_state("batch", "app") == "0"
    gaffer.set_state("batch", "app", "1")
    assert gaffer.get_state("batch", "app") == "1"
    assert gaffer.scale("web", "app", GafferScale(scale="+1")).numprocesses == 3
    assert len(gaffer.get_pids("web", "app").pids) == 3
    assert gaffer.commit("web", "app", {}).pid > 0
    assert gaffer.exists("web", "app") is True
    gaffer.delete("web", "app")
    gaffer.delete("web", "worker")
    with pytest.raises(NotFoundException):
        gaffer.list_session("web")  # an emptied session disappears
    assert gaffer.exists("web", "app") is False


def test_gaffer_scripted_states_and_manual_advance():
    with HubFake(advance_on_read=False) as fake:
        gaffer = fake.api("gaffer")
        fake.gaffer.add_job("s", "proc", states=["1", "0"])
        assert gaffer.get_state("s", "proc") == "1"
        assert gaffer.get_state("s", "proc") == "1"  # reads do not move it
        fake.advance("gaffer")
        assert gaffer.get_state("s", "proc") == "0"
        assert gaffer.get_stats("s", "proc").cpu == "N"  # gafferd's "N/A" bug, faithfully
