# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_pod_failure_policy_on_exit_codes_requirement import (
    V1PodFailurePolicyOnExitCodesRequirement,
)
from stencila_hub.models.v1_pod_failure_policy_on_pod_conditions_pattern import (
    V1PodFailurePolicyOnPodConditionsPattern,
)


class V1PodFailurePolicyRule(SdkModel):
    """PodFailurePolicyRule describes how a pod failure is handled when the requirements are met. One of onExitCodes and onPodConditions, but not both, can be used in each rule.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    action: StrictStr = Field(
        description="action specifies the action taken on a pod failure when the requirements are satisfied. Possible values are:  - FailJob: indicates that the pod's job is marked as Failed and all   running pods are terminated. - FailIndex: indicates that the pod's index is marked as Failed and will   not be restarted. - Ignore: indicates that the counter towards the .backoffLimit is not   incremented and a replacement pod is created. - Count: indicates that the pod is handled in the default way - the   counter towards the .backoffLimit is incremented. Additional values are considered to be added in the future. Clients should react to an unknown action by skipping the rule."
    )
    on_exit_codes: V1PodFailurePolicyOnExitCodesRequirement | None = Field(
        default=None, validation_alias="onExitCodes", serialization_alias="onExitCodes"
    )
    on_pod_conditions: list[V1PodFailurePolicyOnPodConditionsPattern] | None = Field(
        default=None,
        description="onPodConditions represents the requirement on the pod conditions. The requirement is represented as a list of pod condition patterns. The requirement is satisfied if at least one pattern matches an actual pod condition. At most 20 elements are allowed.",
        validation_alias="onPodConditions",
        serialization_alias="onPodConditions",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
            "on_exit_codes",
            "on_pod_conditions",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
