# Generated from templates/api.mustache (our override) and openapi.yaml. Do not edit.
"""ProjectsApi: the operations of openapi.yaml tagged `projects`.

Each method checks its arguments, then calls :meth:`stencila_hub.api_client.ApiClient.call` with an
:class:`~stencila_hub.api_client.Operation` built once, at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
)

from pydantic import Field, StrictInt, StrictStr

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

_projects_jobs_cancel = Operation(
    name="projects_jobs_cancel",
    method="PATCH",
    path="/projects/{project}/jobs/{job}/cancel/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("project", "project", (str,), required=True),
        Param("job", "job", (int,), required=True),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubJob",
        "403": "HubError",
        "404": "HubError",
    },
)
_projects_jobs_connect_create = Operation(
    name="projects_jobs_connect_create",
    method="POST",
    path="/projects/{project}/jobs/{job}/connect/{path}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("project", "project", (str,), required=True),
        Param("job", "job", (int,), required=True),
        Param("path", "path", (str,), required=True, allow_slash=True),
    ),
    query_params=(
        Param(
            "protocol",
            "protocol",
            (str,),
            enum=frozenset(
                {
                    "http",
                    "ws",
                }
            ),
        ),
    ),
    body="data",
    body_type=None,
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "object",
        "403": "HubError",
        "404": "HubError",
        "503": "HubError",
    },
)
_projects_jobs_connect_read = Operation(
    name="projects_jobs_connect_read",
    method="GET",
    path="/projects/{project}/jobs/{job}/connect/{path}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("project", "project", (str,), required=True),
        Param("job", "job", (int,), required=True),
        Param("path", "path", (str,), required=True, allow_slash=True),
    ),
    query_params=(
        Param(
            "protocol",
            "protocol",
            (str,),
            enum=frozenset(
                {
                    "http",
                    "ws",
                }
            ),
        ),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "object",
        "403": "HubError",
        "404": "HubError",
        "503": "HubError",
    },
)
_projects_jobs_create = Operation(
    name="projects_jobs_create",
    method="POST",
    path="/projects/{project}/jobs/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("project", "project", (str,), required=True),),
    body="data",
    body_type="HubJobCreate",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "201": "HubJob",
        "400": "HubError",
        "403": "HubError",
        "404": "HubError",
    },
)
_projects_jobs_execute = Operation(
    name="projects_jobs_execute",
    method="POST",
    path="/projects/{project}/jobs/execute/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("project", "project", (str,), required=True),),
    body="data",
    body_type="StencilaNode",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "201": "StencilaNode",
        "400": "HubError",
        "403": "HubError",
        "404": "HubError",
        "500": "HubError",
    },
)
_projects_jobs_list = Operation(
    name="projects_jobs_list",
    method="GET",
    path="/projects/{project}/jobs/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("project", "project", (str,), required=True),),
    query_params=(
        Param("limit", "limit", (int,), minimum=1),
        Param("offset", "offset", (int,), minimum=0),
        Param("creator", "creator", (int,)),
        Param("method", "method", (str,)),
        Param("status", "status", (str,)),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubJobPage",
        "403": "HubError",
        "404": "HubError",
    },
)
_projects_jobs_partial_update = Operation(
    name="projects_jobs_partial_update",
    method="PATCH",
    path="/projects/{project}/jobs/{job}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("project", "project", (str,), required=True),
        Param("job", "job", (int,), required=True),
    ),
    body="data",
    body_type="HubJob",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubJob",
        "400": "HubError",
        "403": "HubError",
        "404": "HubError",
    },
)
_projects_jobs_read = Operation(
    name="projects_jobs_read",
    method="GET",
    path="/projects/{project}/jobs/{job}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("project", "project", (str,), required=True),
        Param("job", "job", (int,), required=True),
    ),
    query_params=(Param("key", "key", (str,)),),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubJob",
        "403": "HubError",
        "404": "HubError",
    },
)


class ProjectsApi:
    """ProjectsApi: methods for the operations tagged as above. Share one ApiClient.

    The system's server: ``https://hub.stenci.la/api`` when the Configuration sets no host.
    """

    #: The system these operations belong to (``x-sdk-system`` of the paths' server).
    system = "hub"

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()
        self.api_client.check_host(self.system)

    def projects_jobs_cancel(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJob:
        """Cancel a job.

        ``PATCH /projects/{project}/jobs/{job}/cancel/``

        Cancels the job if it is still active, and answers with the job.  Real server behaviour (Hub v4.47.19), which differs from the Hub's published schema: the request has **no body** (the schema asks for a required `JobRetrieve` body), and the cancelled job's status is `CANCELLED` (the schema's description says `REVOKED`). (The fake of `stencila_hub.testing` also makes it inactive and sets `ended`, and returns a job that has already ended unchanged.)

        :param project: The project's id (or its name); a string, as in the Hub's schema. (required)
        :param job: The job's id. (The Hub's schema types it as a string; it is the job's integer id.) (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubJob = self.api_client.call(
            _projects_jobs_cancel,
            {
                "project": project,
                "job": job,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def projects_jobs_cancel_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJob]:
        """Like :meth:`projects_jobs_cancel`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubJob] = self.api_client.call(
            _projects_jobs_cancel,
            {
                "project": project,
                "job": job,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def projects_jobs_connect_create(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        path: Annotated[
            StrictStr, Field(description="The path inside the session job (may hold `/`).")
        ],
        data: dict[str, Any],
        protocol: Annotated[
            StrictStr | None,
            Field(description="How to reach the job's worker (its `urls` member)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> object:
        """Connect to a job (POST).

        ``POST /projects/{project}/jobs/{job}/connect/{path}/``

        Like `projects_jobs_connect_read`, for a POST (a method call in the session): the body is passed to the job's worker and its answer comes back. 503 `{\"message\": \"Job is not ready\"}` before the job is running. (The Hub's schema says body and answer are `JobRetrieve`, and the answer 201; the real server passes on the worker's 200.)

        :param project: The project's id (or its name); a string, as in the Hub's schema. (required)
        :param job: The job's id. (The Hub's schema types it as a string; it is the job's integer id.) (required)
        :param path: The path inside the session job (may hold `/`). (required)
        :param data: (required)
        :param protocol: How to reach the job's worker (its `urls` member).
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: object = self.api_client.call(
            _projects_jobs_connect_create,
            {
                "project": project,
                "job": job,
                "path": path,
                "data": data,
                "protocol": protocol,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def projects_jobs_connect_create_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        path: Annotated[
            StrictStr, Field(description="The path inside the session job (may hold `/`).")
        ],
        data: dict[str, Any],
        protocol: Annotated[
            StrictStr | None,
            Field(description="How to reach the job's worker (its `urls` member)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[object]:
        """Like :meth:`projects_jobs_connect_create`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[object] = self.api_client.call(
            _projects_jobs_connect_create,
            {
                "project": project,
                "job": job,
                "path": path,
                "data": data,
                "protocol": protocol,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def projects_jobs_connect_read(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        path: Annotated[
            StrictStr, Field(description="The path inside the session job (may hold `/`).")
        ],
        protocol: Annotated[
            StrictStr | None,
            Field(description="How to reach the job's worker (its `urls` member)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> object:
        """Connect to a job (GET).

        ``GET /projects/{project}/jobs/{job}/connect/{path}/``

        Proxies the request to the session job's worker (through the Hub's `router`), for users who may edit the job, and answers with what the worker answers. Before the job is running the real server answers **503** `{\"message\": \"Job is not ready\"}` (`ServiceUnavailableException`). The Hub's schema says the answer is the job (`JobRetrieve`); it is the worker's own.

        :param project: The project's id (or its name); a string, as in the Hub's schema. (required)
        :param job: The job's id. (The Hub's schema types it as a string; it is the job's integer id.) (required)
        :param path: The path inside the session job (may hold `/`). (required)
        :param protocol: How to reach the job's worker (its `urls` member).
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: object = self.api_client.call(
            _projects_jobs_connect_read,
            {
                "project": project,
                "job": job,
                "path": path,
                "protocol": protocol,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def projects_jobs_connect_read_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        path: Annotated[
            StrictStr, Field(description="The path inside the session job (may hold `/`).")
        ],
        protocol: Annotated[
            StrictStr | None,
            Field(description="How to reach the job's worker (its `urls` member)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[object]:
        """Like :meth:`projects_jobs_connect_read`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[object] = self.api_client.call(
            _projects_jobs_connect_read,
            {
                "project": project,
                "job": job,
                "path": path,
                "protocol": protocol,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def projects_jobs_create(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        data: HubJobCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJob:
        """Create a job in a project.

        ``POST /projects/{project}/jobs/``

        Creates and dispatches a job of the project (members who may edit it). The real server (Hub v4.47.19) answers **201 with the whole job** (`HubJob`), where its schema says it answers with the create body (`JobCreate`); a `method` it does not know is a 400 with field errors (`{\"message\": \"Invalid input.\", \"errors\": [{\"field\": \"method\", ...}]}`).

        :param project: The project's id (or its name); a string, as in the Hub's schema. (required)
        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubJob = self.api_client.call(
            _projects_jobs_create,
            {
                "project": project,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def projects_jobs_create_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        data: HubJobCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJob]:
        """Like :meth:`projects_jobs_create`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubJob] = self.api_client.call(
            _projects_jobs_create,
            {
                "project": project,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def projects_jobs_execute(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        data: StencilaNode,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> StencilaNode:
        """Create an execute job.

        ``POST /projects/{project}/jobs/execute/``

        Receives the Stencila `node` to execute as the request body and returns the executed node (the Hub's own description; its schema says the body and answer are `JobCreate`, but the view reads and returns a node).  **Broken on the real server (Hub v4.47.19)**: every call fails with 500 `{\"message\": \"execute() got an unexpected keyword argument 'project'\"}`, a server bug. The operation is here so that code written against it works on a Hub that fixes it; until then use `projects_jobs_create` with `method=\"execute\"`.

        :param project: The project's id (or its name); a string, as in the Hub's schema. (required)
        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: StencilaNode = self.api_client.call(
            _projects_jobs_execute,
            {
                "project": project,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def projects_jobs_execute_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        data: StencilaNode,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[StencilaNode]:
        """Like :meth:`projects_jobs_execute`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[StencilaNode] = self.api_client.call(
            _projects_jobs_execute,
            {
                "project": project,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def projects_jobs_list(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        creator: Annotated[
            StrictInt | None,
            Field(description="Only the jobs created by this user (the user's id)."),
        ] = None,
        method: Annotated[
            StrictStr | None,
            Field(description="Only the jobs of this method (`convert`, `session`, `sleep`...)."),
        ] = None,
        status: Annotated[
            StrictStr | None,
            Field(description="Only the jobs with this status (`RUNNING`, `SUCCESS`...)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJobPage:
        """List the jobs of a project.

        ``GET /projects/{project}/jobs/``

        One page of the project's jobs, newest first, for members of the project. The answer is `{\"count\", \"next\", \"previous\", \"results\"}` with absolute `next`/`previous` URLs (`null` on the last/first page); `stencila_hub.pagination.hub(api.projects_jobs_list, project)` walks every page. The server's default page is 50 jobs.  Real server behaviour (Hub v4.47.19), which differs from the Hub's published schema: - it filters by `creator`, `method` and `status`, which its schema does not list; - the items leave out `position`, `children` and `params` (`HubJobListItem`) and may hold   `null` in fields the schema types as non-null (`url`, `queue`, `urls`), and `urls` is an   object for a session job, not a string.

        :param project: The project's id (or its name); a string, as in the Hub's schema. (required)
        :param limit: Number of results to return per page (the server's default is 50).
        :param offset: The initial index from which to return the results.
        :param creator: Only the jobs created by this user (the user's id).
        :param method: Only the jobs of this method (`convert`, `session`, `sleep`...).
        :param status: Only the jobs with this status (`RUNNING`, `SUCCESS`...).
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubJobPage = self.api_client.call(
            _projects_jobs_list,
            {
                "project": project,
                "limit": limit,
                "offset": offset,
                "creator": creator,
                "method": method,
                "status": status,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def projects_jobs_list_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        creator: Annotated[
            StrictInt | None,
            Field(description="Only the jobs created by this user (the user's id)."),
        ] = None,
        method: Annotated[
            StrictStr | None,
            Field(description="Only the jobs of this method (`convert`, `session`, `sleep`...)."),
        ] = None,
        status: Annotated[
            StrictStr | None,
            Field(description="Only the jobs with this status (`RUNNING`, `SUCCESS`...)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJobPage]:
        """Like :meth:`projects_jobs_list`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubJobPage] = self.api_client.call(
            _projects_jobs_list,
            {
                "project": project,
                "limit": limit,
                "offset": offset,
                "creator": creator,
                "method": method,
                "status": status,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def projects_jobs_partial_update(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        data: HubJob,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJob:
        """Update a job of a project.

        ``PATCH /projects/{project}/jobs/{job}/``

        Updates the fields sent, for members who may edit the project. Unlike `PATCH /jobs/{id}/` (`JobsApi.jobs_partial_update`, which answers with an empty body), the real server (Hub v4.47.19) answers **200 with the whole job**, as its schema says. It answers PUT and DELETE on this path with 405 (`{\"message\": \"Method \\\"PUT\\\" not allowed.\"}`); the Hub's schema does not list them and neither does this document.

        :param project: The project's id (or its name); a string, as in the Hub's schema. (required)
        :param job: The job's id. (The Hub's schema types it as a string; it is the job's integer id.) (required)
        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubJob = self.api_client.call(
            _projects_jobs_partial_update,
            {
                "project": project,
                "job": job,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def projects_jobs_partial_update_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        data: HubJob,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJob]:
        """Like :meth:`projects_jobs_partial_update`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubJob] = self.api_client.call(
            _projects_jobs_partial_update,
            {
                "project": project,
                "job": job,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def projects_jobs_read(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        key: Annotated[
            StrictStr | None,
            Field(description="The job's `key`, which lets a caller without a token read it."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJob:
        """Read a job of a project.

        ``GET /projects/{project}/jobs/{job}/``

        The whole job, for members of the project; an anonymous caller (no token) reads it with the job's `key`. This is the read `wait_for_hub_job(api, project, job)` polls.  Real server behaviour (Hub v4.47.19), which differs from the Hub's published schema: it takes the `key` query parameter, which the schema does not list; `urls` is an object for a session job, and fields typed non-null may be `null` (`url`, `queue`, `params`).

        :param project: The project's id (or its name); a string, as in the Hub's schema. (required)
        :param job: The job's id. (The Hub's schema types it as a string; it is the job's integer id.) (required)
        :param key: The job's `key`, which lets a caller without a token read it.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubJob = self.api_client.call(
            _projects_jobs_read,
            {
                "project": project,
                "job": job,
                "key": key,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def projects_jobs_read_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        key: Annotated[
            StrictStr | None,
            Field(description="The job's `key`, which lets a caller without a token read it."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJob]:
        """Like :meth:`projects_jobs_read`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubJob] = self.api_client.call(
            _projects_jobs_read,
            {
                "project": project,
                "job": job,
                "key": key,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result


class AsyncProjectsApi:
    """The asyncio twin of :class:`ProjectsApi` (``stencila_hub.aio.ProjectsApi``): the same
    methods, arguments and return types, awaited; the same Operations. Share one AsyncApiClient."""

    system = ProjectsApi.system

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        if api_client is None:
            from stencila_hub.aio.api_client import AsyncApiClient as _AsyncApiClient

            api_client = _AsyncApiClient.get_default()
        self.api_client = api_client
        self.api_client.check_host(self.system)

    async def projects_jobs_cancel(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJob:
        """Cancel a job. (``PATCH /projects/{project}/jobs/{job}/cancel/``): awaits :meth:`ProjectsApi.projects_jobs_cancel`."""
        result: HubJob = await self.api_client.call(
            _projects_jobs_cancel,
            {
                "project": project,
                "job": job,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def projects_jobs_cancel_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJob]:
        """Awaits :meth:`ProjectsApi.projects_jobs_cancel_with_http_info`."""
        result: ApiResponse[HubJob] = await self.api_client.call(
            _projects_jobs_cancel,
            {
                "project": project,
                "job": job,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def projects_jobs_connect_create(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        path: Annotated[
            StrictStr, Field(description="The path inside the session job (may hold `/`).")
        ],
        data: dict[str, Any],
        protocol: Annotated[
            StrictStr | None,
            Field(description="How to reach the job's worker (its `urls` member)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> object:
        """Connect to a job (POST). (``POST /projects/{project}/jobs/{job}/connect/{path}/``): awaits :meth:`ProjectsApi.projects_jobs_connect_create`."""
        result: object = await self.api_client.call(
            _projects_jobs_connect_create,
            {
                "project": project,
                "job": job,
                "path": path,
                "data": data,
                "protocol": protocol,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def projects_jobs_connect_create_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        path: Annotated[
            StrictStr, Field(description="The path inside the session job (may hold `/`).")
        ],
        data: dict[str, Any],
        protocol: Annotated[
            StrictStr | None,
            Field(description="How to reach the job's worker (its `urls` member)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[object]:
        """Awaits :meth:`ProjectsApi.projects_jobs_connect_create_with_http_info`."""
        result: ApiResponse[object] = await self.api_client.call(
            _projects_jobs_connect_create,
            {
                "project": project,
                "job": job,
                "path": path,
                "data": data,
                "protocol": protocol,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def projects_jobs_connect_read(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        path: Annotated[
            StrictStr, Field(description="The path inside the session job (may hold `/`).")
        ],
        protocol: Annotated[
            StrictStr | None,
            Field(description="How to reach the job's worker (its `urls` member)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> object:
        """Connect to a job (GET). (``GET /projects/{project}/jobs/{job}/connect/{path}/``): awaits :meth:`ProjectsApi.projects_jobs_connect_read`."""
        result: object = await self.api_client.call(
            _projects_jobs_connect_read,
            {
                "project": project,
                "job": job,
                "path": path,
                "protocol": protocol,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def projects_jobs_connect_read_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        path: Annotated[
            StrictStr, Field(description="The path inside the session job (may hold `/`).")
        ],
        protocol: Annotated[
            StrictStr | None,
            Field(description="How to reach the job's worker (its `urls` member)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[object]:
        """Awaits :meth:`ProjectsApi.projects_jobs_connect_read_with_http_info`."""
        result: ApiResponse[object] = await self.api_client.call(
            _projects_jobs_connect_read,
            {
                "project": project,
                "job": job,
                "path": path,
                "protocol": protocol,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def projects_jobs_create(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        data: HubJobCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJob:
        """Create a job in a project. (``POST /projects/{project}/jobs/``): awaits :meth:`ProjectsApi.projects_jobs_create`."""
        result: HubJob = await self.api_client.call(
            _projects_jobs_create,
            {
                "project": project,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def projects_jobs_create_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        data: HubJobCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJob]:
        """Awaits :meth:`ProjectsApi.projects_jobs_create_with_http_info`."""
        result: ApiResponse[HubJob] = await self.api_client.call(
            _projects_jobs_create,
            {
                "project": project,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def projects_jobs_execute(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        data: StencilaNode,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> StencilaNode:
        """Create an execute job. (``POST /projects/{project}/jobs/execute/``): awaits :meth:`ProjectsApi.projects_jobs_execute`."""
        result: StencilaNode = await self.api_client.call(
            _projects_jobs_execute,
            {
                "project": project,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def projects_jobs_execute_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        data: StencilaNode,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[StencilaNode]:
        """Awaits :meth:`ProjectsApi.projects_jobs_execute_with_http_info`."""
        result: ApiResponse[StencilaNode] = await self.api_client.call(
            _projects_jobs_execute,
            {
                "project": project,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def projects_jobs_list(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        creator: Annotated[
            StrictInt | None,
            Field(description="Only the jobs created by this user (the user's id)."),
        ] = None,
        method: Annotated[
            StrictStr | None,
            Field(description="Only the jobs of this method (`convert`, `session`, `sleep`...)."),
        ] = None,
        status: Annotated[
            StrictStr | None,
            Field(description="Only the jobs with this status (`RUNNING`, `SUCCESS`...)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJobPage:
        """List the jobs of a project. (``GET /projects/{project}/jobs/``): awaits :meth:`ProjectsApi.projects_jobs_list`."""
        result: HubJobPage = await self.api_client.call(
            _projects_jobs_list,
            {
                "project": project,
                "limit": limit,
                "offset": offset,
                "creator": creator,
                "method": method,
                "status": status,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def projects_jobs_list_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        creator: Annotated[
            StrictInt | None,
            Field(description="Only the jobs created by this user (the user's id)."),
        ] = None,
        method: Annotated[
            StrictStr | None,
            Field(description="Only the jobs of this method (`convert`, `session`, `sleep`...)."),
        ] = None,
        status: Annotated[
            StrictStr | None,
            Field(description="Only the jobs with this status (`RUNNING`, `SUCCESS`...)."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJobPage]:
        """Awaits :meth:`ProjectsApi.projects_jobs_list_with_http_info`."""
        result: ApiResponse[HubJobPage] = await self.api_client.call(
            _projects_jobs_list,
            {
                "project": project,
                "limit": limit,
                "offset": offset,
                "creator": creator,
                "method": method,
                "status": status,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def projects_jobs_partial_update(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        data: HubJob,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJob:
        """Update a job of a project. (``PATCH /projects/{project}/jobs/{job}/``): awaits :meth:`ProjectsApi.projects_jobs_partial_update`."""
        result: HubJob = await self.api_client.call(
            _projects_jobs_partial_update,
            {
                "project": project,
                "job": job,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def projects_jobs_partial_update_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        data: HubJob,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJob]:
        """Awaits :meth:`ProjectsApi.projects_jobs_partial_update_with_http_info`."""
        result: ApiResponse[HubJob] = await self.api_client.call(
            _projects_jobs_partial_update,
            {
                "project": project,
                "job": job,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def projects_jobs_read(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        key: Annotated[
            StrictStr | None,
            Field(description="The job's `key`, which lets a caller without a token read it."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubJob:
        """Read a job of a project. (``GET /projects/{project}/jobs/{job}/``): awaits :meth:`ProjectsApi.projects_jobs_read`."""
        result: HubJob = await self.api_client.call(
            _projects_jobs_read,
            {
                "project": project,
                "job": job,
                "key": key,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def projects_jobs_read_with_http_info(
        self,
        project: Annotated[
            StrictStr,
            Field(description="The project's id (or its name); a string, as in the Hub's schema."),
        ],
        job: Annotated[
            StrictInt,
            Field(
                description="The job's id. (The Hub's schema types it as a string; it is the job's integer id.)"
            ),
        ],
        key: Annotated[
            StrictStr | None,
            Field(description="The job's `key`, which lets a caller without a token read it."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubJob]:
        """Awaits :meth:`ProjectsApi.projects_jobs_read_with_http_info`."""
        result: ApiResponse[HubJob] = await self.api_client.call(
            _projects_jobs_read,
            {
                "project": project,
                "job": job,
                "key": key,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result
