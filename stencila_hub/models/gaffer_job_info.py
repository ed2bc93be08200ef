# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

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
    processes: List[StrictInt] = Field(
        description="The Gaffer process ids of the running processes, committed ones included."
    )
    config: GafferProcessConfig

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
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
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
