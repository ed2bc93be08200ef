# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_exec_action import V1ExecAction
from stencila_hub.models.v1_grpc_action import V1GRPCAction
from stencila_hub.models.v1_http_get_action import V1HTTPGetAction
from stencila_hub.models.v1_tcp_socket_action import V1TCPSocketAction


class V1Probe(SdkModel):
    """Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    var_exec: Optional[V1ExecAction] = Field(
        default=None, validation_alias="exec", serialization_alias="exec"
    )
    failure_threshold: Optional[StrictInt] = Field(
        default=None,
        description="failureThreshold is the minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.",
        validation_alias="failureThreshold",
        serialization_alias="failureThreshold",
    )
    grpc: Optional[V1GRPCAction] = None
    http_get: Optional[V1HTTPGetAction] = Field(
        default=None, validation_alias="httpGet", serialization_alias="httpGet"
    )
    initial_delay_seconds: Optional[StrictInt] = Field(
        default=None,
        description="initialDelaySeconds is the number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes",
        validation_alias="initialDelaySeconds",
        serialization_alias="initialDelaySeconds",
    )
    period_seconds: Optional[StrictInt] = Field(
        default=None,
        description="periodSeconds is how often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.",
        validation_alias="periodSeconds",
        serialization_alias="periodSeconds",
    )
    success_threshold: Optional[StrictInt] = Field(
        default=None,
        description="successThreshold is the minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.",
        validation_alias="successThreshold",
        serialization_alias="successThreshold",
    )
    tcp_socket: Optional[V1TCPSocketAction] = Field(
        default=None, validation_alias="tcpSocket", serialization_alias="tcpSocket"
    )
    termination_grace_period_seconds: Optional[StrictInt] = Field(
        default=None,
        description="terminationGracePeriodSeconds is the optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.",
        validation_alias="terminationGracePeriodSeconds",
        serialization_alias="terminationGracePeriodSeconds",
    )
    timeout_seconds: Optional[StrictInt] = Field(
        default=None,
        description="timeoutSeconds is the number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes",
        validation_alias="timeoutSeconds",
        serialization_alias="timeoutSeconds",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "var_exec",
            "failure_threshold",
            "grpc",
            "http_get",
            "initial_delay_seconds",
            "period_seconds",
            "success_threshold",
            "tcp_socket",
            "termination_grace_period_seconds",
            "timeout_seconds",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
