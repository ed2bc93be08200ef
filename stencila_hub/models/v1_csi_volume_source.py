# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_local_object_reference import V1LocalObjectReference


class V1CSIVolumeSource(SdkModel):
    """Represents a source location of a volume to mount, managed by an external CSI driver

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    driver: StrictStr = Field(
        description="driver is the name of the CSI driver that handles this volume. Consult with your admin for the correct name as registered in the cluster."
    )
    fs_type: StrictStr | None = Field(
        default=None,
        description='fsType to mount. Ex. "ext4", "xfs", "ntfs". If not provided, the empty value is passed to the associated CSI driver which will determine the default filesystem to apply.',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    node_publish_secret_ref: V1LocalObjectReference | None = Field(
        default=None,
        validation_alias="nodePublishSecretRef",
        serialization_alias="nodePublishSecretRef",
    )
    read_only: StrictBool | None = Field(
        default=None,
        description="readOnly specifies a read-only configuration for the volume. Defaults to false (read/write).",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    volume_attributes: dict[str, StrictStr] | None = Field(
        default=None,
        description="volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver's documentation for supported values.",
        validation_alias="volumeAttributes",
        serialization_alias="volumeAttributes",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "driver",
            "fs_type",
            "node_publish_secret_ref",
            "read_only",
            "volume_attributes",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
