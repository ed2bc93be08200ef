# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1QuobyteVolumeSource(SdkModel):
    """Represents a Quobyte mount that lasts the lifetime of a pod. Quobyte volumes do not support ownership management or SELinux relabeling.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    group: Optional[StrictStr] = Field(
        default=None, description="group to map volume access to Default is no group"
    )
    read_only: Optional[StrictBool] = Field(
        default=None,
        description="readOnly here will force the Quobyte volume to be mounted with read-only permissions. Defaults to false.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    registry: StrictStr = Field(
        description="registry represents a single or multiple Quobyte Registry services specified as a string as host:port pair (multiple entries are separated with commas) which acts as the central registry for volumes"
    )
    tenant: Optional[StrictStr] = Field(
        default=None,
        description="tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte volumes, value is set by the plugin",
    )
    user: Optional[StrictStr] = Field(
        default=None, description="user to map volume access to Defaults to serivceaccount user"
    )
    volume: StrictStr = Field(
        description="volume is a string that references an already created Quobyte volume by name."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "group",
            "read_only",
            "registry",
            "tenant",
            "user",
            "volume",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
