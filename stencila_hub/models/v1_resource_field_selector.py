# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1ResourceFieldSelector(SdkModel):
    """ResourceFieldSelector represents container resources (cpu, memory) and their output format

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    container_name: StrictStr | None = Field(
        default=None,
        description="containerName is the name of the container: required for volumes, optional for env vars",
        validation_alias="containerName",
        serialization_alias="containerName",
    )
    divisor: StrictStr | None = Field(
        default=None,
        description="divisor optionally indicates how the resource from the container should be scaled. If unset or 0, the resource is not scaled (divisor is treated as 1).  A resource quantity as a string, e.g. `500m`, `2`, `128Mi`, `1Gi` (the server answers with the canonical string; the official client types it `str`).",
    )
    resource: StrictStr = Field(description="resource is the resource to select")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "container_name",
            "divisor",
            "resource",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
