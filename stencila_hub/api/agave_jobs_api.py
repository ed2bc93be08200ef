# coding: utf-8
# Generated from templates/api.mustache (our override) and openapi.yaml. Do not edit.
"""AgaveJobsApi: the operations of openapi.yaml tagged `agave_jobs`.

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
    from stencila_hub.aio.api_client import AsyncApiClient, AsyncStreamedResponse
    from stencila_hub.models import *  # noqa: F403

_agave_jobs_delete = Operation(
    name="delete",
    method="DELETE",
    path="/jobs/v2/{jobId}",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(Param("job_id", "jobId", (str,), required=True),),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveEmptyResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_delete_permissions = Operation(
    name="delete_permissions",
    method="DELETE",
    path="/jobs/v2/{jobId}/pems",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(Param("job_id", "jobId", (str,), required=True),),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveEmptyResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_delete_permissions_for_user = Operation(
    name="delete_permissions_for_user",
    method="DELETE",
    path="/jobs/v2/{jobId}/pems/{username}",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(
        Param("job_id", "jobId", (str,), required=True),
        Param("username", "username", (str,), required=True),
    ),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveEmptyResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_download_output = Operation(
    name="download_output",
    method="GET",
    path="/jobs/v2/{jobId}/outputs/media/{filePath}",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(
        Param("job_id", "jobId", (str,), required=True),
        Param("file_path", "filePath", (str,), required=True, allow_slash=True),
    ),
    header_params=(Param("range", "Range", (str,), pattern=r"^bytes=\d*-\d*(,\s*\d*-\d*)*$"),),
    accept="application/octet-stream, application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "bytes",
        "206": "bytes",
        "400": "AgaveError",
        "401": "AgaveError",
        "404": "AgaveError",
        "416": "AgaveError",
        "500": "AgaveError",
        "504": "AgaveError",
    },
    stream=True,
)
_agave_jobs_get = Operation(
    name="get",
    method="GET",
    path="/jobs/v2/{jobId}",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(Param("job_id", "jobId", (str,), required=True),),
    query_params=(
        Param("filter", "filter", (str,)),
        Param("naked", "naked", (bool,)),
        Param("pretty", "pretty", (bool,)),
    ),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveJobResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_get_history = Operation(
    name="get_history",
    method="GET",
    path="/jobs/v2/{jobId}/history",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(Param("job_id", "jobId", (str,), required=True),),
    query_params=(
        Param("limit", "limit", (int,), minimum=0),
        Param("offset", "offset", (int,), minimum=0),
        Param("filter", "filter", (str,)),
        Param("naked", "naked", (bool,)),
        Param("pretty", "pretty", (bool,)),
        Param(
            "order",
            "order",
            (str,),
            enum=frozenset(
                {
                    "ASC",
                    "DESC",
                }
            ),
        ),
        Param("order_by", "orderBy", (str,)),
    ),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveJobHistoryListResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_get_status = Operation(
    name="get_status",
    method="GET",
    path="/jobs/v2/{jobId}/status",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(Param("job_id", "jobId", (str,), required=True),),
    query_params=(
        Param("filter", "filter", (str,)),
        Param("naked", "naked", (bool,)),
        Param("pretty", "pretty", (bool,)),
    ),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveJobStatusResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_list = Operation(
    name="list",
    method="GET",
    path="/jobs/v2/",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    query_params=(
        Param("limit", "limit", (int,), minimum=0),
        Param("offset", "offset", (int,), minimum=0),
        Param("filter", "filter", (str,)),
        Param("naked", "naked", (bool,)),
        Param("pretty", "pretty", (bool,)),
        Param(
            "order",
            "order",
            (str,),
            enum=frozenset(
                {
                    "ASC",
                    "DESC",
                }
            ),
        ),
        Param("order_by", "orderBy", (str,)),
        Param("search", "search", (dict,)),
    ),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveJobSummaryListResponse",
        "400": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_list_outputs = Operation(
    name="list_outputs",
    method="GET",
    path="/jobs/v2/{jobId}/outputs/listings/{filePath}",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(
        Param("job_id", "jobId", (str,), required=True),
        Param("file_path", "filePath", (str,), required=True, allow_slash=True),
    ),
    query_params=(
        Param("limit", "limit", (int,), minimum=0),
        Param("offset", "offset", (int,), minimum=0),
        Param("filter", "filter", (str,)),
        Param("naked", "naked", (bool,)),
        Param("pretty", "pretty", (bool,)),
    ),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveRemoteFileListResponse",
        "400": "AgaveError",
        "401": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_list_permissions = Operation(
    name="list_permissions",
    method="GET",
    path="/jobs/v2/{jobId}/pems",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(Param("job_id", "jobId", (str,), required=True),),
    query_params=(
        Param("limit", "limit", (int,), minimum=0),
        Param("offset", "offset", (int,), minimum=0),
        Param("filter", "filter", (str,)),
        Param("naked", "naked", (bool,)),
        Param("pretty", "pretty", (bool,)),
    ),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgavePermissionListResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_list_permissions_for_user = Operation(
    name="list_permissions_for_user",
    method="GET",
    path="/jobs/v2/{jobId}/pems/{username}",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(
        Param("job_id", "jobId", (str,), required=True),
        Param("username", "username", (str,), required=True),
    ),
    query_params=(
        Param("limit", "limit", (int,), minimum=0),
        Param("offset", "offset", (int,), minimum=0),
        Param("filter", "filter", (str,)),
        Param("naked", "naked", (bool,)),
        Param("pretty", "pretty", (bool,)),
    ),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgavePermissionResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_manage = Operation(
    name="manage",
    method="POST",
    path="/jobs/v2/{jobId}",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(Param("job_id", "jobId", (str,), required=True),),
    body="body",
    body_type="JobOperationRequest",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveJobResponse",
        "202": "AgaveJobResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
        "502": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_search = Operation(
    name="search",
    method="GET",
    path="/jobs/v2/search/{attribute}/{value}",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(
        Param("attribute", "attribute", (str,), required=True),
        Param("value", "value", (str,), required=True),
    ),
    query_params=(
        Param("limit", "limit", (int,), minimum=0),
        Param("offset", "offset", (int,), minimum=0),
        Param("filter", "filter", (str,)),
        Param("naked", "naked", (bool,)),
        Param("pretty", "pretty", (bool,)),
    ),
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgaveJobSummaryListResponse",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_submit = Operation(
    name="submit",
    method="POST",
    path="/jobs/v2/",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    body="body",
    body_type="JobRequest",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "201": "AgaveSubmittedJobResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "412": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_update_permissions = Operation(
    name="update_permissions",
    method="POST",
    path="/jobs/v2/{jobId}/pems",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(Param("job_id", "jobId", (str,), required=True),),
    body="body",
    body_type="JobPermissionRequest",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgavePermissionResponse",
        "201": "AgavePermissionResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)
_agave_jobs_update_permissions_for_user = Operation(
    name="update_permissions_for_user",
    method="POST",
    path="/jobs/v2/{jobId}/pems/{username}",
    system="agave",
    default_host="https://api.tacc.utexas.edu",
    host_env="AGAVE_URL",
    path_params=(
        Param("job_id", "jobId", (str,), required=True),
        Param("username", "username", (str,), required=True),
    ),
    body="body",
    body_type="JobPermissionRequest",
    body_required=True,
    body_matches_path=("username=username",),
    content_type="application/json",
    accept="application/json",
    auth=("AgaveBearer",),
    responses={
        "200": "AgavePermissionResponse",
        "201": "AgavePermissionResponse",
        "400": "AgaveError",
        "403": "AgaveError",
        "404": "AgaveError",
        "500": "AgaveError",
    },
    unwrap="result",
)


class AgaveJobsApi:
    """AgaveJobsApi: methods for the operations tagged as above. Share one ApiClient.

    The system's server: ``https://api.tacc.utexas.edu`` when the Configuration sets no host.
    """

    #: The system these operations belong to (``x-sdk-system`` of the paths' server).
    system = "agave"

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()
        self.api_client.check_host(self.system)

    def delete(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Deletes a job from the user's history.

        ``DELETE /jobs/v2/{jobId}``

        The job no longer shows up in listings; archived data is unaffected.  Real server behaviour: the job is hidden (`visible=false`), not purged (the `restore` action of `manage` brings it back). The answer is 200 with no `result` (the method returns `None`); when the running job could not be stopped first, `message` carries the warning (read it with `delete_with_http_info`).

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_delete,
            {
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def delete_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveEmptyResponse]:
        """Like :meth:`delete`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_delete,
            {
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def delete_permissions(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Deletes all permissions on a job.

        ``DELETE /jobs/v2/{jobId}/pems``

        Resets the permissions so that only the owner can see the job (owners cannot remove their own). The server answers 200 with no `result`; the method returns `None`.

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_delete_permissions,
            {
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def delete_permissions_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveEmptyResponse]:
        """Like :meth:`delete_permissions`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_delete_permissions,
            {
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def delete_permissions_for_user(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Deletes all permissions for the given user on a job.

        ``DELETE /jobs/v2/{jobId}/pems/{username}``

        Job owners cannot remove their own permissions. agavepy's swagger names the first path parameter `uniqueName` (\"the id of the application\", copied from the apps API) and types the response `EmptyApplicationResponse`; the server routes `/jobs/v2/{jobId}/pems/{username}` and answers 200 with no `result` (the method returns `None`).

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param username: The username of the api user associated with the permission. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_delete_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def delete_permissions_for_user_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveEmptyResponse]:
        """Like :meth:`delete_permissions_for_user`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_delete_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    @overload
    def download_output(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file relative to the job output directory, e.g. `output/job-1.out` (its `/` are kept). Folders cannot be downloaded. "
            ),
        ],
        range: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="A byte range, `bytes=<first>-<last>` (inclusive) or `bytes=<first>-` (to the end of the file). Only the first range is used; suffix ranges (`bytes=-<n>`) are not supported by the server. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _stream: Literal[False] = False,
    ) -> bytes: ...

    @overload
    def download_output(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file relative to the job output directory, e.g. `output/job-1.out` (its `/` are kept). Folders cannot be downloaded. "
            ),
        ],
        range: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="A byte range, `bytes=<first>-<last>` (inclusive) or `bytes=<first>-` (to the end of the file). Only the first range is used; suffix ranges (`bytes=-<n>`) are not supported by the server. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _stream: Literal[True],
    ) -> StreamedResponse: ...

    def download_output(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file relative to the job output directory, e.g. `output/job-1.out` (its `/` are kept). Folders cannot be downloaded. "
            ),
        ],
        range: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="A byte range, `bytes=<first>-<last>` (inclusive) or `bytes=<first>-` (to the end of the file). Only the first range is used; suffix ranges (`bytes=-<n>`) are not supported by the server. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _stream: bool = False,
    ) -> Union[bytes, StreamedResponse]:
        """Download an output file from a specific job.

        ``GET /jobs/v2/{jobId}/outputs/media/{filePath}``

        Returns the raw bytes of the file (no envelope, so no `x-sdk-unwrap`); the server sets Content-Type from the file name (`application/octet-stream` when unknown). Like `list_outputs` it follows the data from the execution system to the archive, so it can serve as a permanent handle on a job's output.  Real path: `/jobs/v2/{jobId}/outputs/media/{filePath}`; agavepy's older swagger misspells it `/ouputs/media/`. Errors are JSON envelopes: a missing or deleted job gets **400** (not 404), a user without read access **401** (not 403), an unavailable storage system 504, a job on a Condor system 400/404.  `Range` (e.g. `bytes=0-1023` to read the head of a log, `bytes=4096-` to tail it) is honoured: the server sends only the requested bytes, with a Content-Range header. As the server code reads it answers such a request with **200** (it never sets 206 itself); 206 is declared for a proxy that does. Only the first range of a multi-range header is used; a range starting or ending beyond the end of the file gets 416 \"Requested Range Not Satisfiable\".

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param file_path: Path to an output file relative to the job output directory, e.g. `output/job-1.out` (its `/` are kept). Folders cannot be downloaded.  (required)
        :param range: A byte range, `bytes=<first>-<last>` (inclusive) or `bytes=<first>-` (to the end of the file). Only the first range is used; suffix ranges (`bytes=-<n>`) are not supported by the server.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :param _stream: return a :class:`StreamedResponse` to read in chunks instead of bytes.
        :return: the decoded body.
        """
        return self.api_client.call(
            _agave_jobs_download_output,
            {
                "job_id": job_id,
                "file_path": file_path,
                "range": range,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
            _stream,
        )

    def download_output_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file relative to the job output directory, e.g. `output/job-1.out` (its `/` are kept). Folders cannot be downloaded. "
            ),
        ],
        range: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="A byte range, `bytes=<first>-<last>` (inclusive) or `bytes=<first>-` (to the end of the file). Only the first range is used; suffix ranges (`bytes=-<n>`) are not supported by the server. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[bytes]:
        """Like :meth:`download_output`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _agave_jobs_download_output,
            {
                "job_id": job_id,
                "file_path": file_path,
                "range": range,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def get(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AgaveJob:
        """Get details of the job with the specific job id.

        ``GET /jobs/v2/{jobId}``

        The full job. The server sends `message` only when the job is FAILED, and `archivePath`/ `archiveSystem` only when `archive` is true. A deleted (hidden) job gets 404 \"Job with uuid X is not visible.\".

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param filter: Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects.
        :param naked: If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`.
        :param pretty: If true the server pretty-prints the JSON response. It changes nothing else.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_get,
            {
                "job_id": job_id,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def get_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobResponse]:
        """Like :meth:`get`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_get,
            {
                "job_id": job_id,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def get_history(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        order: Annotated[
            Optional[StrictStr],
            Field(
                description='The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 "Invalid value for order". '
            ),
        ] = None,
        order_by: Annotated[
            Optional[StrictStr],
            Field(
                description='The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 "Invalid value for orderBy". '
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgaveJobHistoryEvent]:
        """Get the history of this job.

        ``GET /jobs/v2/{jobId}/history``

        The job's events, oldest first (the server's default `order` here is ASC). The user needs read access to the job (403 \"User does not have permission to view this job history\" otherwise). The server also filters events by `<field>[.<op>]=<value>` query terms, which this method does not take.

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param limit: The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain.
        :param offset: The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit).
        :param filter: Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects.
        :param naked: If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`.
        :param pretty: If true the server pretty-prints the JSON response. It changes nothing else.
        :param order: The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 \"Invalid value for order\".
        :param order_by: The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 \"Invalid value for orderBy\".
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_get_history,
            {
                "job_id": job_id,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
                "order": order,
                "order_by": order_by,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def get_history_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        order: Annotated[
            Optional[StrictStr],
            Field(
                description='The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 "Invalid value for order". '
            ),
        ] = None,
        order_by: Annotated[
            Optional[StrictStr],
            Field(
                description='The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 "Invalid value for orderBy". '
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobHistoryListResponse]:
        """Like :meth:`get_history`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_get_history,
            {
                "job_id": job_id,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
                "order": order,
                "order_by": order_by,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def get_status(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AgaveJobStatusResult:
        """Get the status of the job.

        ``GET /jobs/v2/{jobId}/status``

        A small object with the job id, its status and a `self` link. A missing job gets 404 \"Not job found with job id X\" (sic).

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param filter: Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects.
        :param naked: If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`.
        :param pretty: If true the server pretty-prints the JSON response. It changes nothing else.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_get_status,
            {
                "job_id": job_id,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def get_status_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobStatusResponse]:
        """Like :meth:`get_status`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_get_status,
            {
                "job_id": job_id,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def list(
        self,
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        order: Annotated[
            Optional[StrictStr],
            Field(
                description='The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 "Invalid value for order". '
            ),
        ] = None,
        order_by: Annotated[
            Optional[StrictStr],
            Field(
                description='The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 "Invalid value for orderBy". '
            ),
        ] = None,
        search: Annotated[
            Optional[Dict[str, StrictStr]],
            Field(
                description='Search terms, each sent as its own query parameter `<field>[.<op>]=<value>`, e.g. `{"status.in": "RUNNING,QUEUED", "created.after": "2018-01-01"}` -> `?status.in=RUNNING,QUEUED&created.after=2018-01-01`. Fields are case-insensitive (see the `search` operation for the list); `op` is one of `AgaveSearchOp` (EQ when left out); IN, NIN and BETWEEN take comma-separated values. A key may not be the name of another parameter of this method (`limit`, `offset`, `filter`, ...). The server drops the terms it does not understand, so a misspelt field filters nothing: `stencila_hub.agave.SearchTerm` checks fields and operators before sending. '
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgaveJobSummary]:
        """Get a list of jobs the authenticated user had submitted.

        ``GET /jobs/v2/``

        All jobs, both private and shared, that are associated with the user, newest first (the server's default `order` is DESC here), as job summaries.  Real server behaviour: with `filter` set the server lists full job objects (the fields of `AgaveJob` that `filter` keeps) instead of summaries; they decode as `AgaveJobSummary` with the extra fields kept. The server also filters this listing by any query parameter `<field>[.<op>]=<value>` (e.g. `status.eq=RUNNING`, `created.after=2018-01-01`; see `AgaveSearchOp`): pass them in `search`, or build them with `stencila_hub.agave.SearchTerm` and `search_jobs`. This is the search that filters; the path form (`search`) does not.

        :param limit: The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain.
        :param offset: The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit).
        :param filter: Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects.
        :param naked: If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`.
        :param pretty: If true the server pretty-prints the JSON response. It changes nothing else.
        :param order: The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 \"Invalid value for order\".
        :param order_by: The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 \"Invalid value for orderBy\".
        :param search: Search terms, each sent as its own query parameter `<field>[.<op>]=<value>`, e.g. `{\"status.in\": \"RUNNING,QUEUED\", \"created.after\": \"2018-01-01\"}` -> `?status.in=RUNNING,QUEUED&created.after=2018-01-01`. Fields are case-insensitive (see the `search` operation for the list); `op` is one of `AgaveSearchOp` (EQ when left out); IN, NIN and BETWEEN take comma-separated values. A key may not be the name of another parameter of this method (`limit`, `offset`, `filter`, ...). The server drops the terms it does not understand, so a misspelt field filters nothing: `stencila_hub.agave.SearchTerm` checks fields and operators before sending.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_list,
            {
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
                "order": order,
                "order_by": order_by,
                "search": search,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def list_with_http_info(
        self,
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        order: Annotated[
            Optional[StrictStr],
            Field(
                description='The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 "Invalid value for order". '
            ),
        ] = None,
        order_by: Annotated[
            Optional[StrictStr],
            Field(
                description='The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 "Invalid value for orderBy". '
            ),
        ] = None,
        search: Annotated[
            Optional[Dict[str, StrictStr]],
            Field(
                description='Search terms, each sent as its own query parameter `<field>[.<op>]=<value>`, e.g. `{"status.in": "RUNNING,QUEUED", "created.after": "2018-01-01"}` -> `?status.in=RUNNING,QUEUED&created.after=2018-01-01`. Fields are case-insensitive (see the `search` operation for the list); `op` is one of `AgaveSearchOp` (EQ when left out); IN, NIN and BETWEEN take comma-separated values. A key may not be the name of another parameter of this method (`limit`, `offset`, `filter`, ...). The server drops the terms it does not understand, so a misspelt field filters nothing: `stencila_hub.agave.SearchTerm` checks fields and operators before sending. '
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobSummaryListResponse]:
        """Like :meth:`list`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_list,
            {
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
                "order": order,
                "order_by": order_by,
                "search": search,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def list_outputs(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file or folder relative to the job output directory, e.g. `output/results` (its `/` are kept). Pass an empty string for the output directory itself (the server routes both `/outputs/listings` and `/outputs/listings/`; agavepy marks the parameter optional). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgaveRemoteFile]:
        """List contents of a job's output directory.

        ``GET /jobs/v2/{jobId}/outputs/listings/{filePath}``

        This resource follows the data as it moves from the execution system to archival storage: the job's work folder while it runs, its archive folder once archived.  Real path: `/jobs/v2/{jobId}/outputs/listings/{filePath}`; agavepy's older swagger (`resources.json`) misspells it `/ouputs/listings/`. Real server behaviour: `.` and `..` are left out of the listing; a missing or deleted job gets **400** \"Not job found ...\" (not 404), a user without read access **401** (not 403).

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param file_path: Path to an output file or folder relative to the job output directory, e.g. `output/results` (its `/` are kept). Pass an empty string for the output directory itself (the server routes both `/outputs/listings` and `/outputs/listings/`; agavepy marks the parameter optional).  (required)
        :param limit: The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain.
        :param offset: The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit).
        :param filter: Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects.
        :param naked: If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`.
        :param pretty: If true the server pretty-prints the JSON response. It changes nothing else.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_list_outputs,
            {
                "job_id": job_id,
                "file_path": file_path,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def list_outputs_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file or folder relative to the job output directory, e.g. `output/results` (its `/` are kept). Pass an empty string for the output directory itself (the server routes both `/outputs/listings` and `/outputs/listings/`; agavepy marks the parameter optional). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveRemoteFileListResponse]:
        """Like :meth:`list_outputs`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_list_outputs,
            {
                "job_id": job_id,
                "file_path": file_path,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def list_permissions(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgavePermission]:
        """Get the permission ACL for this job.

        ``GET /jobs/v2/{jobId}/pems``

        The user needs read access to the job. Real server behaviour: the list always starts with the owner (with read and write), whatever `offset` is; `limit`/`offset` page the other users' permissions. (The server's own swagger describes a `PermissionListing` object; the server sends the array.)

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param limit: The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain.
        :param offset: The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit).
        :param filter: Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects.
        :param naked: If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`.
        :param pretty: If true the server pretty-prints the JSON response. It changes nothing else.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_list_permissions,
            {
                "job_id": job_id,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def list_permissions_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgavePermissionListResponse]:
        """Like :meth:`list_permissions`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_list_permissions,
            {
                "job_id": job_id,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def list_permissions_for_user(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AgavePermission:
        """Get a specific user's permissions for a job.

        ``GET /jobs/v2/{jobId}/pems/{username}``

        Real server behaviour: `result` is the single permission object of that user (agavepy's swagger declares a list). The owner always gets read and write. For other users the server looks only among the stored permissions in the `offset`..`offset+limit` window, so leave both unset; a user not found there gets 404 \"No permissions found for user X\".

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param username: The username of the api user associated with the permission. (required)
        :param limit: The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain.
        :param offset: The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit).
        :param filter: Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects.
        :param naked: If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`.
        :param pretty: If true the server pretty-prints the JSON response. It changes nothing else.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_list_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def list_permissions_for_user_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgavePermissionResponse]:
        """Like :meth:`list_permissions_for_user`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_list_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def manage(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        body: Annotated[JobOperationRequest, Field(description="The operation to perform.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> Optional[AgaveJob]:
        """Perform an action on a job.

        ``POST /jobs/v2/{jobId}``

        Stop a running job, resubmit it (a new job with the same inputs), or (server-only actions) restore a deleted job or reset it to its previous active state.  Real server behaviour (`JobManageResource`): - `stop`: 200 with no `result` (the method returns `None`); 502 if the remote job could not   be killed; - `resubmit`: **202** with the *new* job; - `restore`: 200 with the restored job; `reset`: 200 with the job, tenant admins only (403   otherwise); - any other action, e.g. the `kill` of the Agave docs' curl examples, gets 400 \"Invalid   action kill\"; no `action` gets 400 \"No action specified\".

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param body: The operation to perform. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_manage,
            {
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def manage_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        body: Annotated[JobOperationRequest, Field(description="The operation to perform.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobResponse]:
        """Like :meth:`manage`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_manage,
            {
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def search(
        self,
        attribute: Annotated[
            StrictStr,
            Field(
                description="The attribute to query by. This can be any job field (e.g. `status`, `appId`)."
            ),
        ],
        value: Annotated[StrictStr, Field(description="The value of the attribute to query for.")],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgaveJobSummary]:
        """Find jobs matching the given attribute/value combination(s).

        ``GET /jobs/v2/search/{attribute}/{value}``

        Search by attribute and value, answered with job summaries like `list` (the server ignores `order`/`orderBy` here).  Real path: `/jobs/v2/search/{attribute}/{value}`; agavepy's swagger declares `/jobs/v2/{attribute}/{value}`, which is no search route on the server. The server routes up to seven pairs, `/search/{a1}/{v1}/.../{a7}/{v7}`; this method sends one. The pair is an equality test; there are no operators in the path form.  Caveat, from the server code (`JobSearchResource`): it keeps only the attributes that name a public field of its `Job` class, and that class has none, so the pair is dropped and the answer is the user's jobs unfiltered. To filter for real, use the query-parameter search on `GET /jobs/v2/`: terms `<field>[.<op>]=<value>`, where `op` is one of `AgaveSearchOp` (EQ when left out): EQ, ON (equal); NEQ; LT, BEFORE; LTE; GT, AFTER; GTE; IN and NIN (comma-separated values); LIKE, RLIKE, NLIKE (pattern matches); BETWEEN (two comma-separated values). Fields (case-insensitive): appid, archive, archivepath, archivesystem, batchqueue, charge, created, endtime, errormessage, executionsystem, id, inputs, lastmodified, lastupdated, localid, maxruntime, memorypernode, name, nodecount, outputpath, owner, parameters, processorspernode, retries, runtime, starttime, status, submittime, visible, walltime. Example: `status.in=RUNNING,QUEUED&created.after=2018-01-01`, which `list(search={...})` sends and `stencila_hub.agave.search_jobs(api, SearchTerm(\"status\", AgaveSearchOp.IN, [\"RUNNING\", \"QUEUED\"]), ...)` builds and pages.

        :param attribute: The attribute to query by. This can be any job field (e.g. `status`, `appId`). (required)
        :param value: The value of the attribute to query for. (required)
        :param limit: The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain.
        :param offset: The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit).
        :param filter: Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects.
        :param naked: If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`.
        :param pretty: If true the server pretty-prints the JSON response. It changes nothing else.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_search,
            {
                "attribute": attribute,
                "value": value,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def search_with_http_info(
        self,
        attribute: Annotated[
            StrictStr,
            Field(
                description="The attribute to query by. This can be any job field (e.g. `status`, `appId`)."
            ),
        ],
        value: Annotated[StrictStr, Field(description="The value of the attribute to query for.")],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobSummaryListResponse]:
        """Like :meth:`search`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_search,
            {
                "attribute": attribute,
                "value": value,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def submit(
        self,
        body: Annotated[JobRequest, Field(description="The description of the job to submit.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AgaveSubmittedJob:
        """Submit a new job request.

        ``POST /jobs/v2/``

        The sole point of submission for new jobs. The user needs permission on the app, the execution system and the storage system. The request is validated and the job record is created at once; staging and execution happen asynchronously (use `notifications` rather than polling).  Real server behaviour: it answers **201 Created** (not 200) with the new job, serialized with `lastModified` instead of `lastUpdated`, plus `executionType`, `schedulerType` and `_links.notification` (one link per notification created). Validation errors come back as 400, 403 or 412 (the status of the server's `JobProcessingException`). The server also accepts the job as a form or a multipart file upload (`fileToUpload`); this method sends JSON.

        :param body: The description of the job to submit. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_submit,
            {
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def submit_with_http_info(
        self,
        body: Annotated[JobRequest, Field(description="The description of the job to submit.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveSubmittedJobResponse]:
        """Like :meth:`submit`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_submit,
            {
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def update_permissions(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        body: Annotated[
            JobPermissionRequest, Field(description="The permission to add or update.")
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> Optional[AgavePermission]:
        """Add or update a user's permission for a job.

        ``POST /jobs/v2/{jobId}/pems``

        Sets the permission of the user named in the body. To remove a user's permission, set it to `NONE` (the server also takes an empty string).  Real server behaviour: it answers **201** with that user's permission (200 when the permission was removed), not the empty response agavepy's swagger declares. 400 \"Missing permission field.\" / \"Invalid permission value. ...\"; 404 \"No user found matching X\" for an unknown user; 403 without write access.

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param body: The permission to add or update. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_update_permissions,
            {
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def update_permissions_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        body: Annotated[
            JobPermissionRequest, Field(description="The permission to add or update.")
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgavePermissionResponse]:
        """Like :meth:`update_permissions`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_update_permissions,
            {
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def update_permissions_for_user(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        body: Annotated[JobPermissionRequest, Field(description="The permission to update.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> Optional[AgavePermission]:
        """Add or update a user's permission for a job.

        ``POST /jobs/v2/{jobId}/pems/{username}``

        Sets the permission of the user in the path. Real server behaviour: the body's `username` may be left out here (the schema requires it, so send the same name); a different name gets 400, which the SDK refuses before sending (`x-sdk-body-matches-path`). 201 with the permission (200 when removed), as `update_permissions`.

        :param job_id: The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings).  (required)
        :param username: The username of the api user associated with the permission. (required)
        :param body: The permission to update. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the ``result`` member of the envelope (``*_with_http_info`` gives the whole envelope).
        """
        return self.api_client.call(
            _agave_jobs_update_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def update_permissions_for_user_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        body: Annotated[JobPermissionRequest, Field(description="The permission to update.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgavePermissionResponse]:
        """Like :meth:`update_permissions_for_user`, with the status code, headers, raw body, the whole envelope and the retries taken."""
        return self.api_client.call(
            _agave_jobs_update_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )


class AsyncAgaveJobsApi:
    """The asyncio twin of :class:`AgaveJobsApi` (``stencila_hub.aio.AgaveJobsApi``): the same
    methods, arguments and return types, awaited; the same Operations. Share one AsyncApiClient."""

    system = AgaveJobsApi.system

    def __init__(self, api_client: Optional[AsyncApiClient] = None) -> None:
        if api_client is None:
            from stencila_hub.aio.api_client import AsyncApiClient as _AsyncApiClient

            api_client = _AsyncApiClient.get_default()
        self.api_client = api_client
        self.api_client.check_host(self.system)

    async def delete(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Deletes a job from the user's history. (``DELETE /jobs/v2/{jobId}``): awaits :meth:`AgaveJobsApi.delete`."""
        return await self.api_client.call(
            _agave_jobs_delete,
            {
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def delete_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveEmptyResponse]:
        """Awaits :meth:`AgaveJobsApi.delete_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_delete,
            {
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def delete_permissions(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Deletes all permissions on a job. (``DELETE /jobs/v2/{jobId}/pems``): awaits :meth:`AgaveJobsApi.delete_permissions`."""
        return await self.api_client.call(
            _agave_jobs_delete_permissions,
            {
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def delete_permissions_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveEmptyResponse]:
        """Awaits :meth:`AgaveJobsApi.delete_permissions_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_delete_permissions,
            {
                "job_id": job_id,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def delete_permissions_for_user(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Deletes all permissions for the given user on a job. (``DELETE /jobs/v2/{jobId}/pems/{username}``): awaits :meth:`AgaveJobsApi.delete_permissions_for_user`."""
        return await self.api_client.call(
            _agave_jobs_delete_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def delete_permissions_for_user_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveEmptyResponse]:
        """Awaits :meth:`AgaveJobsApi.delete_permissions_for_user_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_delete_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    @overload
    async def download_output(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file relative to the job output directory, e.g. `output/job-1.out` (its `/` are kept). Folders cannot be downloaded. "
            ),
        ],
        range: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="A byte range, `bytes=<first>-<last>` (inclusive) or `bytes=<first>-` (to the end of the file). Only the first range is used; suffix ranges (`bytes=-<n>`) are not supported by the server. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _stream: Literal[False] = False,
    ) -> bytes: ...

    @overload
    async def download_output(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file relative to the job output directory, e.g. `output/job-1.out` (its `/` are kept). Folders cannot be downloaded. "
            ),
        ],
        range: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="A byte range, `bytes=<first>-<last>` (inclusive) or `bytes=<first>-` (to the end of the file). Only the first range is used; suffix ranges (`bytes=-<n>`) are not supported by the server. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _stream: Literal[True],
    ) -> AsyncStreamedResponse: ...

    async def download_output(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file relative to the job output directory, e.g. `output/job-1.out` (its `/` are kept). Folders cannot be downloaded. "
            ),
        ],
        range: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="A byte range, `bytes=<first>-<last>` (inclusive) or `bytes=<first>-` (to the end of the file). Only the first range is used; suffix ranges (`bytes=-<n>`) are not supported by the server. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
        _stream: bool = False,
    ) -> Union[bytes, AsyncStreamedResponse]:
        """Download an output file from a specific job. (``GET /jobs/v2/{jobId}/outputs/media/{filePath}``): awaits :meth:`AgaveJobsApi.download_output`."""
        return await self.api_client.call(
            _agave_jobs_download_output,
            {
                "job_id": job_id,
                "file_path": file_path,
                "range": range,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
            _stream,
        )

    async def download_output_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file relative to the job output directory, e.g. `output/job-1.out` (its `/` are kept). Folders cannot be downloaded. "
            ),
        ],
        range: Annotated[
            Optional[Annotated[str, Field(strict=True)]],
            Field(
                description="A byte range, `bytes=<first>-<last>` (inclusive) or `bytes=<first>-` (to the end of the file). Only the first range is used; suffix ranges (`bytes=-<n>`) are not supported by the server. "
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[bytes]:
        """Awaits :meth:`AgaveJobsApi.download_output_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_download_output,
            {
                "job_id": job_id,
                "file_path": file_path,
                "range": range,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def get(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AgaveJob:
        """Get details of the job with the specific job id. (``GET /jobs/v2/{jobId}``): awaits :meth:`AgaveJobsApi.get`."""
        return await self.api_client.call(
            _agave_jobs_get,
            {
                "job_id": job_id,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def get_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobResponse]:
        """Awaits :meth:`AgaveJobsApi.get_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_get,
            {
                "job_id": job_id,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def get_history(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        order: Annotated[
            Optional[StrictStr],
            Field(
                description='The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 "Invalid value for order". '
            ),
        ] = None,
        order_by: Annotated[
            Optional[StrictStr],
            Field(
                description='The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 "Invalid value for orderBy". '
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgaveJobHistoryEvent]:
        """Get the history of this job. (``GET /jobs/v2/{jobId}/history``): awaits :meth:`AgaveJobsApi.get_history`."""
        return await self.api_client.call(
            _agave_jobs_get_history,
            {
                "job_id": job_id,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
                "order": order,
                "order_by": order_by,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def get_history_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        order: Annotated[
            Optional[StrictStr],
            Field(
                description='The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 "Invalid value for order". '
            ),
        ] = None,
        order_by: Annotated[
            Optional[StrictStr],
            Field(
                description='The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 "Invalid value for orderBy". '
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobHistoryListResponse]:
        """Awaits :meth:`AgaveJobsApi.get_history_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_get_history,
            {
                "job_id": job_id,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
                "order": order,
                "order_by": order_by,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def get_status(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AgaveJobStatusResult:
        """Get the status of the job. (``GET /jobs/v2/{jobId}/status``): awaits :meth:`AgaveJobsApi.get_status`."""
        return await self.api_client.call(
            _agave_jobs_get_status,
            {
                "job_id": job_id,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def get_status_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobStatusResponse]:
        """Awaits :meth:`AgaveJobsApi.get_status_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_get_status,
            {
                "job_id": job_id,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def list(
        self,
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        order: Annotated[
            Optional[StrictStr],
            Field(
                description='The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 "Invalid value for order". '
            ),
        ] = None,
        order_by: Annotated[
            Optional[StrictStr],
            Field(
                description='The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 "Invalid value for orderBy". '
            ),
        ] = None,
        search: Annotated[
            Optional[Dict[str, StrictStr]],
            Field(
                description='Search terms, each sent as its own query parameter `<field>[.<op>]=<value>`, e.g. `{"status.in": "RUNNING,QUEUED", "created.after": "2018-01-01"}` -> `?status.in=RUNNING,QUEUED&created.after=2018-01-01`. Fields are case-insensitive (see the `search` operation for the list); `op` is one of `AgaveSearchOp` (EQ when left out); IN, NIN and BETWEEN take comma-separated values. A key may not be the name of another parameter of this method (`limit`, `offset`, `filter`, ...). The server drops the terms it does not understand, so a misspelt field filters nothing: `stencila_hub.agave.SearchTerm` checks fields and operators before sending. '
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgaveJobSummary]:
        """Get a list of jobs the authenticated user had submitted. (``GET /jobs/v2/``): awaits :meth:`AgaveJobsApi.list`."""
        return await self.api_client.call(
            _agave_jobs_list,
            {
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
                "order": order,
                "order_by": order_by,
                "search": search,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def list_with_http_info(
        self,
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        order: Annotated[
            Optional[StrictStr],
            Field(
                description='The sort direction. The server also takes ASCENDING/ASCEND/DESCENDING/DESCEND, in any case; any other value gets 400 "Invalid value for order". '
            ),
        ] = None,
        order_by: Annotated[
            Optional[StrictStr],
            Field(
                description='The search field to sort by (case-insensitive), e.g. `created`, `lastupdated`, `status`, `name`, `appid`, `starttime`, `endtime`. An unknown field gets 400 "Invalid value for orderBy". '
            ),
        ] = None,
        search: Annotated[
            Optional[Dict[str, StrictStr]],
            Field(
                description='Search terms, each sent as its own query parameter `<field>[.<op>]=<value>`, e.g. `{"status.in": "RUNNING,QUEUED", "created.after": "2018-01-01"}` -> `?status.in=RUNNING,QUEUED&created.after=2018-01-01`. Fields are case-insensitive (see the `search` operation for the list); `op` is one of `AgaveSearchOp` (EQ when left out); IN, NIN and BETWEEN take comma-separated values. A key may not be the name of another parameter of this method (`limit`, `offset`, `filter`, ...). The server drops the terms it does not understand, so a misspelt field filters nothing: `stencila_hub.agave.SearchTerm` checks fields and operators before sending. '
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobSummaryListResponse]:
        """Awaits :meth:`AgaveJobsApi.list_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_list,
            {
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
                "order": order,
                "order_by": order_by,
                "search": search,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def list_outputs(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file or folder relative to the job output directory, e.g. `output/results` (its `/` are kept). Pass an empty string for the output directory itself (the server routes both `/outputs/listings` and `/outputs/listings/`; agavepy marks the parameter optional). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgaveRemoteFile]:
        """List contents of a job's output directory. (``GET /jobs/v2/{jobId}/outputs/listings/{filePath}``): awaits :meth:`AgaveJobsApi.list_outputs`."""
        return await self.api_client.call(
            _agave_jobs_list_outputs,
            {
                "job_id": job_id,
                "file_path": file_path,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def list_outputs_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        file_path: Annotated[
            StrictStr,
            Field(
                description="Path to an output file or folder relative to the job output directory, e.g. `output/results` (its `/` are kept). Pass an empty string for the output directory itself (the server routes both `/outputs/listings` and `/outputs/listings/`; agavepy marks the parameter optional). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveRemoteFileListResponse]:
        """Awaits :meth:`AgaveJobsApi.list_outputs_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_list_outputs,
            {
                "job_id": job_id,
                "file_path": file_path,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def list_permissions(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgavePermission]:
        """Get the permission ACL for this job. (``GET /jobs/v2/{jobId}/pems``): awaits :meth:`AgaveJobsApi.list_permissions`."""
        return await self.api_client.call(
            _agave_jobs_list_permissions,
            {
                "job_id": job_id,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def list_permissions_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgavePermissionListResponse]:
        """Awaits :meth:`AgaveJobsApi.list_permissions_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_list_permissions,
            {
                "job_id": job_id,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def list_permissions_for_user(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AgavePermission:
        """Get a specific user's permissions for a job. (``GET /jobs/v2/{jobId}/pems/{username}``): awaits :meth:`AgaveJobsApi.list_permissions_for_user`."""
        return await self.api_client.call(
            _agave_jobs_list_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def list_permissions_for_user_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgavePermissionResponse]:
        """Awaits :meth:`AgaveJobsApi.list_permissions_for_user_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_list_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def manage(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        body: Annotated[JobOperationRequest, Field(description="The operation to perform.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> Optional[AgaveJob]:
        """Perform an action on a job. (``POST /jobs/v2/{jobId}``): awaits :meth:`AgaveJobsApi.manage`."""
        return await self.api_client.call(
            _agave_jobs_manage,
            {
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def manage_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        body: Annotated[JobOperationRequest, Field(description="The operation to perform.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobResponse]:
        """Awaits :meth:`AgaveJobsApi.manage_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_manage,
            {
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def search(
        self,
        attribute: Annotated[
            StrictStr,
            Field(
                description="The attribute to query by. This can be any job field (e.g. `status`, `appId`)."
            ),
        ],
        value: Annotated[StrictStr, Field(description="The value of the attribute to query for.")],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> List[AgaveJobSummary]:
        """Find jobs matching the given attribute/value combination(s). (``GET /jobs/v2/search/{attribute}/{value}``): awaits :meth:`AgaveJobsApi.search`."""
        return await self.api_client.call(
            _agave_jobs_search,
            {
                "attribute": attribute,
                "value": value,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def search_with_http_info(
        self,
        attribute: Annotated[
            StrictStr,
            Field(
                description="The attribute to query by. This can be any job field (e.g. `status`, `appId`)."
            ),
        ],
        value: Annotated[StrictStr, Field(description="The value of the attribute to query for.")],
        limit: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The max number of results. 250 is agavepy's default; left unset, the server uses its own page size, and it caps larger values at its maximum page size (both 100 in the stock settings), so a page can be short while more remain. "
            ),
        ] = None,
        offset: Annotated[
            Optional[Annotated[int, Field(strict=True, ge=0)]],
            Field(
                description="The number of records to skip when returning the results. When paginating results, the page number = ceil(offset/limit). "
            ),
        ] = None,
        filter: Annotated[
            Optional[StrictStr],
            Field(
                description="Comma-separated list of the JSON field names to keep in each result object (e.g. `id,name,status`); the others are left out. The models decode such partial objects. "
            ),
        ] = None,
        naked: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server returns only the `result`, without the envelope. Leave it unset with this SDK: the methods unwrap `result` from the envelope, and an error could no longer be told apart by its `status`. "
            ),
        ] = None,
        pretty: Annotated[
            Optional[StrictBool],
            Field(
                description="If true the server pretty-prints the JSON response. It changes nothing else."
            ),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveJobSummaryListResponse]:
        """Awaits :meth:`AgaveJobsApi.search_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_search,
            {
                "attribute": attribute,
                "value": value,
                "limit": limit,
                "offset": offset,
                "filter": filter,
                "naked": naked,
                "pretty": pretty,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def submit(
        self,
        body: Annotated[JobRequest, Field(description="The description of the job to submit.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> AgaveSubmittedJob:
        """Submit a new job request. (``POST /jobs/v2/``): awaits :meth:`AgaveJobsApi.submit`."""
        return await self.api_client.call(
            _agave_jobs_submit,
            {
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def submit_with_http_info(
        self,
        body: Annotated[JobRequest, Field(description="The description of the job to submit.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgaveSubmittedJobResponse]:
        """Awaits :meth:`AgaveJobsApi.submit_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_submit,
            {
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def update_permissions(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        body: Annotated[
            JobPermissionRequest, Field(description="The permission to add or update.")
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> Optional[AgavePermission]:
        """Add or update a user's permission for a job. (``POST /jobs/v2/{jobId}/pems``): awaits :meth:`AgaveJobsApi.update_permissions`."""
        return await self.api_client.call(
            _agave_jobs_update_permissions,
            {
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def update_permissions_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        body: Annotated[
            JobPermissionRequest, Field(description="The permission to add or update.")
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgavePermissionResponse]:
        """Awaits :meth:`AgaveJobsApi.update_permissions_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_update_permissions,
            {
                "job_id": job_id,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def update_permissions_for_user(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        body: Annotated[JobPermissionRequest, Field(description="The permission to update.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> Optional[AgavePermission]:
        """Add or update a user's permission for a job. (``POST /jobs/v2/{jobId}/pems/{username}``): awaits :meth:`AgaveJobsApi.update_permissions_for_user`."""
        return await self.api_client.call(
            _agave_jobs_update_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def update_permissions_for_user_with_http_info(
        self,
        job_id: Annotated[
            StrictStr,
            Field(
                description="The id of the job, a string such as `6608339759546166810-242ac114-0001-007` (the swaggers type it int32/integer in places; real ids are strings). "
            ),
        ],
        username: Annotated[
            StrictStr,
            Field(description="The username of the api user associated with the permission."),
        ],
        body: Annotated[JobPermissionRequest, Field(description="The permission to update.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[AgavePermissionResponse]:
        """Awaits :meth:`AgaveJobsApi.update_permissions_for_user_with_http_info`."""
        return await self.api_client.call(
            _agave_jobs_update_permissions_for_user,
            {
                "job_id": job_id,
                "username": username,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
