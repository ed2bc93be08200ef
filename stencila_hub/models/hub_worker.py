# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class HubWorker(SdkModel):
    """A worker as the Hub records it from the overseer's events. (`details` holds the `stats` the overseer sent; `queues` the ids of the queues it listens to.)

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: Optional[StrictInt] = None
    active: Optional[StrictBool] = Field(
        default=None, description="Whether the worker is online (no `finished` yet)."
    )
    created: Optional[datetime] = Field(
        default=None, description="The time of the first event for the worker."
    )
    started: Optional[datetime] = Field(
        default=None, description="The time of its `worker-online` event."
    )
    updated: Optional[datetime] = Field(default=None, description="The time of its last heartbeat.")
    finished: Optional[datetime] = Field(
        default=None, description="The time of its `worker-offline` event."
    )
    hostname: Optional[StrictStr] = Field(default=None, description="The worker's Celery hostname.")
    utcoffset: Optional[StrictInt] = None
    pid: Optional[StrictInt] = None
    freq: Optional[Union[StrictFloat, StrictInt]] = Field(
        default=None, description="The heartbeat frequency, in seconds."
    )
    software: Optional[StrictStr] = Field(
        default=None, description="The name and version of the worker's software."
    )
    os: Optional[StrictStr] = Field(
        default=None, description="The operating system the worker runs on."
    )
    details: Optional[Dict[str, Any]] = Field(
        default=None,
        description="The worker's statistics (what `workers_partial_update` sent as `stats`).",
    )
    signature: Optional[StrictStr] = Field(
        default=None,
        description="The worker's signature (hostname, utcoffset, pid, freq, software, os).",
    )
    queues: Optional[List[StrictInt]] = Field(
        default=None, description="The ids of the queues the worker listens to."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "active",
            "created",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "active",
            "created",
            "hostname",
            "queues",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
