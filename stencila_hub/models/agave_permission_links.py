# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_link import AgaveLink


class AgavePermissionLinks(SdkModel):
    """The `_links` of a job permission.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    var_self: AgaveLink | None = Field(
        default=None,
        description="This permission.",
        validation_alias="self",
        serialization_alias="self",
    )
    parent: AgaveLink | None = Field(default=None, description="The job.")
    profile: AgaveLink | None = Field(default=None, description="The user's profile.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "var_self",
            "parent",
            "profile",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
