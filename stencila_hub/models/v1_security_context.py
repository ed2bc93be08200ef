# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_app_armor_profile import V1AppArmorProfile
from stencila_hub.models.v1_capabilities import V1Capabilities
from stencila_hub.models.v1_se_linux_options import V1SELinuxOptions
from stencila_hub.models.v1_seccomp_profile import V1SeccompProfile
from stencila_hub.models.v1_windows_security_context_options import V1WindowsSecurityContextOptions


class V1SecurityContext(SdkModel):
    """SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.  When both are set, the values in SecurityContext take precedence.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    allow_privilege_escalation: Optional[StrictBool] = Field(
        default=None,
        description="allowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.",
        validation_alias="allowPrivilegeEscalation",
        serialization_alias="allowPrivilegeEscalation",
    )
    app_armor_profile: Optional[V1AppArmorProfile] = Field(
        default=None, validation_alias="appArmorProfile", serialization_alias="appArmorProfile"
    )
    capabilities: Optional[V1Capabilities] = None
    privileged: Optional[StrictBool] = Field(
        default=None,
        description="privileged indicates whether to run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows.",
    )
    proc_mount: Optional[StrictStr] = Field(
        default=None,
        description="procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths. Note that this field cannot be set when spec.os.name is windows.",
        validation_alias="procMount",
        serialization_alias="procMount",
    )
    read_only_root_filesystem: Optional[StrictBool] = Field(
        default=None,
        description="readOnlyRootFilesystem indicates whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows.",
        validation_alias="readOnlyRootFilesystem",
        serialization_alias="readOnlyRootFilesystem",
    )
    run_as_group: Optional[StrictInt] = Field(
        default=None,
        description="runAsGroup is the GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.",
        validation_alias="runAsGroup",
        serialization_alias="runAsGroup",
    )
    run_as_non_root: Optional[StrictBool] = Field(
        default=None,
        description="runAsNonRoot indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.",
        validation_alias="runAsNonRoot",
        serialization_alias="runAsNonRoot",
    )
    run_as_user: Optional[StrictInt] = Field(
        default=None,
        description="runAsUser is the UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.",
        validation_alias="runAsUser",
        serialization_alias="runAsUser",
    )
    se_linux_options: Optional[V1SELinuxOptions] = Field(
        default=None, validation_alias="seLinuxOptions", serialization_alias="seLinuxOptions"
    )
    seccomp_profile: Optional[V1SeccompProfile] = Field(
        default=None, validation_alias="seccompProfile", serialization_alias="seccompProfile"
    )
    windows_options: Optional[V1WindowsSecurityContextOptions] = Field(
        default=None, validation_alias="windowsOptions", serialization_alias="windowsOptions"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "allow_privilege_escalation",
            "app_armor_profile",
            "capabilities",
            "privileged",
            "proc_mount",
            "read_only_root_filesystem",
            "run_as_group",
            "run_as_non_root",
            "run_as_user",
            "se_linux_options",
            "seccomp_profile",
            "windows_options",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
