# Generated from templates/api.mustache (our override) and openapi.yaml. Do not edit.
"""WorkersApi: the operations of openapi.yaml tagged `workers`.

Each method checks its arguments, then calls :meth:`stencila_hub.api_client.ApiClient.call` with an
:class:`~stencila_hub.api_client.Operation` built once, at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Annotated,
)

from pydantic import Field, StrictStr

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

_workers_heartbeat = Operation(
    name="workers_heartbeat",
    method="POST",
    path="/workers/heartbeat/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    body="data",
    body_type="CeleryWorkerEvent",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "200": None,
        "400": "HubError",
        "403": "HubError",
    },
)
_workers_offline = Operation(
    name="workers_offline",
    method="POST",
    path="/workers/offline/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    body="data",
    body_type="CeleryWorkerEvent",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "200": None,
        "400": "HubError",
        "403": "HubError",
    },
)
_workers_online = Operation(
    name="workers_online",
    method="POST",
    path="/workers/online/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    body="data",
    body_type="CeleryWorkerEvent",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "200": None,
        "400": "HubError",
        "403": "HubError",
    },
)
_workers_partial_update = Operation(
    name="workers_partial_update",
    method="PATCH",
    path="/workers/{hostname}/",
    system="hub",
    default_host="https://hub.stenci.la/api",
    host_env="STENCILA_HUB_URL",
    path_params=(Param("hostname", "hostname", (str,), required=True),),
    body="data",
    body_type="HubWorkerUpdate",
    body_required=True,
    content_type="application/json",
    accept="application/json",
    auth=("Token",),
    responses={
        "200": None,
        "400": "HubError",
        "403": "HubError",
        "404": "HubError",
    },
)


class WorkersApi:
    """WorkersApi: methods for the operations tagged as above. Share one ApiClient.

    The system's server: ``https://hub.stenci.la/api`` when the Configuration sets no host.
    """

    #: The system these operations belong to (``x-sdk-system`` of the paths' server).
    system = "hub"

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient.get_default()
        self.api_client.check_host(self.system)

    def workers_heartbeat(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Record a worker heartbeat.

        ``POST /workers/heartbeat/``

        An internal route for the `overseer` service (staff only): relays a Celery `worker-heartbeat` event (`active`, `processed` and `loadavg` are what the Hub keeps). The real server answers **200 with an empty body**. Send the event's fields as Celery sends them (`timestamp`, `active`, `processed`, `loadavg`, also `clock`): the Hub keeps them as the heartbeat. (The Hub's schema says the body is a `Worker`.)

        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: None = self.api_client.call(
            _workers_heartbeat,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def workers_heartbeat_with_http_info(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`workers_heartbeat`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[None] = self.api_client.call(
            _workers_heartbeat,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def workers_offline(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Record that a worker has gone offline.

        ``POST /workers/offline/``

        An internal route for the `overseer` service (staff only): relays a Celery `worker-offline` event; the Hub marks the worker finished. The real server answers **200 with an empty body**. (The Hub's schema says the body is a `Worker`.)

        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: None = self.api_client.call(
            _workers_offline,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def workers_offline_with_http_info(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`workers_offline`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[None] = self.api_client.call(
            _workers_offline,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def workers_online(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Record that a worker has come online.

        ``POST /workers/online/``

        An internal route for the `overseer` service (staff only; another token gets 403): relays a Celery `worker-online` event. The real server answers **200 with an empty body**. (The Hub's schema says the body is a `Worker`; the server reads the Celery event's fields, `CeleryWorkerEvent`.)

        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: None = self.api_client.call(
            _workers_online,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def workers_online_with_http_info(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`workers_online`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[None] = self.api_client.call(
            _workers_online,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    def workers_partial_update(
        self,
        hostname: Annotated[StrictStr, Field(description="The worker's Celery hostname.")],
        data: HubWorkerUpdate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update information on the worker.

        ``PATCH /workers/{hostname}/``

        An internal route for the `overseer` service (staff only), once per worker after `workers_online`: the worker's `stats` and the `queues` it listens to (Celery's `inspect().stats()` and `inspect().active_queues()` for that worker). The real server answers **200 with an empty body**, where its schema says it answers with the `Worker`. It looks the worker up by `hostname`: send this after `workers_online` (a 404 for a hostname without a worker is declared, and is what `stencila_hub.testing` answers; the real server's answer to that case has not been observed).

        :param hostname: The worker's Celery hostname. (required)
        :param data: (required)
        :param _request_timeout: this call's ``(connect, read)`` timeout in seconds, or one number.
        :param _retries: this call's retries: an int or a RetryPolicy; ``0`` turns them off.
        :param _headers: extra request headers.
        :return: the decoded body.
        """
        result: None = self.api_client.call(
            _workers_partial_update,
            {
                "hostname": hostname,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    def workers_partial_update_with_http_info(
        self,
        hostname: Annotated[StrictStr, Field(description="The worker's Celery hostname.")],
        data: HubWorkerUpdate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Like :meth:`workers_partial_update`, with the status code, headers, raw body and the retries taken."""
        result: ApiResponse[None] = self.api_client.call(
            _workers_partial_update,
            {
                "hostname": hostname,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result


class AsyncWorkersApi:
    """The asyncio twin of :class:`WorkersApi` (``stencila_hub.aio.WorkersApi``): the same
    methods, arguments and return types, awaited; the same Operations. Share one AsyncApiClient."""

    system = WorkersApi.system

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        if api_client is None:
            from stencila_hub.aio.api_client import AsyncApiClient as _AsyncApiClient

            api_client = _AsyncApiClient.get_default()
        self.api_client = api_client
        self.api_client.check_host(self.system)

    async def workers_heartbeat(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Record a worker heartbeat. (``POST /workers/heartbeat/``): awaits :meth:`WorkersApi.workers_heartbeat`."""
        result: None = await self.api_client.call(
            _workers_heartbeat,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def workers_heartbeat_with_http_info(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Awaits :meth:`WorkersApi.workers_heartbeat_with_http_info`."""
        result: ApiResponse[None] = await self.api_client.call(
            _workers_heartbeat,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def workers_offline(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Record that a worker has gone offline. (``POST /workers/offline/``): awaits :meth:`WorkersApi.workers_offline`."""
        result: None = await self.api_client.call(
            _workers_offline,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def workers_offline_with_http_info(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Awaits :meth:`WorkersApi.workers_offline_with_http_info`."""
        result: ApiResponse[None] = await self.api_client.call(
            _workers_offline,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def workers_online(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Record that a worker has come online. (``POST /workers/online/``): awaits :meth:`WorkersApi.workers_online`."""
        result: None = await self.api_client.call(
            _workers_online,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def workers_online_with_http_info(
        self,
        data: CeleryWorkerEvent,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Awaits :meth:`WorkersApi.workers_online_with_http_info`."""
        result: ApiResponse[None] = await self.api_client.call(
            _workers_online,
            {
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result

    async def workers_partial_update(
        self,
        hostname: Annotated[StrictStr, Field(description="The worker's Celery hostname.")],
        data: HubWorkerUpdate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update information on the worker. (``PATCH /workers/{hostname}/``): awaits :meth:`WorkersApi.workers_partial_update`."""
        result: None = await self.api_client.call(
            _workers_partial_update,
            {
                "hostname": hostname,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            False,
        )
        return result

    async def workers_partial_update_with_http_info(
        self,
        hostname: Annotated[StrictStr, Field(description="The worker's Celery hostname.")],
        data: HubWorkerUpdate,
        *,
        _request_timeout: TimeoutArg = None,
        _retries: None | int | RetryPolicy = None,
        _headers: Mapping[str, str] | None = None,
    ) -> ApiResponse[None]:
        """Awaits :meth:`WorkersApi.workers_partial_update_with_http_info`."""
        result: ApiResponse[None] = await self.api_client.call(
            _workers_partial_update,
            {
                "hostname": hostname,
                "data": data,
            },
            _request_timeout,
            _retries,
            _headers,
            True,
        )
        return result
