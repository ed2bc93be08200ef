# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1ContainerResizePolicy(SdkModel):
    """ContainerResizePolicy represents resource resize policy for the container.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    resource_name: StrictStr = Field(
        description="resourceName is the name of the resource to which this resource resize policy applies. Supported values: cpu, memory.",
        validation_alias="resourceName",
        serialization_alias="resourceName",
    )
    restart_policy: StrictStr = Field(
        description="restartPolicy is the restart policy to apply when specified resource is resized. If not specified, it defaults to NotRequired.",
        validation_alias="restartPolicy",
        serialization_alias="restartPolicy",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "resource_name",
            "restart_policy",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
