# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class GafferHttpError(SdkModel):
    """Gaffer error shape 3, Tornado's error page as gafferd renders it: `{\"error\": <status>, \"reason\": \"...\"}`. Here `error` is the numeric status.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    error: StrictInt = Field(description="The HTTP status (401, 403, 500, ...).")
    reason: StrictStr | None = Field(
        default=None,
        description="The reason, for example `unauthorized`, `forbidden` or `Internal Server Error`.",
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
