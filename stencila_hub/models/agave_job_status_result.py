# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_job_links import AgaveJobLinks
from stencila_hub.models.agave_job_status import AgaveJobStatus


class AgaveJobStatusResult(SdkModel):
    """The result of `get_status`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: Optional[StrictStr] = Field(
        default=None,
        description="The unique id of the job (the server's own swagger types it integer; it is a string).",
    )
    status: Optional[AgaveJobStatus] = Field(default=None, description="The status of the job.")
    links: Optional[AgaveJobLinks] = Field(
        default=None,
        description="The `self` link of the job.",
        validation_alias="_links",
        serialization_alias="_links",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "status",
            "links",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
