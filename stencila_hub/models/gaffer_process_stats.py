# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class GafferProcessStats(SdkModel):
    """Statistics of one process of a Gaffer job. When the figures of a process cannot be read, its `cpu` and `mem` are the string `\"N/A\"`; they are typed as any JSON value.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    pid: StrictInt = Field(description="The Gaffer process id.")
    os_pid: StrictInt | None = Field(default=None, description="The OS process id.")
    cpu: Any | None = Field(default=None, description='CPU use in percent (a number), or `"N/A"`.')
    mem: Any | None = Field(
        default=None, description='Memory use in percent of the machine (a number), or `"N/A"`.'
    )
    mem_info1: StrictStr | None = Field(
        default=None, description="Resident memory, human-readable (for example `5M`)."
    )
    mem_info2: StrictStr | None = Field(
        default=None, description="Virtual memory, human-readable (for example `28M`)."
    )
    ctime: StrictStr | None = Field(
        default=None, description="CPU time used, `M:SS.cc` (for example `0:00.30`)."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "pid",
            "os_pid",
            "mem_info1",
            "mem_info2",
            "ctime",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
