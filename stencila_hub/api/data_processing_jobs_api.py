# coding: utf-8
# Generated from templates/api.mustache (our override) and openapi.yaml. Do not edit.
"""DataProcessingJobsApi: the operations of openapi.yaml tagged `data_processing_jobs`.

Each method checks its arguments, then calls :meth:`stencila_hub.api_client.ApiClient.call` with an
:class:`~stencila_hub.api_client.Operation` built once, at import.
"""

from __future__ import annotations

from datetime import date, datetime  # noqa: F401
from typing import (  # noqa: F401
    TYPE_CHECKING,
    Any,
    Dict,
    List,
    Literal,
    Mapping,
    Optional,
    Tuple,
    Union,
    overload,
)

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.api_client import (  # noqa: F401
    ApiClient,
    ApiResponse,
    Operation,
    Param,
    StreamedResponse,
    TimeoutArg,
)
from stencila_hub.exceptions import ApiValueError  # noqa: F401
from stencila_hub.retry import RetryPolicy

if TYPE_CHECKING:  # the models in the signatures, for type checkers only: at run time an
    # Operation names its types and they are imported at first use (importing JobsApi does not
    # build InlineObject4 for a caller who only PUTs).
    # The async classes' client: aiohttp is an optional extra, imported only by stencila_hub.aio.
    from stencila_hub.aio.api_client import AsyncApiClient
    from stencila_hub.models import *  # noqa: F403

