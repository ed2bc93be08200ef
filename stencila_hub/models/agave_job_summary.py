# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import datetime
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_job_links import AgaveJobLinks
from stencila_hub.models.agave_job_status import AgaveJobStatus


class AgaveJobSummary(SdkModel):
    """A job in a listing (`list`, `search`). With the `filter` query parameter the server lists full job objects reduced to the named fields instead; they decode here, the extra fields kept.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictStr | None = Field(default=None, description="The unique id of the job.")
    name: StrictStr | None = Field(default=None, description="The name of the job.")
    owner: StrictStr | None = Field(default=None, description="The job owner.")
    execution_system: StrictStr | None = Field(
        default=None,
        description="The system id of the execution system.",
        validation_alias="executionSystem",
        serialization_alias="executionSystem",
    )
    app_id: StrictStr | None = Field(
        default=None,
        description="The unique name of the application run by this job.",
        validation_alias="appId",
        serialization_alias="appId",
    )
    created: datetime | None = Field(
        default=None, description="When the job record was created (not in agavepy's swagger)."
    )
    status: AgaveJobStatus | None = Field(default=None, description="The status of the job.")
    start_time: datetime | None = Field(
        default=None,
        description="When the job started running, or null.",
        validation_alias="startTime",
        serialization_alias="startTime",
    )
    end_time: datetime | None = Field(
        default=None,
        description="When the job ended, or null.",
        validation_alias="endTime",
        serialization_alias="endTime",
    )
    links: AgaveJobLinks | None = Field(
        default=None,
        description="Links to the job (`self`) and its output (`archiveData`).",
        validation_alias="_links",
        serialization_alias="_links",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "owner",
            "created",
            "startTime",
            "endTime",
        }
    )
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "owner",
            "execution_system",
            "app_id",
            "created",
            "status",
            "links",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
