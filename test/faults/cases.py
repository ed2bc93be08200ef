"""The fault suite's tables: one real SDK operation per system and HTTP method, the faults, and
what the issue says must happen for each pair (written out here, independent of retry.py).

``python -m test.faults.cases`` prints test/faults/MATRIX.md from these tables; a test checks that
the committed file is current.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import stencila_hub
from stencila_hub import exceptions as exc
from stencila_hub.api import (
    agave_jobs_api,
    batch_v1_api,
    data_processing_jobs_api,
    gaffer_jobs_api,
    jobs_api,
)
from stencila_hub.operation import Operation
from stencila_hub.operation import resolve_type as _resolve_type
from test.conftest import fixture_bytes, fixture_json
from test.support.rawserver import Act, answer
from test.support.servers import free_port

#: One credential per security scheme, each distinct, so a leak names the system it came from.
SECRETS = {
    "Token": "hub-s3cr3t-4f9a1c",
    "AgaveBearer": "agave-s3cr3t-7b2e9d",
    "KeystoneToken": "keystone-s3cr3t-1d8f3a",
    "GafferApiKey": "gaffer-s3cr3t-9c4b7e",
    "BearerToken": "k8s-s3cr3t-2a6d5f",
}
PASSWORD = "basic-pa55word-8e1f"


def credentials() -> dict[str, Any]:
    """Configuration keyword arguments that set every system's credential at once."""
    return {
        "api_key": {
            "Token": SECRETS["Token"],
            "KeystoneToken": SECRETS["KeystoneToken"],
            "GafferApiKey": SECRETS["GafferApiKey"],
            "BearerToken": SECRETS["BearerToken"],
        },
        "api_key_prefix": {"Token": "Token", "BearerToken": "Bearer"},
        "access_token": SECRETS["AgaveBearer"],
        "username": "someone",
        "password": PASSWORD,
    }


@dataclass(frozen=True)
class Case:
    """One SDK operation, called with valid arguments, and the success answer a real server
    gives."""

    system: str
    api: type
    name: str
    op: Operation
    args: tuple[Any, ...]
    ok_status: int
    ok_body: bytes
    credential: str  # the security scheme of the system

    @property
    def id(self) -> str:
        return f"{self.system}.{self.name}"

    @property
    def method(self) -> str:
        return self.op.method

    @property
    def reads_body(self) -> bool:
        """Whether the success answer has a body on the wire at all (not HEAD, not 204)."""
        return self.method != "HEAD" and self.ok_status != 204

    @property
    def has_body(self) -> bool:
        """Whether the SDK decodes the success answer's body (the spec gives it a type)."""
        return self.reads_body and self.op.responses.get(str(self.ok_status)) is not None

    @property
    def response_type(self) -> Any:
        name = self.op.responses.get(str(self.ok_status))
        return None if name is None else _resolve_type(name)

    def ok(self) -> Act:
        if self.method == "HEAD" or self.ok_status == 204:
            return answer(self.ok_status, b"", content_type=None)
        return answer(self.ok_status, self.ok_body)

    def call(self, client: stencila_hub.ApiClient, **kwargs: Any) -> Any:
        """The ``*_with_http_info`` variant: returns an ApiResponse (with retries_taken)."""
        method = getattr(self.api(client), self.name + "_with_http_info")
        if self.op.read_timeout is not None:
            # An operation the server may take long to answer (x-sdk-read-timeout: the Hub's
            # PATCH, 160 s) would wait out a stall; the matrix is about the configured timeout.
            kwargs.setdefault("_request_timeout", client.configuration.timeout)
        return method(*self.args, **kwargs)


def _case(
    system: str,
    api: type,
    name: str,
    module: Any,
    op_var: str,
    args: tuple[Any, ...],
    ok_status: int,
    ok_body: Any,
    credential: str,
) -> Case:
    body = ok_body if isinstance(ok_body, bytes) else json.dumps(ok_body).encode()
    return Case(system, api, name, getattr(module, op_var), args, ok_status, body, credential)


