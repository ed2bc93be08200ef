# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_node_affinity import V1NodeAffinity
from stencila_hub.models.v1_pod_affinity import V1PodAffinity
from stencila_hub.models.v1_pod_anti_affinity import V1PodAntiAffinity


class V1Affinity(SdkModel):
    """Affinity is a group of affinity scheduling rules.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    node_affinity: Optional[V1NodeAffinity] = Field(
        default=None, validation_alias="nodeAffinity", serialization_alias="nodeAffinity"
    )
    pod_affinity: Optional[V1PodAffinity] = Field(
        default=None, validation_alias="podAffinity", serialization_alias="podAffinity"
    )
    pod_anti_affinity: Optional[V1PodAntiAffinity] = Field(
        default=None, validation_alias="podAntiAffinity", serialization_alias="podAntiAffinity"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "node_affinity",
            "pod_affinity",
            "pod_anti_affinity",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
