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


class AgaveJobSummary(SdkModel):
    """A job in a listing (`list`, `search`). With the `filter` query parameter the server lists full job objects reduced to the named fields instead; they decode here, the extra fields kept.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: Optional[StrictStr] = Field(default=None, description="The unique id of the job.")
    name: Optional[StrictStr] = Field(default=None, description="The name of the job.")
    owner: Optional[StrictStr] = Field(default=None, description="The job owner.")
    execution_system: Optional[StrictStr] = Field(
        default=None,
        description="The system id of the execution system.",
        validation_alias="executionSystem",
        serialization_alias="executionSystem",
    )
    app_id: Optional[StrictStr] = Field(
        default=None,
        description="The unique name of the application run by this job.",
        validation_alias="appId",
        serialization_alias="appId",
    )
    created: Optional[datetime] = Field(
        default=None, description="When the job record was created (not in agavepy's swagger)."
    )
    status: Optional[AgaveJobStatus] = Field(default=None, description="The status of the job.")
    start_time: Optional[datetime] = Field(
        default=None,
        description="When the job started running, or null.",
        validation_alias="startTime",
        serialization_alias="startTime",
    )
    end_time: Optional[datetime] = Field(
        default=None,
        description="When the job ended, or null.",
        validation_alias="endTime",
        serialization_alias="endTime",
    )
    links: Optional[AgaveJobLinks] = Field(
        default=None,
        description="Links to the job (`self`) and its output (`archiveData`).",
        validation_alias="_links",
        serialization_alias="_links",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "owner",
            "created",
            "startTime",
            "endTime",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
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
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
