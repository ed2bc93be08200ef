"""The compiled fast paths of base_model give what SdkModel's hooks give.

``lenient_validator`` decodes responses and ``request_serializer`` encodes request bodies without a
Python call per nested model; these tests hold them to the semantics of the hook-based paths
(``model_validate_json(..., context=LENIENT)`` and the wrap serializer with ``context=REQUEST``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import TypeAdapter

import stencila_hub as sh
from stencila_hub.base_model import (
    LENIENT,
    REQUEST,
    SMALL_BODY_BYTES,
    SdkModel,
    decode_json,
    lenient_validator,
    request_json,
    request_serializer,
)
from test.conftest import fixture_bytes, fixture_json

#: (model, fixture system, fixture name): responses with nesting, extras, nulls, unknown enums.
RESPONSES = [
    (sh.InlineObject3, "hub", "job_full"),
    (sh.InlineObject3, "hub", "job_server_quirks"),
    (sh.V1Job, "kubernetes", "job_running"),
    (sh.V1Job, "kubernetes", "seed_replace_status_response"),
    (sh.V1JobList, "kubernetes", "job_list_continue"),
    (sh.AgaveJobResponse, "agave", "job_full"),
    (sh.AgaveJobResponse, "agave", "job_unknown_status"),
    (sh.AgaveJobSummaryListResponse, "agave", "job_summaries"),
    (sh.SaharaJobEnvelope, "sahara", "job_show_response"),
    (sh.GafferJobInfo, "gaffer", "job_info_stopped_extra_setting"),
]


def _same(a: Any, b: Any) -> None:
    """Two decoded values are equal, with the same fields set and the same extras, at every
    depth."""
    assert type(a) is type(b)
    if isinstance(a, SdkModel):
        assert a.model_fields_set == b.model_fields_set
        assert a.model_extra == b.model_extra
        for name in type(a).model_fields:
            _same(getattr(a, name), getattr(b, name))
    elif isinstance(a, list):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _same(x, y)
    elif isinstance(a, dict):
        assert a.keys() == b.keys()
        for k in a:
            _same(a[k], b[k])
    else:
        assert a == b


@pytest.mark.parametrize(("model", "system", "name"), RESPONSES)
def test_lenient_validator_decodes_as_the_lenient_context_does(model, system, name):
    raw = fixture_bytes(system, name)
    fast = lenient_validator(model).validate_json(raw, context=LENIENT)
    slow = model.model_validate_json(raw, context=LENIENT)
    _same(fast, slow)
    assert fast.to_dict() == slow.to_dict()
    assert fast.to_dict() == model.from_dict(json.loads(raw)).to_dict()


@pytest.mark.parametrize(("model", "system", "name"), RESPONSES)
def test_a_small_body_decodes_as_the_lenient_validator_does(model, system, name):
    raw = fixture_bytes(system, name)
    assert len(raw) < SMALL_BODY_BYTES  # a one-job response
    small = decode_json(model, raw)
    cached = lenient_validator(model).validate_json(raw, context=LENIENT)
    _same(small, cached)
    assert small.to_dict() == cached.to_dict()


def test_lenient_validator_of_a_list_type_decodes_each_item_alike():
    items = [fixture_json("hub", "job_full"), fixture_json("hub", "job_server_quirks")]
    raw = json.dumps(items).encode()
    fast = lenient_validator(list[sh.InlineObject3]).validate_json(raw, context=LENIENT)
    slow = TypeAdapter(list[sh.InlineObject3]).validate_json(raw, context=LENIENT)
    assert len(fast) == len(slow) == 2
    _same(fast, slow)  # asserts field by field


def test_strict_checks_still_refuse_what_a_caller_builds():
    # The fast decoder leaves the models' own validators alone.
    lenient_validator(sh.InlineObject3)
    with pytest.raises(ValueError, match="unknown field"):
        sh.InlineObject3(status="RUNNING", bogus=1)
    with pytest.raises(ValueError, match="unknown field"):
        sh.V1Job.model_validate({"metadata": {"name": "x", "bogus": 1}})


@pytest.mark.parametrize(
    ("model", "system", "name"),
    [
        (sh.InlineObject3, "hub", "job_full"),
        (sh.InlineObject3, "hub", "job_server_quirks"),
        (sh.V1Job, "kubernetes", "job_running"),
        (sh.V1Job, "kubernetes", "seed_replace_status_request"),
        (sh.AgaveJob, "agave", "job_full"),  # the envelope's result: read-only fields
        (sh.SaharaJob, "sahara", "job_full"),  # read-only fields in the job and in its binaries
    ],
)
def test_request_serializer_writes_what_the_request_hook_writes(model, system, name):
    data = fixture_json(system, name)
    if system == "agave":
        data = data["result"]
    elif system == "sahara":
        data = data["job"]
    body = model.from_dict(data)
    hook = body.__pydantic_serializer__.to_json(
        body, by_alias=True, exclude_unset=True, context=REQUEST
    )
    assert request_json(body) == hook
    assert request_serializer(model).to_json(body, by_alias=True, exclude_unset=True) == hook


def test_read_only_fields_are_dropped_at_every_depth_extras_kept():
    job = sh.SaharaJob.from_dict(fixture_json("sahara", "job_full")["job"])
    sent = json.loads(request_json(job))
    assert {"id", "tenant_id", "created_at", "updated_at"}.isdisjoint(sent)
    for binary in sent.get("mains", []) + sent.get("libs", []):
        assert {"id", "tenant_id", "created_at", "updated_at"}.isdisjoint(binary)
    quirks = sh.InlineObject3.from_dict(fixture_json("hub", "job_server_quirks"))
    sent = json.loads(request_json(quirks))
    assert set(quirks.model_extra or {}) <= set(sent)  # unknown fields survive a round trip
    assert "id" not in sent and "created" not in sent


def test_every_generated_model_has_both_compiled_paths():
    import stencila_hub.models as models

    classes = [getattr(models, n) for n in models.__all__]
    classes = [c for c in classes if isinstance(c, type) and issubclass(c, SdkModel)]
    assert len(classes) > 150
    for cls in classes:  # each builds both, and they decode and encode
        assert isinstance(decode_json(cls, b"{}"), cls)
        empty = cls.model_construct()
        assert request_serializer(cls).to_json(empty, by_alias=True, exclude_unset=True) == b"{}"


def test_a_large_body_decodes_as_a_small_one_does():
    job = fixture_json("kubernetes", "job_running")
    raw = json.dumps([job] * 40).encode()
    assert len(raw) > SMALL_BODY_BYTES
    jobs = decode_json(list[sh.V1Job], raw)
    _same(jobs[0], sh.V1Job.model_validate_json(json.dumps(job), context=LENIENT))
    assert len(jobs) == 40
    assert not jobs[0].decode_issues
    with pytest.raises(ValueError):  # not JSON: nothing to recover
        decode_json(list[sh.V1Job], raw[:-200] + b"]")


def test_model_annotations_are_evaluated_when_the_class_is_made():
    """The model template has no ``from __future__ import annotations``: with it, pydantic would
    eval every annotation string of every model when the class is made, for each of the ~130
    models behind V1Job. Strings here would mean the template put it back."""
    import stencila_hub.models as models

    # HubJob, not InlineObject3: a subclass of it (x-sdk-subclass-of) that annotates nothing itself.
    for name in ("V1Job", "V1PodSpec", "HubJob", "AgaveJob", "SaharaJob", "GafferJobInfo"):
        annotations = getattr(models, name).__annotations__
        assert annotations and not any(isinstance(a, str) for a in annotations.values()), name


def test_importing_every_api_class_builds_no_model():
    """Operations name their types; a model class is made when a call (or the caller) first needs
    it. BatchV1Api alone would otherwise create the ~130 classes behind V1Job."""
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    root = Path(__file__).parent.parent
    code = textwrap.dedent("""
        import sys
        import stencila_hub as sh
        sh.JobsApi, sh.AgaveJobsApi, sh.DataProcessingJobsApi, sh.GafferJobsApi, sh.BatchV1Api
        print(sorted(m for m in sys.modules if m.startswith("stencila_hub.models.")))
    """)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=root,
        env={"PYTHONPATH": str(root)},
        check=True,
    ).stdout
    assert out.strip() == "[]"


_FIRST_DECODES = """
import json, logging, sys, threading
from concurrent.futures import ThreadPoolExecutor

