"""One SDK call per HTTP method, through the generated Api classes, with the credentials of
every security scheme (distinct values, so a leak names its scheme)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import stencila_hub
from test.conftest import fixture_json
from test.faults.cases import SECRETS, credentials

__all__ = [
    "CALLS",
    "IDEMPOTENT",
    "NON_IDEMPOTENT",
    "SECRETS",
    "credentials",
    "submit",
    "patch",
    "get",
    "put",
    "delete",
    "job_request",
]


def job_request() -> stencila_hub.JobRequest:
    request = stencila_hub.JobRequest.from_dict(fixture_json("agave", "job_request"))
    assert request is not None
    return request


def submit(client: stencila_hub.ApiClient, **kwargs: Any) -> Any:
    """POST /jobs/v2/ (Agave)."""
    return stencila_hub.AgaveJobsApi(client).submit(job_request(), **kwargs)


def patch(client: stencila_hub.ApiClient, **kwargs: Any) -> Any:
    """PATCH /jobs/56/ (Hub)."""
    return stencila_hub.JobsApi(client).jobs_partial_update(
        56, stencila_hub.InlineObject4(status="RUNNING"), **kwargs
    )


def get(client: stencila_hub.ApiClient, job_id: str = "job-1", **kwargs: Any) -> Any:
    """GET /jobs/v2/{job_id} (Agave)."""
    return stencila_hub.AgaveJobsApi(client).get(job_id, **kwargs)


def put(client: stencila_hub.ApiClient, **kwargs: Any) -> Any:
    """PUT /jobs/56/ (Hub)."""
    return stencila_hub.JobsApi(client).jobs_update(
        56, stencila_hub.InlineObject3(status="RUNNING"), **kwargs
    )


def delete(client: stencila_hub.ApiClient, **kwargs: Any) -> Any:
    """DELETE /jobs/v2/job-1 (Agave)."""
    return stencila_hub.AgaveJobsApi(client).delete("job-1", **kwargs)


CALLS: dict[str, Callable[..., Any]] = {
    "POST": submit,
    "PATCH": patch,
    "GET": get,
    "PUT": put,
    "DELETE": delete,
}
NON_IDEMPOTENT = ["POST", "PATCH"]
IDEMPOTENT = ["GET", "PUT", "DELETE"]
