# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.hub_field_error import HubFieldError


class HubError(SdkModel):
    """The Hub's error body: `{\"message\": \"...\"}`, and for invalid input (400) also the field errors, `{\"message\": \"Invalid input.\", \"errors\": [{\"field\": \"status\", \"message\": \"...\"}]}` (observed on Hub v4.47.19; its published schema describes no error body).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    message: Optional[StrictStr] = None
    errors: Optional[List[HubFieldError]] = Field(
        default=None, description="The fields the server refused, each with its reason (400 only)."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "errors",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
