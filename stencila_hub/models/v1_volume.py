# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

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

    aws_elastic_block_store: V1AWSElasticBlockStoreVolumeSource | None = Field(
        default=None,
        validation_alias="awsElasticBlockStore",
        serialization_alias="awsElasticBlockStore",
    )
    azure_disk: V1AzureDiskVolumeSource | None = Field(
        default=None, validation_alias="azureDisk", serialization_alias="azureDisk"
    )
    azure_file: V1AzureFileVolumeSource | None = Field(
        default=None, validation_alias="azureFile", serialization_alias="azureFile"
    )
    cephfs: V1CephFSVolumeSource | None = None
    cinder: V1CinderVolumeSource | None = None
    config_map: V1ConfigMapVolumeSource | None = Field(
        default=None, validation_alias="configMap", serialization_alias="configMap"
    )
    csi: V1CSIVolumeSource | None = None
    downward_api: V1DownwardAPIVolumeSource | None = Field(
        default=None, validation_alias="downwardAPI", serialization_alias="downwardAPI"
    )
    empty_dir: V1EmptyDirVolumeSource | None = Field(
        default=None, validation_alias="emptyDir", serialization_alias="emptyDir"
    )
    ephemeral: V1EphemeralVolumeSource | None = None
    fc: V1FCVolumeSource | None = None
    flex_volume: V1FlexVolumeSource | None = Field(
        default=None, validation_alias="flexVolume", serialization_alias="flexVolume"
    )
    flocker: V1FlockerVolumeSource | None = None
    gce_persistent_disk: V1GCEPersistentDiskVolumeSource | None = Field(
        default=None, validation_alias="gcePersistentDisk", serialization_alias="gcePersistentDisk"
    )
    git_repo: V1GitRepoVolumeSource | None = Field(
        default=None, validation_alias="gitRepo", serialization_alias="gitRepo"
    )
    glusterfs: V1GlusterfsVolumeSource | None = None
    host_path: V1HostPathVolumeSource | None = Field(
        default=None, validation_alias="hostPath", serialization_alias="hostPath"
    )
    image: V1ImageVolumeSource | None = None
    iscsi: V1ISCSIVolumeSource | None = None
    name: StrictStr = Field(
        description="name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
    )
    nfs: V1NFSVolumeSource | None = None
    persistent_volume_claim: V1PersistentVolumeClaimVolumeSource | None = Field(
        default=None,
        validation_alias="persistentVolumeClaim",
        serialization_alias="persistentVolumeClaim",
    )
    photon_persistent_disk: V1PhotonPersistentDiskVolumeSource | None = Field(
        default=None,
        validation_alias="photonPersistentDisk",
        serialization_alias="photonPersistentDisk",
    )
    portworx_volume: V1PortworxVolumeSource | None = Field(
        default=None, validation_alias="portworxVolume", serialization_alias="portworxVolume"
    )
    projected: V1ProjectedVolumeSource | None = None
    quobyte: V1QuobyteVolumeSource | None = None
    rbd: V1RBDVolumeSource | None = None
    scale_io: V1ScaleIOVolumeSource | None = Field(
        default=None, validation_alias="scaleIO", serialization_alias="scaleIO"
    )
    secret: V1SecretVolumeSource | None = None
    storageos: V1StorageOSVolumeSource | None = None
    vsphere_volume: V1VsphereVirtualDiskVolumeSource | None = Field(
        default=None, validation_alias="vsphereVolume", serialization_alias="vsphereVolume"
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
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
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
