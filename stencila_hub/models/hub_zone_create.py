# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class HubZoneCreate(SdkModel):
    """A new zone of an account.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: Annotated[str, Field(min_length=1, strict=True, max_length=256)] = Field(
        description="The zone's name (lower case letters, digits and `-`, starting with a letter)."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "name",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {
        "name": r"^[a-z][a-z0-9\-]*$",
    }
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
