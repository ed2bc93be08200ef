# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class SaharaJobExecutionInfo(SdkModel):
    """The status report of a job execution. `status` is always there; the other keys depend on the engine (the Oozie engine copies Oozie's workflow report: `user`, `actions`, `appName`, `createdTime`, `consoleUrl`, ...); they are kept as additional properties.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    status: StrictStr | None = Field(
        default=None,
        description="The status of the job execution: Sahara's own statuses (`edp.JOB_STATUS_*`); the Oozie engine reports Oozie's workflow or coordinator status here, and values not listed (for example Oozie's `RUNNINGWITHERROR`) decode and are kept. ",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
        }
    )
    _sdk_extra_allowed: ClassVar[bool] = True  # additionalProperties: true
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {
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
