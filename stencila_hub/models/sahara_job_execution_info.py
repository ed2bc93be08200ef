# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class SaharaJobExecutionInfo(SdkModel):
    """The status report of a job execution. `status` is always there; the other keys depend on the engine (the Oozie engine copies Oozie's workflow report: `user`, `actions`, `appName`, `createdTime`, `consoleUrl`, ...); they are kept as additional properties.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    status: Optional[StrictStr] = Field(
        default=None,
        description="The status of the job execution: Sahara's own statuses (`edp.JOB_STATUS_*`); the Oozie engine reports Oozie's workflow or coordinator status here, and values not listed (for example Oozie's `RUNNINGWITHERROR`) decode and are kept. ",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "status",
        }
    )
    _sdk_extra_allowed: ClassVar[bool] = True  # additionalProperties: true
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {
        "status": frozenset(
            {
                "PENDING",
                "READYTORUN",
                "PREP",
                "RUNNING",
                "SUCCEEDED",
                "FAILED",
                "KILLED",
                "DONEWITHERROR",
                "TOBEKILLED",
                "TOBESUSPENDED",
                "PREPSUSPENDED",
                "SUSPENDED",
                "SUSPENDFAILED",
            }
        ),
    }
