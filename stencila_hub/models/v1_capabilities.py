# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1Capabilities(SdkModel):
    """Adds and removes POSIX capabilities from running containers.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    add: list[StrictStr] | None = Field(
        default=None, description="add lists the capabilities to add to the container."
    )
    drop: list[StrictStr] | None = Field(
        default=None, description="drop lists the capabilities to remove from the container."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "add",
            "drop",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