AGAVE_ID = "6608339759546166810-242ac114-0001-007"
SAHARA_PROJECT = "9cd1314a0a31493282b6712b76a8fcda"
SAHARA_JOB = "7600373c-d262-45c6-845f-77f339f3e503"


def _cases() -> list[Case]:
    s = stencila_hub
    hub_job = fixture_bytes("hub", "job_full")
    return [
        # Stencila Hub
        _case(
            "hub",
            s.JobsApi,
            "jobs_update",
            jobs_api,
            "_jobs_update",
            (56, s.InlineObject3(status="RUNNING")),
            200,
            hub_job,
            "Token",
        ),
        _case(
            "hub",
            s.JobsApi,
            "jobs_partial_update",
            jobs_api,
            "_jobs_partial_update",
            (56, s.InlineObject4(status="RUNNING")),
            200,
            hub_job,
            "Token",
        ),
        # Agave
        _case(
            "agave",
            s.AgaveJobsApi,
            "get",
            agave_jobs_api,
            "_agave_jobs_get",
            (AGAVE_ID,),
            200,
            fixture_bytes("agave", "job_full"),
            "AgaveBearer",
        ),
        _case(
            "agave",
            s.AgaveJobsApi,
            "submit",
            agave_jobs_api,
            "_agave_jobs_submit",
            (s.JobRequest.from_dict(fixture_json("agave", "job_request")),),
            201,
            fixture_bytes("agave", "job_submitted"),
            "AgaveBearer",
        ),
        _case(
            "agave",
            s.AgaveJobsApi,
            "delete",
            agave_jobs_api,
            "_agave_jobs_delete",
            (AGAVE_ID,),
            200,
            fixture_bytes("agave", "job_delete_with_message"),
            "AgaveBearer",
        ),
        # OpenStack Sahara
        _case(
            "sahara",
            s.DataProcessingJobsApi,
            "show",
            data_processing_jobs_api,
            "_data_processing_jobs_show",
            (SAHARA_PROJECT, SAHARA_JOB),
            200,
            fixture_bytes("sahara", "job_show_response"),
            "KeystoneToken",
        ),
        _case(
            "sahara",
            s.DataProcessingJobsApi,
            "create",
            data_processing_jobs_api,
            "_data_processing_jobs_create",
            (SAHARA_PROJECT, s.SaharaJobCreate(**fixture_json("sahara", "job_create_request"))),
            202,
            fixture_bytes("sahara", "job_create_response"),
            "KeystoneToken",
        ),
        _case(
            "sahara",
            s.DataProcessingJobsApi,
            "update",
            data_processing_jobs_api,
            "_data_processing_jobs_update",
            (
                SAHARA_PROJECT,
                SAHARA_JOB,
                s.SaharaJobUpdate(**fixture_json("sahara", "job_update_request")),
            ),
            202,
            fixture_bytes("sahara", "job_update_response"),
            "KeystoneToken",
        ),
        _case(
            "sahara",
            s.DataProcessingJobsApi,
            "delete",
            data_processing_jobs_api,
            "_data_processing_jobs_delete",
            (SAHARA_PROJECT, SAHARA_JOB),
            204,
            b"",
            "KeystoneToken",
        ),
        # Kubernetes batch/v1
        _case(
            "k8s",
            s.BatchV1Api,
            "read_namespaced_job",
            batch_v1_api,
            "_read_namespaced_job",
            ("pi", "default"),
            200,
            fixture_bytes("kubernetes", "job_running"),
            "BearerToken",
        ),
        _case(
            "k8s",
            s.BatchV1Api,
            "replace_namespaced_job_status",
            batch_v1_api,
            "_replace_namespaced_job_status",
            (
                "jobs-12130306",
                "ns-12130306-s",
                s.V1Job.from_dict(fixture_json("kubernetes", "seed_replace_status_request")),
            ),
            200,
            fixture_bytes("kubernetes", "seed_replace_status_response"),
            "BearerToken",
        ),
        _case(
            "k8s",
            s.BatchV1Api,
            "patch_namespaced_job_status",
            batch_v1_api,
            "_patch_namespaced_job_status",
            ("pi", "default", fixture_json("kubernetes", "patch_status_merge_body")),
            200,
            fixture_bytes("kubernetes", "job_running"),
            "BearerToken",
        ),
        # Gaffer
        _case(
            "gaffer",
            s.GafferJobsApi,
            "exists",
            gaffer_jobs_api,
            "_gaffer_jobs_exists",
            ("default", "dummy"),
            200,
            b"",
            "GafferApiKey",
        ),
        _case(
            "gaffer",
            s.GafferJobsApi,
            "get",
            gaffer_jobs_api,
            "_gaffer_jobs_get",
            ("procfile", "dummy"),
            200,
            fixture_bytes("gaffer", "job_info"),
            "GafferApiKey",
        ),
        _case(
            "gaffer",
            s.GafferJobsApi,
            "create",
            gaffer_jobs_api,
            "_gaffer_jobs_create",
            ("default", s.GafferProcessConfig(name="dummy", cmd="python -u dummy.py")),
            200,
            fixture_bytes("gaffer", "ok"),
            "GafferApiKey",
        ),
        _case(
            "gaffer",
            s.GafferJobsApi,
            "update",
            gaffer_jobs_api,
            "_gaffer_jobs_update",
            ("default", "dummy", s.GafferProcessConfig(cmd="python -u dummy.py")),
            201,
            fixture_bytes("gaffer", "ok"),
            "GafferApiKey",
        ),
        _case(
            "gaffer",
            s.GafferJobsApi,
            "delete",
            gaffer_jobs_api,
            "_gaffer_jobs_delete",
            ("default", "dummy"),
            200,
            fixture_bytes("gaffer", "ok"),
            "GafferApiKey",
        ),
    ]


