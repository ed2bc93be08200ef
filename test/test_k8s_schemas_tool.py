"""tools/k8s_schemas.py: official Kubernetes schema names -> official Python client names, and the
committed openapi.yaml is what the script writes (running it changes nothing)."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("yaml")

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "tools" / "k8s_schemas.py"


def _load():
    spec = importlib.util.spec_from_file_location("k8s_schemas", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


k8s_schemas = _load()


@pytest.mark.parametrize(
    "official,client",
    [
        ("io.k8s.api.batch.v1.Job", "V1Job"),
        ("io.k8s.api.batch.v1.JobList", "V1JobList"),
        ("io.k8s.api.batch.v1.JobStatus", "V1JobStatus"),
        (
            "io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement",
            "V1PodFailurePolicyOnExitCodesRequirement",
        ),
        ("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "V1ObjectMeta"),
        ("io.k8s.apimachinery.pkg.apis.meta.v1.Status", "V1Status"),
        ("io.k8s.api.core.v1.PodSpec", "V1PodSpec"),
        ("io.k8s.api.core.v1.HTTPGetAction", "V1HTTPGetAction"),
        (
            "io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource",
            "V1AWSElasticBlockStoreVolumeSource",
        ),
        ("io.k8s.api.batch.v1beta1.CronJob", "V1beta1CronJob"),
        ("io.k8s.api.scheduling.v1alpha3.TopologyConstraint", "V1alpha3TopologyConstraint"),
        ("io.k8s.apimachinery.pkg.version.Info", "VersionInfo"),
        ("io.k8s.apimachinery.pkg.runtime.RawExtension", "RuntimeRawExtension"),
        # lengthened by the official client because resource.k8s.io/v1 has a ResourceClaim too
        ("io.k8s.api.core.v1.ResourceClaim", "CoreV1ResourceClaim"),
    ],
)
def test_client_name(official, client):
    assert k8s_schemas.client_name(official) == client


def test_committed_spec_is_up_to_date():
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_running_the_script_is_a_no_op(tmp_path):
    target = tmp_path / "openapi.yaml"
    committed = (REPO / "openapi.yaml").read_bytes()
    target.write_bytes(committed)
    for _ in range(2):
        assert k8s_schemas.main(["--target", str(target)]) == 0
        assert target.read_bytes() == committed


def test_check_reports_a_stale_region(tmp_path):
    target = tmp_path / "openapi.yaml"
    text = (REPO / "openapi.yaml").read_text(encoding="utf-8")
    target.write_text(text.replace("    V1JobList:\n", "    V1JobListOld:\n", 1), encoding="utf-8")
    assert k8s_schemas.main(["--check", "--target", str(target)]) == 1
    assert k8s_schemas.main(["--target", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == text


def test_first_run_adds_the_closing_marker(tmp_path):
    text = (REPO / "openapi.yaml").read_text(encoding="utf-8")
    begin = text.index(k8s_schemas.BEGIN_MARKER + "\n") + len(k8s_schemas.BEGIN_MARKER) + 1
    end = text.index(k8s_schemas.END_MARKER + "\n") + len(k8s_schemas.END_MARKER) + 1
    target = tmp_path / "openapi.yaml"
    target.write_text(text[:begin] + text[end:], encoding="utf-8")
    assert k8s_schemas.main(["--target", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == text


def test_only_the_closure_is_written():
    import json

    source = json.loads((REPO / "spec-sources" / "k8s-batch-v1-openapi.json").read_text())
    models = k8s_schemas.Converter(source).run()
    assert {"V1Job", "V1JobList", "V1Status", "V1ObjectMeta", "V1PodSpec"} <= set(models)
    # inlined, not models: Quantity, IntOrString, Time, free-form objects
    assert not {"ResourceQuantity", "IntstrIntOrString", "V1Time", "V1FieldsV1", "V1Patch"} & set(
        models
    )
    assert "V1CronJob" not in models  # outside the closure of Job
    assert list(models) == sorted(models)
