# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_local_object_reference import V1LocalObjectReference


class V1ISCSIVolumeSource(SdkModel):
    """Represents an ISCSI disk. ISCSI volumes can only be mounted as read/write once. ISCSI volumes support ownership management and SELinux relabeling.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    chap_auth_discovery: Optional[StrictBool] = Field(
        default=None,
        description="chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication",
        validation_alias="chapAuthDiscovery",
        serialization_alias="chapAuthDiscovery",
    )
    chap_auth_session: Optional[StrictBool] = Field(
        default=None,
        description="chapAuthSession defines whether support iSCSI Session CHAP authentication",
        validation_alias="chapAuthSession",
        serialization_alias="chapAuthSession",
    )
    fs_type: Optional[StrictStr] = Field(
        default=None,
        description='fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi',
        validation_alias="fsType",
        serialization_alias="fsType",
    )
    initiator_name: Optional[StrictStr] = Field(
        default=None,
        description="initiatorName is the custom iSCSI Initiator Name. If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface <target portal>:<volume name> will be created for the connection.",
        validation_alias="initiatorName",
        serialization_alias="initiatorName",
    )
    iqn: StrictStr = Field(description="iqn is the target iSCSI Qualified Name.")
    iscsi_interface: Optional[StrictStr] = Field(
        default=None,
        description="iscsiInterface is the interface Name that uses an iSCSI transport. Defaults to 'default' (tcp).",
        validation_alias="iscsiInterface",
        serialization_alias="iscsiInterface",
    )
    lun: Optional[StrictInt] = Field(
        default=None, description="lun represents iSCSI Target Lun number."
    )
    portals: Optional[List[StrictStr]] = Field(
        default=None,
        description="portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).",
    )
    read_only: Optional[StrictBool] = Field(
        default=None,
        description="readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    secret_ref: Optional[V1LocalObjectReference] = Field(
        default=None, validation_alias="secretRef", serialization_alias="secretRef"
    )
    target_portal: StrictStr = Field(
        description="targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).",
        validation_alias="targetPortal",
        serialization_alias="targetPortal",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "chap_auth_discovery",
            "chap_auth_session",
            "fs_type",
            "initiator_name",
            "iqn",
            "iscsi_interface",
            "lun",
            "portals",
            "read_only",
            "secret_ref",
            "target_portal",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
