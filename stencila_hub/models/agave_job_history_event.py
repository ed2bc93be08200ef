# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_transfer_progress import AgaveTransferProgress


class AgaveJobHistoryEvent(SdkModel):
    """An event in a job's history.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    status: Optional[StrictStr] = Field(
        default=None,
        description="The status of the job after this event (one of `AgaveJobStatus`), or the name of a non-status event such as CREATED, UPDATED, DELETED, PERMISSION_GRANT, PERMISSION_REVOKE. A plain string for that reason. ",
    )
    created: Optional[datetime] = Field(
        default=None, description="The date of the event (ISO 8601 with offset)."
    )
    created_by: Optional[StrictStr] = Field(
        default=None,
        description="The user who caused the event (not in agavepy's swagger).",
        validation_alias="createdBy",
        serialization_alias="createdBy",
    )
    description: Optional[StrictStr] = Field(
        default=None, description="A brief description of the event; some events have none."
    )
    progress: Optional[AgaveTransferProgress] = None

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "created",
            "createdBy",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "status",
            "created",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
