# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_label_selector import V1LabelSelector
from stencila_hub.models.v1_typed_local_object_reference import V1TypedLocalObjectReference
from stencila_hub.models.v1_typed_object_reference import V1TypedObjectReference
from stencila_hub.models.v1_volume_resource_requirements import V1VolumeResourceRequirements


class V1PersistentVolumeClaimSpec(SdkModel):
    """PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for provider-specific attributes

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    access_modes: Optional[List[StrictStr]] = Field(
        default=None,
        description="accessModes contains the desired access modes the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1",
        validation_alias="accessModes",
        serialization_alias="accessModes",
    )
    data_source: Optional[V1TypedLocalObjectReference] = Field(
        default=None, validation_alias="dataSource", serialization_alias="dataSource"
    )
    data_source_ref: Optional[V1TypedObjectReference] = Field(
        default=None, validation_alias="dataSourceRef", serialization_alias="dataSourceRef"
    )
    resources: Optional[V1VolumeResourceRequirements] = None
    selector: Optional[V1LabelSelector] = None
    storage_class_name: Optional[StrictStr] = Field(
        default=None,
        description="storageClassName is the name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1",
        validation_alias="storageClassName",
        serialization_alias="storageClassName",
    )
    volume_attributes_class_name: Optional[StrictStr] = Field(
        default=None,
        description="volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim. If specified, the CSI driver will create or update the volume with the attributes defined in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName, it can be changed after the claim is created. An empty string or nil value indicates that no VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state, this field can be reset to its previous value (including nil) to cancel the modification. If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource exists. More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/",
        validation_alias="volumeAttributesClassName",
        serialization_alias="volumeAttributesClassName",
    )
    volume_mode: Optional[StrictStr] = Field(
        default=None,
        description="volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec.",
        validation_alias="volumeMode",
        serialization_alias="volumeMode",
    )
    volume_name: Optional[StrictStr] = Field(
        default=None,
        description="volumeName is the binding reference to the PersistentVolume backing this claim.",
        validation_alias="volumeName",
        serialization_alias="volumeName",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "access_modes",
            "data_source",
            "data_source_ref",
            "resources",
            "selector",
            "storage_class_name",
            "volume_attributes_class_name",
            "volume_mode",
            "volume_name",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
