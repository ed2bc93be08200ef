"""The Kubernetes fixtures agree with the schemas of openapi.yaml.

Each fixture under test/fixtures/kubernetes/ is validated against its schema (OpenAPI 3.0 rules:
`nullable`, `$ref` into components/schemas). Timestamps must carry a zone (the API server sends
`Z`), so that they decode to aware datetimes.
"""
import datetime
import json
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")
oas = pytest.importorskip("openapi_schema_validator")
jsonschema = pytest.importorskip("jsonschema")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "test" / "fixtures" / "kubernetes"

# fixture -> schema: a components/schemas name, or a schema given inline
CASES = {
    "seed_replace_status_request.json": "V1Job",
    "seed_replace_status_response.json": "V1Job",
    "job_running.json": "V1Job",
    "job_complete.json": "V1Job",
    "job_failed.json": "V1Job",
    "job_list_continue.json": "V1JobList",
    "status_409_conflict.json": "V1Status",
    "status_404_not_found.json": "V1Status",
    "patch_status_merge_body.json": None,  # the PATCH request body schema of the operation
}


@pytest.fixture(scope="module")
def document():
    with open(REPO / "openapi.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _format_checker():
    checker = jsonschema.FormatChecker()

    @checker.checks("date-time", raises=ValueError)
    def aware_date_time(value):
        if not isinstance(value, str):
            return True
        if "T" not in value:
            raise ValueError(f"not an RFC 3339 date-time: {value!r}")
        parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            raise ValueError(f"date-time without a zone: {value!r}")
        return True

    @checker.checks("int32")
    def int32(value):
        return not isinstance(value, int) or -(2**31) <= value < 2**31

    @checker.checks("int64")
    def int64(value):
        return not isinstance(value, int) or -(2**63) <= value < 2**63

    return checker


def _schema(document, name):
    if name is None:
        op = document["paths"]["/apis/batch/v1/namespaces/{namespace}/jobs/{name}/status"]["patch"]
        schema = op["requestBody"]["content"]["application/merge-patch+json"]["schema"]
        return dict(schema, components=document["components"])
    return {"$ref": f"#/components/schemas/{name}", "components": document["components"]}


def test_every_fixture_is_listed():
    assert sorted(p.name for p in FIXTURES.glob("*.json")) == sorted(CASES)


@pytest.mark.parametrize("fixture,schema_name", sorted(CASES.items()))
def test_fixture_matches_schema(document, fixture, schema_name):
    payload = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    validator = oas.OAS30Validator(_schema(document, schema_name), format_checker=_format_checker())
    errors = sorted(validator.iter_errors(payload), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


def test_seed_request_and_response_are_the_seed_example():
    request = json.loads((FIXTURES / "seed_replace_status_request.json").read_text(encoding="utf-8"))
    response = json.loads((FIXTURES / "seed_replace_status_response.json").read_text(encoding="utf-8"))
    assert request == response  # the seed answers with the object it was sent
    assert response["status"] == {"startTime": "2017-12-13T03:15:55Z", "active": 1}


def test_watch_stream_objects_match_the_job_schema_except_the_bookmark_stub(document):
    """watch_stream.jsonl: every Job of an ADDED/MODIFIED/DELETED event is a valid V1Job; the
    BOOKMARK's object is the server's stub, which is not (``containers: null``): why watch_jobs
    reads a bookmark's metadata only."""
    validator = oas.OAS30Validator(_schema(document, "V1Job"), format_checker=_format_checker())
    kinds = []
    for line in (FIXTURES / "watch_stream.jsonl").read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        kinds.append(event["type"])
        errors = list(validator.iter_errors(event["object"]))
        if event["type"] == "BOOKMARK":
            assert errors
        else:
            assert not errors, [e.message for e in errors[:5]]
    assert kinds == ["ADDED", "MODIFIED", "BOOKMARK", "MODIFIED", "DELETED"]