CASES: list[Case] = _cases()
BY_ID: dict[str, Case] = {c.id: c for c in CASES}

#: The one operation per HTTP method that MATRIX.md's main table is about.
MAIN: dict[str, Case] = {
    "GET": BY_ID["agave.get"],
    "HEAD": BY_ID["gaffer.exists"],
    "POST": BY_ID["agave.submit"],
    "PUT": BY_ID["hub.jobs_update"],
    "PATCH": BY_ID["k8s.patch_namespaced_job_status"],
    "DELETE": BY_ID["agave.delete"],
}
METHODS = list(MAIN)

# -- the faults -----------------------------------------------------------------------------------

#: The suite's limit on a response body; the oversized fault sends twice as much.
MAX_RESPONSE_BYTES = 32 * 1024
#: Retry-After the 429 fault sends (delta-seconds; fractional to keep the suite fast).
RETRY_AFTER = "0.05"


@dataclass(frozen=True)
class Fault:
    key: str
    title: str
    act: Callable[[Case], Act] | None  # None: connection refused (nothing listens)
    reads_request: bool  # whether the server reads the request before misbehaving


def _status(code: int, headers: tuple[tuple[str, str], ...] = ()) -> Callable[[Case], Act]:
    return lambda case: answer(code, {"message": f"fault {code}"}, headers=headers)


def _body(body: bytes, content_type: str | None = "application/json") -> Callable[[Case], Act]:
    """The success status with a bad body (a 204 or HEAD answer carries none: nothing to read)."""
    return lambda case: answer(case.ok_status, body, content_type=content_type)


#: Where the redirect fault points: a host that refuses the connection.
DEAD_URL = f"http://127.0.0.1:{free_port()}/moved"

