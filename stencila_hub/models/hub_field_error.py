# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class HubFieldError(SdkModel):
    """One field error of a Hub 400 answer.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    var_field: StrictStr | None = Field(
        default=None,
        description="The JSON name of the field (camelCase), for example `status`.",
        validation_alias="field",
        serialization_alias="field",
    )
    message: StrictStr | None = Field(
        default=None,
        description='Why the server refused it, for example `"QUEUED" is not a valid choice.`',
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "var_field",
            "message",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
