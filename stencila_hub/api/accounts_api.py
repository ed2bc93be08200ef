# Generated from templates/api.mustache (our override) and openapi.yaml. Do not edit.
"""AccountsApi: the operations of openapi.yaml tagged `accounts`.

Each method checks its arguments, then calls :meth:`stencila_hub.api_client.ApiClient.call` with an
:class:`~stencila_hub.api_client.Operation` built once, at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Annotated,
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

_accounts_queues_list = Operation(
    name="accounts_queues_list",
    method="GET",
    path="/accounts/{account}/queues/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("account", "account", (str,), required=True),),
    query_params=(
        Param("limit", "limit", (int,), minimum=1),
        Param("offset", "offset", (int,), minimum=0),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubQueuePage",
        "403": "HubError",
        "404": "HubError",
    },
)
_accounts_queues_read = Operation(
    name="accounts_queues_read",
    method="GET",
    path="/accounts/{account}/queues/{queue}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("account", "account", (str,), required=True),
        Param("queue", "queue", (int,), required=True),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubQueue",
        "403": "HubError",
        "404": "HubError",
    },
)
_accounts_workers_heartbeats_list = Operation(
    name="accounts_workers_heartbeats_list",
    method="GET",
    path="/accounts/{account}/workers/{worker}/heartbeats/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("account", "account", (str,), required=True),
        Param("worker", "worker", (int,), required=True),
    ),
    query_params=(
        Param("limit", "limit", (int,), minimum=1),
        Param("offset", "offset", (int,), minimum=0),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubWorkerHeartbeatPage",
        "403": "HubError",
        "404": "HubError",
    },
)
_accounts_workers_list = Operation(
    name="accounts_workers_list",
    method="GET",
    path="/accounts/{account}/workers/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("account", "account", (str,), required=True),),
    query_params=(
        Param("limit", "limit", (int,), minimum=1),
        Param("offset", "offset", (int,), minimum=0),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubWorkerPage",
        "403": "HubError",
        "404": "HubError",
    },
)
_accounts_workers_read = Operation(
    name="accounts_workers_read",
    method="GET",
    path="/accounts/{account}/workers/{worker}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("account", "account", (str,), required=True),
        Param("worker", "worker", (int,), required=True),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubWorker",
        "403": "HubError",
        "404": "HubError",
    },
)
_accounts_zones_create = Operation(
    name="accounts_zones_create",
    method="POST",
    path="/accounts/{account}/zones/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("account", "account", (str,), required=True),),
    body="data",
    body_type="HubZoneCreate",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "201": "HubZone",
        "400": "HubError",
        "403": "HubError",
        "404": "HubError",
    },
)
_accounts_zones_delete = Operation(
    name="accounts_zones_delete",
    method="DELETE",
    path="/accounts/{account}/zones/{zone}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("account", "account", (str,), required=True),
        Param("zone", "zone", (int,), required=True),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "204": None,
        "403": "HubError",
        "404": "HubError",
    },
)
_accounts_zones_list = Operation(
    name="accounts_zones_list",
    method="GET",
    path="/accounts/{account}/zones/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("account", "account", (str,), required=True),),
    query_params=(
        Param("limit", "limit", (int,), minimum=1),
        Param("offset", "offset", (int,), minimum=0),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubZonePage",
        "403": "HubError",
        "404": "HubError",
    },
)
_accounts_zones_read = Operation(
    name="accounts_zones_read",
    method="GET",
    path="/accounts/{account}/zones/{zone}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(
        Param("account", "account", (str,), required=True),
        Param("zone", "zone", (int,), required=True),
    ),
    accept="application/json",
    auth=("Token",),
    responses={
        "200": "HubZone",
        "403": "HubError",
        "404": "HubError",
    },
)


class AccountsApi:
    """AccountsApi: methods for the operations tagged as above. Share one ApiClient.

    The system's server: ``https://hub.stenci.la/api`` when the Configuration sets no host.
    """

    #: The system these operations belong to (``x-sdk-system`` of the paths' server).
    system = "hub"

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()
        self.api_client.check_host(self.system)

    def accounts_queues_list(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubQueuePage:
        """List the job queues of an account.

        ``GET /accounts/{account}/queues/``

        One page of the account's queues (members), paged like `projects_jobs_list`.

        :param account: The account's id (or its name); a string, as in the Hub's schema. (required)
        :param limit: Number of results to return per page (the server's default is 50).
        :param offset: The initial index from which to return the results.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubQueuePage = self.api_client.call(
            _accounts_queues_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def accounts_queues_list_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubQueuePage]:
        """Like :meth:`accounts_queues_list`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubQueuePage] = self.api_client.call(
            _accounts_queues_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def accounts_queues_read(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        queue: Annotated[StrictInt, Field(description="The queue's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubQueue:
        """Read a job queue of an account.

        ``GET /accounts/{account}/queues/{queue}/``

        A queue of the account (members). The Hub's schema types `queue` as a string; it is the queue's integer id.

        :param account: The account's id (or its name); a string, as in the Hub's schema. (required)
        :param queue: The queue's id. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubQueue = self.api_client.call(
            _accounts_queues_read,
            {
                "account": account,
                "queue": queue,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def accounts_queues_read_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        queue: Annotated[StrictInt, Field(description="The queue's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubQueue]:
        """Like :meth:`accounts_queues_read`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubQueue] = self.api_client.call(
            _accounts_queues_read,
            {
                "account": account,
                "queue": queue,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def accounts_workers_heartbeats_list(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        worker: Annotated[
            StrictInt,
            Field(
                description="The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.)"
            ),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubWorkerHeartbeatPage:
        """List a worker's heartbeats.

        ``GET /accounts/{account}/workers/{worker}/heartbeats/``

        One page of the heartbeats the overseer relayed for the worker (members), newest first, paged like `projects_jobs_list`. The real server sends `load` as the event's `loadavg` array (the Hub's schema says an object).

        :param account: The account's id (or its name); a string, as in the Hub's schema. (required)
        :param worker: The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.) (required)
        :param limit: Number of results to return per page (the server's default is 50).
        :param offset: The initial index from which to return the results.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubWorkerHeartbeatPage = self.api_client.call(
            _accounts_workers_heartbeats_list,
            {
                "account": account,
                "worker": worker,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def accounts_workers_heartbeats_list_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        worker: Annotated[
            StrictInt,
            Field(
                description="The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.)"
            ),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubWorkerHeartbeatPage]:
        """Like :meth:`accounts_workers_heartbeats_list`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubWorkerHeartbeatPage] = self.api_client.call(
            _accounts_workers_heartbeats_list,
            {
                "account": account,
                "worker": worker,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def accounts_workers_list(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubWorkerPage:
        """List the workers of an account.

        ``GET /accounts/{account}/workers/``

        One page of the workers listening to the account's queues (members), paged like `projects_jobs_list`. The real server sends `queues` as queue ids and `details` as the `stats` the overseer sent (`null` before).

        :param account: The account's id (or its name); a string, as in the Hub's schema. (required)
        :param limit: Number of results to return per page (the server's default is 50).
        :param offset: The initial index from which to return the results.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubWorkerPage = self.api_client.call(
            _accounts_workers_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def accounts_workers_list_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubWorkerPage]:
        """Like :meth:`accounts_workers_list`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubWorkerPage] = self.api_client.call(
            _accounts_workers_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def accounts_workers_read(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        worker: Annotated[
            StrictInt,
            Field(
                description="The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.)"
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubWorker:
        """Read a worker of an account.

        ``GET /accounts/{account}/workers/{worker}/``

        A worker listening to the account's queues (members). The Hub's schema types `worker` as a string; it is the worker's integer id.

        :param account: The account's id (or its name); a string, as in the Hub's schema. (required)
        :param worker: The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.) (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubWorker = self.api_client.call(
            _accounts_workers_read,
            {
                "account": account,
                "worker": worker,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def accounts_workers_read_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        worker: Annotated[
            StrictInt,
            Field(
                description="The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.)"
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubWorker]:
        """Like :meth:`accounts_workers_read`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubWorker] = self.api_client.call(
            _accounts_workers_read,
            {
                "account": account,
                "worker": worker,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def accounts_zones_create(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        data: HubZoneCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubZone:
        """Create a zone.

        ``POST /accounts/{account}/zones/``

        Creates a zone of the account, for those who may manage the account (`stencila_hub.testing` refuses the member token with 403). 201 with the zone: declared as `HubZone`, whose fields are all optional, so that the `ZoneCreate` answer of the Hub's schema (without `account`) decodes as well.

        :param account: The account's id (or its name); a string, as in the Hub's schema. (required)
        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubZone = self.api_client.call(
            _accounts_zones_create,
            {
                "account": account,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def accounts_zones_create_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        data: HubZoneCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubZone]:
        """Like :meth:`accounts_zones_create`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubZone] = self.api_client.call(
            _accounts_zones_create,
            {
                "account": account,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def accounts_zones_delete(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        zone: Annotated[StrictInt, Field(description="The zone's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a zone.

        ``DELETE /accounts/{account}/zones/{zone}/``

        Deletes a zone of the account, for those who may manage the account (`stencila_hub.testing` refuses the member token with 403). 204, no body.

        :param account: The account's id (or its name); a string, as in the Hub's schema. (required)
        :param zone: The zone's id. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: None = self.api_client.call(
            _accounts_zones_delete,
            {
                "account": account,
                "zone": zone,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def accounts_zones_delete_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        zone: Annotated[StrictInt, Field(description="The zone's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`accounts_zones_delete`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[None] = self.api_client.call(
            _accounts_zones_delete,
            {
                "account": account,
                "zone": zone,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def accounts_zones_list(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubZonePage:
        """List the zones of an account.

        ``GET /accounts/{account}/zones/``

        One page of the account's zones (members), paged like `projects_jobs_list`.

        :param account: The account's id (or its name); a string, as in the Hub's schema. (required)
        :param limit: Number of results to return per page (the server's default is 50).
        :param offset: The initial index from which to return the results.
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubZonePage = self.api_client.call(
            _accounts_zones_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def accounts_zones_list_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubZonePage]:
        """Like :meth:`accounts_zones_list`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubZonePage] = self.api_client.call(
            _accounts_zones_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def accounts_zones_read(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        zone: Annotated[StrictInt, Field(description="The zone's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubZone:
        """Read a zone.

        ``GET /accounts/{account}/zones/{zone}/``

        A zone of the account (members). The Hub's schema types `zone` as a string; it is the zone's integer id.

        :param account: The account's id (or its name); a string, as in the Hub's schema. (required)
        :param zone: The zone's id. (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: HubZone = self.api_client.call(
            _accounts_zones_read,
            {
                "account": account,
                "zone": zone,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def accounts_zones_read_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        zone: Annotated[StrictInt, Field(description="The zone's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubZone]:
        """Like :meth:`accounts_zones_read`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[HubZone] = self.api_client.call(
            _accounts_zones_read,
            {
                "account": account,
                "zone": zone,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result


class AsyncAccountsApi:
    """The asyncio twin of :class:`AccountsApi` (``stencila_hub.aio.AccountsApi``): the same
    methods, arguments and return types, awaited; the same Operations. Share one AsyncApiClient."""

    system = AccountsApi.system

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        if api_client is None:
            from stencila_hub.aio.api_client import AsyncApiClient as _AsyncApiClient

            api_client = _AsyncApiClient.get_default()
        self.api_client = api_client
        self.api_client.check_host(self.system)

    async def accounts_queues_list(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubQueuePage:
        """List the job queues of an account. (``GET /accounts/{account}/queues/``): awaits :meth:`AccountsApi.accounts_queues_list`."""
        result: HubQueuePage = await self.api_client.call(
            _accounts_queues_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def accounts_queues_list_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubQueuePage]:
        """Awaits :meth:`AccountsApi.accounts_queues_list_with_http_info`."""
        result: ApiResponse[HubQueuePage] = await self.api_client.call(
            _accounts_queues_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def accounts_queues_read(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        queue: Annotated[StrictInt, Field(description="The queue's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubQueue:
        """Read a job queue of an account. (``GET /accounts/{account}/queues/{queue}/``): awaits :meth:`AccountsApi.accounts_queues_read`."""
        result: HubQueue = await self.api_client.call(
            _accounts_queues_read,
            {
                "account": account,
                "queue": queue,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def accounts_queues_read_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        queue: Annotated[StrictInt, Field(description="The queue's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubQueue]:
        """Awaits :meth:`AccountsApi.accounts_queues_read_with_http_info`."""
        result: ApiResponse[HubQueue] = await self.api_client.call(
            _accounts_queues_read,
            {
                "account": account,
                "queue": queue,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def accounts_workers_heartbeats_list(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        worker: Annotated[
            StrictInt,
            Field(
                description="The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.)"
            ),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubWorkerHeartbeatPage:
        """List a worker's heartbeats. (``GET /accounts/{account}/workers/{worker}/heartbeats/``): awaits :meth:`AccountsApi.accounts_workers_heartbeats_list`."""
        result: HubWorkerHeartbeatPage = await self.api_client.call(
            _accounts_workers_heartbeats_list,
            {
                "account": account,
                "worker": worker,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def accounts_workers_heartbeats_list_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        worker: Annotated[
            StrictInt,
            Field(
                description="The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.)"
            ),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubWorkerHeartbeatPage]:
        """Awaits :meth:`AccountsApi.accounts_workers_heartbeats_list_with_http_info`."""
        result: ApiResponse[HubWorkerHeartbeatPage] = await self.api_client.call(
            _accounts_workers_heartbeats_list,
            {
                "account": account,
                "worker": worker,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def accounts_workers_list(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubWorkerPage:
        """List the workers of an account. (``GET /accounts/{account}/workers/``): awaits :meth:`AccountsApi.accounts_workers_list`."""
        result: HubWorkerPage = await self.api_client.call(
            _accounts_workers_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def accounts_workers_list_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubWorkerPage]:
        """Awaits :meth:`AccountsApi.accounts_workers_list_with_http_info`."""
        result: ApiResponse[HubWorkerPage] = await self.api_client.call(
            _accounts_workers_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def accounts_workers_read(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        worker: Annotated[
            StrictInt,
            Field(
                description="The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.)"
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubWorker:
        """Read a worker of an account. (``GET /accounts/{account}/workers/{worker}/``): awaits :meth:`AccountsApi.accounts_workers_read`."""
        result: HubWorker = await self.api_client.call(
            _accounts_workers_read,
            {
                "account": account,
                "worker": worker,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def accounts_workers_read_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        worker: Annotated[
            StrictInt,
            Field(
                description="The worker's id. (The Hub's schema types it as a string; it is the worker's integer id.)"
            ),
        ],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubWorker]:
        """Awaits :meth:`AccountsApi.accounts_workers_read_with_http_info`."""
        result: ApiResponse[HubWorker] = await self.api_client.call(
            _accounts_workers_read,
            {
                "account": account,
                "worker": worker,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def accounts_zones_create(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        data: HubZoneCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubZone:
        """Create a zone. (``POST /accounts/{account}/zones/``): awaits :meth:`AccountsApi.accounts_zones_create`."""
        result: HubZone = await self.api_client.call(
            _accounts_zones_create,
            {
                "account": account,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def accounts_zones_create_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        data: HubZoneCreate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubZone]:
        """Awaits :meth:`AccountsApi.accounts_zones_create_with_http_info`."""
        result: ApiResponse[HubZone] = await self.api_client.call(
            _accounts_zones_create,
            {
                "account": account,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def accounts_zones_delete(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        zone: Annotated[StrictInt, Field(description="The zone's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a zone. (``DELETE /accounts/{account}/zones/{zone}/``): awaits :meth:`AccountsApi.accounts_zones_delete`."""
        result: None = await self.api_client.call(
            _accounts_zones_delete,
            {
                "account": account,
                "zone": zone,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def accounts_zones_delete_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        zone: Annotated[StrictInt, Field(description="The zone's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Awaits :meth:`AccountsApi.accounts_zones_delete_with_http_info`."""
        result: ApiResponse[None] = await self.api_client.call(
            _accounts_zones_delete,
            {
                "account": account,
                "zone": zone,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def accounts_zones_list(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubZonePage:
        """List the zones of an account. (``GET /accounts/{account}/zones/``): awaits :meth:`AccountsApi.accounts_zones_list`."""
        result: HubZonePage = await self.api_client.call(
            _accounts_zones_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def accounts_zones_list_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        limit: Annotated[
            Annotated[int, Field(strict=True, ge=1)] | None,
            Field(description="Number of results to return per page (the server's default is 50)."),
        ] = None,
        offset: Annotated[
            Annotated[int, Field(strict=True, ge=0)] | None,
            Field(description="The initial index from which to return the results."),
        ] = None,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubZonePage]:
        """Awaits :meth:`AccountsApi.accounts_zones_list_with_http_info`."""
        result: ApiResponse[HubZonePage] = await self.api_client.call(
            _accounts_zones_list,
            {
                "account": account,
                "limit": limit,
                "offset": offset,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def accounts_zones_read(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        zone: Annotated[StrictInt, Field(description="The zone's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> HubZone:
        """Read a zone. (``GET /accounts/{account}/zones/{zone}/``): awaits :meth:`AccountsApi.accounts_zones_read`."""
        result: HubZone = await self.api_client.call(
            _accounts_zones_read,
            {
                "account": account,
                "zone": zone,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def accounts_zones_read_with_http_info(
        self,
        account: Annotated[
            StrictStr,
            Field(description="The account's id (or its name); a string, as in the Hub's schema."),
        ],
        zone: Annotated[StrictInt, Field(description="The zone's id.")],
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[HubZone]:
        """Awaits :meth:`AccountsApi.accounts_zones_read_with_http_info`."""
        result: ApiResponse[HubZone] = await self.api_client.call(
            _accounts_zones_read,
            {
                "account": account,
                "zone": zone,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result
