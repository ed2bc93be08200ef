"""The Sahara and Gaffer fixtures stay valid against their schemas in openapi.yaml.

Response fixtures are checked as the server sends them (readOnly allowed, writeOnly refused),
request fixtures as the SDK sends them (readOnly refused), with openapi-schema-validator (OAS 3.0
`nullable`, `readOnly`/`writeOnly`). `date-time` accepts what the runtime accepts: ISO 8601 with or
without `T`, zone and fraction (`2015-02-10 14:25:48`). A fixture that carries a known server quirk
(an enum value the spec does not list) names the kinds of error it must give, and gives no other.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Dict, List, Tuple

import pytest
import yaml
from jsonschema import FormatChecker
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator

from test.conftest import FIXTURES
from test.support.servers import ROOT

S = "#/components/schemas/"
STATE = "paths:/jobs/{sessionid}/{jobname}/state"
# fixture -> (schema ref, "read" (response) | "write" (request), error kinds the quirk must give)
CASES: Dict[str, Tuple[str, str, Tuple[str, ...]]] = {
    "sahara/job_create_request.json": (S + "SaharaJobCreate", "write", ()),
    "sahara/job_create_request_full.json": (S + "SaharaJobCreate", "write", ()),
    "sahara/job_update_request.json": (S + "SaharaJobUpdate", "write", ()),
    "sahara/job_execute_request.json": (S + "SaharaJobExecute", "write", ()),
    "sahara/job_create_response.json": (S + "SaharaJobEnvelope", "read", ()),
    "sahara/job_show_response.json": (S + "SaharaJobEnvelope", "read", ()),
    "sahara/job_update_response.json": (S + "SaharaJobEnvelope", "read", ()),
    "sahara/job_full.json": (S + "SaharaJobEnvelope", "read", ()),
    "sahara/job_minimal_nulls.json": (S + "SaharaJobEnvelope", "read", ("enum",)),
    "sahara/jobs_list.json": (S + "SaharaJobList", "read", ()),
    "sahara/jobs_list_no_markers.json": (S + "SaharaJobList", "read", ()),
    "sahara/job_execution_pending.json": (S + "SaharaJobExecutionEnvelope", "read", ()),
    "sahara/job_execution_running.json": (S + "SaharaJobExecutionEnvelope", "read", ()),
    "sahara/job_execution_succeeded.json": (S + "SaharaJobExecutionEnvelope", "read", ()),
    "sahara/job_execution_killed.json": (S + "SaharaJobExecutionEnvelope", "read", ()),
    "sahara/job_execution_failed_spark.json": (S + "SaharaJobExecutionEnvelope", "read", ()),
    "sahara/job_execution_done_with_error.json": (S + "SaharaJobExecutionEnvelope", "read", ()),
    "sahara/job_execution_unlisted_status.json": (
        S + "SaharaJobExecutionEnvelope", "read", ("enum",)),
    "sahara/config_hints_pig.json": (S + "SaharaJobConfigHintsEnvelope", "read", ()),
    "sahara/config_hints_java.json": (S + "SaharaJobConfigHintsEnvelope", "read", ()),
    "sahara/config_hints_hive.json": (S + "SaharaJobConfigHintsEnvelope", "read", ()),
    "sahara/error_400_validation.json": (S + "SaharaError", "read", ()),
    "sahara/error_400_extra_field.json": (S + "SaharaError", "read", ()),
    "sahara/error_400_limit_int_name.json": (S + "SaharaError", "read", ()),
    "sahara/error_400_update_failed.json": (S + "SaharaError", "read", ()),
    "sahara/error_400_deletion_failed.json": (S + "SaharaError", "read", ()),
    "sahara/error_400_binary_not_found.json": (S + "SaharaError", "read", ()),
    "sahara/error_400_invalid_data.json": (S + "SaharaError", "read", ()),
    "sahara/error_401_keystone.json": (S + "SaharaAuthError", "read", ()),
    "sahara/error_401_tenant_mismatch.json": (S + "SaharaAuthError", "read", ()),
    "sahara/error_403_forbidden.json": (S + "SaharaError", "read", ()),
    "sahara/error_404_not_found.json": (S + "SaharaError", "read", ()),
    "sahara/error_404_config_hints.json": (S + "SaharaError", "read", ()),
    "sahara/error_500.json": (S + "SaharaError", "read", ()),
    "gaffer/process_config_minimal.json": (S + "GafferProcessConfig", "write", ()),
    "gaffer/process_config_create_doc.json": (S + "GafferProcessConfig", "write", ()),
    "gaffer/process_config_full.json": (S + "GafferProcessConfig", "write", ()),
    "gaffer/process_config_args_string.json": (S + "GafferProcessConfig", "write", ()),
    "gaffer/scale_request.json": (S + "GafferScale", "write", ()),
    "gaffer/scale_request_set.json": (S + "GafferScale", "write", ()),
    "gaffer/scale_request_int.json": (S + "GafferScale", "write", ()),
    "gaffer/signal_request.json": (S + "GafferSignal", "write", ()),
    "gaffer/signal_request_name.json": (S + "GafferSignal", "write", ()),
    "gaffer/signal_request_int.json": (S + "GafferSignal", "write", ()),
    "gaffer/commit_request.json": (S + "GafferCommit", "write", ()),
    "gaffer/commit_request_empty.json": (S + "GafferCommit", "write", ()),
    "gaffer/set_state_reload.txt": (STATE + ":post:request", "write", ()),
    "gaffer/ok.json": (S + "GafferOk", "read", ()),
    "gaffer/job_list.json": (S + "GafferJobList", "read", ()),
    "gaffer/session_job_list.json": (S + "GafferSessionJobList", "read", ()),
    "gaffer/job_info.json": (S + "GafferJobInfo", "read", ()),
    "gaffer/job_info_stopped_extra_setting.json": (S + "GafferJobInfo", "read", ()),
    "gaffer/job_stats.json": (S + "GafferJobStats", "read", ()),
    "gaffer/job_stats_no_processes.json": (S + "GafferJobStats", "read", ()),
    "gaffer/numprocesses.json": (S + "GafferNumProcesses", "read", ()),
    "gaffer/pids.json": (S + "GafferPids", "read", ()),
    "gaffer/commit_result.json": (S + "GafferPid", "read", ()),
    "gaffer/state_started.txt": (STATE + ":get:200", "read", ()),
    "gaffer/state_stopped.txt": (STATE + ":get:200", "read", ()),
    "gaffer/error_400_bad_request.json": (S + "GafferError", "read", ()),
    "gaffer/error_400_invalid_process_config.json": (S + "GafferError", "read", ()),
    "gaffer/error_400_name_conflict.json": (S + "GafferError", "read", ()),
    "gaffer/error_404_not_found.json": (S + "GafferError", "read", ()),
    "gaffer/error_404_process_not_found.json": (S + "GafferProcessError", "read", ()),
    "gaffer/error_409_process_conflict.json": (S + "GafferProcessError", "read", ()),
    "gaffer/error_401_unauthorized.json": (S + "GafferHttpError", "read", ()),
    "gaffer/error_403_forbidden.json": (S + "GafferHttpError", "read", ()),
    "gaffer/error_500_internal.json": (S + "GafferHttpError", "read", ()),
}

_DT = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}$")
FORMATS = FormatChecker()


@FORMATS.checks("date-time")
def _date_time(value: Any) -> bool:
    return not isinstance(value, str) or bool(_DT.match(value))


@FORMATS.checks("uuid")
def _uuid(value: Any) -> bool:
    return not isinstance(value, str) or bool(_UUID.match(value))


@lru_cache(maxsize=1)
def spec() -> Dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text())


def schemas_for(ref: str) -> List[Dict[str, Any]]:
    """The schema(s) a fixture is checked against: a component, or each media type's of an
    operation's request body or response."""
    components = spec()["components"]
    if ref.startswith("#/"):
        return [{"$ref": ref, "components": components}]
    _, path, method, where = ref.split(":")
    op = spec()["paths"][path][method]
    content = op["requestBody"]["content"] if where == "request" else op["responses"][where][
        "content"]
    return [dict(media["schema"], components=components) for media in content.values()]


