# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class V1ContainerRestartRuleOnExitCodes(SdkModel):
    """ContainerRestartRuleOnExitCodes describes the condition for handling an exited container based on its exit codes.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    operator: StrictStr = Field(
        description="operator represents the relationship between the container exit code(s) and the specified values. Possible values are: - In: the requirement is satisfied if the container exit code is in the   set of specified values. - NotIn: the requirement is satisfied if the container exit code is   not in the set of specified values."
    )
    values: list[StrictInt] | None = Field(
        default=None,
        description="values specifies the set of values to check for container exit codes. At most 255 elements are allowed.",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "operator",
            "values",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
