# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_node_affinity import V1NodeAffinity
from stencila_hub.models.v1_pod_affinity import V1PodAffinity
from stencila_hub.models.v1_pod_anti_affinity import V1PodAntiAffinity


class V1Affinity(SdkModel):
    """Affinity is a group of affinity scheduling rules.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    node_affinity: V1NodeAffinity | None = Field(
        default=None, validation_alias="nodeAffinity", serialization_alias="nodeAffinity"
    )
    pod_affinity: V1PodAffinity | None = Field(
        default=None, validation_alias="podAffinity", serialization_alias="podAffinity"
    )
    pod_anti_affinity: V1PodAntiAffinity | None = Field(
        default=None, validation_alias="podAntiAffinity", serialization_alias="podAntiAffinity"
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "node_affinity",
            "pod_affinity",
            "pod_anti_affinity",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
