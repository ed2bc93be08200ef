# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class HubWorkerHeartbeat(SdkModel):
    """One heartbeat of a worker. The real server sends `load` as the event's `loadavg` array; the Hub's schema says an object.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    time: Optional[datetime] = Field(default=None, description="The time of the heartbeat.")
    clock: Optional[StrictInt] = Field(
        default=None, description="The tick number of the worker's monotonic clock."
    )
    active: Optional[StrictInt] = Field(
        default=None, description="The number of active jobs on the worker."
    )
    processed: Optional[StrictInt] = Field(
        default=None, description="The number of jobs the worker has processed."
    )
    load: Optional[List[Union[StrictFloat, StrictInt]]] = Field(
        default=None, description="The system load over the last 1, 5 and 15 minutes."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "time",
            "active",
            "processed",
            "load",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
