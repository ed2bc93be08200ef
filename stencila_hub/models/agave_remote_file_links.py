# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_link import AgaveLink


class AgaveRemoteFileLinks(SdkModel):
    """The `_links` of a job output file.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    var_self: AgaveLink | None = Field(
        default=None,
        description="The file's download URL (`.../jobs/v2/{id}/outputs/media/<path>`).",
        validation_alias="self",
        serialization_alias="self",
    )
    system: AgaveLink | None = Field(default=None, description="The system holding the file.")
    parent: AgaveLink | None = Field(default=None, description="The job.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "var_self",
            "system",
            "parent",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
