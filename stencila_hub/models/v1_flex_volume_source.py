# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool, StrictStr

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
    fs_type: StrictStr | None = Field(
        default=None,
        description='fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    options: dict[str, StrictStr] | None = Field(
        default=None,
        description="options is Optional: this field holds extra command options if any.",
    )
    read_only: StrictBool | None = Field(
        default=None,
        description="readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    secret_ref: V1LocalObjectReference | None = Field(
        default=None, validation_alias="secretRef", serialization_alias="secretRef"
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "driver",
            "fs_type",
            "options",
            "read_only",
            "secret_ref",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