FAULTS: list[Fault] = [
    Fault("refused", "connection refused", None, False),
    Fault(
        "reset_before",
        "connection reset before the server reads the request",
        lambda c: Act("reset_before"),
        False,
    ),
    Fault(
        "reset_after",
        "connection reset after the server reads the request",
        lambda c: Act("reset_after"),
        True,
    ),
    Fault("stall", "server stalls past the read timeout", lambda c: Act("stall"), True),
    Fault(
        "429",
        f"429 with Retry-After: {RETRY_AFTER}",
        _status(429, (("Retry-After", RETRY_AFTER),)),
        True,
    ),
    Fault("500", "500", _status(500), True),
    Fault("502", "502", _status(502), True),
    Fault("503", "503 (no Retry-After: backoff)", _status(503), True),
    Fault("504", "504", _status(504), True),
    Fault(
        "cut_body",
        "body cut short (connection closed before Content-Length)",
        lambda c: answer(c.ok_status, c.ok_body[:10], declared_length=len(c.ok_body) + 100),
        True,
    ),
    Fault(
        "truncated_json",
        "truncated JSON body (complete framing)",
        lambda c: answer(c.ok_status, c.ok_body[: len(c.ok_body) // 2]),
        True,
    ),
    Fault("not_json", "non-JSON body, JSON content type", _body(b"<html>oops</html>"), True),
    Fault("empty", "empty body where JSON is expected", _body(b""), True),
    Fault(
        "oversized",
        f"body over max_response_bytes ({MAX_RESPONSE_BYTES} B)",
        _body(b'{"pad": "' + b"x" * (2 * MAX_RESPONSE_BYTES) + b'"}'),
        True,
    ),
    Fault(
        "wrong_type",
        "wrong content type (text/html)",
        lambda c: answer(c.ok_status, c.ok_body, content_type="text/html"),
        True,
    ),
    Fault(
        "redirect_dead",
        "303 See Other to a host that refuses the connection",
        lambda c: answer(303, b"", content_type=None, headers=(("Location", DEAD_URL),)),
        True,
    ),
]
FAULT_KEYS = [f.key for f in FAULTS]
BY_KEY = {f.key: f for f in FAULTS}

# -- what must happen ------------------------------------------------------------------------------

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRIED, RAISED, OK = "retried", "raised", "ok"
BODY_FAULTS = frozenset({"truncated_json", "not_json", "empty", "oversized", "wrong_type"})


@dataclass(frozen=True)
class Expected:
    outcome: str  # RETRIED (then succeeds; raises `error` when the fault persists), RAISED, OK
    error: type[Exception] | None  # the exact class raised (when retries run out, if RETRIED)
    note: str = ""


def expected(fault: Fault, case: Case) -> Expected:
    """The issue's rules, written out for one fault and one operation."""
    idempotent = case.method in IDEMPOTENT
    key = fault.key
    if key == "refused":
        return Expected(RETRIED, exc.ApiConnectionError)
    if key in ("reset_before", "reset_after", "cut_body"):
        if key == "cut_body" and not case.reads_body:
            return Expected(OK, None, "no body on the wire")
        if idempotent:
            return Expected(RETRIED, exc.ApiConnectionError)
        return Expected(RAISED, exc.OutcomeUnknownConnectionError)
    if key == "redirect_dead":  # the 303 shows the request arrived: the lost hop is after sending
        if idempotent:
            return Expected(RETRIED, exc.ApiConnectionError)
        return Expected(RAISED, exc.OutcomeUnknownConnectionError)
    if key == "stall":
        if idempotent:
            return Expected(RETRIED, exc.ApiTimeoutError)
        return Expected(RAISED, exc.OutcomeUnknownTimeoutError)
    if key == "429":
        return Expected(RETRIED, exc.RateLimitException)
    if key == "503":
        return Expected(RETRIED, exc.ServiceException)
    if key in ("502", "504"):
        if idempotent:
            return Expected(RETRIED, exc.ServiceException)
        return Expected(RAISED, exc.OutcomeUnknownServiceException)
    if key == "500":
        if idempotent:
            return Expected(RAISED, exc.ServiceException)
        return Expected(RAISED, exc.OutcomeUnknownServiceException)
    # A success answer that cannot be read or decoded: a POST or PATCH was acted on, and how is
    # lost.
    decode_error = exc.ResponseDecodeError if idempotent else exc.OutcomeUnknownDecodeError
    if key == "oversized":
        if not case.reads_body:
            return Expected(OK, None, "no body on the wire")
        return Expected(RAISED, decode_error)
    if key in BODY_FAULTS:
        if not case.has_body:
            return Expected(
                OK, None, "no body on the wire" if not case.reads_body else "no body is decoded"
            )
        if key == "empty" and case.op.empty_ok:
            return Expected(OK, None, "x-sdk-empty-ok")
        return Expected(RAISED, decode_error)
    raise AssertionError(key)


# -- MATRIX.md -------------------------------------------------------------------------------------


def _cell(e: Expected) -> str:
    name = e.error.__name__ if e.error is not None else ""
    if e.outcome == RETRIED:
        return f"retried ×2, then {name}"
    if e.outcome == RAISED:
        return f"{name}, 1 try"
    return f"ok ({e.note})"


def render_matrix() -> str:
    lines = [
        "# Fault matrix",
        "",
        "Generated by `python -m test.faults.cases > test/faults/MATRIX.md` "
        "from the tables the fault",
        "suite asserts (test/faults/test_fault_matrix.py); a test fails when this file is stale.",
        "",
        "Policy under test: `RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.05,",
        "total_timeout=5)`, timeout `(1, 0.25)` s, `max_response_bytes` 32 KiB. Each test serves",
        'the fault on the first two connections, then a good answer: "retried" means the call',
        "succeeds on the third try (and, when the fault persists, raises the class named after",
        'three tries, `attempts == 3`); "1 try" means it raises at once (`attempts == 1`) and the',
        "server saw one connection. A POST or PATCH is never sent again once it may have been",
        "received (reset after sending, read timeout, 500/502/504): it raises an",
        "`OutcomeUnknownError`. Class names are in `stencila_hub.exceptions`.",
        "",
        "Operations of the main table:",
        "",
        *[f"- {m}: `{MAIN[m].api.__name__}.{MAIN[m].name}` ({MAIN[m].system})" for m in METHODS],
        "",
        "| fault | " + " | ".join(METHODS) + " |",
        "|---|" + "---|" * len(METHODS),
    ]
    for fault in FAULTS:
        cells = [_cell(expected(fault, MAIN[m])) for m in METHODS]
        lines.append(f"| {fault.title} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Every system",
        "",
        "The suite runs every fault against these operations too (all five systems); the outcome",
        "depends only on the HTTP method, except where an operation has no body to decode:",
        "",
        "| system | operation | method | differs from the table above |",
        "|---|---|---|---|",
    ]
    for case in CASES:
        diffs = []
        for fault in FAULTS:
            mine, main = expected(fault, case), expected(fault, MAIN[case.method])
            if mine != main:
                diffs.append(f"{fault.key}: {_cell(mine)}")
        lines.append(
            f"| {case.system} | `{case.api.__name__}.{case.name}` | {case.method} | "
            f"{'; '.join(diffs) or '-'} |"
        )
    lines += [
        "",
        "## Notes",
        "",
        "- *Reset before the server reads the request*: the server waits until the request has",
        "  arrived, then resets without reading it. The client cannot tell this from a reset after",
        '  reading (the bytes left this process either way), so it is treated as "may have been',
        '  received": retried for idempotent methods, `OutcomeUnknownConnectionError` for',
        "  POST/PATCH. A connection that fails before the request is written (refused, DNS,",
        "  connect timeout, a reset while connecting) is retried for every method.",
        "- *Body cut short*: the status line arrived but the body did not; for a POST/PATCH the",
        '  server acted on it, but its answer is lost, hence "outcome unknown".',
        "- A TLS certificate or host name that does not verify raises `ApiSSLError` after one",
        "  try (test/properties/test_tls.py); 429/503 with a `Retry-After` longer than",
        "  `max_retry_after` raise `RateLimitException`/`ServiceException` at once, with",
        "  `retry_after` set (test_fault_matrix.py, test_retry_loop.py).",
        "- Every exception of a call that was retried carries `attempts`; `except",
        "  stencila_hub.OutcomeUnknownError` catches exactly the POST/PATCH cells above that name",
        "  an `OutcomeUnknown...` class.",
    ]
    n = len(FAULTS) * len(CASES)
    lines += [
        "",
        f"{len(FAULTS)} faults × {len(CASES)} operations = {n} fault tests, plus the",
        "exhaustion, deadline and retries=0 tests in test_fault_matrix.py.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render_matrix(), end="")
