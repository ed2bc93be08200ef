# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.sahara_auth_error_detail import SaharaAuthErrorDetail


class SaharaAuthError(SdkModel):
    """The body of a 401 from OpenStack Sahara's deployment. Keystone's middleware (bad or missing token) sends `{\"error\": {...}}`; Sahara's project check (URL project != token project) sends WebOb's body with `code`, `title` and `message` at the top level.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    error: SaharaAuthErrorDetail | None = None
    code: Any | None = Field(
        default=None,
        description='WebOb\'s status line, for example `"401 Unauthorized"` (a string).',
    )
    title: StrictStr | None = Field(
        default=None, description="WebOb's error title, for example `Unauthorized`."
    )
    message: StrictStr | None = Field(default=None, description="WebOb's error message.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "title",
            "message",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
