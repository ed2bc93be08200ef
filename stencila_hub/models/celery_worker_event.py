# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class CeleryWorkerEvent(SdkModel):
    """A Celery worker event (`worker-online`, `worker-heartbeat`, `worker-offline`), as the overseer relays it to `workers_online`, `workers_heartbeat` and `workers_offline`: the event's own fields, snake_case as Celery sends them. The Hub's schema says these operations take a `Worker`; the real server reads these fields (`hostname` is required; a heartbeat's `active`, `processed` and `loadavg` become the heartbeat). Other fields of the event (`type`, `clock`, `local_received`...) may be sent as well; the server ignores them.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    hostname: Annotated[str, Field(min_length=1, strict=True, max_length=512)] = Field(
        description="The worker's Celery hostname, e.g. `celery@worker-1`."
    )
    utcoffset: Optional[StrictInt] = Field(
        default=None,
        description="The worker's offset from UTC, in hours (Celery's sign convention).",
    )
    pid: Optional[StrictInt] = Field(default=None, description="The worker's process id.")
    freq: Optional[Union[StrictFloat, StrictInt]] = Field(
        default=None, description="The heartbeat frequency, in seconds."
    )
    sw_ident: Optional[StrictStr] = Field(
        default=None, description="The worker software's name (`py-celery`)."
    )
    sw_ver: Optional[StrictStr] = Field(default=None, description="The worker software's version.")
    sw_sys: Optional[StrictStr] = Field(
        default=None, description="The operating system the worker runs on."
    )
    timestamp: Optional[Union[StrictFloat, StrictInt]] = Field(
        default=None,
        description="When the event happened, in seconds since the epoch (the worker's clock).",
    )
    active: Optional[StrictInt] = Field(
        default=None, description="How many tasks the worker is running (heartbeats)."
    )
    processed: Optional[StrictInt] = Field(
        default=None, description="How many tasks the worker has processed (heartbeats)."
    )
    loadavg: Optional[List[Union[StrictFloat, StrictInt]]] = Field(
        default=None, description="The system load over the last 1, 5 and 15 minutes (heartbeats)."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "hostname",
        }
    )
    _sdk_extra_allowed: ClassVar[bool] = True  # additionalProperties: true
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
