# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import datetime
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_transfer_progress import AgaveTransferProgress


class AgaveJobHistoryEvent(SdkModel):
    """An event in a job's history.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    status: StrictStr | None = Field(
        default=None,
        description="The status of the job after this event (one of `AgaveJobStatus`), or the name of a non-status event such as CREATED, UPDATED, DELETED, PERMISSION_GRANT, PERMISSION_REVOKE. A plain string for that reason. ",
    )
    created: datetime | None = Field(
        default=None, description="The date of the event (ISO 8601 with offset)."
    )
    created_by: StrictStr | None = Field(
        default=None,
        description="The user who caused the event (not in agavepy's swagger).",
        validation_alias="createdBy",
        serialization_alias="createdBy",
    )
    description: StrictStr | None = Field(
        default=None, description="A brief description of the event; some events have none."
    )
    progress: AgaveTransferProgress | None = None

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset(
        {
            "created",
            "createdBy",
        }
    )
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "created",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
