# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1alpha3_topology_constraint import V1alpha3TopologyConstraint


class V1alpha3WorkloadPodGroupSchedulingConstraints(SdkModel):
    """WorkloadPodGroupSchedulingConstraints defines leaf-level scheduling constraints, such as topology.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    topology: list[V1alpha3TopologyConstraint] | None = Field(
        default=None,
        description="topology specifies desired topological placements for all pods within the pod group. If unset, no topology placement is requested.",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "topology",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
