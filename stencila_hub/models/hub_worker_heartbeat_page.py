# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.hub_worker_heartbeat import HubWorkerHeartbeat


class HubWorkerHeartbeatPage(SdkModel):
    """One page of a worker's heartbeats, as the Hub pages its lists (Django REST framework's limit/offset pagination): `next` and `previous` are absolute URLs with `limit` and `offset`, `null` on the last and first page. `stencila_hub.pagination.hub` walks every page.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    count: StrictInt = Field(description="How many there are in all pages.")
    next: StrictStr | None = Field(
        default=None, description="The URL of the next page, `null` on the last."
    )
    previous: StrictStr | None = Field(
        default=None, description="The URL of the previous page, `null` on the first."
    )
    results: list[HubWorkerHeartbeat]

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "count",
            "results",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
