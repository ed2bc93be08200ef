# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.gaffer_process_config import GafferProcessConfig


class GafferJobInfo(SdkModel):
    """A Gaffer job, as `GET /jobs/{sessionid}/{jobname}` returns it (`manager.info`).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: StrictStr = Field(description="The fully qualified job name, `<sessionid>.<jobname>`.")
    active: StrictBool = Field(description="Whether the job is started.")
    running: StrictInt = Field(
        description="The number of running processes, committed ones included."
    )
    running_out: StrictInt = Field(
        description="The number of running committed (one-off, unsupervised) processes."
    )
    max_processes: StrictInt = Field(
        description="The number of processes to keep alive (`numprocesses`)."
    )
    processes: list[StrictInt] = Field(
        description="The Gaffer process ids of the running processes, committed ones included."
    )
    config: GafferProcessConfig

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "active",
            "running",
            "running_out",
            "max_processes",
            "processes",
            "config",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