import stencila_hub.models as models
from pydantic import ValidationError
from stencila_hub.base_model import SdkModel, decode_json

logging.disable(logging.CRITICAL)  # "{}" misfits most models: their warnings are not the point
sys.setswitchinterval(1e-6)  # switch threads as often as possible, inside pydantic's build too
classes = [getattr(models, n) for n in models.__all__]
failures = []
for cls in (c for c in classes if isinstance(c, type) and issubclass(c, SdkModel)):
    start = threading.Barrier(16)

    def decode(_, cls=cls, start=start):
        start.wait()
        try:
            decode_json(cls, b"{}")
        except ValidationError:
            pass  # an enum: "{}" cannot be one, and that is the answer, not a failure
        except Exception as err:
            failures.append(f"{cls.__name__}: {err!r}")

    with ThreadPoolExecutor(16) as pool:
        list(pool.map(decode, range(16)))
print(json.dumps(failures[:5]))
"""


def test_sixteen_threads_decoding_each_model_first_get_no_half_built_one():
    """Each model decoded first by 16 threads at once, in fresh interpreters (a model is built
    once per process). With threads switching as often as they can, a rebuild that put pydantic's
    placeholders back on a model one thread had just built failed here in most runs."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).parent.parent
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _FIRST_DECODES],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=root,
            env={"PYTHONPATH": str(root)},
        )
        for _ in range(3)
    ]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err[-3000:]
        assert json.loads(out) == []
