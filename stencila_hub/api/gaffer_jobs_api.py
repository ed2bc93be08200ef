# coding: utf-8
# Generated from templates/api.mustache (our override) and openapi.yaml. Do not edit.
"""GafferJobsApi: the operations of openapi.yaml tagged `gaffer_jobs`.

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

_gaffer_jobs_commit = Operation(
    name="commit",
    method="POST",
    path="/jobs/{sessionid}/{jobname}/commit",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    body="body",
    body_type="GafferCommit",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferPid",
        "400": "GafferError",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_create = Operation(
    name="create",
    method="POST",
    path="/jobs/{sessionid}",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(Param("sessionid", "sessionid", (str,), required=True),),
    body="body",
    body_type="GafferProcessConfig",
    body_required=True,
    body_required_fields=("name",),
    content_type="application/json",
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferOk",
        "400": "GafferError",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "409": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_delete = Operation(
    name="delete",
    method="DELETE",
    path="/jobs/{sessionid}/{jobname}",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferOk",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_exists = Operation(
    name="exists",
    method="HEAD",
    path="/jobs/{sessionid}/{jobname}",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    auth=("GafferApiKey",),
    responses={
        "200": None,
        "401": None,
        "403": None,
        "404": None,
    },
    exists=True,
)
_gaffer_jobs_get = Operation(
    name="get",
    method="GET",
    path="/jobs/{sessionid}/{jobname}",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferJobInfo",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_get_numprocesses = Operation(
    name="get_numprocesses",
    method="GET",
    path="/jobs/{sessionid}/{jobname}/numprocesses",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferNumProcesses",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_get_pids = Operation(
    name="get_pids",
    method="GET",
    path="/jobs/{sessionid}/{jobname}/pids",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferPids",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_get_state = Operation(
    name="get_state",
    method="GET",
    path="/jobs/{sessionid}/{jobname}/state",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    accept="text/plain, text/html, application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "str",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_get_stats = Operation(
    name="get_stats",
    method="GET",
    path="/jobs/{sessionid}/{jobname}/stats",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferJobStats",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_list = Operation(
    name="list",
    method="GET",
    path="/jobs",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferJobList",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_list_session = Operation(
    name="list_session",
    method="GET",
    path="/jobs/{sessionid}",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(Param("sessionid", "sessionid", (str,), required=True),),
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferSessionJobList",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_scale = Operation(
    name="scale",
    method="POST",
    path="/jobs/{sessionid}/{jobname}/numprocesses",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    body="body",
    body_type="GafferScale",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferNumProcesses",
        "400": "GafferError",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_set_state = Operation(
    name="set_state",
    method="POST",
    path="/jobs/{sessionid}/{jobname}/state",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    body="body",
    body_type=None,
    body_required=True,
    body_enum=frozenset(
        {
            "0",
            "1",
            "2",
        }
    ),
    content_type="text/plain",
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "202": "GafferOk",
        "400": "GafferError",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_signal = Operation(
    name="signal",
    method="POST",
    path="/jobs/{sessionid}/{jobname}/signal",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    body="body",
    body_type="GafferSignal",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "200": "GafferOk",
        "202": "GafferOk",
        "400": "GafferError",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)
_gaffer_jobs_update = Operation(
    name="update",
    method="PUT",
    path="/jobs/{sessionid}/{jobname}",
    system="gaffer",
    default_host=None,
    host_env="GAFFER_URL",
    path_params=(
        Param("sessionid", "sessionid", (str,), required=True),
        Param("jobname", "jobname", (str,), required=True),
    ),
    body="body",
    body_type="GafferProcessConfig",
    body_required=True,
    body_matches_path=("name=jobname",),
    content_type="application/json",
    accept="application/json",
    auth=("GafferApiKey",),
    responses={
        "201": "GafferOk",
        "400": "GafferError",
        "401": "GafferHttpError",
        "403": "GafferHttpError",
        "404": "GafferProcessError",
        "500": "GafferHttpError",
    },
)


class GafferJobsApi:
    """GafferJobsApi: methods for the operations tagged as above. Share one ApiClient.

    The system's server: none by default (set ``Configuration(host=...)`` or ``GAFFER_URL`` with ``Configuration.from_env("gaffer")``).
    """

    #: The system these operations belong to (``x-sdk-system`` of the paths' server).
    system = "gaffer"

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()
        self.api_client.check_host(self.system)

    def commit(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferCommit,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferPid:
        """Run a one-off process of a job.

        ``POST /jobs/{sessionid}/{jobname}/commit``

        Starts one process from the job's configuration that is not supervised (not restarted when it exits, not counted in scaling) and answers 200 with its Gaffer process id. The body must be a JSON object (`{}` at least; an empty body gives 400). The permission checked is `manage` on the session, not on the job.

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param body: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_commit,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def commit_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferCommit,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferPid]:
        """Like :meth:`commit`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_commit,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def create(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(
                description="The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous."
            ),
        ],
        body: GafferProcessConfig,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Load a job configuration.

        ``POST /jobs/{sessionid}``

        Loads a new job configuration into the session (creating the session if needed) and, unless `start` is `false`, starts its processes. Gaffer answers **200** `{\"ok\": true}`.  `name` and `cmd` are required. The server checks only `cmd` (a bug in its test): a body without `name` fails with 500, so the SDK refuses it before sending. No `cmd` or a body that is not JSON gives 400 `{\"error\": \"bad_request\"}`; a job of that name already loaded in the session gives 409 `{\"error\": \"process_conflict\", \"errno\": 409}`.

        :param sessionid: The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous. (required)
        :param body: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_create,
            {
                "sessionid": sessionid,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def create_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(
                description="The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous."
            ),
        ],
        body: GafferProcessConfig,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Like :meth:`create`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_create,
            {
                "sessionid": sessionid,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def delete(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Unload a job.

        ``DELETE /jobs/{sessionid}/{jobname}``

        Unloads a job configuration and stops all its processes (an emptied session disappears). Answers 200 `{\"ok\": true}`; an unknown job gives 404 `{\"error\": \"not_found\"}`.

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_delete,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def delete_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Like :meth:`delete`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_delete,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def exists(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> bool:
        """Check that a job exists.

        ``HEAD /jobs/{sessionid}/{jobname}``

        Not in Gaffer's docs; the server has it and Gaffer's own HTTP client uses it (`job_exists`). Answers 200 when the job is loaded and 404 otherwise, without a body.

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: True when it exists, False when the server answers 404.
        """
        return self.api_client.call(
            _gaffer_jobs_exists,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def exists_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[bool]:
        """Like :meth:`exists`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_exists,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def get(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferJobInfo:
        """Get a job.

        ``GET /jobs/{sessionid}/{jobname}``

        Gets a job: its state, its processes and its configuration. An unknown job gives 404 `{\"error\": \"not_found\"}` (without `errno`, unlike most other job endpoints).

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_get,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def get_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferJobInfo]:
        """Like :meth:`get`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_get,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def get_numprocesses(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferNumProcesses:
        """Get the number of processes to keep alive.

        ``GET /jobs/{sessionid}/{jobname}/numprocesses``

        Documented to answer `{\"numprocesses\": N}`. On released gafferd (0.5.0 to 0.5.2 and master) the handler calls the manager without the job name and always fails with **500**; only the `doc/0.5` branch has the fix. `get` (`max_processes`) gives the same number on every release.

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_get_numprocesses,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def get_numprocesses_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferNumProcesses]:
        """Like :meth:`get_numprocesses`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_get_numprocesses,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def get_pids(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferPids:
        """Get the process ids of a job.

        ``GET /jobs/{sessionid}/{jobname}/pids``

        Lists the Gaffer process ids (Gaffer's internal ids, not OS pids) of the job's kept-alive processes; committed processes are not included.

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_get_pids,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def get_pids_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferPids]:
        """Like :meth:`get_pids`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_get_pids,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def get_state(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> str:
        """Get the state of a job.

        ``GET /jobs/{sessionid}/{jobname}/state``

        Answers a bare text body, not JSON: `1` when the job is started, `0` when it is stopped. The server sets no Content-Type for it, so Tornado labels it `text/html; charset=UTF-8`; the SDK reads any `text/*` answer as text and returns the string `\"0\"` or `\"1\"`. Errors are JSON (an unknown job gives 404 `{\"error\": \"not_found\", \"errno\": 404}`).

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_get_state,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def get_state_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[str]:
        """Like :meth:`get_state`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_get_state,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def get_stats(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferJobStats:
        """Get the process statistics of a job.

        ``GET /jobs/{sessionid}/{jobname}/stats``

        Gets CPU and memory statistics of the job's processes (kept-alive and committed ones), with totals, minimums and maximums. (The doc page's \"Resource URL\" line leaves out `/stats`.) With no running process, or when a process's figures are unavailable, the server sends strings instead of numbers in the totals: because of a bug (`mem, max_mem, min_mem = \"N/A\"`) they come as `\"N\"`, `\"/\"` and `\"A\"`.

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_get_stats,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def get_stats_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferJobStats]:
        """Like :meth:`get_stats`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_get_stats,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def list(
        self,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferJobList:
        """List all jobs.

        ``GET /jobs``

        Lists the names of all job configurations loaded on this Gaffer node, fully qualified (`<sessionid>.<jobname>`). With keys on, needs an admin key or one that can manage all sessions (403 otherwise).

        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_list,
            {},
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def list_with_http_info(
        self,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferJobList]:
        """Like :meth:`list`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_list,
            {},
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def list_session(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(
                description="The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferSessionJobList:
        """List the jobs of a session.

        ``GET /jobs/{sessionid}``

        Lists the jobs of a Gaffer session. The names are fully qualified (`<sessionid>.<jobname>`), not bare job names. An unknown session gives 404 `{\"error\": \"not_found\", \"errno\": 404}`.

        :param sessionid: The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_list_session,
            {
                "sessionid": sessionid,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def list_session_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(
                description="The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferSessionJobList]:
        """Like :meth:`list_session`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_list_session,
            {
                "sessionid": sessionid,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def scale(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferScale,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferNumProcesses:
        """Scale the number of processes of a job.

        ``POST /jobs/{sessionid}/{jobname}/numprocesses``

        Increases, decreases or sets the number of processes to keep alive, and answers 200 with the new number. No `scale` (or a body that is not JSON) gives 400 `{\"error\": \"bad_request\"}`; a string with another operator than `+`, `-`, `=` (for example `\"*1\"`) or a non-numeric count makes the server fail with 500. (The doc example has a trailing comma, which is not valid JSON.)

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param body: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_scale,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def scale_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferScale,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferNumProcesses]:
        """Like :meth:`scale`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_scale,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def set_state(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: StrictStr,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Start, stop or reload a job.

        ``POST /jobs/{sessionid}/{jobname}/state``

        Takes a bare text body, not JSON: `1` starts the job, `0` stops it, `2` reloads it (the server compares the raw body with `b\"1\"`, `b\"0\"`, `b\"2\"`; anything else, a newline or quotes included, gives 400 `{\"error\": \"bad_request\"}`). Answers **202** `{\"ok\": true}`.

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param body: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_set_state,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def set_state_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: StrictStr,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Like :meth:`set_state`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_set_state,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def signal(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferSignal,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Send a signal to all processes of a job.

        ``POST /jobs/{sessionid}/{jobname}/signal``

        Documented to send a signal to every process of the job and answer `{\"ok\": true}`.  On released gafferd (0.5.x and master) the handler looks the job name up as a process id, so an existing job gets **404** `{\"error\": \"not_found\", \"errno\": 404}`; past that lookup it would call a method that does not exist and fail with 500. An invalid signal value gives 400 `{\"error\": \"bad_request\"}`. Both 200 (the docs) and 202 (what the handler means to send) are accepted as success.

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param body: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_signal,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def signal_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferSignal,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Like :meth:`signal`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_signal,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def update(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferProcessConfig,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Update a job configuration and relaunch its processes.

        ``PUT /jobs/{sessionid}/{jobname}``

        Replaces the configuration of a loaded job and relaunches its processes (they are stopped and restarted with the new configuration unless `start` is `false`). The server answers **201** `{\"ok\": true}` (the docs give no code; their sidebar even says \"GET\").  `cmd` is required; `name` may be left out (it comes from the path) and, if given, must equal the `jobname` path parameter: the server answers 400 `{\"error\": \"bad_request\", \"reason\": \"template name conflict with the path\"}` otherwise, and the SDK refuses such a call before sending (`x-sdk-body-matches-path`). No `cmd`: 400 with reason `invalid process config`. An unknown job: 404 `{\"error\": \"not_found\", \"errno\": 404}`.

        :param sessionid: The Gaffer session of the job (`default` by default). No `/`. (required)
        :param jobname: The name of the job within its session (the bare name, without the session prefix). No `/`. (required)
        :param body: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _gaffer_jobs_update,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def update_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferProcessConfig,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Like :meth:`update`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _gaffer_jobs_update,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )


class AsyncGafferJobsApi:
    """The asyncio twin of :class:`GafferJobsApi` (``stencila_hub.aio.GafferJobsApi``): the same
    methods, arguments and return types, awaited; the same Operations. Share one AsyncApiClient."""

    system = GafferJobsApi.system

    def __init__(self, api_client: Optional[AsyncApiClient] = None) -> None:
        if api_client is None:
            from stencila_hub.aio.api_client import AsyncApiClient as _AsyncApiClient

            api_client = _AsyncApiClient.get_default()
        self.api_client = api_client
        self.api_client.check_host(self.system)

    async def commit(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferCommit,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferPid:
        """Run a one-off process of a job. (``POST /jobs/{sessionid}/{jobname}/commit``): awaits :meth:`GafferJobsApi.commit`."""
        return await self.api_client.call(
            _gaffer_jobs_commit,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def commit_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferCommit,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferPid]:
        """Awaits :meth:`GafferJobsApi.commit_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_commit,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def create(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(
                description="The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous."
            ),
        ],
        body: GafferProcessConfig,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Load a job configuration. (``POST /jobs/{sessionid}``): awaits :meth:`GafferJobsApi.create`."""
        return await self.api_client.call(
            _gaffer_jobs_create,
            {
                "sessionid": sessionid,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def create_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(
                description="The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous."
            ),
        ],
        body: GafferProcessConfig,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Awaits :meth:`GafferJobsApi.create_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_create,
            {
                "sessionid": sessionid,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def delete(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Unload a job. (``DELETE /jobs/{sessionid}/{jobname}``): awaits :meth:`GafferJobsApi.delete`."""
        return await self.api_client.call(
            _gaffer_jobs_delete,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def delete_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Awaits :meth:`GafferJobsApi.delete_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_delete,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def exists(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> bool:
        """Check that a job exists. (``HEAD /jobs/{sessionid}/{jobname}``): awaits :meth:`GafferJobsApi.exists`."""
        return await self.api_client.call(
            _gaffer_jobs_exists,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def exists_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[bool]:
        """Awaits :meth:`GafferJobsApi.exists_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_exists,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def get(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferJobInfo:
        """Get a job. (``GET /jobs/{sessionid}/{jobname}``): awaits :meth:`GafferJobsApi.get`."""
        return await self.api_client.call(
            _gaffer_jobs_get,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def get_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferJobInfo]:
        """Awaits :meth:`GafferJobsApi.get_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_get,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def get_numprocesses(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferNumProcesses:
        """Get the number of processes to keep alive. (``GET /jobs/{sessionid}/{jobname}/numprocesses``): awaits :meth:`GafferJobsApi.get_numprocesses`."""
        return await self.api_client.call(
            _gaffer_jobs_get_numprocesses,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def get_numprocesses_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferNumProcesses]:
        """Awaits :meth:`GafferJobsApi.get_numprocesses_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_get_numprocesses,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def get_pids(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferPids:
        """Get the process ids of a job. (``GET /jobs/{sessionid}/{jobname}/pids``): awaits :meth:`GafferJobsApi.get_pids`."""
        return await self.api_client.call(
            _gaffer_jobs_get_pids,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def get_pids_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferPids]:
        """Awaits :meth:`GafferJobsApi.get_pids_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_get_pids,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def get_state(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> str:
        """Get the state of a job. (``GET /jobs/{sessionid}/{jobname}/state``): awaits :meth:`GafferJobsApi.get_state`."""
        return await self.api_client.call(
            _gaffer_jobs_get_state,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def get_state_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[str]:
        """Awaits :meth:`GafferJobsApi.get_state_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_get_state,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def get_stats(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferJobStats:
        """Get the process statistics of a job. (``GET /jobs/{sessionid}/{jobname}/stats``): awaits :meth:`GafferJobsApi.get_stats`."""
        return await self.api_client.call(
            _gaffer_jobs_get_stats,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def get_stats_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferJobStats]:
        """Awaits :meth:`GafferJobsApi.get_stats_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_get_stats,
            {
                "sessionid": sessionid,
                "jobname": jobname,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def list(
        self,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferJobList:
        """List all jobs. (``GET /jobs``): awaits :meth:`GafferJobsApi.list`."""
        return await self.api_client.call(
            _gaffer_jobs_list,
            {},
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def list_with_http_info(
        self,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferJobList]:
        """Awaits :meth:`GafferJobsApi.list_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_list,
            {},
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def list_session(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(
                description="The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferSessionJobList:
        """List the jobs of a session. (``GET /jobs/{sessionid}``): awaits :meth:`GafferJobsApi.list_session`."""
        return await self.api_client.call(
            _gaffer_jobs_list_session,
            {
                "sessionid": sessionid,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def list_session_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(
                description="The Gaffer session (a group of jobs, for example an application or a Procfile); `default` by default. No `/`; a `.` makes the job names ambiguous."
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferSessionJobList]:
        """Awaits :meth:`GafferJobsApi.list_session_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_list_session,
            {
                "sessionid": sessionid,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def scale(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferScale,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferNumProcesses:
        """Scale the number of processes of a job. (``POST /jobs/{sessionid}/{jobname}/numprocesses``): awaits :meth:`GafferJobsApi.scale`."""
        return await self.api_client.call(
            _gaffer_jobs_scale,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def scale_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferScale,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferNumProcesses]:
        """Awaits :meth:`GafferJobsApi.scale_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_scale,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def set_state(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: StrictStr,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Start, stop or reload a job. (``POST /jobs/{sessionid}/{jobname}/state``): awaits :meth:`GafferJobsApi.set_state`."""
        return await self.api_client.call(
            _gaffer_jobs_set_state,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def set_state_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: StrictStr,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Awaits :meth:`GafferJobsApi.set_state_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_set_state,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def signal(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferSignal,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Send a signal to all processes of a job. (``POST /jobs/{sessionid}/{jobname}/signal``): awaits :meth:`GafferJobsApi.signal`."""
        return await self.api_client.call(
            _gaffer_jobs_signal,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def signal_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferSignal,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Awaits :meth:`GafferJobsApi.signal_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_signal,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def update(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferProcessConfig,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> GafferOk:
        """Update a job configuration and relaunch its processes. (``PUT /jobs/{sessionid}/{jobname}``): awaits :meth:`GafferJobsApi.update`."""
        return await self.api_client.call(
            _gaffer_jobs_update,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def update_with_http_info(
        self,
        sessionid: Annotated[
            StrictStr,
            Field(description="The Gaffer session of the job (`default` by default). No `/`."),
        ],
        jobname: Annotated[
            StrictStr,
            Field(
                description="The name of the job within its session (the bare name, without the session prefix). No `/`."
            ),
        ],
        body: GafferProcessConfig,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[GafferOk]:
        """Awaits :meth:`GafferJobsApi.update_with_http_info`."""
        return await self.api_client.call(
            _gaffer_jobs_update,
            {
                "sessionid": sessionid,
                "jobname": jobname,
                "body": body,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
