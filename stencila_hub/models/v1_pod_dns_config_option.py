# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1PodDNSConfigOption(SdkModel):
    """PodDNSConfigOption defines DNS resolver options of a pod.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: StrictStr | None = Field(
        default=None, description="name is this DNS resolver option's name. Required."
    )
    value: StrictStr | None = Field(
        default=None, description="value is this DNS resolver option's value."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "value",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
