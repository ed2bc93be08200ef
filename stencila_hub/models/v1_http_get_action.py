# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_http_header import V1HTTPHeader


class V1HTTPGetAction(SdkModel):
    """HTTPGetAction describes an action based on HTTP Get requests.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    host: StrictStr | None = Field(
        default=None,
        description='host is the host name to connect to, defaults to the pod IP. You probably want to set "Host" in httpHeaders instead.',
    )
    http_headers: list[V1HTTPHeader] | None = Field(
        default=None,
        description="httpHeaders are the custom headers to set in the request. HTTP allows repeated headers.",
        validation_alias="httpHeaders",
        serialization_alias="httpHeaders",
    )
    path: StrictStr | None = Field(
        default=None, description="path is the path to access on the HTTP server."
    )
    port: Any | None = Field(
        description='port is the name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.  Int or string: an integer (`8080`, `1`) or a string (`"http"`, `"25%"`), kept as it comes (no type; the official client types it `object`).'
    )
    protocol: StrictStr | None = Field(
        default=None,
        description="protocol selects the wire protocol for the probe connection. Nil defaults to HTTP/1.1.",
    )
    scheme: StrictStr | None = Field(
        default=None,
        description="scheme is the scheme to use for connecting to the host. Defaults to HTTP.",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "host",
            "http_headers",
            "path",
            "protocol",
            "scheme",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
