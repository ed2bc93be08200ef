# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1VsphereVirtualDiskVolumeSource(SdkModel):
    """Represents a vSphere volume resource.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    fs_type: StrictStr | None = Field(
        default=None,
        description='fsType is filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    storage_policy_id: StrictStr | None = Field(
        default=None,
        description="storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.",
        validation_alias="storagePolicyID",
        serialization_alias="storagePolicyID",
    )
    storage_policy_name: StrictStr | None = Field(
        default=None,
        description="storagePolicyName is the storage Policy Based Management (SPBM) profile name.",
        validation_alias="storagePolicyName",
        serialization_alias="storagePolicyName",
    )
    volume_path: StrictStr = Field(
        description="volumePath is the path that identifies vSphere volume vmdk",
        validation_alias="volumePath",
        serialization_alias="volumePath",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "fs_type",
            "storage_policy_id",
            "storage_policy_name",
            "volume_path",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
