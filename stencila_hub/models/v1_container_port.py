# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1ContainerPort(SdkModel):
    """ContainerPort represents a network port in a single container.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    container_port: StrictInt = Field(
        description="containerPort is the number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.",
        validation_alias="containerPort",
        serialization_alias="containerPort",
    )
    host_ip: Optional[StrictStr] = Field(
        default=None,
        description="hostIP is the host IP to bind the external port to.",
        validation_alias="hostIP",
        serialization_alias="hostIP",
    )
    host_port: Optional[StrictInt] = Field(
        default=None,
        description="hostPort is the number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this.",
        validation_alias="hostPort",
        serialization_alias="hostPort",
    )
    name: Optional[StrictStr] = Field(
        default=None,
        description="name is the name of the port. If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.",
    )
    protocol: Optional[StrictStr] = Field(
        default=None,
        description='protocol is the protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".',
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "container_port",
            "host_ip",
            "host_port",
            "name",
            "protocol",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
