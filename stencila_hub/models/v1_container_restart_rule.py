# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_container_restart_rule_on_exit_codes import (
    V1ContainerRestartRuleOnExitCodes,
)


class V1ContainerRestartRule(SdkModel):
    """ContainerRestartRule describes how a container exit is handled.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    action: StrictStr = Field(
        description='action specifies the action taken on a container exit if the requirements are satisfied. The only possible value is "Restart" to restart the container.'
    )
    exit_codes: V1ContainerRestartRuleOnExitCodes | None = Field(
        default=None, validation_alias="exitCodes", serialization_alias="exitCodes"
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
            "exit_codes",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
