# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class SaharaAuthErrorDetail(SdkModel):
    """The error object of Keystone's middleware.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    code: StrictInt | None = Field(default=None, description="The HTTP status code (401).")
    title: StrictStr | None = Field(default=None, description="The status title, `Unauthorized`.")
    message: StrictStr | None = Field(
        default=None,
        description='The message, for example "The request you have made requires authentication.".',
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "title",
            "message",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
