# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_job_history_event import AgaveJobHistoryEvent


class AgaveJobHistoryListResponse(SdkModel):
    """The envelope of `get_history`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    status: StrictStr | None = Field(
        default=None,
        description="`success`, or `error`: an envelope with `error` is an error even on HTTP 200 (the runtime raises it). ",
    )
    message: StrictStr | None = Field(
        default=None, description="A message; null on most successes, the reason on errors."
    )
    version: StrictStr | None = Field(
        default=None, description="The server's version, e.g. `2.2.14-red7223e`."
    )
    result: list[AgaveJobHistoryEvent] | None = Field(default=None, description="The job's events.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "version",
            "result",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {
        "status": frozenset(
            {
                "success",
                "error",
            }
        ),
    }
