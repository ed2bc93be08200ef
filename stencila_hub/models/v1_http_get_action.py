# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_http_header import V1HTTPHeader


class V1HTTPGetAction(SdkModel):
    """HTTPGetAction describes an action based on HTTP Get requests.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    host: Optional[StrictStr] = Field(
        default=None,
        description='host is the host name to connect to, defaults to the pod IP. You probably want to set "Host" in httpHeaders instead.',
    )
    http_headers: Optional[List[V1HTTPHeader]] = Field(
        default=None,
        description="httpHeaders are the custom headers to set in the request. HTTP allows repeated headers.",
        validation_alias="httpHeaders",
        serialization_alias="httpHeaders",
    )
    path: Optional[StrictStr] = Field(
        default=None, description="path is the path to access on the HTTP server."
    )
    port: Optional[Any] = Field(
        description='port is the name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.  Int or string: an integer (`8080`, `1`) or a string (`"http"`, `"25%"`), kept as it comes (no type; the official client types it `object`).'
    )
    protocol: Optional[StrictStr] = Field(
        default=None,
        description="protocol selects the wire protocol for the probe connection. Nil defaults to HTTP/1.1.",
    )
    scheme: Optional[StrictStr] = Field(
        default=None,
        description="scheme is the scheme to use for connecting to the host. Defaults to HTTP.",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "host",
            "http_headers",
            "path",
            "protocol",
            "scheme",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
