# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_node_selector import V1NodeSelector
from stencila_hub.models.v1_preferred_scheduling_term import V1PreferredSchedulingTerm


class V1NodeAffinity(SdkModel):
    """Node affinity is a group of node affinity scheduling rules.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    preferred_during_scheduling_ignored_during_execution: Optional[
        List[V1PreferredSchedulingTerm]
    ] = Field(
        default=None,
        description='preferredDuringSchedulingIgnoredDuringExecution specifies that the scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.',
        validation_alias="preferredDuringSchedulingIgnoredDuringExecution",
        serialization_alias="preferredDuringSchedulingIgnoredDuringExecution",
    )
    required_during_scheduling_ignored_during_execution: Optional[V1NodeSelector] = Field(
        default=None,
        validation_alias="requiredDuringSchedulingIgnoredDuringExecution",
        serialization_alias="requiredDuringSchedulingIgnoredDuringExecution",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "preferred_during_scheduling_ignored_during_execution",
            "required_during_scheduling_ignored_during_execution",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
