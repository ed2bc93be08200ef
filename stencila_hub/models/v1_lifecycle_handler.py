# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field

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

    var_exec: V1ExecAction | None = Field(
        default=None, validation_alias="exec", serialization_alias="exec"
    )
    http_get: V1HTTPGetAction | None = Field(
        default=None, validation_alias="httpGet", serialization_alias="httpGet"
    )
    sleep: V1SleepAction | None = None
    tcp_socket: V1TCPSocketAction | None = Field(
        default=None, validation_alias="tcpSocket", serialization_alias="tcpSocket"
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "var_exec",
            "http_get",
            "sleep",
            "tcp_socket",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
