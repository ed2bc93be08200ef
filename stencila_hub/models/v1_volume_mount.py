# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1VolumeMount(SdkModel):
    """VolumeMount describes a mounting of a Volume within a container.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    bind_mount_options: Optional[List[StrictStr]] = Field(
        default=None,
        description="bindMountOptions is the list of additional bind mount options to apply when mounting this volume into the container. Allowed values are noexec, nodev, and nosuid. These are Linux mount options and have no effect on Windows nodes. This field is not supported with image volumes. This is an alpha field and requires enabling the VolumeBindMountOptions feature gate.",
        validation_alias="bindMountOptions",
        serialization_alias="bindMountOptions",
    )
    mount_path: StrictStr = Field(
        description="mountPath is the path within the container at which the volume should be mounted.",
        validation_alias="mountPath",
        serialization_alias="mountPath",
    )
    mount_propagation: Optional[StrictStr] = Field(
        default=None,
        description="mountPropagation determines how mounts are propagated from the host to container and the other way around. When not set, MountPropagationNone is used. This field is beta in 1.10. When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified (which defaults to None).",
        validation_alias="mountPropagation",
        serialization_alias="mountPropagation",
    )
    name: StrictStr = Field(description="name must match the Name of a Volume.")
    read_only: Optional[StrictBool] = Field(
        default=None,
        description="readOnly mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    recursive_read_only: Optional[StrictStr] = Field(
        default=None,
        description="recursiveReadOnly specifies whether read-only mounts should be handled recursively.  If ReadOnly is false, this field has no meaning and must be unspecified.  If ReadOnly is true, and this field is set to Disabled, the mount is not made recursively read-only.  If this field is set to IfPossible, the mount is made recursively read-only, if it is supported by the container runtime.  If this field is set to Enabled, the mount is made recursively read-only if it is supported by the container runtime, otherwise the pod will not be started and an error will be generated to indicate the reason.  If this field is set to IfPossible or Enabled, MountPropagation must be set to None (or be unspecified, which defaults to None).  If this field is not specified, it is treated as an equivalent of Disabled.",
        validation_alias="recursiveReadOnly",
        serialization_alias="recursiveReadOnly",
    )
    sub_path: Optional[StrictStr] = Field(
        default=None,
        description="subPath is the path within the volume from which the container's volume should be mounted. Defaults to \"\" (volume's root).",
        validation_alias="subPath",
        serialization_alias="subPath",
    )
    sub_path_expr: Optional[StrictStr] = Field(
        default=None,
        description="subPathExpr is the expanded path within the volume from which the container's volume should be mounted. Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment. Defaults to \"\" (volume's root). SubPathExpr and SubPath are mutually exclusive.",
        validation_alias="subPathExpr",
        serialization_alias="subPathExpr",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "bind_mount_options",
            "mount_path",
            "mount_propagation",
            "name",
            "read_only",
            "recursive_read_only",
            "sub_path",
            "sub_path_expr",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
