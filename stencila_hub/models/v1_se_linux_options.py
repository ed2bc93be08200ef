# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1SELinuxOptions(SdkModel):
    """SELinuxOptions are the labels to be applied to the container

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    level: StrictStr | None = Field(
        default=None, description="level is SELinux level label that applies to the container."
    )
    role: StrictStr | None = Field(
        default=None, description="role is a SELinux role label that applies to the container."
    )
    type: StrictStr | None = Field(
        default=None, description="type is a SELinux type label that applies to the container."
    )
    user: StrictStr | None = Field(
        default=None, description="user is a SELinux user label that applies to the container."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "level",
            "role",
            "type",
            "user",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
