# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_local_object_reference import V1LocalObjectReference


class V1ScaleIOVolumeSource(SdkModel):
    """ScaleIOVolumeSource represents a persistent ScaleIO volume

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    fs_type: StrictStr | None = Field(
        default=None,
        description='fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Default is "xfs".',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    gateway: StrictStr = Field(
        description="gateway is the host address of the ScaleIO API Gateway."
    )
    protection_domain: StrictStr | None = Field(
        default=None,
        description="protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.",
        validation_alias="protectionDomain",
        serialization_alias="protectionDomain",
    )
    read_only: StrictBool | None = Field(
        default=None,
        description="readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    secret_ref: V1LocalObjectReference | None = Field(
        default=None, validation_alias="secretRef", serialization_alias="secretRef"
    )
    ssl_enabled: StrictBool | None = Field(
        default=None,
        description="sslEnabled Flag enable/disable SSL communication with Gateway, default false",
        validation_alias="sslEnabled",
        serialization_alias="sslEnabled",
    )
    storage_mode: StrictStr | None = Field(
        default=None,
        description="storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned. Default is ThinProvisioned.",
        validation_alias="storageMode",
        serialization_alias="storageMode",
    )
    storage_pool: StrictStr | None = Field(
        default=None,
        description="storagePool is the ScaleIO Storage Pool associated with the protection domain.",
        validation_alias="storagePool",
        serialization_alias="storagePool",
    )
    system: StrictStr = Field(
        description="system is the name of the storage system as configured in ScaleIO."
    )
    volume_name: StrictStr = Field(
        description="volumeName is the name of a volume already created in the ScaleIO system that is associated with this volume source.",
        validation_alias="volumeName",
        serialization_alias="volumeName",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "fs_type",
            "gateway",
            "protection_domain",
            "read_only",
            "secret_ref",
            "ssl_enabled",
            "storage_mode",
            "storage_pool",
            "system",
            "volume_name",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
