# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class HubZone(SdkModel):
    """A zone of an account (a group of queues, e.g. a region or a kind of machine).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictInt | None = None
    name: StrictStr | None = Field(default=None, description="The zone's name.")
    account: StrictInt | None = Field(default=None, description="The account the zone belongs to.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "account",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
