# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

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
    exit_codes: Optional[V1ContainerRestartRuleOnExitCodes] = Field(
        default=None, validation_alias="exitCodes", serialization_alias="exitCodes"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "action",
            "exit_codes",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
