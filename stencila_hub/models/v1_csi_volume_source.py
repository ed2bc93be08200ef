# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

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
    fs_type: Optional[StrictStr] = Field(
        default=None,
        description='fsType to mount. Ex. "ext4", "xfs", "ntfs". If not provided, the empty value is passed to the associated CSI driver which will determine the default filesystem to apply.',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    node_publish_secret_ref: Optional[V1LocalObjectReference] = Field(
        default=None,
        validation_alias="nodePublishSecretRef",
        serialization_alias="nodePublishSecretRef",
    )
    read_only: Optional[StrictBool] = Field(
        default=None,
        description="readOnly specifies a read-only configuration for the volume. Defaults to false (read/write).",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    volume_attributes: Optional[Dict[str, StrictStr]] = Field(
        default=None,
        description="volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver's documentation for supported values.",
        validation_alias="volumeAttributes",
        serialization_alias="volumeAttributes",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "driver",
            "fs_type",
            "node_publish_secret_ref",
            "read_only",
            "volume_attributes",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
