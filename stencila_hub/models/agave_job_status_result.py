# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_job_links import AgaveJobLinks
from stencila_hub.models.agave_job_status import AgaveJobStatus


class AgaveJobStatusResult(SdkModel):
    """The result of `get_status`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictStr | None = Field(
        default=None,
        description="The unique id of the job (the server's own swagger types it integer; it is a string).",
    )
    status: AgaveJobStatus | None = Field(default=None, description="The status of the job.")
    links: AgaveJobLinks | None = Field(
        default=None,
        description="The `self` link of the job.",
        validation_alias="_links",
        serialization_alias="_links",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "status",
            "links",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
