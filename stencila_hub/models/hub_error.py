# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.hub_field_error import HubFieldError


class HubError(SdkModel):
    """The Hub's error body: `{\"message\": \"...\"}`, and for invalid input (400) also the field errors, `{\"message\": \"Invalid input.\", \"errors\": [{\"field\": \"status\", \"message\": \"...\"}]}` (observed on Hub v4.47.19; its published schema describes no error body).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    message: StrictStr | None = None
    errors: list[HubFieldError] | None = Field(
        default=None, description="The fields the server refused, each with its reason (400 only)."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "errors",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
