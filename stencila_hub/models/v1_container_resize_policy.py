# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

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

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "resource_name",
            "restart_policy",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
