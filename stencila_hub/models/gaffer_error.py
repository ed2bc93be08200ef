# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class GafferError(SdkModel):
    """Gaffer error shape 1, written by the job handlers: `{\"error\": \"bad_request\"}`, `{\"error\": \"bad_request\", \"reason\": \"...\"}` (update) or `{\"error\": \"not_found\"}` (get, delete).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    error: StrictStr = Field(description="The error, `bad_request` or `not_found`.")
    reason: StrictStr | None = Field(
        default=None,
        description="Why (update only): `invalid process config` or `template name conflict with the path`.",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "reason",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
