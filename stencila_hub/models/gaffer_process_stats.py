# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class GafferProcessStats(SdkModel):
    """Statistics of one process of a Gaffer job. When the figures of a process cannot be read, its `cpu` and `mem` are the string `\"N/A\"`; they are typed as any JSON value.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    pid: StrictInt = Field(description="The Gaffer process id.")
    os_pid: Optional[StrictInt] = Field(default=None, description="The OS process id.")
    cpu: Optional[Any] = Field(
        default=None, description='CPU use in percent (a number), or `"N/A"`.'
    )
    mem: Optional[Any] = Field(
        default=None, description='Memory use in percent of the machine (a number), or `"N/A"`.'
    )
    mem_info1: Optional[StrictStr] = Field(
        default=None, description="Resident memory, human-readable (for example `5M`)."
    )
    mem_info2: Optional[StrictStr] = Field(
        default=None, description="Virtual memory, human-readable (for example `28M`)."
    )
    ctime: Optional[StrictStr] = Field(
        default=None, description="CPU time used, `M:SS.cc` (for example `0:00.30`)."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "pid",
            "os_pid",
            "mem_info1",
            "mem_info2",
            "ctime",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
