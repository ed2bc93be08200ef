# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_local_object_reference import V1LocalObjectReference


class V1FlexVolumeSource(SdkModel):
    """FlexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    driver: StrictStr = Field(
        description="driver is the name of the driver to use for this volume."
    )
    fs_type: Optional[StrictStr] = Field(
        default=None,
        description='fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    options: Optional[Dict[str, StrictStr]] = Field(
        default=None,
        description="options is Optional: this field holds extra command options if any.",
    )
    read_only: Optional[StrictBool] = Field(
        default=None,
        description="readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    secret_ref: Optional[V1LocalObjectReference] = Field(
        default=None, validation_alias="secretRef", serialization_alias="secretRef"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "driver",
            "fs_type",
            "options",
            "read_only",
            "secret_ref",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