_data_processing_jobs_create = Operation(
    name="create",
    method="POST",
    path="/v1.1/{project_id}/jobs",
    system="sahara",
    default_host=None,
    host_env="SAHARA_URL",
    path_params=(Param("project_id", "project_id", (str,), required=True),),
    body="body",
    body_type="SaharaJobCreate",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("KeystoneToken",),
    responses={
        "202": "SaharaJobEnvelope",
        "400": "SaharaError",
        "401": "SaharaAuthError",
        "403": "SaharaError",
        "500": "SaharaError",
    },
    unwrap="job",
)
_data_processing_jobs_delete = Operation(
    name="delete",
    method="DELETE",
    path="/v1.1/{project_id}/jobs/{job_id}",
    system="sahara",
    default_host=None,
    host_env="SAHARA_URL",
    path_params=(
        Param("project_id", "project_id", (str,), required=True),
        Param("job_id", "job_id", (str,), required=True),
    ),
    accept="application/json",
    auth=("KeystoneToken",),
    responses={
        "204": None,
        "400": "SaharaError",
        "401": "SaharaAuthError",
        "403": "SaharaError",
        "404": "SaharaError",
        "500": "SaharaError",
    },
)
_data_processing_jobs_execute = Operation(
    name="execute",
    method="POST",
    path="/v1.1/{project_id}/jobs/{job_id}/execute",
    system="sahara",
    default_host=None,
    host_env="SAHARA_URL",
    path_params=(
        Param("project_id", "project_id", (str,), required=True),
        Param("job_id", "job_id", (str,), required=True),
    ),
    body="body",
    body_type="SaharaJobExecute",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("KeystoneToken",),
    responses={
        "202": "SaharaJobExecutionEnvelope",
        "400": "SaharaError",
        "401": "SaharaAuthError",
        "403": "SaharaError",
        "404": "SaharaError",
        "500": "SaharaError",
    },
    unwrap="job_execution",
)
_data_processing_jobs_get_config_hints = Operation(
    name="get_config_hints",
    method="GET",
    path="/v1.1/{project_id}/jobs/config-hints/{job_type}",
    system="sahara",
    default_host=None,
    host_env="SAHARA_URL",
    path_params=(
        Param("project_id", "project_id", (str,), required=True),
        Param(
            "job_type",
            "job_type",
            (str,),
            required=True,
            enum=frozenset(
                {
                    "Hive",
                    "Java",
                    "MapReduce",
                    "MapReduce.Streaming",
                    "Pig",
                    "Shell",
                    "Spark",
                    "Storm",
                    "Storm.Pyleus",
                }
            ),
        ),
    ),
    accept="application/json",
    auth=("KeystoneToken",),
    responses={
        "200": "SaharaJobConfigHintsEnvelope",
        "401": "SaharaAuthError",
        "403": "SaharaError",
        "404": "SaharaError",
        "500": "SaharaError",
    },
    unwrap="job_config",
)
_data_processing_jobs_list = Operation(
    name="list",
    method="GET",
    path="/v1.1/{project_id}/jobs",
    system="sahara",
    default_host=None,
    host_env="SAHARA_URL",
    path_params=(Param("project_id", "project_id", (str,), required=True),),
    query_params=(
        Param("limit", "limit", (int,), minimum=1),
        Param("marker", "marker", (str,)),
        Param("sort_by", "sort_by", (str,), pattern=r"^-?(id|name|type|created_at|updated_at)$"),
    ),
    accept="application/json",
    auth=("KeystoneToken",),
    responses={
        "200": "SaharaJobList",
        "400": "SaharaError",
        "401": "SaharaAuthError",
        "403": "SaharaError",
        "404": "SaharaError",
        "500": "SaharaError",
    },
    unwrap="jobs",
)
_data_processing_jobs_show = Operation(
    name="show",
    method="GET",
    path="/v1.1/{project_id}/jobs/{job_id}",
    system="sahara",
    default_host=None,
    host_env="SAHARA_URL",
    path_params=(
        Param("project_id", "project_id", (str,), required=True),
        Param("job_id", "job_id", (str,), required=True),
    ),
    accept="application/json",
    auth=("KeystoneToken",),
    responses={
        "200": "SaharaJobEnvelope",
        "401": "SaharaAuthError",
        "403": "SaharaError",
        "404": "SaharaError",
        "500": "SaharaError",
    },
    unwrap="job",
)
_data_processing_jobs_show_job_execution = Operation(
    name="show_job_execution",
    method="GET",
    path="/v1.1/{project_id}/job-executions/{job_execution_id}",
    system="sahara",
    default_host=None,
    host_env="SAHARA_URL",
    path_params=(
        Param("project_id", "project_id", (str,), required=True),
        Param("job_execution_id", "job_execution_id", (str,), required=True),
    ),
    accept="application/json",
    auth=("KeystoneToken",),
    responses={
        "200": "SaharaJobExecutionEnvelope",
        "401": "SaharaAuthError",
        "403": "SaharaError",
        "404": "SaharaError",
        "500": "SaharaError",
    },
    unwrap="job_execution",
)
_data_processing_jobs_update = Operation(
    name="update",
    method="PATCH",
    path="/v1.1/{project_id}/jobs/{job_id}",
    system="sahara",
    default_host=None,
    host_env="SAHARA_URL",
    path_params=(
        Param("project_id", "project_id", (str,), required=True),
        Param("job_id", "job_id", (str,), required=True),
    ),
    body="body",
    body_type="SaharaJobUpdate",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("KeystoneToken",),
    responses={
        "202": "SaharaJobEnvelope",
        "400": "SaharaError",
        "401": "SaharaAuthError",
        "403": "SaharaError",
        "404": "SaharaError",
        "500": "SaharaError",
    },
    unwrap="job",
)


