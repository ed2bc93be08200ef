# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1PodFailurePolicyOnPodConditionsPattern(SdkModel):
    """PodFailurePolicyOnPodConditionsPattern describes a pattern for matching an actual pod condition type.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    status: StrictStr | None = Field(
        default=None,
        description="status specifies the required Pod condition status. To match a pod condition it is required that the specified status equals the pod condition status. Defaults to True.",
    )
    type: StrictStr = Field(
        description="type specifies the required Pod condition type. To match a pod condition it is required that specified type equals the pod condition type."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "type",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
