# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_acl import AgaveACL
from stencila_hub.models.agave_permission_links import AgavePermissionLinks


class AgavePermission(SdkModel):
    """A user's permission on a job.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    username: StrictStr | None = Field(
        default=None, description="The username associated with this permission."
    )
    internal_username: StrictStr | None = Field(
        default=None,
        description="The internal user the job runs as, or null (not in agavepy's swagger).",
        validation_alias="internalUsername",
        serialization_alias="internalUsername",
    )
    permission: AgaveACL | None = Field(default=None, description="What the user may do.")
    links: AgavePermissionLinks | None = Field(
        default=None,
        description="Links to the permission, its job and the user.",
        validation_alias="_links",
        serialization_alias="_links",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "username",
            "permission",
            "links",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
