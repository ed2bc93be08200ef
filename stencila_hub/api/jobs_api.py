# coding: utf-8
# Generated from templates/api.mustache (our override) and openapi.yaml. Do not edit.
"""JobsApi: the operations of openapi.yaml tagged `jobs`.

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

_jobs_partial_update = Operation(
    name="jobs_partial_update",
    method="PATCH",
    path="/jobs/{id}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("id", "id", (int,), required=True),),
    body="data",
    body_type="InlineObject4",
    body_required=True,
    body_required_fields=("status",),
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "InlineObject4",
        "400": "HubError",
        "403": "HubError",
        "404": "HubError",
        "500": "HubError",
    },
    empty_ok=True,
    read_timeout=160,
)
_jobs_update = Operation(
    name="jobs_update",
    method="PUT",
    path="/jobs/{id}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("id", "id", (int,), required=True),),
    body="data",
    body_type="InlineObject3",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "InlineObject3",
        "400": "HubError",
        "403": "HubError",
        "404": "HubError",
    },
)


class JobsApi:
    """JobsApi: methods for the operations tagged as above. Share one ApiClient.

    The system's server: ``https://hub.stenci.la/api`` when the Configuration sets no host.
    """

    #: The system these operations belong to (``x-sdk-system`` of the paths' server).
    system = "hub"

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()
        self.api_client.check_host(self.system)

    def jobs_partial_update(
        self,
        id: Annotated[
            StrictInt,
            Field(
                description="An autoincrementing integer to allow selecting jobs in the order they were created."
            ),
        ],
        data: InlineObject4,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> Optional[InlineObject4]:
        """Update a job.

        ``PATCH /jobs/{id}/``

        This action is intended only to be used by the `overseer` service for it to update the details of a job based on events from the job queue.  Real server behaviour (Hub v4.47.19), which differs from the Hub's published schema: - it answers **200 with an empty body** (`Content-Length: 0`, no Content-Type) although its   schema says it returns the job. This SDK returns `None` then, and the decoded job when a   body is present; - it requires a non-null `status` on every PATCH (without it, or with `\"status\": null`,   the server fails with 500), so the SDK refuses such a PATCH before sending; - a PATCH that sends `project` fails with 500 (`Cannot assign \"1\": \"Job.project\" must be a   \"Project\" instance.`; a server bug, PUT accepts it). A job decoded from an answer and   then changed sends only the fields changed since it was decoded, so a   read-modify-write PATCH does not send `project` back; a job built by hand or with   `from_dict` sends every field set in it; - a PATCH to a terminal status (`SUCCESS`, `FAILURE`) of a job with no stored task result   waits on the server's Celery result backend, up to 5 x 30 s, before it answers: the   default read timeout of this operation is 160 s (`x-sdk-read-timeout`). If the read times   out anyway, the outcome is unknown (`OutcomeUnknownError`: the update may still land); - it stores any `status` string and values of any shape without checking them, and sends   them back as stored (they decode; see `decode_issues`).

        :param id: An autoincrementing integer to allow selecting jobs in the order they were created. (required)
        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
            Without it the read timeout is at least 160 s (the server may take that long), with
            the configured connect timeout.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body, or None when the server answers with an empty body.
        """
        return self.api_client.call(
            _jobs_partial_update,
            {
                "id": id,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def jobs_partial_update_with_http_info(
        self,
        id: Annotated[
            StrictInt,
            Field(
                description="An autoincrementing integer to allow selecting jobs in the order they were created."
            ),
        ],
        data: InlineObject4,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[Optional[InlineObject4]]:
        """Like :meth:`jobs_partial_update`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _jobs_partial_update,
            {
                "id": id,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    def jobs_update(
        self,
        id: Annotated[
            StrictInt,
            Field(
                description="An autoincrementing integer to allow selecting jobs in the order they were created."
            ),
        ],
        data: InlineObject3,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> InlineObject3:
        """A view set intended for the `overseer` service to update the status of workers.

        ``PUT /jobs/{id}/``

        Requires that the user is a Stencila staff member. Does not require the `overseer` to know which project a job is associated with, or have project permission.  The real server answers 200 with the full job (camelCase), also for an empty body `{}`. A `status` outside its enum is a 400 with field errors (`{\"message\": \"Invalid input.\", \"errors\": [{\"field\": \"status\", \"message\": \"\\\"QUEUED\\\" is not a valid choice.\"}]}`, see `HubError`). A PUT may send `project` (unlike a PATCH). (The summary above is the Hub's own text, a quirk of its schema generator: the operation updates a job.)

        :param id: An autoincrementing integer to allow selecting jobs in the order they were created. (required)
        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        return self.api_client.call(
            _jobs_update,
            {
                "id": id,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    def jobs_update_with_http_info(
        self,
        id: Annotated[
            StrictInt,
            Field(
                description="An autoincrementing integer to allow selecting jobs in the order they were created."
            ),
        ],
        data: InlineObject3,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[InlineObject3]:
        """Like :meth:`jobs_update`, with the status code, headers, raw body and the retries taken."""
        return self.api_client.call(
            _jobs_update,
            {
                "id": id,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )


class AsyncJobsApi:
    """The asyncio twin of :class:`JobsApi` (``stencila_hub.aio.JobsApi``): the same
    methods, arguments and return types, awaited; the same Operations. Share one AsyncApiClient."""

    system = JobsApi.system

    def __init__(self, api_client: Optional[AsyncApiClient] = None) -> None:
        if api_client is None:
            from stencila_hub.aio.api_client import AsyncApiClient as _AsyncApiClient

            api_client = _AsyncApiClient.get_default()
        self.api_client = api_client
        self.api_client.check_host(self.system)

    async def jobs_partial_update(
        self,
        id: Annotated[
            StrictInt,
            Field(
                description="An autoincrementing integer to allow selecting jobs in the order they were created."
            ),
        ],
        data: InlineObject4,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> Optional[InlineObject4]:
        """Update a job. (``PATCH /jobs/{id}/``): awaits :meth:`JobsApi.jobs_partial_update`."""
        return await self.api_client.call(
            _jobs_partial_update,
            {
                "id": id,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def jobs_partial_update_with_http_info(
        self,
        id: Annotated[
            StrictInt,
            Field(
                description="An autoincrementing integer to allow selecting jobs in the order they were created."
            ),
        ],
        data: InlineObject4,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[Optional[InlineObject4]]:
        """Awaits :meth:`JobsApi.jobs_partial_update_with_http_info`."""
        return await self.api_client.call(
            _jobs_partial_update,
            {
                "id": id,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )

    async def jobs_update(
        self,
        id: Annotated[
            StrictInt,
            Field(
                description="An autoincrementing integer to allow selecting jobs in the order they were created."
            ),
        ],
        data: InlineObject3,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> InlineObject3:
        """A view set intended for the `overseer` service to update the status of workers. (``PUT /jobs/{id}/``): awaits :meth:`JobsApi.jobs_update`."""
        return await self.api_client.call(
            _jobs_update,
            {
                "id": id,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )

    async def jobs_update_with_http_info(
        self,
        id: Annotated[
            StrictInt,
            Field(
                description="An autoincrementing integer to allow selecting jobs in the order they were created."
            ),
        ],
        data: InlineObject3,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: Union[None, int, RetryPolicy] = None,
        _headers: Optional[Mapping[str, str]] = None,
    ) -> ApiResponse[InlineObject3]:
        """Awaits :meth:`JobsApi.jobs_update_with_http_info`."""
        return await self.api_client.call(
            _jobs_update,
            {
                "id": id,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
