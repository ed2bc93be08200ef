# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class GafferError(SdkModel):
    """Gaffer error shape 1, written by the job handlers: `{\"error\": \"bad_request\"}`, `{\"error\": \"bad_request\", \"reason\": \"...\"}` (update) or `{\"error\": \"not_found\"}` (get, delete).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    error: StrictStr = Field(description="The error, `bad_request` or `not_found`.")
    reason: Optional[StrictStr] = Field(
        default=None,
        description="Why (update only): `invalid process config` or `template name conflict with the path`.",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "error",
            "reason",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
