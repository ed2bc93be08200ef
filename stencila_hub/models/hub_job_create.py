# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class HubJobCreate(SdkModel):
    """A new job of a project (`projects_jobs_create`): its `method`, the `params` the method takes and an optional `description`. A method the server does not know is a 400.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    method: Annotated[str, Field(min_length=1, strict=True)] = Field(
        description="The job method (`sleep`, `convert`, `session`, `execute`...; the values of `HubJob.method`). Not an enum here, so that a method a newer Hub adds can be sent. "
    )
    params: Optional[Dict[str, Any]] = Field(
        default=None, description="The parameters of the method; a JSON object."
    )
    description: Optional[StrictStr] = Field(
        default=None, description="A short description of the job."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "method",
            "params",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
