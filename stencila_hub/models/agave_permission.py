# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_acl import AgaveACL
from stencila_hub.models.agave_permission_links import AgavePermissionLinks


class AgavePermission(SdkModel):
    """A user's permission on a job.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    username: Optional[StrictStr] = Field(
        default=None, description="The username associated with this permission."
    )
    internal_username: Optional[StrictStr] = Field(
        default=None,
        description="The internal user the job runs as, or null (not in agavepy's swagger).",
        validation_alias="internalUsername",
        serialization_alias="internalUsername",
    )
    permission: Optional[AgaveACL] = Field(default=None, description="What the user may do.")
    links: Optional[AgavePermissionLinks] = Field(
        default=None,
        description="Links to the permission, its job and the user.",
        validation_alias="_links",
        serialization_alias="_links",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "username",
            "permission",
            "links",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
