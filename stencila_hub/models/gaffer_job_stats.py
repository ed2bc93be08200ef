# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.gaffer_process_stats import GafferProcessStats


class GafferJobStats(SdkModel):
    """Statistics of the processes of a Gaffer job, with totals. The totals are numbers (percent) when every process has figures; otherwise (no running process, or a process without figures) the server sends strings, and because of a bug `\"N\"`, `\"/\"` and `\"A\"` for the total, maximum and minimum. They are typed as any JSON value.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: StrictStr = Field(description="The fully qualified job name, `<sessionid>.<jobname>`.")
    stats: list[GafferProcessStats] = Field(
        description="One entry per running process, committed ones included."
    )
    cpu: Any | None = Field(
        default=None, description='Total CPU use in percent (a number), or `"N"` (see above).'
    )
    max_cpu: Any | None = Field(
        default=None, description='Highest CPU use of a process (a number), or `"/"`.'
    )
    min_cpu: Any | None = Field(
        default=None, description='Lowest CPU use of a process (a number), or `"A"`.'
    )
    mem: Any | None = Field(
        default=None, description='Total memory use in percent (a number), or `"N"`.'
    )
    max_mem: Any | None = Field(
        default=None, description='Highest memory use of a process (a number), or `"/"`.'
    )
    min_mem: Any | None = Field(
        default=None, description='Lowest memory use of a process (a number), or `"A"`.'
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "stats",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
