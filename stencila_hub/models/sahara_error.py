# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class SaharaError(SdkModel):
    """Sahara's error body (`sahara/utils/api.py` `render_error_message`), sent for 400, 403, 404 and 500.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    error_code: Optional[StrictInt] = Field(
        default=None, description="The HTTP status code, repeated."
    )
    error_name: Optional[Any] = Field(
        default=None,
        description="The error name, usually a string such as `VALIDATION_ERROR`, `INVALID_DATA`, `INVALID_REFERENCE`, `NOT_FOUND`, `DB_DUPLICATE_ENTRY`, `UPDATE_FAILED`, `DELETION_FAILED`, `FORBIDDEN` or `INTERNAL_SERVER_ERROR`. For a bad `limit` or `sort_by` the server sends the integer `400` here (it passes the status as the error name), so the field is typed as any JSON value. ",
    )
    error_message: Optional[StrictStr] = Field(
        default=None, description="The message; Sahara appends a line `Error ID: <uuid>` to it."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "error_code",
            "error_message",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
