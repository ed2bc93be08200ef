# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class SaharaJobUpdate(SdkModel):
    """The body of a job update (PATCH) request, as the server validates it (`JOB_UPDATE_SCHEMA`): nothing required, no other field allowed.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: Optional[Annotated[str, Field(min_length=1, strict=True, max_length=50)]] = Field(
        default=None, description="The new name of the job (same rules as at creation)."
    )
    description: Optional[StrictStr] = Field(
        default=None, description="The new description of the job."
    )
    is_public: Optional[StrictBool] = Field(
        default=None, description="If `true`, the job is shared with other projects."
    )
    is_protected: Optional[StrictBool] = Field(
        default=None, description="If `true`, the job cannot be updated or deleted."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "name",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {
        "name": r"^[a-zA-Z0-9][a-zA-Z0-9\-_\.]*$",
    }
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
