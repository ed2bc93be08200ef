# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1VolumeDevice(SdkModel):
    """volumeDevice describes a mapping of a raw block device within a container.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    device_path: StrictStr = Field(
        description="devicePath is the path inside of the container that the device will be mapped to.",
        validation_alias="devicePath",
        serialization_alias="devicePath",
    )
    name: StrictStr = Field(
        description="name must match the name of a persistentVolumeClaim in the pod"
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "device_path",
            "name",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
