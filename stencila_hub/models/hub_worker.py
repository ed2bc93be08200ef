# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import datetime
from typing import Any, ClassVar

from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class HubWorker(SdkModel):
    """A worker as the Hub records it from the overseer's events. (`details` holds the `stats` the overseer sent; `queues` the ids of the queues it listens to.)

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictInt | None = None
    active: StrictBool | None = Field(
        default=None, description="Whether the worker is online (no `finished` yet)."
    )
    created: datetime | None = Field(
        default=None, description="The time of the first event for the worker."
    )
    started: datetime | None = Field(
        default=None, description="The time of its `worker-online` event."
    )
    updated: datetime | None = Field(default=None, description="The time of its last heartbeat.")
    finished: datetime | None = Field(
        default=None, description="The time of its `worker-offline` event."
    )
    hostname: StrictStr | None = Field(default=None, description="The worker's Celery hostname.")
    utcoffset: StrictInt | None = None
    pid: StrictInt | None = None
    freq: StrictFloat | StrictInt | None = Field(
        default=None, description="The heartbeat frequency, in seconds."
    )
    software: StrictStr | None = Field(
        default=None, description="The name and version of the worker's software."
    )
    os: StrictStr | None = Field(
        default=None, description="The operating system the worker runs on."
    )
    details: dict[str, Any] | None = Field(
        default=None,
        description="The worker's statistics (what `workers_partial_update` sent as `stats`).",
    )
    signature: StrictStr | None = Field(
        default=None,
        description="The worker's signature (hostname, utcoffset, pid, freq, software, os).",
    )
    queues: list[StrictInt] | None = Field(
        default=None, description="The ids of the queues the worker listens to."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "active",
            "created",
        }
    )
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "active",
            "created",
            "hostname",
            "queues",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
