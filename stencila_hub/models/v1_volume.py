# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_aws_elastic_block_store_volume_source import (
    V1AWSElasticBlockStoreVolumeSource,
)
from stencila_hub.models.v1_azure_disk_volume_source import V1AzureDiskVolumeSource
from stencila_hub.models.v1_azure_file_volume_source import V1AzureFileVolumeSource
from stencila_hub.models.v1_ceph_fs_volume_source import V1CephFSVolumeSource
from stencila_hub.models.v1_cinder_volume_source import V1CinderVolumeSource
from stencila_hub.models.v1_config_map_volume_source import V1ConfigMapVolumeSource
from stencila_hub.models.v1_csi_volume_source import V1CSIVolumeSource
from stencila_hub.models.v1_downward_api_volume_source import V1DownwardAPIVolumeSource
from stencila_hub.models.v1_empty_dir_volume_source import V1EmptyDirVolumeSource
from stencila_hub.models.v1_ephemeral_volume_source import V1EphemeralVolumeSource
from stencila_hub.models.v1_fc_volume_source import V1FCVolumeSource
from stencila_hub.models.v1_flex_volume_source import V1FlexVolumeSource
from stencila_hub.models.v1_flocker_volume_source import V1FlockerVolumeSource
from stencila_hub.models.v1_gce_persistent_disk_volume_source import V1GCEPersistentDiskVolumeSource
from stencila_hub.models.v1_git_repo_volume_source import V1GitRepoVolumeSource
from stencila_hub.models.v1_glusterfs_volume_source import V1GlusterfsVolumeSource
from stencila_hub.models.v1_host_path_volume_source import V1HostPathVolumeSource
from stencila_hub.models.v1_image_volume_source import V1ImageVolumeSource
from stencila_hub.models.v1_iscsi_volume_source import V1ISCSIVolumeSource
from stencila_hub.models.v1_nfs_volume_source import V1NFSVolumeSource
from stencila_hub.models.v1_persistent_volume_claim_volume_source import (
    V1PersistentVolumeClaimVolumeSource,
)
from stencila_hub.models.v1_photon_persistent_disk_volume_source import (
    V1PhotonPersistentDiskVolumeSource,
)
from stencila_hub.models.v1_portworx_volume_source import V1PortworxVolumeSource
from stencila_hub.models.v1_projected_volume_source import V1ProjectedVolumeSource
from stencila_hub.models.v1_quobyte_volume_source import V1QuobyteVolumeSource
from stencila_hub.models.v1_rbd_volume_source import V1RBDVolumeSource
from stencila_hub.models.v1_scale_io_volume_source import V1ScaleIOVolumeSource
from stencila_hub.models.v1_secret_volume_source import V1SecretVolumeSource
from stencila_hub.models.v1_storage_os_volume_source import V1StorageOSVolumeSource
from stencila_hub.models.v1_vsphere_virtual_disk_volume_source import (
    V1VsphereVirtualDiskVolumeSource,
)


class V1Volume(SdkModel):
    """Volume represents a named volume in a pod that may be accessed by any container in the pod.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    aws_elastic_block_store: Optional[V1AWSElasticBlockStoreVolumeSource] = Field(
        default=None,
        validation_alias="awsElasticBlockStore",
        serialization_alias="awsElasticBlockStore",
    )
    azure_disk: Optional[V1AzureDiskVolumeSource] = Field(
        default=None, validation_alias="azureDisk", serialization_alias="azureDisk"
    )
    azure_file: Optional[V1AzureFileVolumeSource] = Field(
        default=None, validation_alias="azureFile", serialization_alias="azureFile"
    )
    cephfs: Optional[V1CephFSVolumeSource] = None
    cinder: Optional[V1CinderVolumeSource] = None
    config_map: Optional[V1ConfigMapVolumeSource] = Field(
        default=None, validation_alias="configMap", serialization_alias="configMap"
    )
    csi: Optional[V1CSIVolumeSource] = None
    downward_api: Optional[V1DownwardAPIVolumeSource] = Field(
        default=None, validation_alias="downwardAPI", serialization_alias="downwardAPI"
    )
    empty_dir: Optional[V1EmptyDirVolumeSource] = Field(
        default=None, validation_alias="emptyDir", serialization_alias="emptyDir"
    )
    ephemeral: Optional[V1EphemeralVolumeSource] = None
    fc: Optional[V1FCVolumeSource] = None
    flex_volume: Optional[V1FlexVolumeSource] = Field(
        default=None, validation_alias="flexVolume", serialization_alias="flexVolume"
    )
    flocker: Optional[V1FlockerVolumeSource] = None
    gce_persistent_disk: Optional[V1GCEPersistentDiskVolumeSource] = Field(
        default=None, validation_alias="gcePersistentDisk", serialization_alias="gcePersistentDisk"
    )
    git_repo: Optional[V1GitRepoVolumeSource] = Field(
        default=None, validation_alias="gitRepo", serialization_alias="gitRepo"
    )
    glusterfs: Optional[V1GlusterfsVolumeSource] = None
    host_path: Optional[V1HostPathVolumeSource] = Field(
        default=None, validation_alias="hostPath", serialization_alias="hostPath"
    )
    image: Optional[V1ImageVolumeSource] = None
    iscsi: Optional[V1ISCSIVolumeSource] = None
    name: StrictStr = Field(
        description="name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
    )
    nfs: Optional[V1NFSVolumeSource] = None
    persistent_volume_claim: Optional[V1PersistentVolumeClaimVolumeSource] = Field(
        default=None,
        validation_alias="persistentVolumeClaim",
        serialization_alias="persistentVolumeClaim",
    )
    photon_persistent_disk: Optional[V1PhotonPersistentDiskVolumeSource] = Field(
        default=None,
        validation_alias="photonPersistentDisk",
        serialization_alias="photonPersistentDisk",
    )
    portworx_volume: Optional[V1PortworxVolumeSource] = Field(
        default=None, validation_alias="portworxVolume", serialization_alias="portworxVolume"
    )
    projected: Optional[V1ProjectedVolumeSource] = None
    quobyte: Optional[V1QuobyteVolumeSource] = None
    rbd: Optional[V1RBDVolumeSource] = None
    scale_io: Optional[V1ScaleIOVolumeSource] = Field(
        default=None, validation_alias="scaleIO", serialization_alias="scaleIO"
    )
    secret: Optional[V1SecretVolumeSource] = None
    storageos: Optional[V1StorageOSVolumeSource] = None
    vsphere_volume: Optional[V1VsphereVirtualDiskVolumeSource] = Field(
        default=None, validation_alias="vsphereVolume", serialization_alias="vsphereVolume"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "aws_elastic_block_store",
            "azure_disk",
            "azure_file",
            "cephfs",
            "cinder",
            "config_map",
            "csi",
            "downward_api",
            "empty_dir",
            "ephemeral",
            "fc",
            "flex_volume",
            "flocker",
            "gce_persistent_disk",
            "git_repo",
            "glusterfs",
            "host_path",
            "image",
            "iscsi",
            "name",
            "nfs",
            "persistent_volume_claim",
            "photon_persistent_disk",
            "portworx_volume",
            "projected",
            "quobyte",
            "rbd",
            "scale_io",
            "secret",
            "storageos",
            "vsphere_volume",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
