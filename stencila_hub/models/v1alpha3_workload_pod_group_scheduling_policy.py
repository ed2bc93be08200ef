# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1alpha3_workload_pod_group_gang_scheduling_policy import (
    V1alpha3WorkloadPodGroupGangSchedulingPolicy,
)


class V1alpha3WorkloadPodGroupSchedulingPolicy(SdkModel):
    """WorkloadPodGroupSchedulingPolicy defines the scheduling policy for a group of pods managed by a workload controller. Exactly one policy must be set.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    basic: dict[str, Any] | None = Field(
        default=None,
        description="basic specifies that standard, pod-by-pod Kubernetes scheduling behavior should be used.",
    )
    gang: V1alpha3WorkloadPodGroupGangSchedulingPolicy | None = None

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "basic",
            "gang",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
