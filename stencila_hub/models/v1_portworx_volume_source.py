# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool, StrictStr

from stencila_hub.base_model import SdkModel


class V1PortworxVolumeSource(SdkModel):
    """PortworxVolumeSource represents a Portworx volume resource.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    fs_type: StrictStr | None = Field(
        default=None,
        description='fsType represents the filesystem type to mount Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    read_only: StrictBool | None = Field(
        default=None,
        description="readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    volume_id: StrictStr = Field(
        description="volumeID uniquely identifies a Portworx volume",
        validation_alias="volumeID",
        serialization_alias="volumeID",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "fs_type",
            "read_only",
            "volume_id",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
