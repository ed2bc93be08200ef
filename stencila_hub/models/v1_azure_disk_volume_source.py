# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1AzureDiskVolumeSource(SdkModel):
    """AzureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    caching_mode: Optional[StrictStr] = Field(
        default=None,
        description="cachingMode is the Host Caching mode: None, Read Only, Read Write.",
        validation_alias="cachingMode",
        serialization_alias="cachingMode",
    )
    disk_name: StrictStr = Field(
        description="diskName is the Name of the data disk in the blob storage",
        validation_alias="diskName",
        serialization_alias="diskName",
    )
    disk_uri: StrictStr = Field(
        description="diskURI is the URI of data disk in the blob storage",
        validation_alias="diskURI",
        serialization_alias="diskURI",
    )
    fs_type: Optional[StrictStr] = Field(
        default=None,
        description='fsType is Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    kind: Optional[StrictStr] = Field(
        default=None,
        description="kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared",
    )
    read_only: Optional[StrictBool] = Field(
        default=None,
        description="readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "caching_mode",
            "disk_name",
            "disk_uri",
            "fs_type",
            "kind",
            "read_only",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