def errors_of(name: str) -> List[Any]:
    ref, mode, _ = CASES[name]
    path = FIXTURES / name
    raw = path.read_text()
    data = json.loads(raw) if path.suffix == ".json" else raw
    cls = OAS30ReadValidator if mode == "read" else OAS30WriteValidator
    return [e for schema in schemas_for(ref)
            for e in cls(schema, format_checker=FORMATS).iter_errors(data)]


def test_every_fixture_on_disk_is_listed():
    on_disk = {str(p.relative_to(FIXTURES)) for sub in ("sahara", "gaffer")
               for p in (FIXTURES / sub).iterdir() if p.suffix in (".json", ".txt")}
    assert on_disk == set(CASES)


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if not c[2]))
def test_fixture_matches_its_schema(name):
    errors = errors_of(name)
    assert not errors, [f"{list(e.absolute_path)}: {e.message[:200]}" for e in errors]


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c[2]))
def test_quirk_fixture_breaks_only_what_it_says(name):
    kinds = {e.validator for e in errors_of(name)}
    assert kinds, "the quirk no longer breaks the schema: list the fixture as valid"
    assert kinds <= set(CASES[name][2]), kinds


@pytest.mark.parametrize("name, body", [
    ("state read", "2"), ("state read", "1\n"), ("state write", "3"), ("state write", '"1"'),
])
def test_the_text_schemas_refuse_other_values(name, body):
    """The check can fail: the text bodies are enums, not any string."""
    ref = STATE + (":get:200" if name == "state read" else ":post:request")
    cls = OAS30ReadValidator if name == "state read" else OAS30WriteValidator
    for schema in schemas_for(ref):
        assert list(cls(schema, format_checker=FORMATS).iter_errors(body))


def test_read_only_and_write_only_fields_are_checked_by_direction():
    argument = {"name": "a", "mapping_type": "args", "location": "0", "required": True}
    schema = schemas_for(S + "SaharaJobInterfaceArgument")[0]
    assert not list(OAS30WriteValidator(schema).iter_errors(argument))
    assert list(OAS30WriteValidator(schema).iter_errors({**argument, "id": "x"}))  # readOnly
    assert not list(OAS30ReadValidator(schema).iter_errors({**argument, "id": "x"}))
    config = schemas_for(S + "GafferProcessConfig")[0]
    assert list(OAS30ReadValidator(config).iter_errors({"cmd": "x", "start": True}))  # writeOnly
    assert not list(OAS30WriteValidator(config).iter_errors({"cmd": "x", "start": True}))