class DataProcessingJobsApi:
    """DataProcessingJobsApi: methods for the operations tagged as above. Share one ApiClient.

    The system's server: none by default (set ``Configuration(host=...)`` or ``SAHARA_URL`` with ``Configuration.from_env("sahara")``).
    """

    #: The system these operations belong to (``x-sdk-system`` of the paths' server).
    system = "sahara"

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()
        self.api_client.check_host(self.system)

    def create(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        body: SaharaJobCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJob:
        """Create a job.

        ``POST /v1.1/{project_id}/jobs``

        Creates a job (job template). The api-ref gives no request-body table, only a sample; the body schema here is the server's own validation schema (`JOB_SCHEMA`): `name` and `type` required, no other fields than those listed. `mains` and `libs` are sent as job-binary IDs and come back as full job-binary objects.  The server answers **202** (not 201) with `{\"job\": {...}}`; the method returns the job. Besides the schema, the server checks (400 `INVALID_DATA`/`NOT_FOUND`): Pig, Hive, Shell, Spark, Storm and Storm.Pyleus need a non-empty `mains`; Java and MapReduce need `libs` and no `mains`; `mains` and `libs` must not overlap; every binary must exist; a name already used in the project gives 400 `DB_DUPLICATE_ENTRY`. (Observed on 19.0.0: `\"Pig flow requires main script\"`, `\"MapReduce flow requires libs\"`, `\"Java flow does not use mains\"`.) The answer leaves out `updated_at`, and `description` when none was given.

        :param project_id: UUID of the project (tenant). When it looks like a UUID and differs from the token's project, the server answers 401 (\"Token tenant != requested tenant\").  (required)
        :param body: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``job`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _data_processing_jobs_create,
            {
                "project_id": project_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def create_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        body: SaharaJobCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobEnvelope]:
        """Like :meth:`create`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _data_processing_jobs_create,
            {
                "project_id": project_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def delete(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Remove a job.

        ``DELETE /v1.1/{project_id}/jobs/{job_id}``

        Removes a job. The server answers 204 with an empty body (the first api-ref listed 204 under \"Error response codes\"). A protected job, or a job of another project, fails with **400** `DELETION_FAILED` (not 403).

        :param project_id: UUID of the project (tenant). When it looks like a UUID and differs from the token's project, the server answers 401 (\"Token tenant != requested tenant\").  (required)
        :param job_id: The UUID of the job (the server code calls it `job_templates_id`). (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _data_processing_jobs_delete,
            {
                "project_id": project_id,
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def delete_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[None]:
        """Like :meth:`delete`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _data_processing_jobs_delete,
            {
                "project_id": project_id,
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def execute(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        body: SaharaJobExecute,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJobExecution:
        """Run a job.

        ``POST /v1.1/{project_id}/jobs/{job_id}/execute``

        Runs a job on a cluster, creating a job execution. The body schema is the server's `JOB_EXEC_SCHEMA` (`cluster_id` required, no other fields than those listed); the api-ref gives only a sample. (python-saharaclient takes `configs` and sends it as `job_configs`.)  The server answers **202** with `{\"job_execution\": {...}}` (status `PENDING` in `info.status`); the method returns the job execution. The api-ref never includes the response sample. This answer leaves out `updated_at`, `start_time`, `end_time`, `engine_job_id`, `return_code` and `data_source_urls` (19.0.0; a later `show_job_execution` sends them as `null`). `job_configs.job_execution_info` (scheduled runs) is accepted but stored as `{}` by 19.0.0, and at the top level of the body it is a 400. Depending on the job type and engine the server also needs input/output data sources, `edp.java.main_class` for Java, etc. (400 `INVALID_DATA`).

        :param project_id: UUID of the project (tenant). When it looks like a UUID and differs from the token's project, the server answers 401 (\"Token tenant != requested tenant\").  (required)
        :param job_id: The UUID of the job (the server code calls it `job_templates_id`). (required)
        :param body: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``job_execution`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _data_processing_jobs_execute,
            {
                "project_id": project_id,
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def execute_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        body: SaharaJobExecute,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobExecutionEnvelope]:
        """Like :meth:`execute`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _data_processing_jobs_execute,
            {
                "project_id": project_id,
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def get_config_hints(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_type: Annotated[
            StrictStr,
            Field(
                description="The job type to get configuration hints for; another value gives 404."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJobConfigHints:
        """Get configuration hints for a job type.

        ``GET /v1.1/{project_id}/jobs/config-hints/{job_type}``

        Not in the v1.1 api-ref; the server has it (`job_config_hints_get`, policy `data-processing:jobs:get_config_hints`), python-saharaclient calls it `jobs.get_configs`, and v2 documents it as `GET /v2/job-templates/config-hints/{job_type}`.  The server answers `{\"job_config\": {\"configs\": [...], \"args\": [...], \"params\": {...}}}`; which keys are present depends on the job type (Java: configs and args; Hive: configs and params; Pig: all three). The method returns the `job_config` member.

        :param project_id: UUID of the project (tenant). When it looks like a UUID and differs from the token's project, the server answers 401 (\"Token tenant != requested tenant\").  (required)
        :param job_type: The job type to get configuration hints for; another value gives 404. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``job_config`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _data_processing_jobs_get_config_hints,
            {
                "project_id": project_id,
                "job_type": job_type,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def get_config_hints_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_type: Annotated[
            StrictStr,
            Field(
                description="The job type to get configuration hints for; another value gives 404."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobConfigHintsEnvelope]:
        """Like :meth:`get_config_hints`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _data_processing_jobs_get_config_hints,
            {
                "project_id": project_id,
                "job_type": job_type,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def list(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=1)]],
            Field(description="Maximum number of jobs in the response (a positive integer)."),
        ] = None,
        marker: Annotated[
            Optional[StrictStr],
            Field(
                description="ID of the last job of the previous page; the page starts after it. An unknown id gives 404."
            ),
        ] = None,
        sort_by: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="The field to sort by: `id`, `name`, `type`, `created_at` or `updated_at`; a `-` prefix sorts descending (for example `-name`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[SaharaJob]:
        """List jobs.

        ``GET /v1.1/{project_id}/jobs``

        Lists the jobs (job templates) of the project, with their job binaries expanded.  The api-ref declares `limit`, `marker` and `sort_by` as **path** parameters; the server reads them from the **query string** (`GET /v1.1/{project_id}/jobs?limit=2&sort_by=-name`), as declared here. A non-positive or non-integer `limit` or an unknown `sort_by` field gives 400, an unknown `marker` 404. Other query parameters are applied by the server as regular- expression filters on job fields (python-saharaclient's `search_opts`); they are not declared here.  The server answers `{\"jobs\": [...], \"markers\": {\"prev\": ..., \"next\": ...}}`; `markers` is present when the page has a previous or next page or `marker` was passed (not only when `limit` is passed, as the api-ref says). The method returns the list; the `*_with_http_info` variant returns the whole envelope, with the markers.

        :param project_id: UUID of the project (tenant). When it looks like a UUID and differs from the token's project, the server answers 401 (\"Token tenant != requested tenant\").  (required)
        :param limit: Maximum number of jobs in the response (a positive integer).
        :param marker: ID of the last job of the previous page; the page starts after it. An unknown id gives 404.
        :param sort_by: The field to sort by: `id`, `name`, `type`, `created_at` or `updated_at`; a `-` prefix sorts descending (for example `-name`).
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``jobs`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _data_processing_jobs_list,
            {
                "project_id": project_id,
                "limit": limit,
                "marker": marker,
                "sort_by": sort_by,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def list_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=1)]],
            Field(description="Maximum number of jobs in the response (a positive integer)."),
        ] = None,
        marker: Annotated[
            Optional[StrictStr],
            Field(
                description="ID of the last job of the previous page; the page starts after it. An unknown id gives 404."
            ),
        ] = None,
        sort_by: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="The field to sort by: `id`, `name`, `type`, `created_at` or `updated_at`; a `-` prefix sorts descending (for example `-name`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobList]:
        """Like :meth:`list`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _data_processing_jobs_list,
            {
                "project_id": project_id,
                "limit": limit,
                "marker": marker,
                "sort_by": sort_by,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def show(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJob:
        """Show job details.

        ``GET /v1.1/{project_id}/jobs/{job_id}``

        Shows a job. The server answers `{\"job\": {...}}`; the method returns the job. An unknown id gives 404 `NOT_FOUND`.

        :param project_id: UUID of the project (tenant). When it looks like a UUID and differs from the token's project, the server answers 401 (\"Token tenant != requested tenant\").  (required)
        :param job_id: The UUID of the job (the server code calls it `job_templates_id`). (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``job`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _data_processing_jobs_show,
            {
                "project_id": project_id,
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def show_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobEnvelope]:
        """Like :meth:`show`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _data_processing_jobs_show,
            {
                "project_id": project_id,
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def show_job_execution(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_execution_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job execution (the `id` returned by `execute`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJobExecution:
        """Show job execution details.

        ``GET /v1.1/{project_id}/job-executions/{job_execution_id}``

        Shows a job execution (the result of running a job), with its status in `info.status`. The server answers `{\"job_execution\": {...}}`; the method returns the job execution. The status is the one last stored; `GET .../job-executions/{id}/refresh-status` (not part of this SDK) asks the engine first.

        :param project_id: UUID of the project (tenant). When it looks like a UUID and differs from the token's project, the server answers 401 (\"Token tenant != requested tenant\").  (required)
        :param job_execution_id: The UUID of the job execution (the `id` returned by `execute`). (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``job_execution`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _data_processing_jobs_show_job_execution,
            {
                "project_id": project_id,
                "job_execution_id": job_execution_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def show_job_execution_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_execution_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job execution (the `id` returned by `execute`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobExecutionEnvelope]:
        """Like :meth:`show_job_execution`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _data_processing_jobs_show_job_execution,
            {
                "project_id": project_id,
                "job_execution_id": job_execution_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def update(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        body: SaharaJobUpdate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJob:
        """Update a job.

        ``PATCH /v1.1/{project_id}/jobs/{job_id}``

        Updates the name, description and public/protected flags of a job (the server's `JOB_UPDATE_SCHEMA`; no other field may be sent). The server answers **202** (not 200) with `{\"job\": {...}}`; the method returns the job. A protected job, or a job of another project, fails with **400** `UPDATE_FAILED` (not 403).

        :param project_id: UUID of the project (tenant). When it looks like a UUID and differs from the token's project, the server answers 401 (\"Token tenant != requested tenant\").  (required)
        :param job_id: The UUID of the job (the server code calls it `job_templates_id`). (required)
        :param body: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``job`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _data_processing_jobs_update,
            {
                "project_id": project_id,
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def update_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        body: SaharaJobUpdate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobEnvelope]:
        """Like :meth:`update`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _data_processing_jobs_update,
            {
                "project_id": project_id,
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )


class AsyncDataProcessingJobsApi:
    """The asyncio twin of :class:`DataProcessingJobsApi` (``stencila_hub.aio.DataProcessingJobsApi``): the same
    methods, arguments and return types, awaited; the same Operations. Share one AsyncApiClient."""

    system = DataProcessingJobsApi.system

    def __init__(self, api_client: Optional[AsyncApiClient] = None) -> None:
        if api_client is None:
            from stencila_hub.aio.api_client import AsyncApiClient as _AsyncApiClient

            api_client = _AsyncApiClient.get_default()
        self.api_client = api_client
        self.api_client.check_host(self.system)

    async def create(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        body: SaharaJobCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJob:
        """Create a job. (``POST /v1.1/{project_id}/jobs``): awaits :meth:`DataProcessingJobsApi.create`."""
        return await self.api_client.call(
            _data_processing_jobs_create,
            {
                "project_id": project_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def create_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        body: SaharaJobCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobEnvelope]:
        """Awaits :meth:`DataProcessingJobsApi.create_with_http_info`."""
        return await self.api_client.call(
            _data_processing_jobs_create,
            {
                "project_id": project_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def delete(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Remove a job. (``DELETE /v1.1/{project_id}/jobs/{job_id}``): awaits :meth:`DataProcessingJobsApi.delete`."""
        return await self.api_client.call(
            _data_processing_jobs_delete,
            {
                "project_id": project_id,
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def delete_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[None]:
        """Awaits :meth:`DataProcessingJobsApi.delete_with_http_info`."""
        return await self.api_client.call(
            _data_processing_jobs_delete,
            {
                "project_id": project_id,
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def execute(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        body: SaharaJobExecute,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJobExecution:
        """Run a job. (``POST /v1.1/{project_id}/jobs/{job_id}/execute``): awaits :meth:`DataProcessingJobsApi.execute`."""
        return await self.api_client.call(
            _data_processing_jobs_execute,
            {
                "project_id": project_id,
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def execute_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        body: SaharaJobExecute,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobExecutionEnvelope]:
        """Awaits :meth:`DataProcessingJobsApi.execute_with_http_info`."""
        return await self.api_client.call(
            _data_processing_jobs_execute,
            {
                "project_id": project_id,
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def get_config_hints(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_type: Annotated[
            StrictStr,
            Field(
                description="The job type to get configuration hints for; another value gives 404."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJobConfigHints:
        """Get configuration hints for a job type. (``GET /v1.1/{project_id}/jobs/config-hints/{job_type}``): awaits :meth:`DataProcessingJobsApi.get_config_hints`."""
        return await self.api_client.call(
            _data_processing_jobs_get_config_hints,
            {
                "project_id": project_id,
                "job_type": job_type,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def get_config_hints_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_type: Annotated[
            StrictStr,
            Field(
                description="The job type to get configuration hints for; another value gives 404."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobConfigHintsEnvelope]:
        """Awaits :meth:`DataProcessingJobsApi.get_config_hints_with_http_info`."""
        return await self.api_client.call(
            _data_processing_jobs_get_config_hints,
            {
                "project_id": project_id,
                "job_type": job_type,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def list(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=1)]],
            Field(description="Maximum number of jobs in the response (a positive integer)."),
        ] = None,
        marker: Annotated[
            Optional[StrictStr],
            Field(
                description="ID of the last job of the previous page; the page starts after it. An unknown id gives 404."
            ),
        ] = None,
        sort_by: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="The field to sort by: `id`, `name`, `type`, `created_at` or `updated_at`; a `-` prefix sorts descending (for example `-name`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[SaharaJob]:
        """List jobs. (``GET /v1.1/{project_id}/jobs``): awaits :meth:`DataProcessingJobsApi.list`."""
        return await self.api_client.call(
            _data_processing_jobs_list,
            {
                "project_id": project_id,
                "limit": limit,
                "marker": marker,
                "sort_by": sort_by,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def list_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=1)]],
            Field(description="Maximum number of jobs in the response (a positive integer)."),
        ] = None,
        marker: Annotated[
            Optional[StrictStr],
            Field(
                description="ID of the last job of the previous page; the page starts after it. An unknown id gives 404."
            ),
        ] = None,
        sort_by: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="The field to sort by: `id`, `name`, `type`, `created_at` or `updated_at`; a `-` prefix sorts descending (for example `-name`). "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobList]:
        """Awaits :meth:`DataProcessingJobsApi.list_with_http_info`."""
        return await self.api_client.call(
            _data_processing_jobs_list,
            {
                "project_id": project_id,
                "limit": limit,
                "marker": marker,
                "sort_by": sort_by,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def show(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJob:
        """Show job details. (``GET /v1.1/{project_id}/jobs/{job_id}``): awaits :meth:`DataProcessingJobsApi.show`."""
        return await self.api_client.call(
            _data_processing_jobs_show,
            {
                "project_id": project_id,
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def show_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobEnvelope]:
        """Awaits :meth:`DataProcessingJobsApi.show_with_http_info`."""
        return await self.api_client.call(
            _data_processing_jobs_show,
            {
                "project_id": project_id,
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def show_job_execution(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_execution_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job execution (the `id` returned by `execute`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJobExecution:
        """Show job execution details. (``GET /v1.1/{project_id}/job-executions/{job_execution_id}``): awaits :meth:`DataProcessingJobsApi.show_job_execution`."""
        return await self.api_client.call(
            _data_processing_jobs_show_job_execution,
            {
                "project_id": project_id,
                "job_execution_id": job_execution_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def show_job_execution_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_execution_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job execution (the `id` returned by `execute`)."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobExecutionEnvelope]:
        """Awaits :meth:`DataProcessingJobsApi.show_job_execution_with_http_info`."""
        return await self.api_client.call(
            _data_processing_jobs_show_job_execution,
            {
                "project_id": project_id,
                "job_execution_id": job_execution_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def update(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        body: SaharaJobUpdate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> SaharaJob:
        """Update a job. (``PATCH /v1.1/{project_id}/jobs/{job_id}``): awaits :meth:`DataProcessingJobsApi.update`."""
        return await self.api_client.call(
            _data_processing_jobs_update,
            {
                "project_id": project_id,
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def update_with_http_info(
        self,
        project_id: Annotated[
            StrictStr,
            Field(
                description='UUID of the project (tenant). When it looks like a UUID and differs from the token\'s project, the server answers 401 ("Token tenant != requested tenant"). '
            ),
        ],
        job_id: Annotated[
            StrictStr,
            Field(description="The UUID of the job (the server code calls it `job_templates_id`)."),
        ],
        body: SaharaJobUpdate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[SaharaJobEnvelope]:
        """Awaits :meth:`DataProcessingJobsApi.update_with_http_info`."""
        return await self.api_client.call(
            _data_processing_jobs_update,
            {
                "project_id": project_id,
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
