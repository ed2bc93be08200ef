# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_exec_action import V1ExecAction
from stencila_hub.models.v1_http_get_action import V1HTTPGetAction
from stencila_hub.models.v1_sleep_action import V1SleepAction
from stencila_hub.models.v1_tcp_socket_action import V1TCPSocketAction


class V1LifecycleHandler(SdkModel):
    """LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    var_exec: Optional[V1ExecAction] = Field(
        default=None, validation_alias="exec", serialization_alias="exec"
    )
    http_get: Optional[V1HTTPGetAction] = Field(
        default=None, validation_alias="httpGet", serialization_alias="httpGet"
    )
    sleep: Optional[V1SleepAction] = None
    tcp_socket: Optional[V1TCPSocketAction] = Field(
        default=None, validation_alias="tcpSocket", serialization_alias="tcpSocket"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "var_exec",
            "http_get",
            "sleep",
            "tcp_socket",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
