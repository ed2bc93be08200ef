# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.gaffer_process_stats import GafferProcessStats


class GafferJobStats(SdkModel):
    """Statistics of the processes of a Gaffer job, with totals. The totals are numbers (percent) when every process has figures; otherwise (no running process, or a process without figures) the server sends strings, and because of a bug `\"N\"`, `\"/\"` and `\"A\"` for the total, maximum and minimum. They are typed as any JSON value.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: StrictStr = Field(description="The fully qualified job name, `<sessionid>.<jobname>`.")
    stats: List[GafferProcessStats] = Field(
        description="One entry per running process, committed ones included."
    )
    cpu: Optional[Any] = Field(
        default=None, description='Total CPU use in percent (a number), or `"N"` (see above).'
    )
    max_cpu: Optional[Any] = Field(
        default=None, description='Highest CPU use of a process (a number), or `"/"`.'
    )
    min_cpu: Optional[Any] = Field(
        default=None, description='Lowest CPU use of a process (a number), or `"A"`.'
    )
    mem: Optional[Any] = Field(
        default=None, description='Total memory use in percent (a number), or `"N"`.'
    )
    max_mem: Optional[Any] = Field(
        default=None, description='Highest memory use of a process (a number), or `"/"`.'
    )
    min_mem: Optional[Any] = Field(
        default=None, description='Lowest memory use of a process (a number), or `"A"`.'
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "name",
            "stats",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
