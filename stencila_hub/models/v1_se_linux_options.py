# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1SELinuxOptions(SdkModel):
    """SELinuxOptions are the labels to be applied to the container

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    level: Optional[StrictStr] = Field(
        default=None, description="level is SELinux level label that applies to the container."
    )
    role: Optional[StrictStr] = Field(
        default=None, description="role is a SELinux role label that applies to the container."
    )
    type: Optional[StrictStr] = Field(
        default=None, description="type is a SELinux type label that applies to the container."
    )
    user: Optional[StrictStr] = Field(
        default=None, description="user is a SELinux user label that applies to the container."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "level",
            "role",
            "type",
            "user",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
