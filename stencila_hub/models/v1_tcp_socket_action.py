# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1TCPSocketAction(SdkModel):
    """TCPSocketAction describes an action based on opening a socket

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    host: StrictStr | None = Field(
        default=None,
        description="host is the optional host name to connect to, defaults to the pod IP.",
    )
    port: Any | None = Field(
        description='port is the number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.  Int or string: an integer (`8080`, `1`) or a string (`"http"`, `"25%"`), kept as it comes (no type; the official client types it `object`).'
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "host",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
