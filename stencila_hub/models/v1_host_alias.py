# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1HostAlias(SdkModel):
    """HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the pod's hosts file.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    hostnames: list[StrictStr] | None = Field(
        default=None, description="hostnames for the above IP address."
    )
    ip: StrictStr = Field(description="ip address of the host file entry.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "hostnames",
            "ip",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
