# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1ResourceFieldSelector(SdkModel):
    """ResourceFieldSelector represents container resources (cpu, memory) and their output format

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    container_name: Optional[StrictStr] = Field(
        default=None,
        description="containerName is the name of the container: required for volumes, optional for env vars",
        validation_alias="containerName",
        serialization_alias="containerName",
    )
    divisor: Optional[StrictStr] = Field(
        default=None,
        description="divisor optionally indicates how the resource from the container should be scaled. If unset or 0, the resource is not scaled (divisor is treated as 1).  A resource quantity as a string, e.g. `500m`, `2`, `128Mi`, `1Gi` (the server answers with the canonical string; the official client types it `str`).",
    )
    resource: StrictStr = Field(description="resource is the resource to select")

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "container_name",
            "divisor",
            "resource",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
