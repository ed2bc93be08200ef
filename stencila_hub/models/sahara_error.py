# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class SaharaError(SdkModel):
    """Sahara's error body (`sahara/utils/api.py` `render_error_message`), sent for 400, 403, 404 and 500.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    error_code: StrictInt | None = Field(
        default=None, description="The HTTP status code, repeated."
    )
    error_name: Any | None = Field(
        default=None,
        description="The error name, usually a string such as `VALIDATION_ERROR`, `INVALID_DATA`, `INVALID_REFERENCE`, `NOT_FOUND`, `DB_DUPLICATE_ENTRY`, `UPDATE_FAILED`, `DELETION_FAILED`, `FORBIDDEN` or `INTERNAL_SERVER_ERROR`. For a bad `limit` or `sort_by` the server sends the integer `400` here (it passes the status as the error name), so the field is typed as any JSON value. ",
    )
    error_message: StrictStr | None = Field(
        default=None, description="The message; Sahara appends a line `Error ID: <uuid>` to it."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "error_code",
            "error_message",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
