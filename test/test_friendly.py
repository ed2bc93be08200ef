"""What a user sees: Python names, printing, dicts, fast waiters with the fakes, missing extras."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from uuid import UUID

import pytest

import stencila_hub
from stencila_hub import (
    AgaveJobsApi,
    InlineObject3,
    JobRequest,
    SaharaJobExecute,
    V1JobCondition,
)
from stencila_hub.models import AgaveJobStatus
from stencila_hub.waiters import FAST_BACKOFF, JobState, PollBackoff, default_backoff, wait_for


def test_constructors_take_python_names_and_json_names():
    common = {"name": "n", "archive": True, "inputs": {}, "parameters": {}}
    by_python = JobRequest(app_id="wc-1.00", archive_path="out", **common)
    by_json = JobRequest(appId="wc-1.00", archivePath="out", **common)  # type: ignore[call-arg]
    assert by_python == by_json
    assert by_python.to_dict() == {"appId": "wc-1.00", "archivePath": "out", **common}
    condition = V1JobCondition(type="Complete", status="True", last_transition_time=None)
    assert "lastTransitionTime" in condition.to_dict()


def test_to_dict_is_model_dump_by_alias_of_the_set_fields():
    job = InlineObject3.from_dict({"id": 1, "statusMessage": "ok", "extra": [1]})
    assert job.to_dict() == job.model_dump(by_alias=True, exclude_unset=True)
    assert job.to_dict() == {"id": 1, "statusMessage": "ok", "extra": [1]}
    assert job.model_dump()["status_message"] == "ok"  # Python names, every field


def test_a_uuid_field_takes_its_text():
    body = SaharaJobExecute(cluster_id="0a2e4a4b-5a4b-4e2e-9d6f-8d3c4b2a1f00")
    assert body.cluster_id == UUID("0a2e4a4b-5a4b-4e2e-9d6f-8d3c4b2a1f00")
    with pytest.raises(ValueError):
        SaharaJobExecute(cluster_id="not-a-uuid")


def test_enums_print_their_value():
    assert str(AgaveJobStatus.PENDING) == "PENDING"
    assert (
        f"{AgaveJobStatus.FINISHED}" == "FINISHED"
        and f"{AgaveJobStatus.FINISHED:>9}" == " FINISHED"
    )
    newer = AgaveJobStatus("BLOCKED")  # a value newer than the spec (lenient pseudo-member)
    assert str(newer) == "BLOCKED"


def test_repr_shows_the_fields_that_were_set_only():
    job = InlineObject3.from_dict({"id": 7, "status": "SUCCESS", "urlsNew": "x"})
    assert repr(job) == "InlineObject3(id=7, status='SUCCESS', urlsNew='x')"
    assert str(job) == repr(job)
    assert repr(InlineObject3()) == "InlineObject3()"


def test_dir_leaves_out_pydantic_v1_methods():
    names = set(dir(InlineObject3(status="SUCCESS")))
    assert {"to_dict", "model_dump", "status", "from_json"} <= names
    assert not names & {"dict", "json", "parse_obj", "copy", "construct", "schema"}


def test_the_submitted_job_id_is_a_str():
    job = stencila_hub.AgaveSubmittedJob.from_dict({"id": "j-1", "status": "PENDING"})
    assert job.id == "j-1"
    with pytest.raises(ValueError):
        stencila_hub.AgaveSubmittedJob(status="PENDING")  # type: ignore[call-arg]


def _delays(**options: object) -> list[float]:
    """The waits of a wait_for that needs four polls."""
    states = iter([JobState("A"), JobState("B"), JobState("C"), JobState("D", True, True)])
    slept: list[float] = []
    wait_for(lambda: None, lambda _value: next(states), sleep=slept.append, **options)  # type: ignore[arg-type]
    return slept


def test_the_default_backoff_is_slow_and_default_backoff_changes_it():
    assert _delays() == [1.0, 2.0, 4.0]
    with default_backoff(FAST_BACKOFF):
        assert _delays() == [0.01, 0.02, 0.04]
        assert _delays(backoff=PollBackoff(initial=3)) == [3.0, 6.0, 12.0]  # a test's own wins
    assert _delays() == [1.0, 2.0, 4.0]


def test_hub_fake_makes_waiters_fast(hub_fake):
    assert _delays() == [0.01, 0.02, 0.04]
    api: AgaveJobsApi = hub_fake.api("agave")
    assert api.system == "agave"


@pytest.mark.hub_fake(advance_on_read=False)
def test_a_virtual_clock_moves_the_fake_job_one_step_per_poll(hub_fake):
    from stencila_hub.waiters import wait_for_agave_job

    api = hub_fake.api("agave")
    job = api.submit(
        JobRequest(name="n", app_id="wc-1.00", archive=False, inputs={}, parameters={})
    )
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        hub_fake.advance("agave")

    result = wait_for_agave_job(api, job.id, sleep=sleep, backoff=PollBackoff(initial=20))
    assert result.succeeded and result.polls == len(slept) + 1 and slept[0] == 20


MISSING_YAML = """
import sys
sys.modules["yaml"] = None  # as if PyYAML were not installed
"""


def test_the_fakes_without_the_testing_extra_say_what_to_install():
    code = MISSING_YAML + textwrap.dedent("""
        from stencila_hub.testing import HubFake
        try:
            HubFake().start()
        except ModuleNotFoundError as err:
            print(type(err).__name__, err)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "MissingExtraError" in out.stdout
    assert "pip install 'stencila-hub-jobs[testing]' (missing: yaml)" in out.stdout


def test_the_hub_fake_fixture_without_the_extra_fails_with_the_install_line(pytester):
    pytester.makeconftest(MISSING_YAML)
    pytester.makepyfile("def test_x(hub_fake):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*hub_fake needs the testing extra: pip install*(missing: yaml)*"])


def test_the_hub_quickstart_example_runs():
    out = subprocess.run(
        [sys.executable, "examples/hub_quickstart.py"],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in __import__("os").environ.items() if not k.startswith("STENCILA_")},
    )
    assert out.returncode == 0, out.stderr
    assert "jobs_partial_update -> None" in out.stdout and "'status': 'SUCCESS'" in out.stdout


def _python_blocks() -> list[tuple[str, str]]:
    import pathlib
    import re

    pages = [pathlib.Path("README.md"), *sorted(pathlib.Path("docs/guide").glob("*.md"))]
    return [
        (page.name, code)
        for page in pages
        for code in re.findall(r"```python\n(.*?)```", page.read_text(), flags=re.S)
    ]


def test_the_readme_and_guide_code_is_python_and_its_imports_exist():
    import ast

    blocks = _python_blocks()
    assert len(blocks) > 10
    for page, code in blocks:
        tree = ast.parse(code, filename=page)  # valid Python as written
        for node in tree.body:
            is_ours = isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "stencila_hub"
            )
            is_ours |= isinstance(node, ast.Import) and node.names[0].name.startswith("stencila")
            if is_ours:
                exec(compile(ast.Module([node], []), page, "exec"), {})
