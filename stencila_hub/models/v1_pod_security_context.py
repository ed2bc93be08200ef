# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_app_armor_profile import V1AppArmorProfile
from stencila_hub.models.v1_se_linux_options import V1SELinuxOptions
from stencila_hub.models.v1_seccomp_profile import V1SeccompProfile
from stencila_hub.models.v1_sysctl import V1Sysctl
from stencila_hub.models.v1_windows_security_context_options import V1WindowsSecurityContextOptions


class V1PodSecurityContext(SdkModel):
    """PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    app_armor_profile: Optional[V1AppArmorProfile] = Field(
        default=None, validation_alias="appArmorProfile", serialization_alias="appArmorProfile"
    )
    fs_group: Optional[StrictInt] = Field(
        default=None,
        description="fsGroup is a special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:  1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----  If unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.",
        validation_alias="fsGroup",
        serialization_alias="fsGroup",
    )
    fs_group_change_policy: Optional[StrictStr] = Field(
        default=None,
        description='fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.',
        validation_alias="fsGroupChangePolicy",
        serialization_alias="fsGroupChangePolicy",
    )
    run_as_group: Optional[StrictInt] = Field(
        default=None,
        description="runAsGroup is the GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.",
        validation_alias="runAsGroup",
        serialization_alias="runAsGroup",
    )
    run_as_non_root: Optional[StrictBool] = Field(
        default=None,
        description="runAsNonRoot indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.",
        validation_alias="runAsNonRoot",
        serialization_alias="runAsNonRoot",
    )
    run_as_user: Optional[StrictInt] = Field(
        default=None,
        description="runAsUser is the UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.",
        validation_alias="runAsUser",
        serialization_alias="runAsUser",
    )
    se_linux_change_policy: Optional[StrictStr] = Field(
        default=None,
        description='seLinuxChangePolicy defines how the container\'s SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are "MountOption" and "Recursive".  "Recursive" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.  "MountOption" mounts all eligible Pod volumes with `-o context` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively.  If not specified, "MountOption" is used.  This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.  All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows.',
        validation_alias="seLinuxChangePolicy",
        serialization_alias="seLinuxChangePolicy",
    )
    se_linux_options: Optional[V1SELinuxOptions] = Field(
        default=None, validation_alias="seLinuxOptions", serialization_alias="seLinuxOptions"
    )
    seccomp_profile: Optional[V1SeccompProfile] = Field(
        default=None, validation_alias="seccompProfile", serialization_alias="seccompProfile"
    )
    supplemental_groups: Optional[List[StrictInt]] = Field(
        default=None,
        description="supplementalGroups is a list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows.",
        validation_alias="supplementalGroups",
        serialization_alias="supplementalGroups",
    )
    supplemental_groups_policy: Optional[StrictStr] = Field(
        default=None,
        description='supplementalGroupsPolicy defines how supplemental groups of the first container processes are calculated. Valid values are "Merge" and "Strict". If not specified, "Merge" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows.',
        validation_alias="supplementalGroupsPolicy",
        serialization_alias="supplementalGroupsPolicy",
    )
    sysctls: Optional[List[V1Sysctl]] = Field(
        default=None,
        description="sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.",
    )
    windows_options: Optional[V1WindowsSecurityContextOptions] = Field(
        default=None, validation_alias="windowsOptions", serialization_alias="windowsOptions"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "app_armor_profile",
            "fs_group",
            "fs_group_change_policy",
            "run_as_group",
            "run_as_non_root",
            "run_as_user",
            "se_linux_change_policy",
            "se_linux_options",
            "seccomp_profile",
            "supplemental_groups",
            "supplemental_groups_policy",
            "sysctls",
            "windows_options",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
