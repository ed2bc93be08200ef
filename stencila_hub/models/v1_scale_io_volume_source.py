# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_local_object_reference import V1LocalObjectReference


class V1ScaleIOVolumeSource(SdkModel):
    """ScaleIOVolumeSource represents a persistent ScaleIO volume

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    fs_type: Optional[StrictStr] = Field(
        default=None,
        description='fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Default is "xfs".',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    gateway: StrictStr = Field(
        description="gateway is the host address of the ScaleIO API Gateway."
    )
    protection_domain: Optional[StrictStr] = Field(
        default=None,
        description="protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.",
        validation_alias="protectionDomain",
        serialization_alias="protectionDomain",
    )
    read_only: Optional[StrictBool] = Field(
        default=None,
        description="readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    secret_ref: Optional[V1LocalObjectReference] = Field(
        default=None, validation_alias="secretRef", serialization_alias="secretRef"
    )
    ssl_enabled: Optional[StrictBool] = Field(
        default=None,
        description="sslEnabled Flag enable/disable SSL communication with Gateway, default false",
        validation_alias="sslEnabled",
        serialization_alias="sslEnabled",
    )
    storage_mode: Optional[StrictStr] = Field(
        default=None,
        description="storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned. Default is ThinProvisioned.",
        validation_alias="storageMode",
        serialization_alias="storageMode",
    )
    storage_pool: Optional[StrictStr] = Field(
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

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
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
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
