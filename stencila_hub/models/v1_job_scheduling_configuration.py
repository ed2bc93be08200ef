# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1alpha3_workload_pod_group_disruption_mode import (
    V1alpha3WorkloadPodGroupDisruptionMode,
)
from stencila_hub.models.v1alpha3_workload_pod_group_resource_claim import (
    V1alpha3WorkloadPodGroupResourceClaim,
)
from stencila_hub.models.v1alpha3_workload_pod_group_scheduling_constraints import (
    V1alpha3WorkloadPodGroupSchedulingConstraints,
)
from stencila_hub.models.v1alpha3_workload_pod_group_scheduling_policy import (
    V1alpha3WorkloadPodGroupSchedulingPolicy,
)


class V1JobSchedulingConfiguration(SdkModel):
    """JobSchedulingConfiguration composes the reusable workload-aware scheduling building blocks.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    disruption_mode: Optional[V1alpha3WorkloadPodGroupDisruptionMode] = Field(
        default=None, validation_alias="disruptionMode", serialization_alias="disruptionMode"
    )
    resource_claims: Optional[List[V1alpha3WorkloadPodGroupResourceClaim]] = Field(
        default=None,
        description="resourceClaims defines which ResourceClaims may be shared among Pods in the Job. Pods consume the devices allocated to a PodGroup's claim by defining a claim in its own Spec.ResourceClaims that matches the PodGroup's claim exactly. The claim must have the same name and refer to the same ResourceClaim or ResourceClaimTemplate. At most 4 claims may be set, matching the limit on the resulting PodGroup. This list is immutable after creation: entries may neither be added, removed, nor modified.",
        validation_alias="resourceClaims",
        serialization_alias="resourceClaims",
    )
    scheduling_constraints: Optional[V1alpha3WorkloadPodGroupSchedulingConstraints] = Field(
        default=None,
        validation_alias="schedulingConstraints",
        serialization_alias="schedulingConstraints",
    )
    scheduling_policy: Optional[V1alpha3WorkloadPodGroupSchedulingPolicy] = Field(
        default=None, validation_alias="schedulingPolicy", serialization_alias="schedulingPolicy"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "disruption_mode",
            "resource_claims",
            "scheduling_constraints",
            "scheduling_policy",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
