# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Annotated, ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel


class HubZoneCreate(SdkModel):
    """A new zone of an account.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: Annotated[str, Field(min_length=1, strict=True, max_length=256)] = Field(
        description="The zone's name (lower case letters, digits and `-`, starting with a letter)."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {
        "name": r"^[a-z][a-z0-9\-]*$",
    }
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
