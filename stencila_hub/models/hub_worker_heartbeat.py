# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import datetime
from typing import ClassVar

from pydantic import Field, StrictFloat, StrictInt

from stencila_hub.base_model import SdkModel


class HubWorkerHeartbeat(SdkModel):
    """One heartbeat of a worker. The real server sends `load` as the event's `loadavg` array; the Hub's schema says an object.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    time: datetime | None = Field(default=None, description="The time of the heartbeat.")
    clock: StrictInt | None = Field(
        default=None, description="The tick number of the worker's monotonic clock."
    )
    active: StrictInt | None = Field(
        default=None, description="The number of active jobs on the worker."
    )
    processed: StrictInt | None = Field(
        default=None, description="The number of jobs the worker has processed."
    )
    load: list[StrictFloat | StrictInt] | None = Field(
        default=None, description="The system load over the last 1, 5 and 15 minutes."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "time",
            "active",
            "processed",
            "load",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
