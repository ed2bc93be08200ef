# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Annotated, ClassVar

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class CeleryWorkerEvent(SdkModel):
    """A Celery worker event (`worker-online`, `worker-heartbeat`, `worker-offline`), as the overseer relays it to `workers_online`, `workers_heartbeat` and `workers_offline`: the event's own fields, snake_case as Celery sends them. The Hub's schema says these operations take a `Worker`; the real server reads these fields (`hostname` is required; a heartbeat's `active`, `processed` and `loadavg` become the heartbeat). Other fields of the event (`type`, `clock`, `local_received`...) may be sent as well; the server ignores them.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    hostname: Annotated[str, Field(min_length=1, strict=True, max_length=512)] = Field(
        description="The worker's Celery hostname, e.g. `celery@worker-1`."
    )
    utcoffset: StrictInt | None = Field(
        default=None,
        description="The worker's offset from UTC, in hours (Celery's sign convention).",
    )
    pid: StrictInt | None = Field(default=None, description="The worker's process id.")
    freq: StrictFloat | StrictInt | None = Field(
        default=None, description="The heartbeat frequency, in seconds."
    )
    sw_ident: StrictStr | None = Field(
        default=None, description="The worker software's name (`py-celery`)."
    )
    sw_ver: StrictStr | None = Field(default=None, description="The worker software's version.")
    sw_sys: StrictStr | None = Field(
        default=None, description="The operating system the worker runs on."
    )
    timestamp: StrictFloat | StrictInt | None = Field(
        default=None,
        description="When the event happened, in seconds since the epoch (the worker's clock).",
    )
    active: StrictInt | None = Field(
        default=None, description="How many tasks the worker is running (heartbeats)."
    )
    processed: StrictInt | None = Field(
        default=None, description="How many tasks the worker has processed (heartbeats)."
    )
    loadavg: list[StrictFloat | StrictInt] | None = Field(
        default=None, description="The system load over the last 1, 5 and 15 minutes (heartbeats)."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "hostname",
        }
    )
    _sdk_extra_allowed: ClassVar[bool] = True  # additionalProperties: true
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
