# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Annotated, Any, ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class HubJobCreate(SdkModel):
    """A new job of a project (`projects_jobs_create`): its `method`, the `params` the method takes and an optional `description`. A method the server does not know is a 400.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    method: Annotated[str, Field(min_length=1, strict=True)] = Field(
        description="The job method (`sleep`, `convert`, `session`, `execute`...; the values of `HubJob.method`). Not an enum here, so that a method a newer Hub adds can be sent. "
    )
    params: dict[str, Any] | None = Field(
        default=None, description="The parameters of the method; a JSON object."
    )
    description: StrictStr | None = Field(
        default=None, description="A short description of the job."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "method",
            "params",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
